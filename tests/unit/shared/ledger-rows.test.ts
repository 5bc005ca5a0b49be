import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { ledgerRows, type LedgerRow } from '../../../shared/ledger/ledger-rows';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import { plainList } from '../../../shared/model/rich-text';
import { allItems } from '../../../shared/model/tree';
import { LARGEST_SEED, seedNotice } from '../../support/seed-notice';

const templates = loadLayoutTemplates();
const itemCells = (rows: LedgerRow[]) => rows.flatMap((r) => (r.kind === 'item' ? [r.cells] : []));

/** Two groups: one with a lone item (printed without a number in 对照式), one with three. */
function checklist() {
  const item = (n: number) => createItem({ problem: `问题${n}` });
  return [createGroup('第一类', [createGroup('分类甲', [item(1)])]), createGroup('第二类', [item(2), item(3), item(4)]), item(5)];
}

describe('the ledger’s rows', () => {
  it.each(templates.layouts.map((l) => [l.id, l] as const))('number the items 1…N in order under every layout (%s)', (_, layout) => {
    const cells = itemCells(ledgerRows(checklist(), layout));
    expect(cells.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(cells.map((c) => c.problem)).toEqual(['问题1', '问题2', '问题3', '问题4', '问题5']);
  });

  it('number the largest real notice’s 28 items 1…28, lone items in their groups included', () => {
    const notice = seedNotice(LARGEST_SEED);
    const layout = templates.layouts.find((l) => l.id === notice.layoutId)!;
    const cells = itemCells(ledgerRows(notice.checklist, layout));
    expect(cells).toHaveLength(allItems(notice.checklist).length);
    expect(cells.map((c) => c.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
  });

  it('show each group once, as its spanning row, and leave 问题类别 empty', () => {
    const layout = templates.layouts.find((l) => l.id === 'duizhao')!;
    const rows = ledgerRows(checklist(), layout);
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && r.text)).toEqual([
      '第一，第一类',
      '（一）分类甲',
      '第二，第二类',
    ]);
    expect(itemCells(rows).every((c) => c.category === '')).toBe(true);
  });

  it('keep each sub-item’s label （1）（2） in front of its problem, measures and progress', () => {
    const layout = templates.layouts.find((l) => l.id === 'fenxiang')!; // prints sub-items as 1. 2. in the notice
    const item = createItem({
      problem: '资金管理不规范。',
      measures: plainList(['建立台账。']),
      subItems: [
        createSubItem({
          problem: '报销审核不严',
          measures: plainList(['修订报销制度。', '开展专项检查。'], '一是'),
          progress: plainList(['已修订。']),
        }),
        createSubItem({ problem: '合同管理缺位', measures: plainList(['建立合同台账。']), progress: plainList([]) }),
      ],
    });
    const [cells] = itemCells(ledgerRows([item], layout));
    expect(cells!.problem.split('\n')).toEqual(['资金管理不规范。', '（1）报销审核不严', '（2）合同管理缺位']);
    expect(cells!.measures.split('\n')).toEqual(['建立台账。', '（1）一是修订报销制度。', '二是开展专项检查。', '（2）建立合同台账。']);
    // A sub-item with no progress prints nothing, not a bare label.
    expect(cells!.progress.split('\n')).toEqual(['（1）已修订。']);
  });

  it('number measures as the notice prints them: typed enumerators dropped, nothing numbered at its sub-item’s level', () => {
    const layout = templates.layouts.find((l) => l.id === 'fenlei')!;
    const item = createItem({
      problem: '制度执行不严。',
      measures: plainList(['一是完善制度。', '二是严格执行。'], '一是'),
      subItems: [createSubItem({ problem: '审批缺位', measures: plainList(['补充审批。', '建立台账。'], '（1）') })],
    });
    const [cells] = itemCells(ledgerRows([item], layout));
    expect(cells!.measures.split('\n')).toEqual(['一是完善制度。', '二是严格执行。', '（1）一是补充审批。', '二是建立台账。']);
  });

  it('print their text as the notice does: normalised, quotes nested, single quotes of a stored problem made double', () => {
    const layout = templates.layouts.find((l) => l.id === 'duizhao')!;
    const item = createItem({
      problem: '基层‘微腐败’问题仍然易发多发',
      measures: plainList(['印发《关于印发<学习制度>的通知》(潮党[2021]3号)--已完成... 共2021年12 月24 日', '落实“第一议题“学习”制度”。']),
    });
    const [cells] = itemCells(ledgerRows([item], layout));
    expect(cells!.problem).toBe('基层“微腐败”问题仍然易发多发');
    expect(cells!.measures.split('\n')).toEqual([
      '印发《关于印发〈学习制度〉的通知》（潮党〔2021〕3号）——已完成……共2021年12月24日',
      '落实“第一议题‘学习’制度”。',
    ]);
  });

  it('never count （1） twice in a cell: an item with sub-items numbers its own measures below their labels', () => {
    const layout = templates.layouts.find((l) => l.id === 'fenzu')!;
    const item = createItem({
      problem: '制度不健全。',
      measures: plainList(['完善规则。', '建立制度。'], '1.'),
      subItems: [
        createSubItem({ problem: '检查不到位', measures: plainList(['开展检查。', '建立台账。'], '1.') }),
        createSubItem({ problem: '整治不彻底', measures: plainList(['开展整治。']) }),
      ],
    });
    const [cells] = itemCells(ledgerRows([item], layout));
    expect(cells!.measures.split('\n')).toEqual([
      '一是完善规则。',
      '二是建立制度。',
      '（1）一是开展检查。',
      '二是建立台账。',
      '（2）开展整治。',
    ]);
  });

  it('print group rows as the notice prints its group headings: a typed number dropped, the suffix added', () => {
    const layout = templates.layouts.find((l) => l.id === 'fenzu')!;
    const rows = ledgerRows([createGroup('（一）党的领导', [createItem({ problem: '学习不深入' })])], layout);
    expect(rows[0]).toMatchObject({ kind: 'group', text: '（一）党的领导方面' });
  });
});
