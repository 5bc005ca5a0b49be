import type { SearchField } from '../../shared/library/item-text';
import type { ItemSearchHit, TextSnippet } from '../../shared/library/search-types';
import { STAGE_LABELS, type ItemStatus } from '../../shared/model/notice';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';
import { officeSettings } from './office-settings';

/** The item library from the command line: search, and the next report of a notice. */

const FIELD_LABELS: Record<SearchField, string> = {
  problem: '反馈问题',
  measures: '整改措施',
  progress: '整改落实情况',
  responsibleUnit: '责任单位',
};

/** How many items `search` prints; the count says how many there are in all. */
const CLI_SEARCH_LIMIT = 50;

async function search(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  const query = args.positionals.join(' ');
  if (query.trim() === '') throw new UsageError('search 需要搜索内容，例如：search 整改 制度');
  const result = await services.searchItems(query, {}, { limit: CLI_SEARCH_LIMIT });
  if (args.json) return print(JSON.stringify(result, null, 2));
  if (result.hits.length === 0) return print(`没有找到包含“${query.trim()}”的条目。`);
  const total = result.totalCapped ? `${result.total} 个以上` : `${result.total} 个`;
  const shown = result.hits.length < result.total ? `，显示前 ${result.hits.length} 个` : '';
  print(`共找到 ${total}条目${shown}：`);
  const { statusLabels } = (await officeSettings(services)).tracking;
  result.hits.forEach((hit, index) => print(`\n${describeHit(hit, index + 1, statusLabels)}`));
}

function describeHit(hit: ItemSearchHit, number: number, statusLabels: Record<ItemStatus, string>): string {
  const place = hit.groupTitles.length > 0 ? `　位置：${hit.groupTitles.join(' › ')}` : '';
  return [
    `${number}. ［${statusLabels[hit.status]}］${hit.noticeTitle}`,
    `   编号：${hit.itemId}${place}`,
    `   ${FIELD_LABELS[hit.snippet.field]}：${marked(hit.snippet)}`,
  ].join('\n');
}

/** The snippet with its matches in 【】, and … where text was cut. */
function marked(snippet: TextSnippet): string {
  let text = '';
  let at = 0;
  for (const range of snippet.highlights) {
    text += `${snippet.text.slice(at, range.start)}【${snippet.text.slice(range.start, range.end)}】`;
    at = range.end;
  }
  text += snippet.text.slice(at);
  return `${snippet.clippedStart ? '…' : ''}${text}${snippet.clippedEnd ? '…' : ''}`;
}

async function nextStage(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  const notice = await services.createNextStage(onePositional(args, '通报编号'));
  if (args.json) return print(JSON.stringify(notice, null, 2));
  print(`已生成下一阶段（${STAGE_LABELS[notice.meta.stage]}）的通报草稿，编号：${notice.id}`);
}

export const LIBRARY_COMMANDS: Record<string, Command> = {
  search,
  'next-stage': nextStage,
};
