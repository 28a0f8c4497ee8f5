import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseTypedAmount } from '../../components/format';
import { todayIn } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import { formatMoney, parseMoney } from '../../lib/money';
import { dueZone, programById } from '../../lib/programs';
import { termsFor } from '../../lib/programs/terms';
import { DEFAULT_REMINDERS } from '../../lib/reminders';
import { buildSchedule } from '../../lib/schedule';
import { allBills, importBills, setPaid, trackBill } from '../../lib/store/bills';
import { planAndRecordReminders, popupSummary } from '../../lib/store/queries';
import { checkBudget, todayOf } from '../../lib/store/upcoming';
import { parseImport, toCsv, toICalendar, toJsonBackup } from '../../lib/transfer';
import { freshDatabaseName, openTestDatabase } from './databases';

// A shopper in New York tracks a US Afterpay order of $249.00 and a UK PayPal Pay in 3 order of
// £100.00 beside a Chinese JD bill, and everything downstream keeps the three currencies apart.

const ZONE = 'America/New_York';
// 2026-03-06 15:00 in New York, two days before the clocks go forward.
const NOW = Date.UTC(2026, 2, 6, 20, 0);

function program(id: ProgramId) {
  const found = programById(id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}

async function track(
  db: ReturnType<typeof openTestDatabase>,
  id: ProgramId,
  pageText: string,
  defaultCurrency: string,
  country?: 'GB',
) {
  // What the checkout reader would hand over: the total as the page writes it.
  const money = parseMoney(pageText, { defaultCurrency });
  if (!money) throw new Error(`no total in ${pageText}`);
  const each = program(id);
  const purchased = todayIn(dueZone(each, ZONE), NOW);
  const terms = termsFor(each, { currency: money.currency, total: money.amount, ...(country ? { country } : {}) });
  return trackBill(
    db,
    {
      program: id,
      total: money.amount,
      currency: money.currency,
      purchased,
      schedule: buildSchedule(terms.schedule.value, { total: money.amount, purchased }),
    },
    NOW,
    () => `${id}-bill`,
  );
}

describe('a USD and a GBP bill, beside a CNY one', () => {
  it('flow through tracking, day totals, the popup, the budget, reminders, export and import without mixing currencies', async () => {
    // The browser runs in the shopper's zone, whatever zone the tests run in.
    vi.stubEnv('TZ', ZONE);
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const db = openTestDatabase(freshDatabaseName('western-flow'));
    const afterpay = await track(db, 'afterpay', 'Total USD $249.00', 'USD');
    const paypal = await track(db, 'paypal-pay-in-4', '£100.00', 'GBP');
    const jd = await track(db, 'jd-paylater', '￥2,399.00', 'CNY');
    expect([afterpay.currency, paypal.currency, jd.currency]).toEqual(['USD', 'GBP', 'CNY']);

    const rows = await db.installments.orderBy('id').toArray();
    const of = (billId: string) => rows.filter((row) => row.billId === billId);
    // Pay in 4 every two weeks from the shopper's own day, 4 × $62.25.
    expect(of(afterpay.id).map((row) => [row.due, row.amount, row.currency])).toEqual([
      ['2026-03-06', 6225, 'USD'],
      ['2026-03-20', 6225, 'USD'],
      ['2026-04-03', 6225, 'USD'],
      ['2026-04-17', 6225, 'USD'],
    ]);
    // Pay in 3: today, then the same day of the next two months; the odd penny first.
    expect(of(paypal.id).map((row) => [row.due, row.amount, row.currency])).toEqual([
      ['2026-03-06', 3334, 'GBP'],
      ['2026-04-06', 3333, 'GBP'],
      ['2026-05-06', 3333, 'GBP'],
    ]);
    // The JD bill keeps Shanghai's day: already the 7th there.
    expect(of(jd.id).map((row) => row.due)).toEqual(['2026-03-22']);

    // The day totals keep one row per day, program and currency.
    const totals = await db.dueTotals.toArray();
    expect(totals.filter((total) => total.currency === 'USD').reduce((sum, total) => sum + total.amount, 0)).toBe(
      24_900,
    );
    expect(totals.filter((total) => total.currency === 'GBP').reduce((sum, total) => sum + total.amount, 0)).toBe(
      10_000,
    );

    // Paying the first payments takes them out of what is due.
    const first = (billId: string) => of(billId)[0]?.id ?? '';
    await setPaid(db, first(afterpay.id), todayIn(ZONE, NOW));
    await setPaid(db, first(paypal.id), todayIn(ZONE, NOW));

    const summary = await popupSummary(db, NOW, 150);
    expect(summary.totals30).toEqual(
      new Map([
        ['USD', 12_450],
        ['CNY', 239_900],
      ]),
    );
    expect([...summary.totals7]).toEqual([]);
    const shown = [...summary.groups.overdue, ...summary.groups.week, ...summary.groups.later];
    expect(shown.map((row) => row.currency).sort()).toEqual(['CNY', 'GBP', 'GBP', 'USD', 'USD', 'USD'].sort());
    expect(summary.counts).toEqual({ overdue: 0, week: 0, later: 6 });

    // A budget in pounds counts pounds only.
    const unpaid = shown;
    const today = todayOf(NOW, ZONE);
    expect(checkBudget(unpaid, { amount: 1_000, currency: 'GBP' }, today)).toEqual({ due: 0, over: false });
    expect(checkBudget(unpaid, { amount: 10_000, currency: 'USD' }, today)).toEqual({ due: 6_225, over: false });

    // Reminders fall at the shopper's own 09:00, the day before each due day (daylight saving in between).
    const { plan } = await planAndRecordReminders(db, { ...DEFAULT_REMINDERS, daysBefore: [1] }, NOW, ZONE);
    expect(plan.nextAt).toBe(Date.UTC(2026, 2, 19, 13, 0));

    // Exports and imports give back every bill, in its own currency, to the cent.
    const entries = await allBills(db);
    for (const file of [toCsv(entries), toJsonBackup(entries, NOW)]) {
      const parsed = parseImport(file);
      if (!parsed.ok) throw new Error(parsed.problem.message);
      expect(parsed.value).toEqual(entries);
    }
    expect(toCsv(entries)).toContain('62.25,2026-04-03');
    expect(toCsv(entries)).toContain('33.33,2026-05-06');
    const calendar = toICalendar(
      entries,
      {
        name: 'Pay later',
        summary: ({ bill, installments }, index) =>
          `${bill.program}: ${formatMoney({ amount: installments[index]?.amount ?? 0, currency: bill.currency }, 'en')}`,
      },
      NOW,
    );
    expect(calendar).toContain('SUMMARY:afterpay: $62.25');
    expect(calendar).toContain('SUMMARY:paypal-pay-in-4: £33.33');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20260406');
    expect(calendar).not.toContain('DTSTART;VALUE=DATE:20260306');

    const restored = openTestDatabase(freshDatabaseName('western-flow-restored'));
    await importBills(restored, entries);
    expect(await allBills(restored)).toEqual(entries);
    const totalsOf = (list: { due: string; program: string; currency: string; amount: number }[]) =>
      list.map(({ due, program: id, currency, amount }) => `${due} ${id} ${currency} ${amount}`).sort();
    expect(totalsOf(await restored.dueTotals.toArray())).toEqual(totalsOf(await db.dueTotals.toArray()));
  });

  it('reads what the shopper types for a bill the way people write amounts in its currency', () => {
    expect(parseTypedAmount('62.25', 'USD')).toBe(6225);
    expect(parseTypedAmount('$62.25', 'USD')).toBe(6225);
    expect(parseTypedAmount('62,25', 'EUR')).toBe(6225);
    expect(parseTypedAmount('1.234,56 €', 'EUR')).toBe(123_456);
    expect(parseTypedAmount(' 2399 ', 'CNY')).toBe(239_900);
    expect(parseTypedAmount('¥2,399.00', 'CNY')).toBe(239_900);
    expect(parseTypedAmount('£62.25', 'USD')).toBeNull();
    expect(parseTypedAmount('-5', 'USD')).toBeNull();
    expect(parseTypedAmount('12.3', 'JPY')).toBeNull();
  });

  it('formats every amount in both languages with its own currency', () => {
    expect(formatMoney({ amount: 6225, currency: 'USD' }, 'en')).toBe('$62.25');
    expect(formatMoney({ amount: 6225, currency: 'USD' }, 'zh-CN')).toBe('US$62.25');
    expect(formatMoney({ amount: 3334, currency: 'GBP' }, 'zh-CN')).toBe('£33.34');
    expect(formatMoney({ amount: 123_456, currency: 'EUR' }, 'en')).toBe('€1,234.56');
    expect(formatMoney({ amount: 239_900, currency: 'CNY' }, 'en')).toBe('CN¥2,399.00');
  });
});
