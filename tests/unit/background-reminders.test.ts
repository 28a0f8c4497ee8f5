import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { calendarDate } from '../../lib/dates';
import { trackBill } from '../../lib/store/bills';
import { DATABASE_NAME, openDatabase } from '../../lib/store/db';
import { fakePermissionsAndScripts } from './fake-shops';

// The background's reminder service against a fake browser and a fake IndexedDB. Each "worker"
// is a fresh import of the modules, so nothing survives in memory between wake-ups.

type Background = typeof import('../../entrypoints/background/reminders') &
  typeof import('../../entrypoints/background/bill-actions');

async function freshWorker(): Promise<Background> {
  vi.resetModules();
  const reminders = await import('../../entrypoints/background/reminders');
  const actions = await import('../../entrypoints/background/bill-actions');
  return { ...reminders, ...actions };
}

// 2026-12-07 09:00 in Shanghai, three days before the due date.
const REMINDER_TIME = Date.UTC(2026, 11, 7, 1, 0);

async function seed(): Promise<string> {
  const db = openDatabase();
  const bill = await trackBill(
    db,
    {
      site: 'jd',
      program: 'jd-paylater',
      total: 239900,
      currency: 'CNY',
      purchased: calendarDate('2026-11-25'),
      schedule: [{ sequence: 1, due: calendarDate('2026-12-10'), amount: 239900, estimated: false }],
    },
    REMINDER_TIME - 10 * 86_400_000,
    () => 'bill-1',
  );
  db.close();
  return `${bill.id}#1`;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('TZ', 'Asia/Shanghai');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await Dexie.delete(DATABASE_NAME);
});

describe('background reminders', () => {
  it('shows a due reminder once with buttons, sets the next alarm and the badge, across worker restarts', async () => {
    const installmentId = await seed();
    const first = await freshWorker();
    await first.runReminders(REMINDER_TIME + 60_000);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    const options = Object.values(shown);
    expect(Object.keys(shown)).toEqual([`installment:${installmentId}`]);
    expect(options[0]).toMatchObject({
      title: '先用后付账单 3 天后到期',
      buttons: [{ title: '标记已还' }, { title: '推迟一天提醒' }],
    });
    expect(options[0]?.message).toContain('2026-12-10');
    expect((await fakeBrowser.alarms.get(first.REMINDER_ALARM))?.scheduledTime).toBe(Date.UTC(2026, 11, 9, 1));
    expect(await fakeBrowser.alarms.get(first.SWEEP_ALARM)).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await fakeBrowser.notifications.clear(`installment:${installmentId}`);
    // The worker dies; a new one wakes on the hourly sweep and must not repeat the reminder.
    const second = await freshWorker();
    await second.runReminders(REMINDER_TIME + 60 * 60_000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('sends a reminder that fell due while the browser was closed once, when it opens', async () => {
    await seed();
    const worker = await freshWorker();
    // The browser opens two days after the 3-day reminder, at noon: only the 1-day one is shown.
    const opened = Date.UTC(2026, 11, 9, 4);
    await worker.runReminders(opened);
    const created = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(created.map((options) => options.title)).toEqual(['先用后付账单明天到期']);
    await worker.runReminders(opened + 1000);
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
  });

  it('turns many reminders at once into one summary, sent once', async () => {
    const db = openDatabase();
    for (let index = 0; index < 5; index++) {
      await trackBill(
        db,
        {
          program: 'jd-paylater',
          total: 100 + index,
          currency: 'CNY',
          purchased: calendarDate('2026-11-01'),
          schedule: [{ sequence: 1, due: calendarDate('2026-11-20'), amount: 100 + index, estimated: false }],
        },
        REMINDER_TIME,
        () => `many-${index}`,
      );
    }
    db.close();
    const worker = await freshWorker();
    await worker.runReminders(REMINDER_TIME);
    const created = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(created)).toEqual([worker.SUMMARY_NOTIFICATION]);
    expect(created[worker.SUMMARY_NOTIFICATION]?.title).toBe('有 5 笔先用后付款项需要处理');
    await fakeBrowser.notifications.clear(worker.SUMMARY_NOTIFICATION);
    await (await freshWorker()).runReminders(REMINDER_TIME + 60_000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('marks paid from a notification button: the reminder stops and the badge clears', async () => {
    const installmentId = await seed();
    const worker = await freshWorker();
    await worker.runReminders(REMINDER_TIME);
    await worker.markPaid(installmentId, REMINDER_TIME + 1000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(worker.REMINDER_ALARM)).toBeUndefined();
  });

  it('snoozes for a day: the next alarm is the snooze’s end', async () => {
    const installmentId = await seed();
    const worker = await freshWorker();
    await worker.runReminders(REMINDER_TIME);
    await worker.snooze(installmentId, REMINDER_TIME + 5000);
    expect((await fakeBrowser.alarms.get(worker.REMINDER_ALARM))?.scheduledTime).toBe(
      REMINDER_TIME + 5000 + 86_400_000,
    );
  });

  it('recomputes a receipt-based schedule when the goods arrive, with the shopper’s override', async () => {
    const db = openDatabase();
    // JD Pay Later counts 15 days from receipt; the shopper says their plan gives 20.
    await fakeBrowser.storage.local.set({ programOverrides: { 'jd-paylater': { days: 20 } } });
    await trackBill(
      db,
      {
        site: 'jd',
        program: 'jd-paylater',
        total: 239900,
        currency: 'CNY',
        purchased: calendarDate('2026-11-25'),
        schedule: [{ sequence: 1, due: calendarDate('2026-12-10'), amount: 239900, estimated: true }],
      },
      REMINDER_TIME,
      () => 'bill-r',
    );
    const worker = await freshWorker();
    await worker.goodsReceived('bill-r', calendarDate('2026-11-28'));
    expect(await db.installments.get('bill-r#1')).toMatchObject({
      due: '2026-12-18',
      estimated: false,
      amount: 239900,
    });
    expect(await db.bills.get('bill-r')).toMatchObject({ received: '2026-11-28', awaitingReceipt: false });
    db.close();
  });

  it('deletes all data: every table, storage, alarms and badge, and the shops added with their permissions', async () => {
    await seed();
    const browser = fakePermissionsAndScripts();
    await fakeBrowser.storage.local.set({ settings: { language: 'en' }, profile: { realName: true } });
    const worker = await freshWorker();
    browser.grantQuietly('https://www.chayuan-tea.example/*');
    await (await import('../../entrypoints/background/shops')).addShop('https://www.chayuan-tea.example');
    expect(browser.matches()).toEqual(['https://www.chayuan-tea.example/*']);
    await worker.runReminders(REMINDER_TIME);
    await worker.deleteAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(browser.matches()).toEqual([]);
    expect(browser.granted()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const after = openDatabase(DATABASE_NAME);
    for (const table of after.tables) expect(await table.count(), table.name).toBe(0);
    after.close();
  });
});
