import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOP_HOSTS, waitFor } from './drivers';
import { BROWSERS, useBrowser } from './harness';
import { pause } from './panel';
import { shopUrl } from './server';
import { CHECKOUT, readStore } from './store';

// Nothing leaves the browser: every request made during the whole flow (detect, track, an order
// page, popup, mark paid, welcome page, dashboard, export, delete everything) is recorded, and the
// extension made none to the network. Loading its own packaged files (chrome-extension://<id>/…) is
// not network.
// The recording runs in Chromium, where Playwright reports requests of every frame and of service
// workers; the Content Security Policy that refuses network access is checked in both browsers.

interface Recorded {
  readonly url: string;
  /** The document or worker that made it. */
  readonly by: string;
}

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

describe.runIf(BROWSERS.includes('chromium'))('network use in chromium', () => {
  const { driver } = useBrowser('chromium');

  it('makes no request of its own to the network during the full flow', async () => {
    const context = driver().context;
    if (!context) throw new Error('no Playwright context');
    // Not URL.origin: Node gives 'null' for chrome-extension: URLs.
    const extension = (await driver().background(() => chrome.runtime.getURL('/'))).replace(/\/$/, '');
    const requests: Recorded[] = [];
    const record = (request: Request) => requests.push({ url: request.url(), by: origin(request) });
    context.on('request', record);

    // Detect and track.
    const page = await driver().open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
    const panel = await page.panelFrame();
    await panel.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(
      () =>
        panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
      'the panel to say tracked',
    );
    // An order page: its panel, and tracking an order from it.
    const orders = await driver().open(
      shopUrl('http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'taobao/bought-list'),
    );
    const ordersPanel = await orders.panelFrame();
    await ordersPanel.click('[data-order] [data-action="track-order"]');
    await waitFor(
      () => ordersPanel.evaluate(() => document.querySelector('[data-order][data-state="tracked"]') !== null),
      'the order to be tracked',
    );
    await orders.close();
    // The popup lists them; mark one paid.
    const popup = await driver().openExtensionPage('popup.html');
    await popup.click('[data-installment] [data-action="mark-paid"]');
    await waitFor(() => popup.evaluate(() => document.querySelectorAll('[data-installment]').length === 1), 'paid');
    await popup.close();
    // The welcome page, as the install opens it.
    const welcome = await driver().openExtensionPage('welcome.html');
    await waitFor(() => welcome.evaluate(() => document.querySelector('[data-testid="welcome"]') !== null), 'welcome');
    await welcome.close();
    // The dashboard, an export of each kind, and deleting everything.
    const dashboard = await driver().openExtensionPage('options.html');
    await waitFor(() => dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length === 2), 'the bills');
    for (const kind of ['ics', 'csv', 'json']) await dashboard.click(`[data-action="export-${kind}"]`);
    await dashboard.click('[data-action="delete-all"]');
    await dashboard.click('[data-action="confirm-delete-all"]');
    // The database is emptied first and storage.local cleared last: deleting is done when both are.
    await waitFor(async () => {
      const store = await readStore(driver());
      const done =
        Object.values(store.database).every((rows) => rows.length === 0) && Object.keys(store.local).length === 0;
      return done ? store : undefined;
    }, 'everything to be deleted');
    // Reminders run in the worker after each change: give it time to do anything it would.
    await new Promise((done) => setTimeout(done, 1000));
    await dashboard.close();
    await page.close();
    context.off('request', record);

    const ours = requests.filter((request) => request.by.startsWith(extension));
    // The recorder sees the extension's own documents load their files (so it would see more).
    expect(ours.some((request) => request.url.startsWith(`${extension}/chunks/`))).toBe(true);
    const network = ours.filter(
      (request) => !request.url.startsWith(`${extension}/`) && !request.url.startsWith(`blob:${extension}/`),
    );
    expect(network).toEqual([]);
    // The page's own traffic is the shop's; the content script adds none to other hosts.
    const elsewhere = requests.filter(
      (request) => !request.by.startsWith(extension) && !/^(chrome-extension|blob|data):/.test(request.url),
    );
    for (const request of elsewhere) expect(SHOP_HOSTS).toContain(new URL(request.url).hostname);
  });
});

describe.each(BROWSERS)('the Content Security Policy in %s', (name) => {
  const { driver } = useBrowser(name);

  it('keeps the worker and pages off the network and refuses remote code and eval', async () => {
    const fromWorker = await driver().background(() =>
      fetch('http://trade.jd.com/beacon').then(
        () => 'sent',
        (error: Error) => `refused: ${error.name}`,
      ),
    );
    expect(fromWorker).toBe('refused: TypeError');
    const popup = await driver().openExtensionPage('popup.html');
    // Once the popup has settled: the parts it loads after its first rows bring zod, whose own
    // check for eval (caught, then run without it) is no request of ours.
    await waitFor(() => popup.evaluate(() => document.querySelector('.empty, [data-installment]') !== null), 'rows');
    await pause(1000);
    const fromPage = await popup.evaluate(async () => {
      const outcomes: string[] = [];
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      await fetch('http://trade.jd.com/beacon').then(
        () => outcomes.push('fetch sent'),
        () => outcomes.push('fetch refused'),
      );
      const script = document.createElement('script');
      script.src = 'http://trade.jd.com/remote.js';
      document.head.append(script);
      const image = new Image();
      image.src = 'http://trade.jd.com/pixel.png';
      await new Promise((done) => setTimeout(done, 300));
      try {
        // biome-ignore lint/security/noGlobalEval: the test checks that eval is refused
        eval('1');
        outcomes.push('eval ran');
      } catch {
        outcomes.push('eval refused');
      }
      return { outcomes, violations: [...new Set(violations)].sort() };
    });
    expect(fromPage).toEqual({
      outcomes: ['fetch refused', 'eval refused'],
      violations: ['connect-src', 'img-src', 'script-src-elem'],
    });
    await popup.close();
    expect((await readStore(driver())).database.bills ?? []).toEqual([]);
  });
});
