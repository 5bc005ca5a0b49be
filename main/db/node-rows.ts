import type { ChecklistNode, Item } from '../../shared/model/notice';

/** A row of `nodes` as SQLite returns it. */
export interface NodeRow {
  id: string;
  notice_id: string;
  parent_id: string | null;
  position: number;
  kind: 'group' | 'item';
  title: string | null;
  problem: string | null;
  measures: string | null;
  progress: string | null;
  status: string | null;
  responsible_leader: string | null;
  responsible_unit: string | null;
  deadline: string | null;
  completed_on: string | null;
  money_recovered_fen: number | null;
  money_to_recover_fen: number | null;
  rules_made: number | null;
  people_held: number | null;
  sub_items: string | null;
  lead_override: string | null;
  source_item_id: string | null;
  deadline_kind: string;
  evidence: string;
  needs_update: number;
  history: string;
}

export type SqlValue = string | number | null;

// Tables, not code, so that insert, update and read cannot drift apart.
const PLAIN_FIELDS = [
  ['problem', 'problem'],
  ['status', 'status'],
  ['responsibleLeader', 'responsible_leader'],
  ['responsibleUnit', 'responsible_unit'],
  ['deadline', 'deadline'],
  ['completedOn', 'completed_on'],
  ['leadOverride', 'lead_override'],
  ['sourceItemId', 'source_item_id'],
  ['deadlineKind', 'deadline_kind'],
  ['evidence', 'evidence'],
] as const;
const JSON_FIELDS = [
  ['measures', 'measures'],
  ['progress', 'progress'],
  ['subItems', 'sub_items'],
  ['history', 'history'],
] as const;
const FIGURE_FIELDS = [
  ['moneyRecoveredFen', 'money_recovered_fen'],
  ['moneyToRecoverFen', 'money_to_recover_fen'],
  ['rulesMade', 'rules_made'],
  ['peopleHeld', 'people_held'],
] as const;

/** Every column of `nodes` the store writes, in table order. */
export const ALL_COLUMNS: readonly string[] = [
  'id',
  'notice_id',
  'parent_id',
  'position',
  'kind',
  'title',
  ...PLAIN_FIELDS.map(([, column]) => column),
  ...JSON_FIELDS.map(([, column]) => column),
  ...FIGURE_FIELDS.map(([, column]) => column),
  'needs_update',
];

/** Inserts one row of `nodes`, its values in the order of ALL_COLUMNS. */
export const INSERT_NODE_SQL = `INSERT INTO nodes (${ALL_COLUMNS.join(', ')}) VALUES (${ALL_COLUMNS.map(() => '?').join(', ')})`;

/** Where each column sits in a row of values. */
export const COLUMN_AT: Readonly<Record<string, number>> = Object.fromEntries(ALL_COLUMNS.map((column, at) => [column, at]));

/** What a group row holds in the item columns: null, except those NOT NULL for every row. */
const GROUP_VALUES: readonly SqlValue[] = ALL_COLUMNS.map(
  (column) => ({ deadline_kind: 'date', evidence: '', needs_update: 0, history: '[]' })[column] ?? null,
);

/**
 * The row a node is stored as, under the given parent at the given position:
 * its values in the order of ALL_COLUMNS. An array, not an object: a save
 * builds one for every node of the notice and compares it with the stored row.
 */
export function nodeValues(node: ChecklistNode, noticeId: string, parentId: string | null, position: number): SqlValue[] {
  if (node.kind === 'group') {
    const values = GROUP_VALUES.slice();
    values[0] = node.id;
    values[1] = noticeId;
    values[2] = parentId;
    values[3] = position;
    values[4] = 'group';
    values[5] = node.title;
    return values;
  }
  const values: SqlValue[] = [node.id, noticeId, parentId, position, 'item', null];
  for (const [field] of PLAIN_FIELDS) values.push(node[field]);
  for (const [field] of JSON_FIELDS) values.push(JSON.stringify(node[field]));
  for (const [field] of FIGURE_FIELDS) values.push(node.figures[field]);
  // SQLite has no booleans; STRICT tables keep it to 0 or 1.
  values.push(node.needsUpdate ? 1 : 0);
  return values;
}

/**
 * One notice's whole checklist, already in tree order: the index on
 * (notice_id, parent_id, position) answers it without a sort.
 */
export const SELECT_TREE_SQL = 'SELECT * FROM nodes WHERE notice_id = ? ORDER BY parent_id, position';

function itemFromRow(row: NodeRow): Item {
  const json = (text: string | null) => (text === null ? null : JSON.parse(text));
  return {
    kind: 'item',
    id: row.id,
    problem: row.problem as string,
    measures: json(row.measures),
    progress: json(row.progress),
    status: row.status as Item['status'],
    responsibleLeader: row.responsible_leader as string,
    responsibleUnit: row.responsible_unit as string,
    deadline: row.deadline,
    completedOn: row.completed_on,
    figures: {
      moneyRecoveredFen: row.money_recovered_fen,
      moneyToRecoverFen: row.money_to_recover_fen,
      rulesMade: row.rules_made,
      peopleHeld: row.people_held,
    },
    subItems: json(row.sub_items),
    leadOverride: row.lead_override,
    sourceItemId: row.source_item_id,
    deadlineKind: row.deadline_kind as Item['deadlineKind'],
    evidence: row.evidence,
    needsUpdate: row.needs_update === 1,
    history: JSON.parse(row.history),
  };
}

/**
 * Rebuilds the tree from rows. The types are asserted, not checked: the
 * caller validates the finished notice with the shared schema.
 */
export function treeFromRows(rows: readonly NodeRow[]): ChecklistNode[] {
  const byParent = new Map<string | null, NodeRow[]>();
  for (const row of rows) {
    const siblings = byParent.get(row.parent_id);
    if (siblings) siblings.push(row);
    else byParent.set(row.parent_id, [row]);
  }
  const build = (parentId: string | null): ChecklistNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((row) =>
        row.kind === 'group' ? { kind: 'group', id: row.id, title: row.title as string, children: build(row.id) } : itemFromRow(row),
      );
  return build(null);
}
