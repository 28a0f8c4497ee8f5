import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, calendarDate } from '../../lib/dates';
import { PROGRAM_IDS, SITE_IDS } from '../../lib/ids';
import type { DueFrom } from '../../lib/provenance';
import type { BillWithInstallments } from '../../lib/store/bills';
import type { Bill, Installment } from '../../lib/store/db';
import { parseImport } from '../../lib/transfer';
import { type CSV_COLUMNS, parseCsv, toCsv } from '../../lib/transfer/csv';
import { toICalendar } from '../../lib/transfer/ical';
import { parseJsonBackup, toJsonBackup } from '../../lib/transfer/json';

const NOW = Date.UTC(2026, 10, 21, 8, 0);

// Text a shopper might type, including what breaks naive CSV: quotes, commas, newlines, formulas.
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('京东自营, "旗舰店"', '=SUM(A1:A3)', '+86 138', '-5', '@home', "'quoted", 'line\nbreak', ' padded '),
);
const date = fc
  .integer({ min: 0, max: 3650 })
  .map((offset) => addDays(calendarDate('2024-01-01'), offset) as CalendarDate);
const currency = fc.constantFrom('CNY', 'USD', 'JPY', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD');
const amount = fc.integer({ min: 0, max: 100_000_000 });
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
const dueFrom: fc.Arbitrary<DueFrom> = fc.oneof(
  fc.constantFrom<DueFrom>({ kind: 'estimate' }, { kind: 'rule' }, { kind: 'shopper' }),
  fc.record({
    kind: fc.constant('page' as const),
    site: fc.constantFrom(...SITE_IDS),
    read: date,
    basis: fc.constantFrom('stated' as const, 'receipt' as const, 'placed' as const),
  }),
);

const entryArb: fc.Arbitrary<BillWithInstallments> = fc
  .record(
    {
      id: fc.uuid(),
      site: fc.constantFrom(...SITE_IDS),
      program: fc.constantFrom(...PROGRAM_IDS),
      merchant: text,
      orderId: fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
      currency,
      created: instant,
      updated: instant,
      purchased: date,
      received: date,
      awaitingReceipt: fc.boolean(),
      status: fc.constantFrom('open' as const, 'closed' as const),
      notes: text,
    },
    { requiredKeys: ['id', 'program', 'currency', 'created', 'updated', 'purchased', 'awaitingReceipt', 'status'] },
  )
  .chain((bill) =>
    fc
      .array(
        fc.record(
          {
            amount,
            due: date,
            status: fc.constantFrom('upcoming' as const, 'paid' as const, 'cancelled' as const),
            paidOn: date,
            estimated: fc.boolean(),
            snoozedUntil: instant,
            dismissed: fc.boolean(),
            dueFrom,
          },
          { requiredKeys: ['amount', 'due', 'status', 'estimated'] },
        ),
        { maxLength: 6 },
      )
      .map((parts) => {
        const installments: Installment[] = parts.map((part, index) => ({
          ...part,
          id: `${bill.id}#${index + 1}`,
          billId: bill.id,
          program: bill.program,
          sequence: index + 1,
          currency: bill.currency,
        }));
        const full: Bill = { ...bill, total: installments.reduce((sum, row) => sum + row.amount, 0) };
        return { bill: full, installments };
      }),
  );

const entries = fc.uniqueArray(entryArb, { selector: (entry) => entry.bill.id, maxLength: 8 });

describe('export then import gives back the same bills', () => {
  it('through a JSON backup', () => {
    fc.assert(
      fc.property(entries, (original) => {
        const result = parseJsonBackup(toJsonBackup(original, NOW));
        expect(result).toEqual({ ok: true, value: original });
      }),
    );
  });

  it('through CSV', () => {
    fc.assert(
      fc.property(entries, (original) => {
        const result = parseCsv(toCsv(original));
        expect(result).toEqual({ ok: true, value: original });
      }),
    );
  });

  it('tells JSON from CSV by content', () => {
    fc.assert(
      fc.property(entries, (original) => {
        expect(parseImport(toJsonBackup(original, NOW))).toEqual({ ok: true, value: original });
        expect(parseImport(`\uFEFF${toCsv(original)}`)).toEqual({ ok: true, value: original });
      }),
      { numRuns: 20 },
    );
  });
});

function sample(): BillWithInstallments[] {
  const bill = (id: string, total: number): Bill => ({
    id,
    site: 'jd',
    program: 'jd-paylater',
    merchant: 'JD self-run',
    total,
    currency: 'CNY',
    created: NOW,
    updated: NOW,
    purchased: calendarDate('2026-11-21'),
    awaitingReceipt: false,
    status: 'open',
  });
  const row = (billId: string, amount: number, due: string): Installment => ({
    id: `${billId}#1`,
    billId,
    program: 'jd-paylater',
    sequence: 1,
    amount,
    currency: 'CNY',
    due: calendarDate(due),
    status: 'upcoming',
    estimated: false,
  });
  return [
    { bill: bill('b1', 239900), installments: [row('b1', 239900, '2026-12-06')] },
    { bill: bill('b2', 100), installments: [row('b2', 100, '2026-12-07')] },
  ];
}

describe('a bad file is refused, naming the row and the field', () => {
  it('in a JSON backup', () => {
    const backup = JSON.parse(toJsonBackup(sample(), NOW));
    backup.bills[1].installments[0].due = '2026-02-30';
    expect(parseJsonBackup(JSON.stringify(backup))).toMatchObject({ ok: false, problem: { row: 2, field: 'due' } });
    backup.bills[1].installments[0].due = '2026-12-07';
    backup.bills[0].bill.currency = 'YUAN';
    expect(parseJsonBackup(JSON.stringify(backup))).toMatchObject({
      ok: false,
      problem: { row: 1, field: 'currency' },
    });
    expect(parseJsonBackup('{"format":"something else"}')).toMatchObject({ ok: false, problem: { field: 'format' } });
    expect(parseJsonBackup('{not json')).toMatchObject({ ok: false, problem: { row: 0, field: '(file)' } });
  });

  it('in CSV, by line and column', () => {
    // The sample's cells hold no commas or quotes, so a line splits on commas.
    const lines = toCsv(sample()).split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const broken = (column: (typeof CSV_COLUMNS)[number], value: string) =>
      lines
        .map((line, index) => {
          if (index !== 2) return line;
          const cells = line.split(',');
          cells[header.indexOf(column)] = value;
          return cells.join(',');
        })
        .join('\r\n');
    expect(parseCsv(broken('amount', '12.345'))).toMatchObject({ ok: false, problem: { row: 3, field: 'amount' } });
    expect(parseCsv(broken('due', 'tomorrow'))).toMatchObject({ ok: false, problem: { row: 3, field: 'due' } });
    expect(parseCsv(broken('program', 'not-a-plan'))).toMatchObject({
      ok: false,
      problem: { row: 3, field: 'program' },
    });
    expect(parseCsv(broken('estimated', 'maybe'))).toMatchObject({
      ok: false,
      problem: { row: 3, field: 'estimated' },
    });
    expect(parseCsv(broken('billStatus', 'lost'))).toMatchObject({
      ok: false,
      problem: { row: 3, field: 'billStatus' },
    });
    expect(parseCsv(broken('installmentId', 'b1#1'))).toMatchObject({
      ok: false,
      problem: { row: 3, field: 'installmentId' },
    });
    expect(parseCsv('billId,program\r\nb1,jd-paylater\r\n')).toMatchObject({
      ok: false,
      problem: { row: 1, field: 'site' },
    });
    expect(parseCsv(broken('dueFrom', 'page:jd:guessed:2026-12-02'))).toMatchObject({
      ok: false,
      problem: { row: 3, field: 'dueFrom' },
    });
  });

  it('reads a spreadsheet written before due dates had a source, and a backup without them', () => {
    const lines = toCsv(sample()).split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const column = header.indexOf('dueFrom');
    const older = lines
      .map((line) =>
        line === ''
          ? line
          : line
              .split(',')
              .filter((_, index) => index !== column)
              .join(','),
      )
      .join('\r\n');
    expect(older).not.toContain('dueFrom');
    expect(parseCsv(older)).toEqual({ ok: true, value: sample() });
  });

  it('keeps where each due date came from, and a page update the shopper turned down, in a backup', () => {
    const [first, second] = sample();
    if (!first || !second) throw new Error('no sample');
    const kept: BillWithInstallments[] = [
      {
        bill: { ...first.bill, orderId: '290000000031', declined: '["290000000031","2026-12-20"]' },
        installments: first.installments.map((row) => ({
          ...row,
          dueFrom: { kind: 'page', site: 'jd', read: calendarDate('2026-12-02'), basis: 'stated' },
        })),
      },
      { bill: second.bill, installments: second.installments.map((row) => ({ ...row, status: 'cancelled' })) },
    ];
    expect(parseJsonBackup(toJsonBackup(kept, NOW))).toEqual({ ok: true, value: kept });
    expect(toCsv(kept)).toContain('page:jd:stated:2026-12-02');
  });
});

describe('iCalendar export', () => {
  it('has one all-day event per unpaid installment, each with an alarm', () => {
    const [first, second] = sample();
    if (!first || !second) throw new Error('no sample');
    const paid = { ...second, installments: second.installments.map((row) => ({ ...row, status: 'paid' as const })) };
    const ics = toICalendar([first, paid], { name: 'PayLater Lens', summary: ({ bill }) => `Pay ${bill.id}` }, NOW);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261206');
    expect(ics).toContain('UID:b1#1@paylater-lens');
    expect(ics).toContain('SUMMARY:Pay b1');
    expect(ics).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15H/);
  });
});
