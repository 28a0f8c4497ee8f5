import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../lib/dates';
import { type Driver, launchChromium, launchFirefox, type Surface, type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS } from './harness';
import { type FixtureServer, startFixtureServer } from './server';
import { addBillInPopup, readStore, trackOnHonestCheckout } from './store';

// Two browser profiles with the extension, and the test as the browsers' sync service: it copies
// storage.sync items from one profile's extension to the other's, the way Chrome Sync or Firefox
// Sync would deliver them. Tracked on one, the bill shows in the other's popup; paid on the other,
// it leaves the first's; changes made on both at once converge; nothing is written to sync storage
// while the switch is off.

type Items = Record<string, unknown>;

function syncItems(driver: Driver): Promise<Items> {
  return driver.background(() =>
    ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.sync.get(null),
  );
}

/** Delivers these items to a profile, as the sync service writes them into its copy. */
function deliver(driver: Driver, items: Items): Promise<void> {
  return driver.background(
    new Function(
      `return ((globalThis.browser ?? chrome).storage.sync.set(${JSON.stringify(items)})).then(() => undefined);`,
    ) as () => Promise<void>,
  );
}

const billItems = (items: Items) => Object.keys(items).filter((key) => key.startsWith('b:'));

async function popupRows(driver: Driver): Promise<Record<string, string>[]> {
  const popup = await driver.openExtensionPage('popup.html');
  try {
    // The popup reads the database on open: wait for its first paint of rows or of the empty state.
    await waitFor(
      () => popup.evaluate(() => document.querySelector('[data-installment], .empty, [role="alert"]') !== null),
      'the popup to render',
    );
    return await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-installment]')].map((row) => ({ ...row.dataset }) as never),
    );
  } finally {
    await popup.close();
  }
}

async function setSwitch(page: Surface, on: boolean): Promise<void> {
  await waitFor(() => page.evaluate(() => document.querySelector('input[data-setting="sync"]') !== null), 'the switch');
  const checked = await page.evaluate(
    () => document.querySelector<HTMLInputElement>('input[data-setting="sync"]')?.checked === true,
  );
  if (checked !== on) await page.click('input[data-setting="sync"]');
  await waitFor(
    () => page.evaluate(() => document.querySelector<HTMLInputElement>('input[data-setting="sync"]')?.checked === true),
    'the switch to move',
  ).catch((error) => {
    if (on) throw error;
  });
}

/** What the shopper sees of a profile's bills: the rows, without either device's own bookkeeping. */
async function visible(driver: Driver) {
  const { database } = await readStore(driver);
  const strip = (row: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(Object.entries(row).filter(([key, value]) => !keys.includes(key) && value !== false));
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
  return {
    bills: ((database.bills ?? []) as Record<string, unknown>[]).map((row) => strip(row, ['updated'])).sort(byId),
    installments: ((database.installments ?? []) as Record<string, unknown>[])
      .map((row) => strip(row, ['remindersDone']))
      .sort(byId),
  };
}

/** Plays the sync service both ways until both profiles hold the same items and write no more. */
async function syncBothWays(a: Driver, b: Driver): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const [fromA, fromB] = await Promise.all([syncItems(a), syncItems(b)]);
    if (JSON.stringify(sorted(fromA)) === JSON.stringify(sorted(fromB))) return;
    await Promise.all([deliver(b, fromA), deliver(a, fromB)]);
    // Each profile merges what arrived and writes back what the other lacks (after its 1 s debounce).
    await new Promise((done) => setTimeout(done, 2500));
  }
  throw new Error('the two profiles did not converge');
}

function sorted(items: Items): Items {
  return Object.fromEntries(Object.entries(items).sort(([x], [y]) => x.localeCompare(y)));
}

describe.each(BROWSERS)('sync between two %s profiles', (name) => {
  let server: FixtureServer | undefined;
  let drivers: Driver[] = [];
  const launch = (port: number) => (name === 'chromium' ? launchChromium(port) : launchFirefox(port));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startFixtureServer();
    const port = server.port;
    // One after the other: two browsers starting at once on two cores time out.
    drivers = [await launch(port), await launch(port)];
  }, 120_000);

  afterAll(async () => {
    for (const driver of drivers) await driver.close();
    await server?.close();
  });

  it('syncs tracking, payment and concurrent changes, and writes nothing while off', async () => {
    const [a, b] = drivers as [Driver, Driver];

    // Switch off (the default): a tracked bill stays in this profile.
    await trackOnHonestCheckout(a);
    await new Promise((done) => setTimeout(done, 2500));
    expect(await syncItems(a)).toEqual({});
    expect(await syncItems(b)).toEqual({});

    // On in both: A sends its bill; delivered to B, it shows in B's popup.
    const dashboards: TestPage[] = [];
    for (const driver of [a, b]) {
      const dashboard = await driver.openExtensionPage('options.html');
      await setSwitch(dashboard, true);
      dashboards.push(dashboard);
    }
    const sent = await waitFor(async () => {
      const items = await syncItems(a);
      return billItems(items).length === 1 ? items : undefined;
    }, 'A to send its bill');
    await deliver(b, sent);
    const [row] = await waitFor(async () => {
      const rows = await popupRows(b);
      return rows.length === 1 ? rows : undefined;
    }, 'the bill in B’s popup');
    expect(row).toMatchObject({ program: 'jd-paylater', amount: '239900', currency: 'CNY' });

    // Paid in B's popup: delivered to A, it leaves A's popup.
    const popupB = await b.openExtensionPage('popup.html');
    await popupB.click('[data-installment] [data-action="mark-paid"]');
    await waitFor(
      () => popupB.evaluate(() => document.querySelectorAll('[data-installment]').length === 0),
      'the paid row to leave B’s popup',
    );
    if (name === 'chromium') await popupB.screenshot(`${ARTIFACTS}/${name}-sync-popup-b.png`, 'body');
    await popupB.close();
    const paid = await waitFor(async () => {
      const items = await syncItems(b);
      return JSON.stringify(items) !== JSON.stringify(sent) ? items : undefined;
    }, 'B to send the payment');
    await deliver(a, paid);
    await waitFor(async () => (await popupRows(a)).length === 0, 'the paid bill to leave A’s popup');

    // A new bill on A, delivered; then at once A snoozes its payment and B marks it paid.
    const popupA = await a.openExtensionPage('popup.html');
    const today = (await popupA.evaluate(() => new Date().toLocaleDateString('sv'))) as CalendarDate;
    await addBillInPopup(popupA, {
      program: 'pdd-paylater',
      amount: '89.90',
      purchased: today,
      due: addDays(today, 5),
    });
    await popupA.close();
    await waitFor(async () => billItems(await syncItems(a)).length === 2, 'A to send the new bill');
    await syncBothWays(a, b);
    await waitFor(async () => (await popupRows(b)).length === 1, 'the new bill in B’s popup');

    const before = JSON.stringify(sorted(await syncItems(a)));
    const snoozeA = await a.openExtensionPage('popup.html');
    await snoozeA.click('[data-installment][data-program="pdd-paylater"] [data-action="snooze"]');
    const payB = await b.openExtensionPage('popup.html');
    await payB.click('[data-installment][data-program="pdd-paylater"] [data-action="mark-paid"]');
    await snoozeA.close();
    await payB.close();
    await waitFor(async () => {
      const [itemsA, itemsB] = await Promise.all([syncItems(a), syncItems(b)]);
      return JSON.stringify(sorted(itemsA)) !== before && JSON.stringify(sorted(itemsB)) !== before;
    }, 'both profiles to send their change');
    await syncBothWays(a, b);
    const [stateA, stateB] = await Promise.all([visible(a), visible(b)]);
    expect(stateB).toEqual(stateA);
    const pdd = stateA.installments.find((installment) => installment.program === 'pdd-paylater');
    // Both changes survive: B's payment and A's snooze.
    expect(pdd).toMatchObject({ status: 'paid' });
    expect(typeof pdd?.snoozedUntil).toBe('number');
    await waitFor(async () => (await popupRows(a)).length === 0, 'A’s popup to follow B’s payment');

    // The dashboard says what sync did.
    const [dashboardA] = dashboards as [TestPage];
    await waitFor(
      () =>
        dashboardA.evaluate(() =>
          /Last received|最近一次收到/.test(
            document.querySelector('[data-testid="sync-last-received"]')?.textContent ?? '',
          ),
        ),
      'A’s dashboard to show the last received changes',
    );
    expect(await dashboardA.evaluate(() => document.querySelector('[data-testid="sync-usage"]')?.textContent)).toMatch(
      /of 100 kB|100 kB|of 100 KB/,
    );
    if (name === 'chromium')
      await dashboardA.screenshot(`${ARTIFACTS}/${name}-sync-dashboard.png`, '[data-testid="sync"]');

    // Off on A: nothing more is written; then the offer removes A's bills from sync storage.
    await setSwitch(dashboardA, false);
    await waitFor(
      () => dashboardA.evaluate(() => document.querySelector('[data-action="sync-remove"]') !== null),
      'the offer to remove this browser’s bills',
    );
    const frozen = await syncItems(a);
    await trackOnHonestCheckout(a);
    await new Promise((done) => setTimeout(done, 2500));
    expect(await syncItems(a)).toEqual(frozen);
    if (name === 'chromium') await dashboardA.screenshot(`${ARTIFACTS}/${name}-sync-off.png`, '[data-testid="sync"]');
    await dashboardA.click('[data-action="sync-remove"]');
    await waitFor(async () => billItems(await syncItems(a)).length === 0, 'A’s bills to leave sync storage');
    // B keeps its bills: an item leaving sync storage deletes nothing.
    expect((await visible(b)).bills).toHaveLength(2);
    for (const dashboard of dashboards) await dashboard.close();
  }, 180_000);
});
