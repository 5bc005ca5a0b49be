import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { computeFigures } from '../../../shared/figures/compute-figures';
import { figuresSentence } from '../../../shared/figures/figures-sentence';
import { ledgerColumnHeader } from '../../../shared/ledger/ledger-columns';
import { ledgerRows, type LedgerRow } from '../../../shared/ledger/ledger-rows';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import { plainList } from '../../../shared/model/rich-text';

const templates = loadLayoutTemplates();
const layout = templates.layouts[0]!;
const LABELS = { done: '已整改', mostlyDone: '基本完成', ongoing: '整改中', longTerm: '常态推进' };
const cells = (rows: LedgerRow[]) => rows.flatMap((r) => (r.kind === 'item' ? [r.cells] : []));

function checklist() {
  return [
    createGroup('一类', [
      createItem({
        problem: '甲',
        status: 'done',
        completedOn: '2024-05-01',
        figures: { moneyRecoveredFen: 123456, moneyToRecoverFen: null, rulesMade: 2, peopleHeld: null },
      }),
      createGroup('子类', [createItem({ problem: '乙', status: 'ongoing', deadline: '2024-06-25', evidence: '〔2024〕3号文件' })]),
    ]),
    createItem({ problem: '丙', status: 'mostlyDone', deadlineKind: 'immediate' }),
    createItem({ problem: '丁', status: 'longTerm', deadlineKind: 'longTerm' }),
  ];
}

describe('renamed status labels', () => {
  it('reach the figures sentence in the office’s words; unrenamed ones keep the template’s clause', () => {
    const sentence = figuresSentence(computeFigures(checklist()), templates.boilerplate, LABELS);
    expect(sentence).toContain('已整改1个');
    expect(sentence).toContain('整改中1个');
    expect(sentence).toContain('常态推进1个');
    expect(sentence).toContain('基本完成1个');
    expect(sentence).not.toContain('已完成整改');
  });

  it('reach the ledger’s 完成情况 column, which both the .docx and the .xlsx print', () => {
    const rows = cells(ledgerRows(checklist(), layout, { statusLabels: LABELS }));
    expect(rows.map((c) => c.completion.split('\n')[0])).toEqual(['已整改', '整改中', '基本完成', '常态推进']);
  });
});

describe('the added ledger columns', () => {
  it('hold the figures, the evidence, the kind of deadline and the days left on the day given', () => {
    const rows = cells(ledgerRows(checklist(), layout, { today: '2024-06-20', feedbackDate: '2024-03-01' }));
    expect(rows.map((c) => c.moneyRecovered)).toEqual(['1234.56', '', '', '']);
    expect(rows.map((c) => c.rulesMade)).toEqual(['2', '', '', '']);
    expect(rows.map((c) => c.evidence)).toEqual(['', '〔2024〕3号文件', '', '']);
    expect(rows.map((c) => c.deadline)).toEqual(['', '2024年6月25日', '立行立改', '长期坚持']);
    expect(rows.map((c) => c.daysLeft)).toEqual(['', '还剩5天', '超期111天', '']);
    expect(cells(ledgerRows(checklist(), layout)).map((c) => c.daysLeft)).toEqual(['', '', '', '']);
  });

  it('give 上次进展 from the item’s last stage, parts under their labels, and call the progress column 本次进展 beside it', () => {
    const item = createItem({
      problem: '戊',
      progress: plainList(['本次的进展']),
      subItems: [createSubItem({ problem: '其一', progress: plainList(['其一本次']) })],
      history: [
        { stage: 'interim', date: '2024-01-01', status: 'ongoing', progress: plainList(['最早的进展']), subItems: [] },
        {
          stage: 'progress',
          date: '2024-04-01',
          status: 'ongoing',
          progress: plainList(['上次的进展']),
          subItems: [{ problem: '其一', progress: plainList(['其一上次']) }],
        },
      ],
    });
    const [row] = cells(ledgerRows([item], layout));
    expect(row!.previousProgress).toContain('上次的进展');
    expect(row!.previousProgress).toContain('（1）其一上次');
    expect(row!.previousProgress).not.toContain('最早');
    expect(row!.progress).toContain('本次的进展');
    expect(cells(ledgerRows([createItem({ problem: '新' })], layout))[0]!.previousProgress).toBe('');
    expect(ledgerColumnHeader('progress', ['problem', 'progress', 'previousProgress'])).toBe('本次进展');
    expect(ledgerColumnHeader('progress', ['problem', 'progress'])).toBe('整改进展');
  });
});
