import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate } from '../../lib/dates';
import { DEFAULT_REMINDERS } from '../../lib/reminders';
import { parseSettings } from '../../lib/settings';
import { SETTINGS_KEY } from '../../lib/storage-keys';
import {
  confirmReceived,
  deleteBill,
  dismissReminders,
  setPaid,
  snoozeInstallment,
  updateBill,
} from '../../lib/store/bills';
import { billFromValues, billValues } from '../../lib/sync/bill-record';
import { type Doc, valuesOf } from '../../lib/sync/doc';
import { SYNC_QUOTA } from '../../lib/sync/quota';
import { converge, type Device, makeDevices, TestClock, track, visibleBills } from './sync-devices';

// N devices, random changes on each, random runs of sync, and the service delivering each write
// late, twice, out of order or not at all. Once every device has reconnected and run, all must
// hold the same bills and settings, each device's bills must be its records, and no change made
// anywhere may be lost unless a later change to the same field (or the bill's deletion) replaced it.

const device = fc.nat(3);
const pick = fc.nat(50);
const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('track' as const), device, installments: fc.integer({ min: 1, max: 4 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), device, pick, paid: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('snooze' as const),
      device,
      pick,
      hours: fc.integer({ min: 1, max: 72 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dismiss' as const), device, pick, on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), device, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replan' as const), device, pick, count: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setting' as const), device, hour: fc.integer({ min: 6, max: 22 }) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('upload' as const), device, count: fc.integer({ min: 1, max: 5 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), device, index: fc.nat(20), again: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), device, index: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 120_000 }) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

let noteCounter = 0;

async function apply(devices: readonly Device[], service: ReturnType<typeof makeDevices>['service'], operation: Op) {
  if (operation.kind === 'tick') return;
  const target = devices[operation.device % devices.length] as Device;
  const bills = (await target.db.bills.toCollection().primaryKeys()).sort() as string[];
  const rows = (await target.db.installments.toCollection().primaryKeys()).sort() as string[];
  const bill = bills.length > 0 ? bills[('pick' in operation ? operation.pick : 0) % bills.length] : undefined;
  const row = rows.length > 0 ? rows[('pick' in operation ? operation.pick : 0) % rows.length] : undefined;
  const day = addDays(calendarDate('2026-11-21'), 'pick' in operation ? operation.pick : 0);
  switch (operation.kind) {
    case 'track':
      await track(target, {}, operation.installments);
      break;
    case 'pay':
      if (row) await setPaid(target.db, row, operation.paid ? day : null);
      break;
    case 'snooze':
      if (row) await snoozeInstallment(target.db, row, target.now() + operation.hours * 3_600_000);
      break;
    case 'dismiss':
      if (row) await dismissReminders(target.db, row, operation.on);
      break;
    case 'note':
      if (bill) await updateBill(target.db, bill, { notes: `note ${++noteCounter}` }, target.now());
      break;
    case 'delete':
      if (bill) await deleteBill(target.db, bill);
      break;
    case 'replan':
      if (bill) {
        const schedule = Array.from({ length: operation.count }, (_, index) => ({
          sequence: index + 1,
          due: addDays(day, 14 * index),
          amount: 1000 * (index + 1),
          estimated: false,
        }));
        await confirmReceived(target.db, bill, day, schedule, target.now());
      }
      break;
    case 'setting':
      await target.setLocal(SETTINGS_KEY, {
        reminders: {
          ...DEFAULT_REMINDERS,
          daysBefore: [...DEFAULT_REMINDERS.daysBefore],
          quietHours: { ...DEFAULT_REMINDERS.quietHours },
          time: `${String(operation.hour).padStart(2, '0')}:00`,
        },
      });
      break;
    case 'sync':
      await target.sync();
      break;
    case 'upload':
      service.upload(target.area, operation.count);
      break;
    case 'deliver':
      service.deliver(target.area, operation.index, operation.again);
      break;
    case 'drop':
      service.drop(target.area, operation.index);
      break;
  }
}

async function billIds(target: Device): Promise<string[]> {
  return (await target.db.bills.toCollection().primaryKeys()) as string[];
}

/** Every fact each device holds now: field, version and bill. */
async function facts(target: Device): Promise<{ id: string; doc: Doc }[]> {
  return (await target.db.syncDocs.toArray()).map(({ id, doc }) => ({ id, doc }));
}

describe('devices converge', () => {
  it('to the same bills and settings, losing nothing, whatever the changes and however sync storage delivers them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.integer({ min: -180_000, max: 180_000 }), { minLength: 4, maxLength: 4 }),
        fc.array(op, { minLength: 5, maxLength: 40 }),
        async (count, skews, operations) => {
          const clock = new TestClock();
          const { devices, service } = makeDevices(['a', 'b', 'c', 'd'].slice(0, count), clock, skews.slice(0, count));
          const seen: { id: string; doc: Doc }[] = [];
          const tracked = new Set<string>();
          const deleted = new Set<string>();
          // A start every device shares: a synced bill of three payments from each, so that the
          // changes below also act on bills every device already holds.
          for (const target of devices) await track(target, {}, 3);
          await converge(devices, service, clock);
          for (const operation of operations) {
            clock.advance(operation.kind === 'tick' ? operation.ms : 700);
            const before =
              operation.kind === 'delete' ? await billIds(devices[operation.device % count] as Device) : [];
            await apply(devices, service, operation);
            if (operation.kind === 'delete') {
              const after = new Set(await billIds(devices[operation.device % count] as Device));
              for (const id of before) if (!after.has(id)) deleted.add(id);
            }
            if (operation.kind === 'sync') seen.push(...(await facts(devices[operation.device % count] as Device)));
            for (const target of devices) {
              for (const id of await target.db.bills.toCollection().primaryKeys()) tracked.add(id as string);
            }
          }
          await converge(devices, service, clock);

          // The same bills and settings everywhere.
          const first = devices[0] as Device;
          const expected = await visibleBills(first);
          for (const other of devices.slice(1)) {
            expect(await visibleBills(other)).toEqual(expected);
            expect(parseSettings(other.local.items.get(SETTINGS_KEY))).toEqual(
              parseSettings(first.local.items.get(SETTINGS_KEY)),
            );
          }

          // Each device's bills are its records (and a record that is not deleted has its bill).
          for (const target of devices) {
            const docs = new Map((await facts(target)).map(({ id, doc }) => [id, doc]));
            for (const { bill, installments } of await target.db.bills.toArray().then((bills) =>
              Promise.all(
                bills.map(async (bill) => ({
                  bill,
                  installments: await target.db.installments.where('billId').equals(bill.id).toArray(),
                })),
              ),
            )) {
              const doc = docs.get(bill.id);
              expect(doc?.deleted).toBeUndefined();
              // The bill the record describes (a removed payment's leftover fields describe nothing).
              const described = billFromValues(bill.id, valuesOf(doc ?? { facts: {} }));
              expect(billValues(bill, installments)).toEqual(billValues(described.bill, described.installments));
            }
            for (const [id, doc] of docs) {
              if (doc.deleted === undefined && Object.keys(doc.facts).length > 0) {
                expect(await target.db.bills.get(id)).toBeDefined();
              }
            }
          }

          // Nothing lost: every fact any device ever held is still there, or a later one replaced
          // it, or the bill was deleted.
          const final = new Map((await facts(first)).map(({ id, doc }) => [id, doc]));
          for (const { id, doc } of seen) {
            const now = final.get(id);
            expect(now).toBeDefined();
            if (!now || now.deleted !== undefined) continue;
            if (doc.deleted !== undefined) throw new Error(`bill ${id} came back after its deletion`);
            for (const [path, [, version]] of Object.entries(doc.facts)) {
              expect((now.facts[path]?.[1] ?? '') >= version).toBe(true);
            }
          }
          // Every bill made anywhere is everywhere, unless it was deleted.
          for (const id of tracked) {
            if (deleted.has(id)) continue;
            expect(await first.db.bills.get(id)).toBeDefined();
          }

          for (const target of devices) {
            expect(target.area.refused).toEqual([]);
            expect(target.area.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
          }
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 25) },
    );
  }, 600_000);
});
