import type { Locale } from './i18n/core';
import type { PanelTranslate } from './i18n/panel';
import { formatMoney } from './money';

// The one line a collapsed panel row says about what would be due: "CN¥2,399.00 due Dec 17",
// "4 × $62.25, first today". Plain code on date strings (no date library): the panel carries it.

interface Part {
  readonly due: string;
  readonly amount: number;
}

function utcDay(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

const DAY_MS = 86_400_000;
/** Short-date formatters by locale and whether the year is shown: one per panel, not one per date. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "today", "tomorrow", else a short date ("Dec 17", "12月17日"), with the year only when it is not this one. */
export function dayWords(date: string, today: string, locale: Locale, t: PanelTranslate): string {
  const days = Math.round((utcDay(date) - utcDay(today)) / DAY_MS);
  if (days === 0) return t('when.today');
  if (days === 1) return t('when.tomorrow');
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const key = `${locale}|${sameYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      ...(sameYear ? {} : { year: 'numeric' }),
    });
    dayFormats.set(key, format);
  }
  return format.format(utcDay(date));
}

/** What a schedule asks for, in one line; empty when there is no schedule. */
export function scheduleSummary(
  schedule: readonly Part[],
  today: string,
  currency: string,
  locale: Locale,
  t: PanelTranslate,
): string {
  const [first] = schedule;
  if (!first) return '';
  const amount = formatMoney({ amount: first.amount, currency }, locale);
  const date = dayWords(first.due, today, locale, t);
  if (schedule.length === 1) return t('summary.single', { amount, date });
  const even = schedule.every((part) => part.amount === first.amount);
  return t(even ? 'summary.even' : 'summary.uneven', { count: schedule.length, amount, date });
}
