import { formatChineseDate } from '../../shared/text/dates';
import { DEADLINE_COLOUR_LABELS, DEADLINE_COLOURS, localIsoDate } from '../../shared/tracking/deadlines';
import { overviewCounts, overviewRows, shortProblem } from '../../shared/tracking/overview-rows';
import { findLayout } from '../layout-templates/load-layout-templates';
import { onePositional, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';
import { officeSettings } from './office-settings';

/**
 * `overview <编号> [--json]`: 整改总览 from the command line. Each item's
 * number, standing, status (in the office's words), deadline, days left and
 * problem, one a line, then the counts by colour, all as of today.
 */
async function overview(args: ParsedArgs, { services, templates, print }: CommandContext): Promise<void> {
  const notice = await services.getNotice(onePositional(args, '通报编号'));
  const { statusLabels, dueSoonDays } = (await officeSettings(services)).tracking;
  const today = localIsoDate(new Date());
  const rows = overviewRows(notice.checklist, findLayout(templates, notice.layoutId), {
    today,
    feedbackDate: notice.meta.feedbackDate,
    dueSoonDays,
    statusLabels,
  });
  const counts = overviewCounts(rows);
  if (args.json) return print(JSON.stringify({ today, dueSoonDays, counts, rows }, null, 2));
  if (rows.length === 0) return print('（这份通报还没有反馈问题）');
  print(['序号', '时限状态', '整改状态', '整改时限', '剩余天数', '反馈问题'].join('\t'));
  for (const row of rows) {
    print(
      [
        row.number,
        row.colourText,
        row.statusLabel,
        row.deadline || '—',
        row.daysLeftText || '—',
        shortProblem(row.problem) || '（未填写反馈问题）',
      ].join('\t'),
    );
  }
  const tally = DEADLINE_COLOURS.map((colour) => `${DEADLINE_COLOUR_LABELS[colour]} ${counts[colour]} 个`).join('，');
  print(`\n共 ${rows.length} 个问题：${tally}（截至${formatChineseDate(today)}，到期前 ${dueSoonDays} 天起为即将到期；已销号的计为正常）`);
}

export const OVERVIEW_COMMANDS: Record<string, Command> = { overview };
