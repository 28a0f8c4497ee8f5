import type { DBCore, DBCoreMutateRequest } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import {
  allBills,
  type BillDraft,
  type BillWithInstallments,
  deleteBill,
  importBills,
  setPaid,
  trackBill,
} from '../../lib/store/bills';
import type { LensDatabase } from '../../lib/store/db';
import { parseImport, toJsonBackup } from '../../lib/transfer';
import { freshDatabaseName, openTestDatabase } from './databases';

// A service worker can die between any two writes; IndexedDB then aborts the transaction it was
// in. Here a Dexie middleware aborts the transaction at the n-th write, for every n an operation
// has: the database must be exactly as before, and usable afterwards.

/** A database whose `dieAt`-th write (counted from 0) aborts its transaction, as a dying worker would. */
function dyingDatabase(): { db: LensDatabase; dieAt: (write: number | undefined) => void; writes: () => number } {
  const db = openTestDatabase(freshDatabaseName('durability'));
  let target: number | undefined;
  let seen = 0;
  db.use({
    stack: 'dbcore',
    name: 'dies-mid-write',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (seen++ === target) {
              request.trans.abort();
              return Promise.reject(new Error('the worker stopped'));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    db,
    dieAt: (write) => {
      target = write;
      seen = 0;
    },
    writes: () => seen,
  };
}

const NOW = Date.UTC(2026, 10, 21, 2, 0);
const d = (value: string): CalendarDate => calendarDate(value);

function draft(orderId: string, total: number, installments = 1): BillDraft {
  return {
    site: 'jd',
    program: 'jd-paylater',
    orderId,
    total,
    currency: 'CNY',
    purchased: d('2026-11-21'),
    schedule: Array.from({ length: installments }, (_, index) => ({
      sequence: index + 1,
      due: d(`2026-12-${String(index + 1).padStart(2, '0')}`),
      amount: total / installments,
      estimated: false,
    })),
  };
}

async function contents(db: LensDatabase) {
  return {
    bills: await db.bills.orderBy('id').toArray(),
    installments: await db.installments.orderBy('id').toArray(),
    sentReminders: await db.sentReminders.orderBy('key').toArray(),
  };
}

/** Every installment belongs to a bill, and every open bill has its installments. */
async function consistent(db: LensDatabase): Promise<boolean> {
  const bills = new Set(await db.bills.toCollection().primaryKeys());
  const installments = await db.installments.toArray();
  const withRows = new Set(installments.map((row) => row.billId));
  return installments.every((row) => bills.has(row.billId)) && [...bills].every((id) => withRows.has(id));
}

/**
 * Runs `operation` once to count its writes, then again from the same starting state with the
 * worker dying at each write in turn: each time, nothing may have changed.
 */
async function dieAtEveryWrite(
  setup: (db: LensDatabase) => Promise<void>,
  operation: (db: LensDatabase) => Promise<unknown>,
): Promise<number> {
  const probe = dyingDatabase();
  await setup(probe.db);
  probe.dieAt(undefined);
  await operation(probe.db);
  const writes = probe.writes();
  expect(writes).toBeGreaterThan(0);
  for (let write = 0; write < writes; write++) {
    const { db, dieAt } = dyingDatabase();
    await setup(db);
    const before = await contents(db);
    dieAt(write);
    await expect(operation(db)).rejects.toThrow();
    dieAt(undefined);
    expect(await contents(db)).toEqual(before);
    expect(await consistent(db)).toBe(true);
    // The next attempt, in a new worker, completes.
    await operation(db);
    expect(await consistent(db)).toBe(true);
  }
  return writes;
}

let sequence = 0;
const newId = () => `bill-${++sequence}`;

async function twoBills(db: LensDatabase): Promise<void> {
  await trackBill(db, draft('A', 30000, 3), NOW, newId);
  const second = await trackBill(db, draft('B', 12000, 2), NOW, newId);
  await setPaid(db, `${second.id}#1`, d('2026-11-25'));
}

describe('a worker stopped in the middle of a write', () => {
  it('leaves no half-tracked bill', async () => {
    expect(await dieAtEveryWrite(twoBills, (db) => trackBill(db, draft('C', 9000, 4), NOW, newId))).toBeGreaterThan(1);
  });

  it('leaves no half-updated bill when the same order is tracked again', async () => {
    await dieAtEveryWrite(twoBills, (db) => trackBill(db, draft('B', 12000, 3), NOW + 1000, newId));
  });

  it('leaves no half-paid bill', async () => {
    await dieAtEveryWrite(twoBills, async (db) => {
      const [first] = await db.installments.orderBy('id').primaryKeys();
      await setPaid(db, String(first), d('2026-11-26'));
    });
  });

  it('leaves no half-deleted bill', async () => {
    await dieAtEveryWrite(twoBills, async (db) => {
      const [first] = await db.bills.orderBy('id').primaryKeys();
      await deleteBill(db, String(first));
    });
  });
});

describe('an import that fails halfway', () => {
  it('changes nothing, even when it replaces bills that already exist', async () => {
    let backup: BillWithInstallments[] = [];
    const setup = async (db: LensDatabase) => {
      await twoBills(db);
      // A backup of the same bills, edited, plus new ones: the import replaces and adds.
      const parsed = parseImport(toJsonBackup(await allBills(db), NOW));
      if (!parsed.ok) throw new Error(parsed.problem.message);
      backup = [
        ...parsed.value.map((entry) => ({ ...entry, bill: { ...entry.bill, merchant: 'Imported' } })),
        ...Array.from({ length: 40 }, (_, index) => ({
          bill: { ...(parsed.value[0]?.bill ?? never()), id: `imported-${index}` },
          installments: (parsed.value[0]?.installments ?? []).map((row) => ({
            ...row,
            id: `imported-${index}#${row.sequence}`,
            billId: `imported-${index}`,
          })),
        })),
      ];
    };
    await dieAtEveryWrite(setup, (db) => importBills(db, backup));
  });

  it('changes nothing when a row fails to store, wherever that row is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 59 }), async (broken) => {
        const { db } = dyingDatabase();
        await twoBills(db);
        const before = await contents(db);
        const [template] = await allBills(db);
        if (!template) throw new Error('no bill');
        const entries = Array.from({ length: 60 }, (_, index) => ({
          bill: { ...template.bill, id: `imported-${index}` },
          installments: template.installments.map((row) => ({
            ...row,
            // An installment without a key cannot be stored: the write fails at this row.
            id: index === broken ? (undefined as unknown as string) : `imported-${index}#${row.sequence}`,
            billId: `imported-${index}`,
          })),
        }));
        await expect(importBills(db, entries)).rejects.toThrow();
        expect(await contents(db)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

function never(): never {
  throw new Error('the backup has no bill');
}
