import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../lib/dates';
import { DEFAULT_REMINDERS } from '../../lib/reminders';
import { OVERRIDES_KEY, PROFILE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import {
  confirmReceived,
  deleteBill,
  dismissReminders,
  importBills,
  setPaid,
  snoozeInstallment,
  updateBill,
} from '../../lib/store/bills';
import { dueTotalsOf } from '../../lib/store/due-totals';
import { planAndRecordReminders } from '../../lib/store/queries';
import { removeOwnBills } from '../../lib/sync/engine';
import { billKey, FORMAT } from '../../lib/sync/item';
import { SYNC_BUDGET, SYNC_QUOTA } from '../../lib/sync/quota';
import { converge, type Device, makeDevices, T0, TestClock, track, visibleBills } from './sync-devices';

const d = calendarDate;

// Each test drives real (fake-)IndexedDB databases through dozens of sync runs: slow on a busy machine.
const SLOW = { timeout: 60_000 };

/** Hands every pending write of `from` to every other device at once. */
async function deliverAll(from: Device, service: ReturnType<typeof makeDevices>['service']) {
  service.upload(from.area);
  for (const area of service.devices) while (area.inbox.length > 0) service.deliver(area, 0);
}

async function expectConsistentTotals(device: Device) {
  const unpaid = (await device.db.installments.toArray()).filter((row) => row.status === 'upcoming');
  const stored = await device.db.dueTotals.toArray();
  expect(stored.sort((a, b) => a.due.localeCompare(b.due))).toEqual(
    dueTotalsOf(unpaid).sort((a, b) => a.due.localeCompare(b.due)),
  );
}

describe('sync between two devices', SLOW, () => {
  it('brings a bill tracked on one to the other, and a payment on the other back', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const tracked = await track(a, { merchant: '京东自营', notes: 'gift' }, 2);
    await a.sync();
    expect([...a.area.items.keys()]).toEqual([billKey(tracked.id)]);

    await deliverAll(a, service);
    const received = await b.sync();
    expect(received.received).toBe(true);
    expect(await visibleBills(b)).toEqual(await visibleBills(a));
    await expectConsistentTotals(b);
    // What it received it does not write back.
    expect(b.area.setCalls).toBe(0);

    clock.advance(60_000);
    await setPaid(b.db, `${tracked.id}#1`, d('2026-12-01'));
    await b.sync();
    await deliverAll(b, service);
    const back = await a.sync();
    expect(back.quieted).toEqual([`${tracked.id}#1`]);
    const [row] = await a.db.installments.where('billId').equals(tracked.id).sortBy('sequence');
    expect(row).toMatchObject({ status: 'paid', paidOn: '2026-12-01' });
    expect(await visibleBills(a)).toEqual(await visibleBills(b));
    await expectConsistentTotals(a);
  });

  it('keeps both sides of concurrent changes to one bill, field by field, in either delivery order', async () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const clock = new TestClock();
      const {
        devices: [a, b],
        service,
      } = makeDevices(['a', 'b'], clock);
      if (!a || !b) throw new Error('no devices');
      const tracked = await track(a, {}, 3);
      await a.sync();
      await deliverAll(a, service);
      await b.sync();

      clock.advance(1000);
      await setPaid(a.db, `${tracked.id}#1`, d('2026-12-02'));
      await updateBill(a.db, tracked.id, { notes: 'from a' }, a.now());
      clock.advance(1000);
      await updateBill(b.db, tracked.id, { notes: 'from b', merchant: 'shop' }, b.now());
      await snoozeInstallment(b.db, `${tracked.id}#2`, b.now() + 86_400_000);
      await a.sync();
      await b.sync();
      service.upload(a.area);
      service.upload(b.area);
      const [first, second] = order === 'a-first' ? [a, b] : [b, a];
      while (first.area.inbox.length > 0) service.deliver(first.area, first.area.inbox.length - 1);
      await first.sync();
      while (second.area.inbox.length > 0) service.deliver(second.area, 0);
      await second.sync();
      await converge([a, b], service, clock);

      const bills = await visibleBills(a);
      expect(bills).toEqual(await visibleBills(b));
      const [entry] = bills;
      // B's note is later; A's payment and B's snooze touch different fields: all three survive.
      expect(entry?.bill).toMatchObject({ notes: 'from b', merchant: 'shop' });
      expect(entry?.installments[0]).toMatchObject({ status: 'paid', paidOn: '2026-12-02' });
      expect(entry?.installments[1]?.snoozedUntil).toBe(T0 + 2000 + 86_400_000);
      await expectConsistentTotals(a);
      await expectConsistentTotals(b);
    }
  });

  it('makes the later of two payment changes win, not "paid" as such', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const tracked = await track(a);
    await converge([a, b], service, clock);
    await setPaid(a.db, `${tracked.id}#1`, d('2026-12-01'));
    clock.advance(5000);
    await a.sync();
    // B did not see A's payment; it marks the bill paid, syncs, then undoes that: its undo is the later change.
    clock.advance(5000);
    await setPaid(b.db, `${tracked.id}#1`, d('2026-12-01'));
    await b.sync();
    clock.advance(5000);
    await setPaid(b.db, `${tracked.id}#1`, null);
    await b.sync();
    await converge([a, b], service, clock);
    for (const device of [a, b]) {
      expect(await device.db.installments.get(`${tracked.id}#1`)).toMatchObject({ status: 'upcoming' });
    }
  });

  it('deletes a bill everywhere, even one edited elsewhere meanwhile, with its reminder records', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const tracked = await track(a);
    const kept = await track(a, { merchant: 'kept' });
    await converge([a, b], service, clock);
    await b.db.sentReminders.put({
      key: `${tracked.id}#1|2026-12-06|3`,
      installmentId: `${tracked.id}#1`,
      due: calendarDate('2026-12-06'),
      sentAt: T0,
    });
    await deleteBill(a.db, tracked.id);
    clock.advance(1000);
    await updateBill(b.db, tracked.id, { notes: 'edited meanwhile' }, b.now());
    await a.sync();
    await b.sync();
    await converge([a, b], service, clock);
    for (const device of [a, b]) {
      expect((await visibleBills(device)).map((entry) => entry.bill.id)).toEqual([kept.id]);
      expect(await device.db.sentReminders.count()).toBe(0);
      await expectConsistentTotals(device);
    }
    expect(JSON.parse(a.area.items.get(billKey(tracked.id)) ?? 'null')).toEqual({ v: FORMAT, d: expect.any(String) });
  });

  it('stops reminders on the other device when one dismisses, snoozes or pays, and never copies reminder records', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    // Due on 2026-11-24: the "3 days before" reminder fell due at 09:00 Shanghai on 11-21.
    const tracked = await trackBill3(a);
    await converge([a, b], service, clock);
    const remindAt = Date.UTC(2026, 10, 21, 1, 30);
    const before = await planAndRecordReminders(b.db, DEFAULT_REMINDERS, remindAt, 'Asia/Shanghai');
    expect(before.plan.toSend.map((reminder) => reminder.installmentId)).toEqual([
      `${tracked}#1`,
      `${tracked}#2`,
      `${tracked}#3`,
    ]);
    const sentOnB = await b.db.sentReminders.count();

    await dismissReminders(a.db, `${tracked}#1`, true);
    await snoozeInstallment(a.db, `${tracked}#2`, remindAt + 10 * 86_400_000);
    await setPaid(a.db, `${tracked}#3`, d('2026-11-21'));
    await a.sync();
    await deliverAll(a, service);
    const run = await b.sync();
    expect(new Set(run.quieted)).toEqual(new Set([`${tracked}#1`, `${tracked}#2`, `${tracked}#3`]));
    // The next day's reminder (1 day before) is not shown for any of them on B.
    const after = await planAndRecordReminders(b.db, DEFAULT_REMINDERS, remindAt + 86_400_000, 'Asia/Shanghai');
    expect(after.plan.toSend).toEqual([]);
    // Reminder records stay each device's own.
    expect(await b.db.sentReminders.count()).toBe(sentOnB + 0);
    expect(await a.db.sentReminders.count()).toBe(0);
  });

  it('follows a new plan with fewer payments (goods received) and an import of the same bills', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const tracked = await track(a, {}, 3);
    await converge([a, b], service, clock);
    await confirmReceived(
      a.db,
      tracked.id,
      d('2026-11-23'),
      [{ sequence: 1, due: d('2026-12-08'), amount: 239900, estimated: false }],
      a.now(),
    );
    await converge([a, b], service, clock);
    expect((await b.db.installments.where('billId').equals(tracked.id).toArray()).map((row) => row.id)).toEqual([
      `${tracked.id}#1`,
    ]);
    expect(await visibleBills(b)).toEqual(await visibleBills(a));
    const backup = (await visibleBills(a)).map(({ bill, installments }) => ({
      bill: { ...bill, updated: T0 },
      installments,
    }));
    await importBills(b.db, backup);
    await converge([a, b], service, clock);
    expect(await visibleBills(a)).toEqual(await visibleBills(b));
    await expectConsistentTotals(b);
  });

  it('drops a payment made on one device to an installment a new plan on another removed at the same time', async () => {
    // Per-field merging: the removal cleared the payment's amount and due date, the payment set its
    // paid day; a payment needs an amount and a due date, so it goes with the installment, everywhere.
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const tracked = await track(a, {}, 3);
    await converge([a, b], service, clock);
    await setPaid(b.db, `${tracked.id}#2`, d('2026-12-01'));
    await confirmReceived(
      a.db,
      tracked.id,
      d('2026-11-23'),
      [{ sequence: 1, due: d('2026-12-08'), amount: 239900, estimated: false }],
      a.now(),
    );
    await converge([a, b], service, clock);
    for (const device of [a, b]) {
      expect((await device.db.installments.toArray()).map((row) => row.id)).toEqual([`${tracked.id}#1`]);
      await expectConsistentTotals(device);
    }
    expect(await visibleBills(a)).toEqual(await visibleBills(b));
  });

  it('syncs settings and overrides, and profile answers only where their own switch is on', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    // B was set up long ago and never touched its settings: A's choices win.
    await b.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    await a.setLocal(SETTINGS_KEY, {
      language: 'zh-CN',
      reminders: { ...DEFAULT_REMINDERS, daysBefore: [2], quietHours: { ...DEFAULT_REMINDERS.quietHours } },
    });
    await a.setLocal(OVERRIDES_KEY, { 'jd-paylater': { days: 20 } });
    await a.setLocal(PROFILE_KEY, { sesameScore: '700-749' });
    await converge([a, b], service, clock);
    expect(b.local.items.get(SETTINGS_KEY)).toMatchObject({ language: 'zh-CN', reminders: { daysBefore: [2] } });
    expect(b.local.items.get(OVERRIDES_KEY)).toEqual({ 'jd-paylater': { days: 20 } });
    expect(b.local.items.has(PROFILE_KEY)).toBe(false);
    expect(a.area.items.has('p')).toBe(false);

    // A later change on B wins the field it changed, and only that one.
    clock.advance(10_000);
    await b.setLocal(SETTINGS_KEY, {
      ...(b.local.items.get(SETTINGS_KEY) as object),
      budget: { amount: 100000, currency: 'CNY' },
    });
    await converge([a, b], service, clock);
    expect(a.local.items.get(SETTINGS_KEY)).toMatchObject({ language: 'zh-CN', budget: { amount: 100000 } });

    a.profile = true;
    b.profile = true;
    await converge([a, b], service, clock);
    expect(b.local.items.get(PROFILE_KEY)).toEqual({ sesameScore: '700-749' });
  });
});

async function trackBill3(device: Device): Promise<string> {
  const bill = await track(device, {}, 3);
  // Three payments all due on 11-24.
  await device.db.installments
    .where('billId')
    .equals(bill.id)
    .modify({ due: d('2026-11-24') });
  return bill.id;
}

describe('what is read from sync storage', SLOW, () => {
  it('skips and reports unreadable items, leaves a newer version’s alone, and loses no local bill', async () => {
    const clock = new TestClock();
    const {
      devices: [a],
    } = makeDevices(['a'], clock);
    if (!a) throw new Error('no device');
    const mine = await track(a);
    await a.sync();
    const garbage: [string, unknown][] = [
      ['b:broken-1', 'not an object'],
      ['b:broken-2', { v: 1, c: ['x'], f: {} }],
      [
        'b:broken-3',
        { v: 1, c: ['0000000000000aaaaaa'.slice(0, 18)], f: { p: 'jd-paylater', t: -5, c: 'CNY', cr: 1, pu: 1 } },
      ],
      ['s', { v: 1, c: ['00000000000000aaaa'], f: { rt: '99:99' } }],
      ['b:newer', { v: FORMAT + 1, whatever: { nested: [1, 2, 3] } }],
      // A newer version rewrote a bill this device holds: left alone too, and this device says so.
      [billKey(mine.id), { v: FORMAT + 1, more: 'fields' }],
      ['unrelated', { some: 'other extension data' }],
    ];
    for (const [key, value] of garbage) a.area.plant(key, value);
    const before = new Map(a.area.items);
    const run = await a.sync();
    expect(run.status.skipped.map((item) => item.key).sort()).toEqual(['b:broken-1', 'b:broken-2', 'b:broken-3', 's']);
    expect(run.status.skippedCount).toBe(4);
    expect(run.status.newer).toBe(2);
    expect(run.status.notSynced).toEqual([{ id: mine.id, reason: 'newer' }]);
    for (const [key] of garbage) expect(a.area.items.get(key)).toBe(before.get(key));
    expect((await visibleBills(a)).map((entry) => entry.bill.id)).toEqual([mine.id]);
  });

  it('repairs an unreadable item of a bill it holds by writing its own', async () => {
    const clock = new TestClock();
    const {
      devices: [a],
    } = makeDevices(['a'], clock);
    if (!a) throw new Error('no device');
    const mine = await track(a);
    await a.sync();
    const good = a.area.items.get(billKey(mine.id));
    a.area.plant(billKey(mine.id), { v: 1, c: [], f: 'corrupt' });
    const run = await a.sync();
    expect(run.status.skippedCount).toBe(1);
    expect(a.area.items.get(billKey(mine.id))).toBe(good);
  });

  it('lists a bill it cannot sync until the bill is gone', async () => {
    const clock = new TestClock();
    const {
      devices: [a],
    } = makeDevices(['a'], clock);
    if (!a) throw new Error('no device');
    await track(a);
    const [entry] = await visibleBills(a);
    if (!entry) throw new Error('no bill');
    // A spreadsheet import with installment ids of its own.
    await importBills(a.db, [
      {
        bill: { ...entry.bill, id: 'from-sheet', updated: T0 },
        installments: entry.installments.map((row) => ({ ...row, id: 'row-1', billId: 'from-sheet' })),
      },
    ]);
    const run = await a.sync();
    expect(run.status.notSynced).toEqual([{ id: 'from-sheet', reason: 'installment-ids' }]);
    expect(a.area.items.has(billKey('from-sheet'))).toBe(false);
    await deleteBill(a.db, 'from-sheet');
    expect((await a.sync()).status.notSyncedCount).toBe(0);
  });

  it('keeps the local copy when the browser refuses a write, and retries', async () => {
    const clock = new TestClock();
    const {
      devices: [a],
    } = makeDevices(['a'], clock);
    if (!a) throw new Error('no device');
    await track(a);
    const set = a.area.set.bind(a.area);
    a.area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const failed = await a.sync();
    expect(failed.status).toMatchObject({ error: 'quota', pending: 1 });
    expect(failed.retryAt).toBe(T0 + 60_000);
    expect(await a.db.bills.count()).toBe(1);
    a.area.set = set;
    clock.advance(60_000);
    const retried = await a.sync();
    expect(retried.status.error).toBeUndefined();
    expect(a.area.items.size).toBe(1);
  });

  it('removes only this browser’s bills when asked, and another device deletes nothing for it', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    await track(a);
    await converge([a, b], service, clock);
    a.area.plant('b:someone-else', { v: FORMAT + 1 });
    const result = await removeOwnBills({ db: a.db, area: a.area, local: a.local, now: a.now, profile: false });
    expect(result.removed).toBe(1);
    expect([...a.area.items.keys()]).toEqual(['b:someone-else']);
    await deliverAll(a, service);
    await b.sync();
    expect(await b.db.bills.count()).toBe(1);
  });
});

describe('write limits', SLOW, () => {
  it('holds a burst of changes back within the per-minute budget, never refused, and sends the last state', async () => {
    const clock = new TestClock();
    const {
      devices: [a],
    } = makeDevices(['a'], clock);
    if (!a) throw new Error('no device');
    const tracked = await track(a);
    let last = await a.sync();
    for (let index = 0; index < 150; index++) {
      await updateBill(a.db, tracked.id, { notes: `edit ${index}` }, a.now());
      last = await a.sync();
      clock.advance(200);
    }
    expect(last.status.pending).toBe(1);
    expect(last.retryAt).toBeGreaterThan(a.now());
    for (const [index, at] of a.area.writeTimes.entries()) {
      const window = a.area.writeTimes.slice(index).filter((time) => time < at + 60_000);
      expect(window.length).toBeLessThanOrEqual(SYNC_BUDGET.writesPerMinute);
    }
    clock.advance((last.retryAt ?? 0) - a.now());
    expect((await a.sync()).status.pending).toBe(0);
    expect(a.area.refused).toEqual([]);
    expect(a.area.items.get(billKey(tracked.id))).toContain('edit 149');
  });
});

describe('when sync storage is nearly full', SLOW, () => {
  it('keeps old paid bills on every device that has them, and no device puts them back', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const bills = (count: number, kind: 'old-paid' | 'unpaid', from: number) =>
      Array.from({ length: count }, (_, index) => {
        const id = `${kind}-${from + index}`;
        const due = kind === 'unpaid' ? '2026-12-20' : '2026-01-10';
        return {
          bill: {
            id,
            program: 'jd-baitiao' as const,
            total: 5000,
            currency: 'CNY',
            created: T0,
            updated: T0,
            purchased: d('2025-12-20'),
            awaitingReceipt: false,
            status: kind === 'unpaid' ? ('open' as const) : ('closed' as const),
          },
          installments: [
            {
              id: `${id}#1`,
              billId: id,
              program: 'jd-baitiao' as const,
              sequence: 1,
              amount: 5000,
              currency: 'CNY',
              due: d(due),
              status: kind === 'unpaid' ? ('upcoming' as const) : ('paid' as const),
              ...(kind === 'unpaid' ? {} : { paidOn: d(due) }),
              estimated: false,
            },
          ],
        };
      });
    await importBills(a.db, [...bills(250, 'old-paid', 0), ...bills(50, 'unpaid', 0)]);
    await converge([a, b], service, clock);
    expect(b.area.items.size).toBe(300);
    expect(await b.db.bills.count()).toBe(300);

    await importBills(a.db, bills(200, 'unpaid', 50));
    await converge([a, b], service, clock);
    for (const device of [a, b]) {
      expect(device.area.items.size).toBe(250);
      expect(await device.db.bills.count()).toBe(500);
      expect(device.area.refused).toEqual([]);
      expect((await device.sync()).status.oldPaid).toBe(250);
    }
    // Settled: another round writes nothing anywhere.
    const writes = [a.area.writeTimes.length, b.area.writeTimes.length];
    await converge([a, b], service, clock);
    expect([a.area.writeTimes.length, b.area.writeTimes.length]).toEqual(writes);
  }, 120_000);
});

describe('a bulk import of 1,000 bills', SLOW, () => {
  it('stays within every quota and write limit, syncs unpaid and recent bills, and keeps old paid ones local', async () => {
    const clock = new TestClock();
    const {
      devices: [a, b],
      service,
    } = makeDevices(['a', 'b'], clock);
    if (!a || !b) throw new Error('no devices');
    const day = (offset: number) => new Date(T0 + offset * 86_400_000).toISOString().slice(0, 10) as never;
    const entries = Array.from({ length: 1000 }, (_, index) => {
      // 150 unpaid, 100 paid within 90 days, 750 paid long ago.
      const kind = index < 150 ? 'unpaid' : index < 250 ? 'recent' : 'old';
      const due =
        kind === 'unpaid' ? day(1 + (index % 40)) : kind === 'recent' ? day(-1 - (index % 80)) : day(-100 - index);
      const id = crypto.randomUUID();
      return {
        bill: {
          id,
          site: 'taobao' as const,
          program: 'alipay-paylater' as const,
          merchant: `店铺 ${index}`,
          orderId: String(4_000_000_000_000 + index),
          total: 1999 + index,
          currency: 'CNY',
          created: T0 - index * 3_600_000,
          updated: T0 - index * 3_600_000,
          purchased: day(-200 - index),
          awaitingReceipt: false,
          status: kind === 'unpaid' ? ('open' as const) : ('closed' as const),
        },
        installments: [
          {
            id: `${id}#1`,
            billId: id,
            program: 'alipay-paylater' as const,
            sequence: 1,
            amount: 1999 + index,
            currency: 'CNY',
            due,
            status: kind === 'unpaid' ? ('upcoming' as const) : ('paid' as const),
            ...(kind === 'unpaid' ? {} : { paidOn: due }),
            estimated: false,
          },
        ],
      };
    });
    await importBills(a.db, entries);
    let runs = 0;
    for (;;) {
      const run = await a.sync();
      runs += 1;
      if (run.status.pending === 0) break;
      clock.advance(Math.max(1000, (run.retryAt ?? a.now()) - a.now()));
      if (runs > 50) throw new Error('the import never finished syncing');
    }
    expect(a.area.refused).toEqual([]);
    expect(a.area.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(a.area.items.size).toBeLessThanOrEqual(SYNC_QUOTA.items);
    const status = (await a.sync()).status;
    expect(status.oldPaid).toBe(750);
    expect(status.notSyncedCount).toBe(0);
    const synced = new Set([...a.area.items.keys()]);
    for (const [index, entry] of entries.entries()) expect(synced.has(billKey(entry.bill.id))).toBe(index < 250);
    // Each write call stayed small, and far fewer calls than bills.
    expect(a.area.setCalls).toBeLessThan(10);

    service.settle();
    await b.sync();
    expect(await b.db.bills.count()).toBe(250);
    expect(b.area.refused).toEqual([]);
    // B holds the same 250 bills: it writes nothing back and removes nothing.
    expect(b.area.writeTimes).toEqual([]);
  }, 120_000);
});
