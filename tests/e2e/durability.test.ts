import { describe, expect, it } from 'vitest';
import { type Surface, type TestPage, waitFor } from './drivers';
import { BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';
import { CHECKOUT, readStore, type StoreSnapshot } from './store';

// Nothing the shopper tracked is lost: two tabs tracking at once, a worker stopped in the middle
// of tracking, and "delete all my data" really deleting all of it.

interface Row {
  readonly id: string;
  readonly billId?: string;
  readonly total?: number;
  readonly amount?: number;
}

const rows = (store: StoreSnapshot, table: string) => (store.database[table] ?? []) as Row[];

/** Every installment belongs to a bill, every bill has installments, and they add up to its total. */
function consistent(store: StoreSnapshot): boolean {
  const bills = rows(store, 'bills');
  const installments = rows(store, 'installments');
  return (
    installments.every((row) => bills.some((bill) => bill.id === row.billId)) &&
    bills.every(
      (bill) =>
        installments.filter((row) => row.billId === bill.id).reduce((sum, row) => sum + (row.amount ?? 0), 0) ===
        bill.total,
    )
  );
}

async function openCheckout(page: TestPage): Promise<Surface> {
  const panel = await page.panelFrame();
  await waitFor(() => panel.evaluate(() => document.querySelector('[data-action="track"]') !== null), 'a track button');
  return panel;
}

const tracked = (panel: Surface) =>
  panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true');

describe.each(BROWSERS)('durability in %s', (name) => {
  const { driver } = useBrowser(name);

  it('loses nothing when two tabs track at once', async () => {
    const tabs = await Promise.all([
      driver().open(shopUrl(`${CHECKOUT}1`, 'jd/checkout-paylater')),
      driver().open(shopUrl(`${CHECKOUT}2`, 'durability/second-order')),
      driver().open(shopUrl(`${CHECKOUT}3`, 'jd/checkout-paylater')),
    ]);
    const panels = await Promise.all(tabs.map(openCheckout));
    await Promise.all(panels.map((panel) => panel.click('[data-program="jd-paylater"] [data-action="track"]')));
    await Promise.all(panels.map((panel) => waitFor(() => tracked(panel), 'each panel to say tracked')));
    const store = await readStore(driver());
    // Two orders (¥2,399 twice within minutes is one order; ¥599 another), each complete.
    expect(
      rows(store, 'bills')
        .map((bill) => bill.total ?? 0)
        .sort((a, b) => a - b),
    ).toEqual([59900, 239900]);
    expect(consistent(store)).toBe(true);
    await Promise.all(tabs.map((tab) => tab.close()));
  });
});

describe.runIf(BROWSERS.includes('chromium'))('a worker stopped while tracking (chromium)', () => {
  const { driver } = useBrowser('chromium');

  it('leaves the database consistent, and tracking again completes it', async () => {
    const context = driver().context;
    if (!context) throw new Error('no Playwright context');
    const reader = await driver().openExtensionPage('options.html');
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    await cdp.send('ServiceWorker.enable');
    // Stop the worker at several points after the click: before, during and after its writes. Each
    // round is a new tab (a new checkout session) for the same order, so each click tracks again.
    for (const [round, delay] of [0, 1, 2, 4, 8, 16, 32].entries()) {
      const page = await driver().open(shopUrl(`${CHECKOUT}${round}`, 'jd/checkout-paylater'));
      const panel = await openCheckout(page);
      await panel.evaluate(() =>
        document.querySelector<HTMLButtonElement>('[data-program="jd-paylater"] [data-action="track"]')?.click(),
      );
      await new Promise((done) => setTimeout(done, delay));
      await cdp.send('ServiceWorker.stopAllWorkers');
      const store = await readStore(reader);
      expect(consistent(store), `stopped ${delay} ms after the click`).toBe(true);
      expect(rows(store, 'bills').length).toBeLessThanOrEqual(1);
      await page.close();
    }
    // A new click, in a new worker, completes what may have been cut short.
    const page = await driver().open(shopUrl(`${CHECKOUT}-last`, 'jd/checkout-paylater'));
    const panel = await openCheckout(page);
    await panel.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(() => tracked(panel), 'the panel to say tracked');
    const store = await readStore(reader);
    expect(consistent(store)).toBe(true);
    expect(rows(store, 'bills').map((bill) => bill.total)).toEqual([239900]);
    await page.close();
    await reader.close();
  });
});
