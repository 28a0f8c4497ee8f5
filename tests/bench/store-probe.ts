/**
 * Bundled by the benchmark and evaluated in the extension's service worker, so that it writes and
 * reads the extension's real IndexedDB through the same Dexie schema and queries the build uses.
 */
import { addDays, localTimeZone, todayIn } from '../../lib/dates';
import { DEFAULT_REMINDERS } from '../../lib/reminders';
import { unpaidInstallments } from '../../lib/store/bills';
import { type Bill, openDatabase, REMINDERS_PENDING, type StoredInstallment } from '../../lib/store/db';
import {
  BADGE_DAYS,
  countUnpaidDueWithin,
  POPUP_FIRST_ROWS,
  planAndRecordReminders,
  popupSummary,
} from '../../lib/store/queries';

export interface SeedPlan {
  readonly installments: number;
  readonly perBill: number;
  /** Due dates are spread evenly from this many days from today… */
  readonly fromDay: number;
  /** …to this many. */
  readonly toDay: number;
  /** Past-due installments are paid, except every this-many-th (overdue); 1 leaves all unpaid. */
  readonly pastUnpaidEvery: number;
}

export interface SeedResult {
  readonly installments: number;
  readonly unpaid: number;
  readonly sentReminders: number;
  readonly ms: number;
}

export type QueryTimes = Record<string, number[]>;

// The bench's own handle on the extension's database (the worker keeps its own, lazily opened).
const db = openDatabase();
const CHUNK = 5000;

async function seed(plan: SeedPlan): Promise<SeedResult> {
  const started = performance.now();
  const now = Date.now();
  const today = todayIn('Asia/Shanghai', now);
  await db.transaction('rw', db.bills, db.installments, db.sentReminders, async () => {
    await Promise.all([db.bills.clear(), db.installments.clear(), db.sentReminders.clear()]);
  });
  const span = plan.toDay - plan.fromDay;
  const bills: Bill[] = [];
  const rows: StoredInstallment[] = [];
  for (let i = 0; i < plan.installments; i++) {
    const billId = `bench-${Math.floor(i / plan.perBill)}`;
    const offset = plan.fromDay + Math.floor((i * span) / Math.max(plan.installments - 1, 1));
    const due = addDays(today, offset);
    const paid = offset < 0 && i % plan.pastUnpaidEvery !== 0;
    if (i % plan.perBill === 0) {
      bills.push({
        id: billId,
        site: 'jd',
        program: 'jd-baitiao',
        orderId: `${300000000000 + i}`,
        total: 1990 * plan.perBill,
        currency: 'CNY',
        created: now,
        updated: now,
        purchased: addDays(due, -30),
        awaitingReceipt: false,
        status: 'open',
      });
    }
    rows.push({
      id: `${billId}#${(i % plan.perBill) + 1}`,
      billId,
      program: 'jd-baitiao',
      sequence: (i % plan.perBill) + 1,
      amount: 1990,
      currency: 'CNY',
      due,
      status: paid ? 'paid' : 'upcoming',
      ...(paid ? { paidOn: due } : {}),
      estimated: false,
      remindersDone: REMINDERS_PENDING,
    });
  }
  for (let start = 0; start < bills.length; start += CHUNK) await db.bills.bulkPut(bills.slice(start, start + CHUNK));
  for (let start = 0; start < rows.length; start += CHUNK)
    await db.installments.bulkPut(rows.slice(start, start + CHUNK));
  // A steady state: one reminder run has recorded every reminder that fell due and marked the rows
  // it is done with, as the worker would have (quiet hours off here, or a run inside them would
  // record none).
  const settings = { ...DEFAULT_REMINDERS, quietHours: { ...DEFAULT_REMINDERS.quietHours, enabled: false } };
  const { plan: run } = await planAndRecordReminders(db, settings, now, localTimeZone());
  return {
    installments: rows.length,
    unpaid: (await unpaidInstallments(db)).length,
    sentReminders: run.toMarkSent.length,
    ms: performance.now() - started,
  };
}

/**
 * The reads behind each surface, composed as the extension composes them (see the comments), with
 * the default settings (zod, which parses stored ones, cannot compile its parsers in code evaluated here).
 */
const QUERIES: Record<string, () => Promise<unknown>> = {
  // components/Popup.tsx, before first paint: its totals, group sizes and first rows (every row
  // follows after first paint).
  popup: () => popupSummary(db, Date.now(), POPUP_FIRST_ROWS),
  // entrypoints/background/reminders.ts updateBadge.
  badge: () => countUnpaidDueWithin(db, BADGE_DAYS, Date.now()),
  // entrypoints/background/reminders.ts runReminders: the rows that can matter, their sent
  // reminders, the plan, and recording what it sent and finished with.
  reminders: () => planAndRecordReminders(db, DEFAULT_REMINDERS, Date.now(), localTimeZone()),
};

async function timeQueries(runs: number, warmup: number): Promise<QueryTimes> {
  const times: QueryTimes = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const started = performance.now();
      await query();
      if (i >= warmup) samples.push(performance.now() - started);
    }
    times[name] = samples;
  }
  return times;
}

export interface StoreProbe {
  seed(plan: SeedPlan): Promise<SeedResult>;
  timeQueries(runs: number, warmup: number): Promise<QueryTimes>;
}

const probe: StoreProbe = { seed, timeQueries };
Object.assign(globalThis, { __lensBench: probe });
