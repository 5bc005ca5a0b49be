import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS } from '../../../../shared/ledger/ledger-columns';
import { listedColumns, moveColumn, reconcileListed, toggleColumn } from '../../../../renderer/screens/settings/ledger-columns-form';

describe('the ledger columns as 设置 lists them', () => {
  it('lists the chosen columns first in their order, then the others in the default order', () => {
    expect(listedColumns(['problem', 'number'])).toEqual([
      'problem',
      'number',
      'category',
      'measures',
      'leader',
      'unit',
      'deadline',
      'completion',
      'progress',
      // The columns an office may add come after the usual ones.
      'previousProgress',
      'daysLeft',
      'evidence',
      'moneyRecovered',
      'rulesMade',
      'peopleHeld',
    ]);
    expect(listedColumns([...LEDGER_COLUMNS])).toEqual(LEDGER_COLUMNS);
  });

  it('keeps an unticked column where it was while the list still agrees with the choice', () => {
    const listed = [...LEDGER_COLUMNS];
    const chosen = toggleColumn(listed, listed, 'category', false);
    expect(chosen).toEqual(LEDGER_COLUMNS.filter((c) => c !== 'category'));
    expect(reconcileListed(listed, chosen)).toEqual(LEDGER_COLUMNS);
    // Ticked again, it comes back in its place, not at the end.
    expect(toggleColumn(listed, chosen, 'category', true)).toEqual(LEDGER_COLUMNS);
  });

  it('rebuilds the list from the choice when they disagree (放弃修改, 恢复默认, a reload)', () => {
    expect(reconcileListed([...LEDGER_COLUMNS], ['unit', 'number'])).toEqual(listedColumns(['unit', 'number']));
    expect(reconcileListed(['number'], ['number'])).toEqual(LEDGER_COLUMNS);
  });

  it('moves a column within the list, and refuses a move off either end', () => {
    expect(moveColumn(['number', 'category', 'problem'], 2, 0)).toEqual(['problem', 'number', 'category']);
    expect(moveColumn(['number', 'category', 'problem'], 0, 1)).toEqual(['category', 'number', 'problem']);
    expect(moveColumn(['number', 'category'], 0, -1)).toEqual(['number', 'category']);
    expect(moveColumn(['number', 'category'], 1, 2)).toEqual(['number', 'category']);
  });
});
