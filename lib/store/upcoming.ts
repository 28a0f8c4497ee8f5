import { addDays, type CalendarDate, daysBetween, localTimeZone, todayIn } from '../dates';
import type { ProgramId } from '../ids';
import { dueZone } from '../programs';

// What is due when, for the popup, the badge and the dashboard. Pure: rows and a clock in, plain data out.

export interface DueRow {
  readonly program: ProgramId;
  readonly due: CalendarDate;
  readonly amount: number;
  readonly currency: string;
}

/** "Today" per program: due dates are calendar dates in the program's zone (the shopper's, for most). */
export type TodayOf = (program: ProgramId) => CalendarDate;

export function todayOf(now: number, shopperZone: string = localTimeZone()): TodayOf {
  const cache = new Map<ProgramId, CalendarDate>();
  return (program) => {
    let today = cache.get(program);
    if (today === undefined) {
      today = todayIn(dueZone(program, shopperZone), now);
      cache.set(program, today);
    }
    return today;
  };
}

export interface Groups<T> {
  readonly overdue: T[];
  /** Due today or within the next 7 days. */
  readonly week: T[];
  readonly later: T[];
}

export const WEEK_DAYS = 7;

/** `today(program) + days`, computed once per program rather than once per row. */
function horizon(today: TodayOf, days: number): TodayOf {
  const cache = new Map<ProgramId, CalendarDate>();
  return (program) => {
    let day = cache.get(program);
    if (day === undefined) {
      day = addDays(today(program), days);
      cache.set(program, day);
    }
    return day;
  };
}

/** Splits unpaid rows (earliest first) into overdue, due within a week, and later, keeping their order. */
export function groupUpcoming<T extends DueRow>(rows: readonly T[], today: TodayOf): Groups<T> {
  const groups: Groups<T> = { overdue: [], week: [], later: [] };
  const weekEnd = horizon(today, WEEK_DAYS);
  for (const row of rows) {
    if (row.due < today(row.program)) groups.overdue.push(row);
    else if (row.due <= weekEnd(row.program)) groups.week.push(row);
    else groups.later.push(row);
  }
  return groups;
}

/**
 * What must be paid by `days` from today, per currency; overdue rows count, they are due now.
 * Currencies come in the order of their earliest row counted, then by code: one order whatever
 * the rows' order (the popup shows them so, from rows or from day totals).
 */
export function totalsWithin(rows: readonly DueRow[], days: number, today: TodayOf): Map<string, number> {
  const totals = new Map<string, { first: CalendarDate; amount: number }>();
  const end = horizon(today, days);
  for (const row of rows) {
    if (row.due > end(row.program)) continue;
    const total = totals.get(row.currency);
    if (total === undefined) totals.set(row.currency, { first: row.due, amount: row.amount });
    else {
      total.amount += row.amount;
      if (row.due < total.first) total.first = row.due;
    }
  }
  const order = ([currencyA, a]: [string, { first: string }], [currencyB, b]: [string, { first: string }]) =>
    a.first !== b.first ? (a.first < b.first ? -1 : 1) : currencyA < currencyB ? -1 : currencyA > currencyB ? 1 : 0;
  return new Map([...totals].sort(order).map(([currency, { amount }]) => [currency, amount]));
}

/** Stacking several plans is the usual trap: the budget is checked over this many days. */
export const BUDGET_DAYS = 14;

export interface BudgetCheck {
  /** Pay-later debt in the budget's currency, overdue or due within BUDGET_DAYS. */
  readonly due: number;
  readonly over: boolean;
}

export function checkBudget(
  rows: readonly DueRow[],
  budget: { readonly amount: number; readonly currency: string },
  today: TodayOf,
): BudgetCheck {
  const due = totalsWithin(rows, BUDGET_DAYS, today).get(budget.currency) ?? 0;
  return { due, over: due > budget.amount };
}

/** How many rows are overdue or due within `days`: the toolbar badge. */
export function countDueWithin(rows: readonly DueRow[], days: number, today: TodayOf): number {
  const end = horizon(today, days);
  return rows.filter((row) => row.due <= end(row.program)).length;
}

export interface WeekTotal {
  /** First day of the week (today, today + 7, …). */
  readonly start: CalendarDate;
  readonly totals: Map<string, number>;
}

/** Amounts due in each of the next `weeks` seven-day spans from `start`; overdue rows go in the first. */
export function weeklyTotals(rows: readonly DueRow[], start: CalendarDate, weeks: number): WeekTotal[] {
  const result: WeekTotal[] = Array.from({ length: weeks }, (_, index) => ({
    start: addDays(start, index * WEEK_DAYS),
    totals: new Map<string, number>(),
  }));
  const end = addDays(start, weeks * WEEK_DAYS);
  for (const row of rows) {
    if (row.due >= end) continue;
    const index = row.due < start ? 0 : Math.floor(daysBetween(start, row.due) / WEEK_DAYS);
    const bucket = result[index];
    if (bucket) bucket.totals.set(row.currency, (bucket.totals.get(row.currency) ?? 0) + row.amount);
  }
  return result;
}
