import { describe, expect, it } from 'vitest';
import { createItem } from '../../../../shared/model/factory';
import type { Item } from '../../../../shared/model/notice';
import { daysBetween, daysLeftText, deadlineStanding, deadlineText, localIsoDate } from '../../../../shared/tracking/deadlines';

const TODAY = '2024-06-20';
const item = (fields: Partial<Item>) => createItem(fields);
const colour = (fields: Partial<Item>, feedbackDate: string | null = null, dueSoonDays = 10) =>
  deadlineStanding(item(fields), feedbackDate, TODAY, dueSoonDays).colour;

describe('an item’s deadline colour on a fixed day', () => {
  it('is red from the day after its deadline, yellow from N days before it up to the day itself, green before that', () => {
    expect(colour({ deadline: '2024-06-19' })).toBe('red');
    expect(colour({ deadline: '2024-06-20' })).toBe('yellow');
    expect(colour({ deadline: '2024-06-30' })).toBe('yellow');
    expect(colour({ deadline: '2024-07-01' })).toBe('green');
    expect(colour({ deadline: '2024-06-23' }, null, 3)).toBe('yellow');
    expect(colour({ deadline: '2024-06-24' }, null, 3)).toBe('green');
  });

  it('is green once done, however late, and for 长期坚持; none with no deadline set', () => {
    expect(colour({ deadline: '2020-01-01', status: 'done' })).toBe('green');
    expect(colour({ deadlineKind: 'longTerm', status: 'ongoing' })).toBe('green');
    expect(colour({ deadline: '2024-01-01', status: 'longTerm' })).toBe('green');
    expect(colour({ deadline: null })).toBe('none');
  });

  it('counts 立行立改 as due from the feedback date; without one, due now but not known to be late', () => {
    expect(colour({ deadlineKind: 'immediate' }, '2024-06-01')).toBe('red');
    expect(colour({ deadlineKind: 'immediate' }, '2024-06-20')).toBe('yellow');
    expect(colour({ deadlineKind: 'immediate' }, null)).toBe('yellow');
    expect(colour({ deadlineKind: 'immediate', status: 'done' }, '2024-06-01')).toBe('green');
  });

  it('counts whole calendar days across months, leap days and years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-06-20', '2024-06-10')).toBe(-10);
    expect(deadlineStanding(item({ deadline: '2024-06-10' }), null, TODAY).daysLeft).toBe(-10);
  });

  it('tells the days left, the due day and overdue days in words', () => {
    const text = (deadline: string) => daysLeftText(deadlineStanding(item({ deadline }), null, TODAY));
    expect(text('2024-06-25')).toBe('还剩5天');
    expect(text('2024-06-20')).toBe('今日到期');
    expect(text('2024-06-17')).toBe('超期3天');
    expect(daysLeftText(deadlineStanding(item({ deadline: '2024-06-17', status: 'done' }), null, TODAY))).toBe('');
  });

  it('prints the kind of deadline', () => {
    const format = (d: string) => d.replaceAll('-', '/');
    expect(deadlineText(item({ deadline: '2024-06-30' }), format)).toBe('2024/06/30');
    expect(deadlineText(item({ deadlineKind: 'immediate' }), format)).toBe('立行立改');
    expect(deadlineText(item({ deadlineKind: 'longTerm', deadline: '2024-06-30' }), format)).toBe('长期坚持');
  });

  it('takes the local calendar day of a moment', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
