import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { calendarDate } from '../../lib/dates';
import { setPaid } from '../../lib/store/bills';
import { DATABASE_NAME, openDatabase } from '../../lib/store/db';
import { SYNC_PREFS_KEY, SYNC_STATUS_KEY } from '../../lib/sync/status';
import { fakePermissionsAndScripts } from './fake-shops';
import { makeDevice, TestClock, track } from './sync-devices';

// The background's sync wiring against a fake browser: nothing touches sync storage while the
// switch is off; once on, a run sends this device's bills and takes in another's, clears the
// notification of what was paid elsewhere and re-derives reminders and the badge. Each "worker" is
// a fresh import, so nothing survives in memory between wake-ups.

type Worker = typeof import('../../entrypoints/background/sync') &
  typeof import('../../entrypoints/background/bill-actions') &
  typeof import('../../entrypoints/background/reminders');

async function freshWorker(): Promise<Worker> {
  vi.resetModules();
  return {
    ...(await import('../../entrypoints/background/sync')),
    ...(await import('../../entrypoints/background/bill-actions')),
    ...(await import('../../entrypoints/background/reminders')),
  };
}

const NOW = Date.UTC(2026, 11, 7, 1, 0);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  vi.stubEnv('TZ', 'Asia/Shanghai');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  // "Delete all my data" also forgets the added shops.
  fakePermissionsAndScripts();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await Dexie.delete(DATABASE_NAME);
});

function watchSyncWrites() {
  return [
    vi.spyOn(fakeBrowser.storage.sync, 'set'),
    vi.spyOn(fakeBrowser.storage.sync, 'remove'),
    vi.spyOn(fakeBrowser.storage.sync, 'clear'),
  ];
}

const manual = {
  program: 'alipay-huabei' as const,
  total: 12850,
  currency: 'CNY',
  purchased: calendarDate('2026-11-20'),
  due: calendarDate('2026-12-09'),
};

// Real (fake-)IndexedDB and fresh module imports per worker: slow on a busy machine.
describe('background sync', { timeout: 60_000 }, () => {
  it('writes nothing to sync storage while the switch is off, whatever the shopper does', async () => {
    const writes = watchSyncWrites();
    const worker = await freshWorker();
    const id = await worker.addManualBill(manual, NOW);
    const [row] = await openDatabase().installments.where('billId').equals(id).toArray();
    await worker.markPaid(row?.id ?? '', NOW);
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' } });
    await worker.runSync();
    await worker.deleteAllData();
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.get(worker.SYNC_ALARM)).toBeUndefined();
  });

  it('once on, sends this device’s bills and settings and says how much it used', async () => {
    const worker = await freshWorker();
    const id = await worker.addManualBill(manual, NOW);
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' }, [SYNC_PREFS_KEY]: { enabled: true } });
    await worker.runSync();
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).sort()).toEqual([`b:${id}`, 's']);
    const status = (await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
    expect(status).toMatchObject({ itemsUsed: 2, quotaBytes: 102_400, pending: 0, notSyncedCount: 0 });
    expect((status as { bytesUsed: number }).bytesUsed).toBeGreaterThan(100);
  });

  it('takes in a payment made elsewhere: the notification goes, the badge and reminders follow, across restarts', async () => {
    // Another device tracked a bill due in 3 days and synced it here.
    const clock = new TestClock();
    clock.now = NOW - 3_600_000;
    const other = makeDevice('other', clock);
    const bill = await track(other, {}, 1);
    await other.db.installments.update(`${bill.id}#1`, { due: calendarDate('2026-12-10') });
    await other.sync();
    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true } });
    await fakeBrowser.storage.sync.set(await other.area.get());

    const first = await freshWorker();
    await first.runSync();
    expect(await openDatabase().bills.get(bill.id)).toBeDefined();
    await first.runReminders(NOW + 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`installment:${bill.id}#1`]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    // The other device marks it paid; this worker has died meanwhile.
    clock.now = NOW + 120_000;
    await setPaid(other.db, `${bill.id}#1`, calendarDate('2026-12-07'));
    await other.sync();
    await fakeBrowser.storage.sync.set(await other.area.get());
    vi.setSystemTime(NOW + 180_000);
    const second = await freshWorker();
    await second.runSync();
    expect(await openDatabase().installments.get(`${bill.id}#1`)).toMatchObject({ status: 'paid' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const status = (await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as { lastReceived: number };
    expect(status.lastReceived).toBe(NOW + 180_000);
  });

  it('asks for a run with an alarm created once, never pushed later', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true } });
    const worker = await freshWorker();
    worker.requestSync();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(worker.SYNC_ALARM)).toBeDefined());
    const first = (await fakeBrowser.alarms.get(worker.SYNC_ALARM))?.scheduledTime;
    vi.setSystemTime(NOW + 10_000);
    worker.requestSync();
    await new Promise((done) => setTimeout(done, 20));
    expect((await fakeBrowser.alarms.get(worker.SYNC_ALARM))?.scheduledTime).toBe(first);
  });

  it('removes this browser’s bills from sync storage when asked, and everything on "delete all my data"', async () => {
    const worker = await freshWorker();
    await worker.addManualBill(manual, NOW);
    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: true } });
    await worker.runSync();
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [SYNC_PREFS_KEY]: { enabled: false } });
    expect(await worker.removeSyncedBills()).toBe(1);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ unrelated: 1 });
    await worker.deleteAllData();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
