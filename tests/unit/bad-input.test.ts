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
import type { BillWithInstallments } from '../../lib/store/bills';
import { parseImport, toCsv, toJsonBackup } from '../../lib/transfer';

// Hostile and random input for the price parser, the date code and import: each call gives a clear
// result or a clear error (RangeError; an import problem), never a crash of another kind and never
// a wrong amount or date.

const tried = { prices: 0, dates: 0, imports: 0 };
afterAll(() => {
  console.info(`bad-input: ${tried.prices} price inputs, ${tried.dates} date inputs, ${tried.imports} import files`);
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

/** Text that holds no digit (of any script), sign, point, comma or another currency's mark: it cannot change an amount. */
const noise = fc
  .string({ unit: 'grapheme', maxLength: 12 })
  .filter(
    (text) =>
      !/[\p{Nd}\p{No}.,\-\u2012\u2013\u2212．，－]/u.test(text) &&
      !/\d|[$€£]|\b[A-Z]{3}\b|[Kk]r/.test(text.normalize('NFKC')),
  );

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
    // Generating odd Unicode is the slow part; a shared machine may need the time.
  }, 30_000);

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

/** A real backup's content: two bills, one paid installment. */
const SAMPLE: BillWithInstallments[] = [
  {
    bill: {
      id: 'b1',
      site: 'jd',
      program: 'jd-paylater',
      merchant: '京东',
      orderId: '3141',
      total: 239900,
      currency: 'CNY',
      created: 1_763_690_000_000,
      updated: 1_763_690_000_000,
      purchased: calendarDate('2026-11-21'),
      awaitingReceipt: false,
      status: 'open',
    },
    installments: [
      {
        id: 'b1#1',
        billId: 'b1',
        program: 'jd-paylater',
        sequence: 1,
        amount: 239900,
        currency: 'CNY',
        due: calendarDate('2026-12-06'),
        status: 'upcoming',
        estimated: false,
      },
    ],
  },
  {
    bill: {
      id: 'b2',
      program: 'alipay-huabei',
      total: 1999,
      currency: 'CNY',
      created: 1_763_690_000_000,
      updated: 1_763_690_000_000,
      purchased: calendarDate('2026-11-01'),
      awaitingReceipt: false,
      status: 'open',
    },
    installments: [1, 2].map((sequence) => ({
      id: `b2#${sequence}`,
      billId: 'b2',
      program: 'alipay-huabei' as const,
      sequence,
      amount: sequence === 1 ? 1000 : 999,
      currency: 'CNY',
      due: calendarDate(`2026-12-1${sequence}`),
      status: sequence === 1 ? ('paid' as const) : ('upcoming' as const),
      ...(sequence === 1 ? { paidOn: calendarDate('2026-11-20') } : {}),
      estimated: false,
    })),
  },
];

function importText(text: string) {
  tried.imports++;
  return parseImport(text);
}

/** Every amount in what was read, in order. */
const amountsOf = (entries: readonly BillWithInstallments[]) =>
  entries.flatMap(({ bill, installments }) => [bill.total, ...installments.map((row) => row.amount)]);

describe('import with hostile files', () => {
  it('reads its own backups and spreadsheets back exactly', () => {
    const json = importText(toJsonBackup(SAMPLE, Date.UTC(2026, 10, 21)));
    expect(json).toEqual({ ok: true, value: SAMPLE });
    const csv = importText(toCsv(SAMPLE));
    expect(csv.ok && amountsOf(csv.value)).toEqual(amountsOf(SAMPLE));
  });

  it('answers any text with the bills or a problem, never a crash', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json({ maxDepth: 6 }),
      fc
        .jsonValue({ maxDepth: 4 })
        .map((value) => JSON.stringify({ format: 'paylater-lens-backup', version: 1, bills: value })),
      fc
        .array(fc.string({ unit: fc.constantFrom(...',"\'\r\n=+-@.0123456789abc¥'.split('')) }), { maxLength: 20 })
        .map((cells) => `${toCsv(SAMPLE).split('\r\n')[0]}\r\n${cells.join(',')}`),
    );
    fc.assert(
      fc.property(text, (value) => {
        const result = importText(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problem.message.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reads an amount in a backup exactly as written, or refuses the file', () => {
    const backup = JSON.parse(toJsonBackup(SAMPLE, Date.UTC(2026, 10, 21)));
    const literal = fc.oneof(
      fc.integer({ min: -10, max: MAX_MINOR_UNITS + 10 }).map(String),
      fc.double().map((value) => JSON.stringify(value)),
      fc.constantFrom('1e400', '-0', '1.0', '1e3', '9007199254740993', '0.1', '"100"', 'null', 'true', '[]', '{}'),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), literal, (slot, replacement) => {
        // Slots: bill 1 total, its installment, bill 2 total, its two installments.
        const marker = '"__AMOUNT__"';
        const copy = structuredClone(backup);
        const targets = [
          [copy.bills[0].bill, 'total'],
          [copy.bills[0].installments[0], 'amount'],
          [copy.bills[1].bill, 'total'],
          [copy.bills[1].installments[0], 'amount'],
          [copy.bills[1].installments[1], 'amount'],
        ] as const;
        const [record, field] = targets[slot] ?? targets[0];
        record[field] = '__AMOUNT__';
        const result = importText(JSON.stringify(copy).replace(marker, replacement));
        if (!result.ok) return;
        const read = amountsOf(result.value)[slot];
        const written = JSON.parse(replacement);
        expect(read).toBe(written);
        expect(Number.isSafeInteger(read) && (read ?? -1) >= 0 && (read ?? Infinity) <= MAX_MINOR_UNITS).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads an amount in a spreadsheet exactly as written, or refuses the file', () => {
    const lines = toCsv(SAMPLE).split('\r\n');
    const column = lines[0]?.split(',').indexOf('amount') ?? -1;
    const cell = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }))
        .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`),
      fc.string({ unit: fc.constantFrom(...'0123456789.,-+e ¥'.split('')), maxLength: 16 }),
      fc.constantFrom('1e3', '0x10', '-1.00', '１２.００', '12.345', 'NaN', 'Infinity', '99999999999999.00'),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const cells = lines[1]?.split(',') ?? [];
        cells[column] = value;
        const result = importText([lines[0], cells.join(','), ...lines.slice(2)].join('\r\n'));
        if (!result.ok) return;
        // Only a plain decimal with at most two places may be read, and then exactly.
        expect(value).toMatch(/^\d+(\.\d{1,2})?$/);
        const [whole = '', cents = ''] = value.split('.');
        expect(result.value[0]?.installments[0]?.amount).toBe(Number(whole) * 100 + Number(cents.padEnd(2, '0')));
      }),
      RUNS,
    );
  });

  it('refuses deeply nested files and keeps prototype keys out, without a crash', () => {
    const backup = JSON.stringify(JSON.parse(toJsonBackup(SAMPLE, 0)));
    const nested = (depth: number, open: string, inner: string, close: string) =>
      backup.replace('"bills":[', `"bills":[${open.repeat(depth)}${inner}${close.repeat(depth)},`);
    for (const text of [
      nested(100_000, '[', '', ']'),
      nested(100_000, '{"a":', '0', '}'),
      nested(5_000, '{"bill":', 'null', '}'),
      `${'a,'.repeat(100_000)}\r\n`,
      'billId,__proto__\r\n1,2',
    ]) {
      expect(importText(text).ok).toBe(false);
    }
    for (const text of [
      backup.replace('"id":"b1"', '"id":"b1","__proto__":{"polluted":true}'),
      backup.replace('{"bill"', '{"constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true},"bill"'),
      backup.replace('{', '{"__proto__":{"polluted":true},'),
    ]) {
      const result = importText(text);
      // Refused, or read with the foreign keys dropped.
      if (result.ok) expect(result.value).toEqual(SAMPLE);
    }
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});
