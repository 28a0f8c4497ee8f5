import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import {
  checkBudget,
  countDueWithin,
  type DueRow,
  groupUpcoming,
  todayOf,
  totalsWithin,
  weeklyTotals,
} from '../../lib/store/upcoming';

const d = (value: string): CalendarDate => calendarDate(value);
const row = (due: string, amount: number, currency = 'CNY', program: ProgramId = 'jd-paylater'): DueRow => ({
  program,
  due: d(due),
  amount,
  currency,
});
// 2026-11-21 23:30 in Shanghai, still the 21st in UTC.
const NOW = Date.UTC(2026, 10, 21, 15, 30);

describe('what is due when', () => {
  const rows = [
    row('2026-11-20', 100),
    row('2026-11-21', 200),
    row('2026-11-28', 300, 'USD'),
    row('2026-11-29', 400),
    row('2026-12-21', 500),
    row('2026-12-22', 600),
  ];

  it('groups overdue, the next 7 days and later, keeping the order', () => {
    const groups = groupUpcoming(rows, todayOf(NOW));
    expect(groups.overdue.map((r) => r.amount)).toEqual([100]);
    expect(groups.week.map((r) => r.amount)).toEqual([200, 300]);
    expect(groups.later.map((r) => r.amount)).toEqual([400, 500, 600]);
  });

  it('totals per currency for 7 and 30 days, counting overdue as due now', () => {
    expect(totalsWithin(rows, 7, todayOf(NOW))).toEqual(
      new Map([
        ['CNY', 300],
        ['USD', 300],
      ]),
    );
    expect(totalsWithin(rows, 30, todayOf(NOW))).toEqual(
      new Map([
        ['CNY', 1200],
        ['USD', 300],
      ]),
    );
  });

  it('lists currencies by their earliest row counted, then by code, whatever the rows’ order', () => {
    const rows = [row('2026-11-25', 1, 'USD'), row('2026-11-20', 2, 'EUR'), row('2026-11-20', 3, 'CNY')];
    const expected = [
      ['CNY', 3],
      ['EUR', 2],
      ['USD', 1],
    ];
    expect([...totalsWithin(rows, 7, todayOf(NOW))]).toEqual(expected);
    expect([...totalsWithin(rows.toReversed(), 7, todayOf(NOW))]).toEqual(expected);
  });

  it('uses each program’s own time zone for today: Shanghai’s for JD, the shopper’s for Klarna', () => {
    // 00:30 on the 22nd in Shanghai is still the 21st for a shopper in New York.
    const now = Date.UTC(2026, 10, 21, 16, 30);
    const jd = row('2026-11-21', 1);
    const klarna = row('2026-11-21', 1, 'USD', 'klarna');
    const inNewYork = groupUpcoming([jd, klarna], todayOf(now, 'America/New_York'));
    expect(inNewYork.overdue).toEqual([jd]);
    expect(inNewYork.week).toEqual([klarna]);
    // The same instant is already the 22nd for a shopper in Tokyo: Klarna's payment is overdue there.
    const inTokyo = groupUpcoming([jd, klarna], todayOf(now, 'Asia/Tokyo'));
    expect(inTokyo.overdue).toEqual([jd, klarna]);
  });

  it('counts overdue and due within 3 days for the badge', () => {
    expect(countDueWithin(rows, 3, todayOf(NOW))).toBe(2);
  });

  it('sums twelve weeks from today, overdue in the first, nothing after', () => {
    const weeks = weeklyTotals(rows, d('2026-11-21'), 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ start: '2026-11-21', totals: new Map([['CNY', 300]]) });
    expect(weeks[1]).toEqual({
      start: '2026-11-28',
      totals: new Map([
        ['USD', 300],
        ['CNY', 400],
      ]),
    });
    expect(weeks[4]?.totals).toEqual(new Map([['CNY', 1100]]));
    expect(weeklyTotals([row('2027-02-13', 1)], d('2026-11-21'), 12).every((week) => week.totals.size === 0)).toBe(
      true,
    );
  });

  it('warns when debt due within 14 days, in the budget’s currency, exceeds the budget', () => {
    const stacked = [
      row('2026-11-19', 50000),
      row('2026-11-30', 60000, 'CNY', 'alipay-huabei'),
      row('2026-12-01', 90000, 'USD', 'klarna'),
      row('2026-12-05', 70000),
      row('2026-12-06', 80000),
    ];
    // Overdue and due by day 14 count; day 15 and other currencies do not.
    expect(checkBudget(stacked, { amount: 179999, currency: 'CNY' }, todayOf(NOW))).toEqual({
      due: 180000,
      over: true,
    });
    expect(checkBudget(stacked, { amount: 180000, currency: 'CNY' }, todayOf(NOW))).toEqual({
      due: 180000,
      over: false,
    });
  });
});
