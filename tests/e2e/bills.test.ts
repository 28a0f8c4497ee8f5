import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, todayIn } from '../../lib/dates';
import { seriousViolations } from './axe';
import { type Surface, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';
import { addBillInPopup } from './store';

const JD_CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000001';

function popupRows(page: Surface) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-installment]')].map((row) => ({ ...row.dataset })),
  );
}

describe.each(BROWSERS)('bills in %s', (name) => {
  const { driver } = useBrowser(name);
  const today = todayIn('Asia/Shanghai', Date.now());
  const due = addDays(today, 15);

  it('tracks from a checkout, shows it in the popup and the dashboard, marks it paid, exports and re-imports', async () => {
    const page = await driver().open(shopUrl(JD_CHECKOUT, 'jd/checkout-paylater'));
    const panel = await page.panelFrame();
    await panel.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(
      () =>
        panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
      'the panel to say tracked',
    );
    await page.close();

    // The popup: the tracked installment, then two bills added by hand (one already overdue).
    const popup = await driver().openExtensionPage('popup.html');
    const tracked = await waitFor(
      async () => (await popupRows(popup)).find((row) => row.program === 'jd-paylater'),
      'the tracked bill',
    );
    expect(tracked).toMatchObject({ due, amount: '239900', currency: 'CNY' });
    const localToday = await popup.evaluate(() => new Date().toLocaleDateString('sv'));
    for (const [program, amount, purchased, dueOn] of [
      ['alipay-huabei', '1288.50', addDays(localToday as CalendarDate, -40), addDays(localToday as CalendarDate, -2)],
      ['pdd-paylater', '89.90', localToday, addDays(localToday as CalendarDate, 5)],
    ] as const) {
      await addBillInPopup(popup, { program, amount, purchased, due: dueOn });
    }
    const rows = await popupRows(popup);
    expect(rows).toHaveLength(3);
    // Overdue first, then the next 7 days, then later.
    expect(rows.map((row) => row.program)).toEqual(['alipay-huabei', 'pdd-paylater', 'jd-paylater']);
    expect(await popup.evaluate(() => document.querySelector('.group-overdue')?.textContent ?? '')).toMatch(
      /Overdue|逾期/,
    );
    expect(await seriousViolations(popup)).toEqual([]);
    if (name === 'chromium') await popup.screenshot(`${ARTIFACTS}/${name}-bills-popup.png`, 'body');

    // Mark paid, undo, and mark paid again.
    await popup.click('[data-installment][data-program="jd-paylater"] [data-action="mark-paid"]');
    await waitFor(async () => (await popupRows(popup)).length === 2, 'the paid installment to leave the list');
    await popup.click('[data-action="undo"]');
    await waitFor(async () => (await popupRows(popup)).length === 3, 'undo to bring it back');
    await popup.click('[data-installment][data-program="jd-paylater"] [data-action="mark-paid"]');
    await waitFor(async () => (await popupRows(popup)).length === 2, 'the paid installment to leave the list again');
    await popup.close();

    // The dashboard lists all three bills, the JD one paid off.
    const dashboard = await driver().openExtensionPage('options.html');
    const bills = await waitFor(async () => {
      const found = await dashboard.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-bill]')].map((bill) => bill.textContent ?? ''),
      );
      return found.length === 3 ? found : undefined;
    }, 'three bills on the dashboard');
    expect(bills.find((text) => /JD Pay Later|京东先用后付/.test(text))).toMatch(/Paid off|已还清/);
    expect(
      await dashboard.evaluate(() => document.querySelectorAll('.chart svg rect.bar:not(.bar-empty)').length),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(dashboard)).toEqual([]);
    if (name === 'chromium') await dashboard.screenshot(`${ARTIFACTS}/${name}-dashboard.png`);

    // Export a JSON backup: capture the file the page hands to the browser.
    await dashboard.evaluate(() => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        (window as unknown as { exported: Blob }).exported = blob;
        return original(blob);
      };
    });
    await dashboard.click('[data-action="export-json"]');
    const backup = await dashboard.evaluate(() => (window as unknown as { exported: Blob }).exported.text());
    expect(JSON.parse(backup).bills).toHaveLength(3);

    // Delete one bill (with confirmation), then restore it from the backup.
    await dashboard.click('[data-bill] [data-action="delete"]');
    await dashboard.click('[data-bill] [data-action="confirm-delete"]');
    await waitFor(
      async () => (await dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length)) === 2,
      'the bill to be deleted',
    );

    const chooseFile = (text: string, file: string) =>
      dashboard.evaluate(
        new Function(
          `const input = document.querySelector('[data-action="import-file"]');
           const transfer = new DataTransfer();
           transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(file)}));
           input.files = transfer.files;
           input.dispatchEvent(new Event('change', { bubbles: true }));`,
        ) as () => void,
      );
    // A broken file names the row and field and changes nothing.
    const broken = JSON.parse(backup);
    broken.bills[1].bill.total = -5;
    await chooseFile(JSON.stringify(broken), 'broken.json');
    const error = await waitFor(
      () => dashboard.evaluate(() => document.querySelector('[data-testid="import-error"]')?.textContent),
      'the import error',
    );
    expect(error).toMatch(/(Row|第) 2.*total/);
    expect(await dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length)).toBe(2);

    await chooseFile(backup, 'backup.json');
    await waitFor(
      () => dashboard.evaluate(() => document.querySelector('[data-testid="import-preview"]') !== null),
      'the preview',
    );
    await dashboard.click('[data-action="confirm-import"]');
    await waitFor(
      async () => (await dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length)) === 3,
      'the import',
    );

    const after = await driver().openExtensionPage('popup.html');
    await waitFor(async () => (await popupRows(after)).length === 2, 'the popup after the import');
    await after.close();

    // "Delete all my data" really deletes: the dashboard starts empty and says so, the popup too.
    await dashboard.click('[data-action="delete-all"]');
    await dashboard.click('[data-action="confirm-delete-all"]');
    await waitFor(
      () =>
        dashboard.evaluate(
          () =>
            document.querySelectorAll('[data-bill]').length === 0 &&
            /deleted|已删除/.test(document.body.textContent ?? ''),
        ),
      'the dashboard to be empty',
    );
    const stored = await dashboard.evaluate(() =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.get(null),
    );
    expect(stored).toEqual({});
    await dashboard.close();
    const empty = await driver().openExtensionPage('popup.html');
    await waitFor(() => empty.evaluate(() => document.querySelector('.empty') !== null), 'the empty popup');
    expect(await popupRows(empty)).toEqual([]);
    await empty.close();
  });
});

/**
 * Chromium only, with its own browser so the test can reach CDP: a reminder is delivered by its
 * alarm even though the service worker was stopped after the alarm was set.
 */
describe.runIf(BROWSERS.includes('chromium'))('reminders after the service worker stops (Chromium)', () => {
  const extension = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  let profile = '';
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'paylater-sw-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('shows the reminder when its alarm fires', async () => {
    if (!context) throw new Error('no browser');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);

    // A bill by hand, due in 15 days: nothing to remind yet.
    await page.evaluate(async () => {
      const today = new Date().toLocaleDateString('sv');
      const due = new Date(Date.now() + 15 * 86_400_000).toLocaleDateString('sv');
      await chrome.runtime.sendMessage({
        id: 1,
        type: 'addBill',
        data: { program: 'jd-paylater', total: 5000, currency: 'CNY', purchased: today, due },
        timestamp: Date.now(),
      });
    });
    const installmentId = await waitFor(
      () =>
        page.evaluate(
          () =>
            new Promise<string | undefined>((done) => {
              const request = indexedDB.open('paylater-lens');
              request.onsuccess = () => {
                const read = request.result.transaction('installments').objectStore('installments').getAllKeys();
                read.onsuccess = () => {
                  done(read.result[0] as string | undefined);
                  request.result.close();
                };
              };
            }),
        ),
      'the installment to be stored',
    );
    expect(await page.evaluate(() => chrome.notifications.getAll())).toEqual({});

    // Snooze it until 15 s from now, as the notification's button would, and let the worker plan.
    const remindAt = await page.evaluate(async (id) => {
      const at = Date.now() + 15_000;
      await new Promise<void>((done) => {
        const request = indexedDB.open('paylater-lens');
        request.onsuccess = () => {
          const store = request.result.transaction('installments', 'readwrite').objectStore('installments');
          const read = store.get(id);
          read.onsuccess = () => {
            store.put({ ...read.result, snoozedUntil: at }).onsuccess = () => {
              request.result.close();
              done();
            };
          };
        };
      });
      // A settings change makes the background re-plan (quiet hours off: the test may run at night).
      await chrome.storage.local.set({
        settings: {
          reminders: {
            enabled: true,
            daysBefore: [3, 1, 0],
            time: '09:00',
            overdueDays: 7,
            quietHours: { enabled: false, start: '22:00', end: '08:00' },
          },
        },
      });
      return at;
    }, installmentId);
    await waitFor(
      () => page.evaluate(async (at) => (await chrome.alarms.get('reminders'))?.scheduledTime === at, remindAt),
      'the alarm at the snooze’s end',
    );

    // Stop the service worker through CDP; the alarm must wake a new one.
    const cdp = await context.newCDPSession(page);
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.scriptURL.includes(extensionId) && version.runningStatus === 'stopped')) {
        stopped = true;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(async () => stopped, 'the service worker to stop');

    const shown = await waitFor(
      async () => {
        const all = await page.evaluate(() => chrome.notifications.getAll());
        return Object.keys(all).length > 0 ? all : undefined;
      },
      'the reminder notification',
      40_000,
    );
    expect(Object.keys(shown)).toEqual([`installment:${installmentId}`]);
    expect(Date.now()).toBeGreaterThanOrEqual(remindAt);
    await page.close();
  }, 90_000);
});
