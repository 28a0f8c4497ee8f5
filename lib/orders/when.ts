import { addDays, type CalendarDate, daysBetween, isCalendarDate, SHANGHAI, todayIn } from '../dates';

// Dates as the shops write them, read as calendar dates in Asia/Shanghai (the shops' own time).

const DATE =
  /(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** A date written without its year is taken within half a year of today, or (if it lies behind) up to today. */
const HALF_YEAR_DAYS = 183;

/** Whether a date read off the page lies behind us (placed, received) or may lie ahead (a deadline). */
export type Tense = 'past' | 'future';

export interface PageDate {
  readonly date: CalendarDate;
  /** The text gives 00:00 as the time: "before 12-07 00:00" means by the end of 12-06. */
  readonly midnight: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateOf(year: number, month: number, day: number): CalendarDate | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(text) ? text : undefined;
}

/** The first date in `text`: 2026-12-06, 2026/12/06 23:59, 2026年12月6日, 12月6日, 12-06 23:59. */
export function pageDate(text: string, today: CalendarDate, tense: Tense): PageDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText] = match;
  const month = Number(monthText);
  const day = Number(dayText);
  const midnight = hourText !== undefined && Number(hourText) === 0 && Number(minuteText) === 0;
  if (yearText !== undefined) {
    const date = dateOf(Number(yearText), month, day);
    return date ? { date, midnight } : undefined;
  }
  const year = Number(today.slice(0, 4));
  let date = dateOf(year, month, day) ?? dateOf(year + (tense === 'past' ? -1 : 1), month, day);
  if (!date) return undefined;
  const offset = daysBetween(today, date);
  if (tense === 'past' && offset > 1) date = dateOf(year - 1, month, day);
  else if (tense === 'future' && offset < -HALF_YEAR_DAYS) date = dateOf(year + 1, month, day);
  else if (tense === 'future' && offset > HALF_YEAR_DAYS) date = dateOf(year - 1, month, day);
  return date ? { date, midnight } : undefined;
}

const REMAINING = /(?:剩余|还剩)\s*[:：]?\s*(\d{1,3})\s*天(?:\s*(\d{1,2})\s*(?:小时|时))?/;
const AFTER = /(\d{1,3})\s*天(?:\s*(\d{1,2})\s*(?:小时|时))?后/;

/**
 * The last day to pay, from a deadline as written: a date ("请于2026-12-09 23:59前付款",
 * "最晚付款时间：12月09日") or what is left ("剩余 5 天 12 小时": the day that time runs out).
 */
export function deadlineDate(text: string, now: number): CalendarDate | undefined {
  const relative = REMAINING.exec(text) ?? AFTER.exec(text);
  if (relative) {
    return todayIn(SHANGHAI, now + Number(relative[1]) * DAY_MS + Number(relative[2] ?? 0) * HOUR_MS);
  }
  const found = pageDate(text, todayIn(SHANGHAI, now), 'future');
  if (!found) return undefined;
  return found.midnight && /前/.test(text) ? addDays(found.date, -1) : found.date;
}
