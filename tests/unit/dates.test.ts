import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  daysBetween,
  instantAt,
  isCalendarDate,
  todayIn,
} from '../../lib/dates';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays(calendarDate('2026-12-25'), 15)).toBe('2027-01-09');
    expect(addDays(calendarDate('2024-02-20'), 15)).toBe('2024-03-06');
    expect(addDays(calendarDate('2024-02-28'), 1)).toBe('2024-02-29');
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths(calendarDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(calendarDate('2024-01-31'), 1)).toBe('2024-02-29');
  });

  it('tells the day in Shanghai from any instant', () => {
    // 2026-11-21 17:30 UTC is already the 22nd in Shanghai (UTC+8).
    const instant = Date.UTC(2026, 10, 21, 17, 30);
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-22');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-21');
  });

  it('finds 09:00 on both sides of a daylight-saving change', () => {
    const before = instantAt(calendarDate('2026-03-07'), '09:00', 'America/Los_Angeles');
    const after = instantAt(calendarDate('2026-03-08'), '09:00', 'America/Los_Angeles');
    expect(after - before).toBe(23 * 3600 * 1000);
    expect(new Date(after).toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });

  it('adding n days moves exactly n days, for any date and n', () => {
    const dates = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10) as CalendarDate);
    fc.assert(
      fc.property(dates, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
      }),
    );
  });
});
