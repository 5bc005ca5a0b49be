import { describe, expect, it } from 'vitest';
import { fieldOfHeader, unimportedReason } from '../../../../shared/import/ledger/ledger-fields';
import { excelSerialDate, readCount, readDeadline, readStatus, readYuanAsFen } from '../../../../shared/import/ledger/ledger-values';

/** Header words, statuses and time limits in the forms ledgers write them. */
describe('ledger headers', () => {
  it.each([
    ['序号', 'number'],
    ['序 号', 'number'],
    ['问题类别', 'category'],
    ['方面', 'category'],
    ['反馈问题', 'problem'],
    ['问题描述（具体表现）', 'problem'],
    ['存在的\n问题', 'problem'],
    ['巡察反馈的问题', 'problem'],
    ['整改举措', 'measures'],
    ['具体整改措施', 'measures'],
    ['牵头领导/责任领导', 'leader'],
    ['责任科室', 'unit'],
    ['整改时限（完成时限）', 'deadline'],
    ['是否完成', 'completion'],
    ['整改措施落实情况', 'progress'],
    ['进展情况', 'progress'],
    ['备  注', 'remark'],
    ['本次进展', 'progress'],
    ['证明材料', 'evidence'],
    ['佐证材料', 'evidence'],
    ['挽回金额（元）', 'moneyRecovered'],
    ['挽回资金（万元）', 'moneyRecovered'],
    ['建章立制（项）', 'rulesMade'],
    ['问责人数（人）', 'peopleHeld'],
    ['上次进展', null],
    ['剩余天数', null],
    ['具体做法', null],
    ['', null],
  ])('%j names %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('knows 剩余天数 and 上次进展 as columns left out, each saying why, and nothing else as one', () => {
    expect(['剩余天数', '剩余天数（天）', '距整改时限天数'].map(unimportedReason)).toEqual(
      Array(3).fill('剩余天数由整改时限推算，无需导入'),
    );
    expect(['上次进展', '上期进展'].map(unimportedReason)).toEqual(Array(2).fill('上一阶段的进展不随台账导入，原文件中仍可查看'));
    expect(['上次进展', '剩余天数'].map(fieldOfHeader)).toEqual([null, null]);
    expect(['整改时限', '备注', '本次进展'].map(unimportedReason)).toEqual([null, null, null]);
  });
});

describe('ledger figures', () => {
  it.each([
    ['3032436.00', 303243600],
    ['1234.5', 123450],
    ['3,032,436.50元', 303243650],
    ['１２元', 1200],
    ['303.2436万元', 303243600],
    ['0', 0],
  ])('reads the amount %j as %i fen', (text, fen) => {
    expect(readYuanAsFen(text)).toEqual({ kind: 'value', value: fen });
  });

  it.each(['约50万', '见附件', '1.234元', '-5', '1e9'])('finds no amount in %j', (text) => {
    expect(readYuanAsFen(text).kind).toBe('unreadable');
  });

  it.each([
    ['3', 3],
    ['3项', 3],
    ['5 人', 5],
    ['2人次', 2],
  ])('reads the count %j as %i', (text, value) => {
    expect(readCount(text)).toEqual({ kind: 'value', value });
  });

  it.each(['若干', '3.5', '两项'])('finds no count in %j', (text) => {
    expect(readCount(text).kind).toBe('unreadable');
  });

  it('reads an empty cell as no figure', () => {
    expect([readYuanAsFen(' '), readCount('')]).toEqual([{ kind: 'empty' }, { kind: 'empty' }]);
  });
});

describe('ledger statuses', () => {
  it.each([
    ['已完成', 'done'],
    ['已整改', 'done'],
    ['完成', 'done'],
    ['已办结', 'done'],
    ['已销号', 'done'],
    ['基本完成', 'mostlyDone'],
    ['持续整改', 'ongoing'],
    ['正在整改', 'ongoing'],
    ['整改中', 'ongoing'],
    ['推进中', 'ongoing'],
    ['未完成', 'ongoing'],
    // The export writes ongoing as 持续推进 (DEFAULT_STATUS_LABELS): it reads back as ongoing.
    ['持续推进', 'ongoing'],
    ['长期坚持', 'longTerm'],
    ['长期', 'longTerm'],
  ])('%s is %s', (text, status) => {
    expect(readStatus(text)).toMatchObject({ status, rest: '' });
  });

  it('tells “not finished” (未完成, 否) from a word for being worked on (持续推进)', () => {
    expect(['未完成', '否', '持续推进', '整改中'].map((t) => readStatus(t)?.notFinished)).toEqual([true, true, false, false]);
  });

  it('reads the office’s own names first, even where the usual words would read them otherwise', () => {
    const labels = { done: '整改到位', mostlyDone: '大部分整改', ongoing: '已整改', longTerm: '长期坚持' };
    expect(['整改到位', '大部分整改', '已整改', '已完成'].map((t) => readStatus(t, labels)?.status)).toEqual([
      'done',
      'mostlyDone',
      'ongoing',
      'done',
    ]);
    expect(readStatus('已整改')?.status).toBe('done');
  });

  it('keeps what follows the status word, and reads prose as no status', () => {
    expect(readStatus('已完成\n2023年11月20日')).toMatchObject({ status: 'done', rest: '2023年11月20日' });
    expect(readStatus('已完成。已制定管理办法')).toMatchObject({ status: 'done', rest: '已制定管理办法' });
    expect(readStatus('完成了制度修订')).toBeNull();
    expect(readStatus('是否需要')).toBeNull();
    expect(readStatus('2023年已召开会议')).toBeNull();
  });
});

describe('ledger time limits', () => {
  it.each([
    ['2023.12.31', '2023-12-31'],
    ['2023-12-31', '2023-12-31'],
    ['2023/12/31', '2023-12-31'],
    ['2023年12月31日', '2023-12-31'],
    ['2023年12月31日前', '2023-12-31'],
    ['2023年12月底', '2023-12-31'],
    ['2024年2月底前完成', '2024-02-29'],
    ['2023年底', '2023-12-31'],
    ['2023年内', '2023-12-31'],
    ['2023年6月—2023年12月31日', '2023-12-31'],
    ['45291', '2023-12-31'],
  ])('%s is %s', (text, date) => {
    expect(readDeadline(text)).toEqual({ kind: 'date', date, monthOnly: false });
  });

  it('reads a bare month as its last day, marked for a note', () => {
    expect(readDeadline('2023年12月')).toEqual({ kind: 'date', date: '2023-12-31', monthOnly: true });
    expect(readDeadline('2023.6')).toEqual({ kind: 'date', date: '2023-06-30', monthOnly: true });
  });

  it('reads 长期 as long-term and 立行立改 as immediate, and guesses nothing else', () => {
    expect(readDeadline('长期')).toEqual({ kind: 'longTerm' });
    expect(readDeadline('长期坚持')).toEqual({ kind: 'longTerm' });
    expect(readDeadline('立行立改')).toEqual({ kind: 'immediate', date: null });
    expect(readDeadline('立行立改（2024年3月31日前）')).toEqual({ kind: 'immediate', date: '2024-03-31' });
    expect(readDeadline('立行立改（春节前）')).toEqual({ kind: 'unreadable' });
    for (const text of ['年内', '春节前', '2023年13月', '2023.2.30', '下半年']) expect(readDeadline(text)).toEqual({ kind: 'unreadable' });
    expect(readDeadline('  ')).toEqual({ kind: 'empty' });
  });

  it('takes a spreadsheet date as it is, and Excel serials only for plausible years', () => {
    expect(readDeadline('2023年12月31日', '2023-12-31')).toEqual({ kind: 'date', date: '2023-12-31', monthOnly: false });
    expect(excelSerialDate(45291)).toBe('2023-12-31');
    expect(excelSerialDate(12)).toBeNull();
  });
});
