import type { Figures } from '../../figures/compute-figures';
import { ITEM_STATUSES, type ItemStatus } from '../../model/notice';
import { fromChineseNumeral } from '../../text/chinese-numerals';
import { TakenRanges } from './ranges';
import { spotMaker, type Spot } from './spot';

const make = spotMaker('dates');

const N = '(\\d+|[零一二两三四五六七八九十百]+)';
const UNIT = '(?:个|项|条)';

/** What a sentence claims a count of: the problems fed back, or the items of one status. */
type Claim = 'total' | ItemStatus;

/** Nouns a count may be of other than the problems fed back: 已完成12项制度修订, 已完成3个专项检查, 共3个问题线索. */
const NOUNS = '(?:制度|专项|线索|检查|文件|措施|任务|项目|方面|规定|办法|台账|清单|案件|事项|活动|会议|培训|课题|单位|部门|人次)';
const OTHER_NOUNS = `(?:问题)?${NOUNS}`;
/** After a bare count (已完成18个): the end, a mark, or 问题 (已完成18个问题), 中 (19个中): nothing else may be what was counted. */
const BARE_END = `(?=$|[^\\p{Script=Han}]|问题(?!${NOUNS})|中)`;
/** After a count the phrase already names as the rectification's (已完成整改18个): anything but another noun. */
const NAMED_END = `(?!${OTHER_NOUNS})`;

/**
 * The phrases notices count with (the figures sentence of boilerplate.json
 * among them): 反馈问题28个, 巡察反馈的28个问题, 共28个问题, 已完成整改23个,
 * 基本完成2个, 正在持续推进2个, 需长期坚持1个. A count counts only when it is
 * of the problems: a phrase that names the rectification or the problems
 * (已完成整改, 反馈问题) unless another noun follows (反馈问题3个方面), a bare
 * one (已完成, 基本完成) only when nothing follows but a mark or 问题
 * (已完成12项制度修订 and 已完成3个专项检查 are other counts).
 */
function claimPatterns(labels: Record<ItemStatus, string>): { claim: Claim; pattern: RegExp }[] {
  const fixed: [Claim, string][] = [
    ['total', `反馈(?:的|了)?问题(?:共|共计|合计)?${N}${UNIT}${NAMED_END}`],
    ['total', `反馈(?:的|了)?(?:共|共计)?${N}${UNIT}问题${NAMED_END}`],
    ['total', `共(?:有|计)?${N}${UNIT}问题${NAMED_END}`],
    ['done', `(?:已)?(?:完成整改|整改完成|整改完毕|整改到位)${N}${UNIT}${NAMED_END}`],
    ['done', `已(?:完成|整改)${N}${UNIT}${BARE_END}`],
    ['mostlyDone', `基本完成整改${N}${UNIT}${NAMED_END}`],
    ['mostlyDone', `基本完成${N}${UNIT}${BARE_END}`],
    ['ongoing', `(?:正在持续推进|持续推进|正在推进|正在整改)整改${N}${UNIT}${NAMED_END}`],
    ['ongoing', `(?:正在持续推进|持续推进|正在推进|正在整改)${N}${UNIT}${BARE_END}`],
    ['longTerm', `(?:需)?长期坚持整改${N}${UNIT}${NAMED_END}`],
    ['longTerm', `(?:需)?长期坚持${N}${UNIT}${BARE_END}`],
  ];
  // A status the office renamed (用户可改名) is counted by its own label too.
  const renamed = ITEM_STATUSES.map((s): [Claim, string] => [s, `${escape(labels[s])}(?:整改)?${N}${UNIT}${BARE_END}`]);
  return [...fixed, ...renamed].map(([claim, source]) => ({ claim, pattern: new RegExp(source, 'gu') }));
}

const CLAIM_NAMES: Record<Claim, string> = {
  total: '反馈问题',
  done: '已完成',
  mostlyDone: '基本完成',
  ongoing: '持续推进',
  longTerm: '长期坚持',
};

/** A checker for the counts typed in a text, against the figures computed from the checklist. */
export function figuresClaims(figures: Figures, labels: Record<ItemStatus, string>): (text: string) => Spot[] {
  const patterns = claimPatterns(labels);
  return (text) => {
    if (figures.total === 0 || !/[个项条]/u.test(text)) return [];
    const spots: Spot[] = [];
    const taken = new TakenRanges(text.length);
    for (const { claim, pattern } of patterns) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (!taken.free(start, end)) continue;
        taken.take(start, end);
        const said = countOf(match[1]!);
        const actual = claim === 'total' ? figures.total : figures.byStatus[claim];
        if (said === null || said === actual) continue;
        const what = claim === 'total' ? '清单中共有问题' : `清单中状态为“${labels[claim]}”的问题`;
        spots.push(make('dates.figures', 'error', `“${match[0]}”与整改清单不符：${what}${actual}个（${CLAIM_NAMES[claim]}）`, start, end));
      }
    }
    return spots.sort((a, b) => a.start - b.start);
  };
}

function countOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return fromChineseNumeral(text.replace(/两/g, '二'));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
