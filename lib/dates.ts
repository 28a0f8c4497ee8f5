import { TZDate } from '@date-fns/tz';
// The minimal UTC date: the full one builds three Intl formatters as its module loads (in every
// page and in the worker as it starts), for a toString that nothing here calls.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
  format,
  lastDayOfMonth,
} from 'date-fns';

/**
 * A due day is a calendar date (`YYYY-MM-DD`) in the program's time zone, never a `Date`: a `Date`
 * is an instant, and the same instant is a different day in Shanghai and in Los Angeles.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

export const SHANGHAI = 'Asia/Shanghai';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(new UTCDateMini(year, month - 1, 1)).getDate();
}

export function calendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return value;
}

// Calendar arithmetic happens on UTC midnights, where no daylight-saving change can shift a day.
function toUtc(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new UTCDateMini(year, month - 1, day);
}

// Arithmetic that leaves the supported years (or is asked for a fraction of a day) is an error,
// never a string that merely looks like a date.
function fromUtc(date: Date): CalendarDate {
  // Checked before formatting: 'yyyy' prints a year before Christ as a positive one.
  const year = date.getFullYear();
  if (!(year >= 1970 && year <= 9999)) throw new RangeError(`date out of range: year ${year}`);
  return calendarDate(format(date, 'yyyy-MM-dd'));
}

function wholeNumber(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number: ${value}`);
  return value;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The calendar date it is at `now` in `timeZone`. */
export function todayIn(timeZone: string, now: number | Date): CalendarDate {
  return calendarDate(format(new TZDate(typeof now === 'number' ? now : now.getTime(), timeZone), 'yyyy-MM-dd'));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(addDaysFns(toUtc(date), wholeNumber(days, 'days')));
}

/** Same day-of-month `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonthsFns(toUtc(date), wholeNumber(months, 'months')));
}

/** The given day of the month of `date`, clamped to that month's last day. */
export function withDayOfMonth(date: CalendarDate, day: number): CalendarDate {
  if (wholeNumber(day, 'day') < 1 || day > 31) throw new RangeError(`not a day of the month: ${day}`);
  const start = toUtc(date);
  const last = lastDayOfMonth(start).getDate();
  return fromUtc(new UTCDateMini(start.getFullYear(), start.getMonth(), Math.min(day, last)));
}

export function dayOfMonth(date: CalendarDate): number {
  return Number(date.slice(8, 10));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** The instant at which the wall clock in `timeZone` reads `time` (HH:mm) on `date`. */
export function instantAt(date: CalendarDate, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const clock = CLOCK_TIME.exec(time);
  if (!clock) throw new RangeError(`not a time of day (HH:mm): ${time}`);
  const instant = new TZDate(year, month - 1, day, Number(clock[1]), Number(clock[2]), timeZone).getTime();
  if (!Number.isFinite(instant)) throw new RangeError(`not a time zone: ${timeZone}`);
  return instant;
}

/** The time zone the browser runs in, for reminders at the shopper's own 09:00. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
