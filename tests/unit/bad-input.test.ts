import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  daysBetween,
  instantAt,
  isCalendarDate,
  todayIn,
  withDayOfMonth,
} from '../../lib/dates';
import { MAX_MINOR_UNITS, parsePrice, toDecimalString } from '../../lib/money';

// Hostile and random input for the price parser and the date code: each call gives a clear result
// or a clear error (RangeError), never a crash of another kind and never a wrong amount or date.

const tried = { prices: 0, dates: 0 };
afterAll(() => {
  console.info(`bad-input: ${tried.prices} price inputs, ${tried.dates} date inputs`);
});

function price(text: string, currency?: string): number | null {
  tried.prices++;
  return parsePrice(text, currency);
}

/** Either a value or a RangeError; anything else thrown fails the test. */
function dateResult<T>(run: () => T): T | RangeError {
  tried.dates++;
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return error;
    throw error;
  }
}

const RUNS = { numRuns: 2000 };

/** Text that holds no digit (of any script), sign, point or comma: it cannot change an amount. */
const noise = fc
  .string({ unit: 'grapheme', maxLength: 12 })
  .filter((text) => !/[\p{Nd}\p{No}.,\-\u2012\u2013\u2212．，－]/u.test(text) && !/\d/.test(text.normalize('NFKC')));

const amount = fc.integer({ min: 0, max: MAX_MINOR_UNITS });

/** The ways a shop prints an amount: plain, grouped, short fraction, whole, full-width. */
function printed(fen: number, style: number): string {
  const plain = toDecimalString({ amount: fen, currency: 'CNY' });
  const [whole = '', fraction = ''] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  switch (style) {
    case 0:
      return plain;
    case 1:
      return `${grouped}.${fraction}`;
    case 2:
      return fraction.endsWith('0') ? `${whole}.${fraction[0]}` : plain;
    case 3:
      return fraction === '00' ? whole : plain;
    default:
      return `${grouped}.${fraction}`.replace(/[0-9.,]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  }
}

describe('parsePrice with hostile text', () => {
  it('never throws and never returns anything but null or a plausible integer, for any text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...'0123456789,.-−¥￥ 　元１２３．，¹①٣₂'.split('')), maxLength: 40 }),
      fc.string({ maxLength: 400 }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = price(text);
        expect(result === null || (Number.isSafeInteger(result) && result >= 0 && result <= MAX_MINOR_UNITS)).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('reads exactly the amount printed, whatever harmless text surrounds it', () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 0, max: 4 }),
        noise,
        fc.constantFrom('', '¥', '￥', '¥ ', 'RMB'),
        noise,
        (fen, style, left, sign, right) => {
          expect(price(`${left}${sign}${printed(fen, style)}${right}`)).toBe(fen);
        },
      ),
      RUNS,
    );
  });

  it('gives no amount when the text holds two numbers, however they are separated', () => {
    fc.assert(
      fc.property(amount, amount, noise, (first, second, between) => {
        const text = `¥${printed(first, 1)}${between || ' '}¥${printed(second, 0)}`;
        expect(price(text)).toBeNull();
      }),
      RUNS,
    );
  });

  it('gives no amount for a negative price, a leading point or a footnote that would change the digits', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('-', '−', '－', '–'),
        fc.constantFrom('', '¥', '￥ ', ' '),
        (fen, minus, sign) => {
          expect(price(`${minus}${sign}${printed(fen, 0)}`)).toBeNull();
        },
      ),
      RUNS,
    );
    expect(price('¥.5')).toBeNull();
    expect(price('x2 99.00')).toBeNull();
    // Superscripts and circled digits are not digits of the price.
    expect(price('￥2399¹')).toBe(239900);
    expect(price('①2')).toBe(200);
    expect(price('٢٣٩٩')).toBeNull();
  });

  it('rejects numbers too large or too precise to be a price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 150 }), fc.constantFrom('', '.00', '.5'), (length, tail) => {
        expect(price(`¥${'9'.repeat(length)}${tail}`)).toBeNull();
      }),
      RUNS,
    );
    for (const text of ['¥1e308', '¥Infinity', '¥NaN', '¥0x10', '¥1.005', '¥1,0000.00', '¥9,999,999,999.99'])
      expect(price(text)).toBeNull();
    expect(price(`¥${'1'.repeat(201)}`)).toBeNull();
  });

  it('answers a malformed currency code with a RangeError, not a guess', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }).filter((code) => !/^[A-Za-z]{3}$/.test(code)),
        (code) => {
          tried.prices++;
          expect(() => parsePrice('¥1', code)).toThrow(RangeError);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const date = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10) as CalendarDate);

describe('dates with hostile input', () => {
  it('accepts exactly the real calendar dates, for any string or value', () => {
    const candidates = fc.oneof(
      fc.string({ maxLength: 14 }),
      fc.string({ unit: fc.constantFrom(...'0123456789-０１２'.split('')), maxLength: 12 }),
      fc
        .tuple(fc.integer({ min: -1, max: 12000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.anything(),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        tried.dates++;
        const real =
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          value >= '1970-01-01' &&
          !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
          new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
        expect(isCalendarDate(value)).toBe(real);
        if (!real && typeof value === 'string') expect(() => calendarDate(value)).toThrow(RangeError);
      }),
      { numRuns: 4000 },
    );
  });

  it('adds any number of days or months to a real date, or says clearly that it cannot', () => {
    const count = fc.oneof(
      fc.integer({ min: -5000, max: 5000 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1e308, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(date, count, (start, n) => {
        const days = dateResult(() => addDays(start, n));
        if (days instanceof RangeError) {
          const target = Date.parse(`${start}T00:00:00Z`) + n * 86_400_000;
          const inRange = target >= Date.parse('1970-01-01') && target <= Date.parse('9999-12-31');
          expect(Number.isSafeInteger(n) && inRange).toBe(false);
        } else {
          expect(isCalendarDate(days)).toBe(true);
          expect(daysBetween(start, days) === n).toBe(true);
        }
        const months = dateResult(() => addMonths(start, n));
        if (!(months instanceof RangeError)) {
          expect(isCalendarDate(months)).toBe(true);
          expect(Number.isSafeInteger(n)).toBe(true);
        }
      }),
      RUNS,
    );
    // Far enough back to be a year before Christ, which 'yyyy' would print as a plausible year.
    expect(dateResult(() => addDays(calendarDate('1970-01-01'), -1_438_326))).toBeInstanceOf(RangeError);
  });

  it('sets a day of the month only to a real day of that month', () => {
    fc.assert(
      fc.property(date, fc.oneof(fc.integer({ min: -40, max: 40 }), fc.double()), (start, day) => {
        const result = dateResult(() => withDayOfMonth(start, day));
        if (result instanceof RangeError) expect(Number.isInteger(day) && day >= 1 && day <= 31).toBe(false);
        else {
          expect(result.slice(0, 7)).toBe(start.slice(0, 7));
          const first = calendarDate(`${start.slice(0, 7)}-01`);
          const last = start.startsWith('9999-12') ? 31 : Number(addDays(addMonths(first, 1), -1).slice(8));
          expect(Number(result.slice(8))).toBe(Math.min(day, last));
        }
      }),
      RUNS,
    );
  });

  it('turns a time of day into an instant, or rejects a malformed time or zone', () => {
    const zone = fc.oneof(
      fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'),
      fc.string({ maxLength: 20 }),
    );
    const time = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      fc.string({ maxLength: 8 }),
    );
    const validZone = (name: string) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return name.length > 0;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        date.filter((value) => value < '9999-12-31'),
        time,
        zone,
        (day, clock, timeZone) => {
          const result = dateResult(() => instantAt(day, clock, timeZone));
          const wellFormed = /^([01]\d|2[0-3]):[0-5]\d$/.test(clock) && validZone(timeZone);
          if (result instanceof RangeError) {
            expect(wellFormed).toBe(false);
            return;
          }
          expect(Number.isFinite(result)).toBe(true);
          // The wall clock in that zone reads that day (a time skipped by a DST change may move it).
          if (wellFormed) expect(Math.abs(daysBetween(day, todayIn(timeZone, result)))).toBeLessThanOrEqual(1);
        },
      ),
      RUNS,
    );
  });

  it('tells today in any zone, or rejects a zone or instant it cannot', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('Asia/Shanghai', 'UTC'), fc.string({ maxLength: 30 })),
        fc.oneof(fc.integer({ min: 0, max: 253_402_000_000_000 }), fc.double(), fc.integer()),
        (timeZone, now) => {
          const result = dateResult(() => todayIn(timeZone, now));
          if (!(result instanceof RangeError)) expect(isCalendarDate(result)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
