import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
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
  return day <= lastDayOfMonth(new UTCDate(year, month - 1, 1)).getDate();
}

export function calendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return value;
}

// Calendar arithmetic happens on UTC midnights, where no daylight-saving change can shift a day.
function toUtc(date: CalendarDate): UTCDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new UTCDate(year, month - 1, day);
}

function fromUtc(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd') as CalendarDate;
}

/** The calendar date it is at `now` in `timeZone`. */
export function todayIn(timeZone: string, now: number | Date): CalendarDate {
  return format(new TZDate(typeof now === 'number' ? now : now.getTime(), timeZone), 'yyyy-MM-dd') as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(addDaysFns(toUtc(date), days));
}

/** Same day-of-month `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonthsFns(toUtc(date), months));
}

/** The given day of the month of `date`, clamped to that month's last day. */
export function withDayOfMonth(date: CalendarDate, day: number): CalendarDate {
  const start = toUtc(date);
  const last = lastDayOfMonth(start).getDate();
  return fromUtc(new UTCDate(start.getFullYear(), start.getMonth(), Math.min(day, last)));
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
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime();
}

/** The time zone the browser runs in, for reminders at the shopper's own 09:00. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
