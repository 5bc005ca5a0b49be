import { z } from 'zod';

/** The columns a ledger (整改台账) can have: the usual ones in their default order, then the ones an office adds. */
export const LEDGER_COLUMNS = [
  'number',
  'category',
  'problem',
  'measures',
  'leader',
  'unit',
  'deadline',
  'completion',
  'progress',
  'previousProgress',
  'daysLeft',
  'evidence',
  'moneyRecovered',
  'rulesMade',
  'peopleHeld',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** The columns a new installation's ledger has: the ones every ledger carries. */
export const DEFAULT_LEDGER_COLUMNS: readonly LedgerColumn[] = [
  'number',
  'category',
  'problem',
  'measures',
  'leader',
  'unit',
  'deadline',
  'completion',
  'progress',
];

export const LEDGER_COLUMN_HEADERS: Record<LedgerColumn, string> = {
  number: '序号',
  category: '问题类别',
  problem: '反馈问题',
  measures: '整改措施',
  leader: '责任领导',
  unit: '责任单位',
  deadline: '整改时限',
  completion: '完成情况',
  progress: '整改进展',
  previousProgress: '上次进展',
  daysLeft: '剩余天数',
  evidence: '证明材料',
  moneyRecovered: '挽回金额（元）',
  rulesMade: '建章立制（项）',
  peopleHeld: '问责人数（人）',
};

/**
 * A column's header in a ledger with these columns: beside 上次进展 the
 * progress column is 本次进展, so the pair reads as one.
 */
export function ledgerColumnHeader(column: LedgerColumn, columns: readonly LedgerColumn[]): string {
  if (column === 'progress' && columns.includes('previousProgress')) return '本次进展';
  return LEDGER_COLUMN_HEADERS[column];
}

/**
 * Typical relative widths, for the settings screen's preview of the columns.
 * The export measures what each column holds instead (ledger-widths.ts).
 */
export const LEDGER_COLUMN_WEIGHTS: Record<LedgerColumn, number> = {
  number: 5,
  category: 10,
  problem: 18,
  measures: 20,
  leader: 6,
  unit: 8,
  deadline: 7,
  completion: 8,
  progress: 18,
  previousProgress: 18,
  daysLeft: 6,
  evidence: 12,
  moneyRecovered: 7,
  rulesMade: 6,
  peopleHeld: 6,
};

/** The ledger setting: which columns, in which order (a setting, per office habit). */
export const ledgerSettingsSchema = z.object({
  columns: z
    .array(z.enum(LEDGER_COLUMNS, { error: `台账列只能是：${Object.values(LEDGER_COLUMN_HEADERS).join('、')}` }))
    .min(1, { error: '台账至少要有一列' })
    .refine((columns) => new Set(columns).size === columns.length, { error: '台账列不能重复' }),
});
export type LedgerSettings = z.infer<typeof ledgerSettingsSchema>;

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { columns: [...DEFAULT_LEDGER_COLUMNS] };
