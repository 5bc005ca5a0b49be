import { z } from 'zod';
import { LEDGER_COLUMN_HEADERS, LEDGER_COLUMNS, type LedgerColumn } from '../../ledger/ledger-columns';

/** The export's columns the importer does not read back (unimportedReason says why). */
type NotReadBack = 'previousProgress' | 'daysLeft';
const NOT_READ_BACK: readonly LedgerColumn[] = ['previousProgress', 'daysLeft'] satisfies NotReadBack[];

/** What a ledger column can hold, as the importer reads it: the export's columns bar 剩余天数 and 上次进展, and 备注. */
export type LedgerField = Exclude<LedgerColumn, NotReadBack> | 'remark';

const readBack: LedgerField[] = LEDGER_COLUMNS.filter(
  (column): column is Exclude<LedgerColumn, NotReadBack> => !NOT_READ_BACK.includes(column),
);
/**
 * The fields in the export's column order, 备注 last; never empty, as
 * z.enum needs to know. A column mapped to nothing (null) is not imported.
 */
export const LEDGER_FIELDS = [...readBack, 'remark'] as readonly LedgerField[] as readonly [LedgerField, ...LedgerField[]];

/** How the mapping step names each field: the export's headers, two of them with what they become, and 备注. */
export const LEDGER_FIELD_LABELS: Record<LedgerField, string> = {
  ...(Object.fromEntries(LEDGER_FIELDS.filter((f) => f !== 'remark').map((f) => [f, LEDGER_COLUMN_HEADERS[f as LedgerColumn]])) as Record<
    LedgerField,
    string
  >),
  category: '问题类别（分组）',
  completion: '完成情况（整改状态）',
  remark: '备注',
};

/**
 * The header words offices use for each field, after headerKey. Matched
 * whole first, then as the last words of a longer header (具体整改措施,
 * 整改措施落实情况 → 落实情况): a Chinese header names what it holds last.
 */
const HEADER_WORDS: Record<LedgerField, readonly string[]> = {
  number: ['序号', '编号', '序', '问题序号', '问题编号'],
  category: ['问题类别', '类别', '问题类型', '方面', '问题分类', '类型', '分类', '问题方面', '所属方面', '所属类别', '问题领域'],
  problem: [
    '反馈问题',
    '问题描述',
    '存在问题',
    '存在的问题',
    '问题表现',
    '具体问题',
    '问题',
    '问题清单',
    '巡察反馈问题',
    '巡视反馈问题',
    '反馈意见',
    '问题内容',
    '主要问题',
    '具体表现',
    '问题具体表现',
    '反馈问题内容',
    '任务',
    '任务内容',
    '整改任务',
    '整改事项',
    '事项',
  ],
  measures: ['整改措施', '整改举措', '主要措施', '措施', '具体措施', '工作措施', '整改措施及目标', '整改目标和措施', '整改目标及措施'],
  leader: ['责任领导', '牵头领导', '分管领导', '领导', '责任人', '责任领导人', '牵头领导人', '分管领导人'],
  unit: ['责任单位', '责任部门', '牵头单位', '责任科室', '牵头部门', '牵头科室', '责任处室', '牵头处室', '承办单位', '责任主体'],
  deadline: [
    '整改时限',
    '完成时限',
    '时限要求',
    '时限',
    '整改期限',
    '完成时间',
    '整改时间',
    '完成期限',
    '时间节点',
    '整改完成时限',
    '目标时间',
    '目标时限',
    '整改目标时间',
    '整改目标时限',
  ],
  completion: [
    '完成情况',
    '整改状态',
    '整改进度',
    '是否完成',
    '状态',
    '进度',
    '完成状态',
    '整改完成情况',
    '是否整改到位',
    '是否销号',
    '销号情况',
  ],
  progress: [
    '整改进展',
    '落实情况',
    '整改情况',
    '进展情况',
    '整改落实情况',
    '进展',
    '整改成效',
    '整改结果',
    '推进情况',
    '工作进展',
    '具体整改情况',
    '本次进展',
    '本期进展',
    '本阶段进展',
    '最新进展',
  ],
  evidence: ['证明材料', '佐证材料', '佐证资料', '证明资料', '支撑材料', '销号材料', '整改佐证材料', '整改证明材料'],
  moneyRecovered: ['挽回金额', '挽回资金', '挽回损失', '挽回经济损失', '追回资金', '追回金额'],
  rulesMade: ['建章立制', '建章立制数', '建立完善制度', '建立制度数', '制度数'],
  peopleHeld: ['问责人数', '问责人次', '追责问责人数', '问责处理人数'],
  remark: ['备注', '说明'],
};

/**
 * Headers of columns known but not imported, each with why: 剩余天数 is
 * counted from the time limit and the day, so nothing it holds is new;
 * 上次进展 holds an earlier stage's words, which a ledger does not say which
 * stage or date they were, so they cannot become the item's history without
 * making that up. Known, they need no mapping; the review names them.
 */
const UNIMPORTED_HEADERS: readonly { words: readonly string[]; why: string }[] = [
  { words: ['剩余天数', '剩余时间', '距整改时限天数', '距时限天数'], why: '剩余天数由整改时限推算，无需导入' },
  { words: ['上次进展', '上期进展', '上阶段进展', '前期进展'], why: '上一阶段的进展不随台账导入，原文件中仍可查看' },
];

/**
 * A header cell as compared: no white space or line breaks, no bracketed
 * note （…）/(…)/【…】, no stars, colons or numbering dots around it.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（【[][^)）】\]]*[)）】\]]/gu, '')
    .replace(/[\s\u3000*＊:：、.。·]/gu, '');
}

const WHOLE = new Map<string, LedgerField>();
const TAILS: { word: string; field: LedgerField }[] = [];
for (const field of LEDGER_FIELDS) {
  for (const word of HEADER_WORDS[field]) {
    WHOLE.set(headerKey(word), field);
    // One- and two-character words only match whole: 问题 or 进展 inside a longer header says little.
    if (word.length >= 3) TAILS.push({ word: headerKey(word), field });
  }
}
TAILS.sort((a, b) => b.word.length - a.word.length);

const UNIMPORTED = new Map(UNIMPORTED_HEADERS.flatMap(({ words, why }) => words.map((word) => [headerKey(word), why] as const)));

/** Why a known column is left out (剩余天数, 上次进展), or null for any other header. */
export function unimportedReason(text: string): string | null {
  return UNIMPORTED.get(headerKey(text)) ?? null;
}

/** The field a header names, or null for a header the importer does not know. */
export function fieldOfHeader(text: string): LedgerField | null {
  const key = headerKey(text);
  if (key === '' || UNIMPORTED.has(key)) return null;
  const whole = WHOLE.get(key);
  if (whole) return whole;
  // 牵头领导/责任领导, 责任单位及责任人: either part names the column; the first known one wins.
  const parts = key.split(/[/／|]|及|和|与/u).filter((p) => p !== '');
  if (parts.length > 1) {
    for (const part of parts) {
      const field = WHOLE.get(part);
      if (field) return field;
    }
  }
  for (const { word, field } of TAILS) if (key.endsWith(word)) return field;
  for (const [ending, field] of ENDINGS) if (key.endsWith(ending) && key.length > ending.length) return field;
  return null;
}

/** Last words that name a column's content whatever precedes them (巡察反馈的问题, 工作责任单位). */
const ENDINGS: ReadonlyArray<[string, LedgerField]> = [
  ['问题', 'problem'],
  ['措施', 'measures'],
  ['领导', 'leader'],
  ['单位', 'unit'],
  ['部门', 'unit'],
  ['时限', 'deadline'],
  ['期限', 'deadline'],
];

/** A mapping as the mapping step answers it: per column, what it holds (null: 不导入). */
export const ledgerMappingSchema = z
  .array(z.enum(LEDGER_FIELDS, { error: `列的内容只能是：${Object.values(LEDGER_FIELD_LABELS).join('、')}` }).nullable(), {
    error: '列的对应关系必须是列表',
  })
  .max(200, { error: '列数过多' });
export type LedgerMapping = z.infer<typeof ledgerMappingSchema>;

/** Fields one column at most may hold; the others join their columns' text (categories nest). */
const SINGLE: ReadonlySet<LedgerField> = new Set([
  'number',
  'leader',
  'unit',
  'deadline',
  'completion',
  'moneyRecovered',
  'rulesMade',
  'peopleHeld',
]);

/** What is wrong with a mapping, in words for the user, or null when it can be imported. */
export function mappingProblem(mapping: LedgerMapping): string | null {
  if (!mapping.includes('problem')) return '请指定哪一列是“反馈问题”：没有问题的台账无法导入。';
  for (const field of SINGLE) {
    if (mapping.filter((f) => f === field).length > 1) return `“${LEDGER_FIELD_LABELS[field]}”只能对应一列。`;
  }
  if (mapping.filter((f) => f === 'category').length > 2) return '“问题类别”最多对应两列（一级、二级分组）。';
  return null;
}
