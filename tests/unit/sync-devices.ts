import { type CalendarDate, calendarDate } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import { allBills, type BillDraft, trackBill } from '../../lib/store/bills';
import type { LensDatabase } from '../../lib/store/db';
import { kvDirtyKey, type SyncContext, type SyncRun, syncCycle } from '../../lib/sync/engine';
import { KV_RECORDS } from '../../lib/sync/kv-records';
import { freshDatabaseName, openTestDatabase } from './databases';
import { FakeLocalArea, FakeSyncArea, FakeSyncService } from './fake-sync';

// Devices for sync tests: each its own database, sync storage copy and storage.local, on a shared
// test clock (a device's own clock may run fast or slow by `skew`).

export const T0 = Date.UTC(2026, 10, 21, 2, 0);

export class TestClock {
  now = T0;
  advance(ms: number): void {
    this.now += ms;
  }
}

export interface Device {
  readonly name: string;
  readonly db: LensDatabase;
  readonly area: FakeSyncArea;
  readonly local: FakeLocalArea;
  readonly now: () => number;
  profile: boolean;
  /** One sync run, as the background does it. */
  sync(): Promise<SyncRun>;
  /** Writes to storage.local as a page does, and notes it as the background's change listener does. */
  setLocal(key: string, value: unknown): Promise<void>;
}

export function makeDevice(name: string, clock: TestClock, skew = 0): Device {
  const now = () => clock.now + skew;
  const db = openTestDatabase(freshDatabaseName(`sync-${name}`), { now });
  const area = new FakeSyncArea(now);
  const local = new FakeLocalArea();
  const device: Device = {
    name,
    db,
    area,
    local,
    now,
    profile: false,
    sync: () => {
      const context: SyncContext = { db, area, local, now, profile: device.profile };
      return syncCycle(context);
    },
    setLocal: async (key, value) => {
      await local.set({ [key]: value });
      const record = KV_RECORDS.find((candidate) => candidate.storageKey === key);
      if (record) await db.syncMeta.put({ key: kvDirtyKey(record), value: { at: now() } });
    },
  };
  return device;
}

export function makeDevices(names: readonly string[], clock: TestClock, skews: readonly number[] = []) {
  const devices = names.map((name, index) => makeDevice(name, clock, skews[index] ?? 0));
  const service = new FakeSyncService(devices.map((device) => device.area));
  return { devices, service };
}

let counter = 0;

export function draft(fields: Partial<BillDraft> = {}, installments = 1, firstDue = '2026-12-06'): BillDraft {
  const total = fields.total ?? 239900;
  const due = calendarDate(firstDue);
  return {
    site: 'jd',
    program: 'jd-paylater' as ProgramId,
    currency: 'CNY',
    purchased: calendarDate('2026-11-21'),
    orderId: `O${++counter}`,
    ...fields,
    total,
    schedule: Array.from({ length: installments }, (_, index) => ({
      sequence: index + 1,
      due: addDaysText(due, index * 14),
      amount: Math.floor(total / installments) + (index === 0 ? total % installments : 0),
      estimated: false,
    })),
  };
}

function addDaysText(date: CalendarDate, days: number): CalendarDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return calendarDate(day.toISOString().slice(0, 10));
}

export function track(device: Device, fields: Partial<BillDraft> = {}, installments = 1, id?: string) {
  return trackBill(device.db, draft(fields, installments), device.now(), () => id ?? `${device.name}-${++counter}`);
}

/**
 * What the shopper would see of a device's bills: everything but this device's own bookkeeping
 * (when it last edited a bill), with "not dismissed" written one way (absent, or false).
 */
export async function visibleBills(device: Device) {
  const entries = await allBills(device.db);
  return entries
    .map(({ bill: { updated: _updated, ...bill }, installments }) => ({
      bill,
      installments: installments.map(({ dismissed, ...row }) => (dismissed ? { ...row, dismissed } : row)),
    }))
    .sort((a, b) => (a.bill.id < b.bill.id ? -1 : 1));
}

/** Every device uploads, gets the service's state, and runs, until nobody writes. */
export async function converge(devices: readonly Device[], service: FakeSyncService, clock: TestClock): Promise<void> {
  for (let round = 0; round < 12; round++) {
    service.settle();
    const writesBefore = devices.map((device) => device.area.writeTimes.length);
    for (const device of devices) await device.sync();
    // Past the write limits' minute, so a run is never held back for long.
    clock.advance(61_000);
    if (devices.every((device, index) => device.area.writeTimes.length === writesBefore[index])) return;
  }
  throw new Error('devices did not converge in 12 rounds');
}
