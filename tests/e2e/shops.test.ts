import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READINGS_WEB_CN } from '../corpus/readings-web-cn';
import { READINGS_WEST } from '../corpus/readings-west';
import { type Driver, onTlsHost, type Surface, type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

// Shops the shopper adds: an independent shop served over https at its own address, unknown to the
// extension until the shopper adds it. The browser's permission is granted the way each browser's
// developer surface allows (see Driver.allowOrigin); the click that asks for it is the shopper's.

const SHOP = 'https://www.chayuan-tea.example';
const CHECKOUT = `${SHOP}/checkout`;
const OTHER_CHECKOUT = 'https://www.handmade-goods.example/checkout';

/** Late corpus pages of shops the shopper adds, off the hosts corpus.test.ts visits; the Chinese ones in yuan. */
const LATE_ADDED = [
  ...READINGS_WEST.filter((page) => page.kind === 'late' && !onTlsHost(page.url)),
  ...READINGS_WEB_CN.filter((page) => page.kind === 'late').map((page) => ({
    ...page,
    expected: page.expected && { ...page.expected, currency: 'CNY' },
  })),
];

/** A corpus page's own path and route on the added shop: a cashier's address says it shows its total alone. */
function onShop(address: string): string {
  const { pathname, search, hash } = new URL(address);
  return `${SHOP}${pathname}${search}${hash}`;
}

const hosts = (page: TestPage) => page.evaluate(() => document.querySelectorAll('paylater-lens').length);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Long enough for a content script that would run to have put its panel in. */
const NO_PANEL_WAIT_MS = 1500;
/** A late page draws its step about a second after it loads. */
const LATE_NO_PANEL_MS = 2500;

async function permitted(page: Surface): Promise<boolean> {
  return await page.evaluate(() => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return api.permissions.contains({ origins: ['https://www.chayuan-tea.example/*'] });
  });
}

const row = (dashboard: Surface) =>
  dashboard.evaluate(() => document.querySelector('[data-shop-origin="https://www.chayuan-tea.example"]') !== null);

/** The shopper types an address into the dashboard's shops section and clicks "Add shop". */
async function typeShop(driver: Driver, typed: string): Promise<TestPage> {
  const dashboard = await driver.openExtensionPage('options.html');
  await waitFor(
    () => dashboard.evaluate(() => document.querySelector('[data-testid="shops"] [data-field="shop-origin"]') !== null),
    'the shops section',
  );
  await dashboard.fill('[data-field="shop-origin"]', typed);
  await dashboard.click('[data-action="add-shop"]');
  return dashboard;
}

/** The panel's root attributes once it shows a total. */
function panelRoot(panel: Surface) {
  return waitFor(
    () =>
      panel.evaluate(() => {
        const element = document.querySelector<HTMLElement>('[data-testid="panel"]');
        return element?.dataset.total ? { ...element.dataset } : undefined;
      }),
    'the panel to render',
  );
}

/** The programs the panel lists, in its order. */
const programsIn = (panel: Surface) =>
  panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => row.dataset.program));

describe.each(BROWSERS)('shops the shopper adds, in %s', (name) => {
  const { driver } = useBrowser(name);

  it('reads no checkout on a shop nobody added', async () => {
    const page = await driver().open(shopUrl(CHECKOUT, 'web/checkout-huabei'));
    await pause(NO_PANEL_WAIT_MS);
    expect(await hosts(page)).toBe(0);
    await page.close();
  });

  it(
    'adds a shop from the dashboard, shows the panel on its checkout, and removing it takes the panel away',
    async () => {
      await driver().allowOrigin(SHOP);
      const dashboard = await driver().openExtensionPage('options.html');
      await waitFor(
        () =>
          dashboard.evaluate(() => document.querySelector('[data-testid="shops"] [data-field="shop-origin"]') !== null),
        'the shops section',
      );
      // The shopper pastes the checkout's address; the shop is its origin.
      await dashboard.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[data-field="shop-origin"]');
        if (!input) throw new Error('no shop field');
        input.value = 'https://www.chayuan-tea.example/checkout?step=pay';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await dashboard.click('[data-action="add-shop"]');
      await waitFor(() => row(dashboard), 'the added shop’s row');
      expect(await permitted(dashboard)).toBe(true);
      if (name === 'chromium')
        await dashboard.screenshot(`${ARTIFACTS}/shops-dashboard-${name}.png`, '[data-testid="shops"]');

      const page = await driver().open(shopUrl(CHECKOUT, 'web/checkout-huabei'));
      const panel = await page.panelFrame();
      expect(await panelRoot(panel)).toMatchObject({ site: 'web', total: '128800', currency: 'CNY' });
      const statuses = await panel.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-program]')].map((element) => [
            element.dataset.program,
            element.dataset.status,
          ]),
        ),
      );
      expect(statuses).toEqual({ 'alipay-huabei': 'eligible' });
      expect(await hosts(page)).toBe(1);
      await page.screenshot(`${ARTIFACTS}/shop-panel-${name}.png`);

      // A step that is a <select>: a closed select's options have no box of their own, yet the shopper
      // sees and picks them there (a Swedish shop's page, its bare "kr" told by its language).
      const select = await driver().open(shopUrl(CHECKOUT, 'corpus/web/checkout-shopware-se-kronor'));
      const selectPanel = await select.panelFrame();
      expect(await panelRoot(selectPanel)).toMatchObject({ site: 'web', total: '159500', currency: 'SEK' });
      expect(await programsIn(selectPanel)).toEqual(['klarna']);
      await select.close();

      // A storefront of web components (Salesforce's LWR): the step drawn two shadow roots deep, the
      // total in a third. The panel goes after the component, in the document's own tree.
      const components = await driver().open(shopUrl(CHECKOUT, 'corpus/web/salesforce-lwr-us-afterpay-shadow-dom'));
      const componentsPanel = await components.panelFrame();
      expect(await panelRoot(componentsPanel)).toMatchObject({ site: 'web', total: '21240', currency: 'USD' });
      expect(await programsIn(componentsPanel)).toEqual(['afterpay']);
      expect(await hosts(components)).toBe(1);
      await components.close();

      // A component defined late draws its step into a shadow root it attaches then, which no change of
      // the document announces: the panel follows all the same.
      const late = await driver().open(shopUrl(CHECKOUT, 'web/checkout-components-late'));
      const latePanel = await late.panelFrame(10_000);
      expect(await panelRoot(latePanel)).toMatchObject({ site: 'web', total: '64000', currency: 'USD' });
      expect(await programsIn(latePanel)).toEqual(['affirm', 'klarna']);
      expect(await hosts(late)).toBe(1);
      await late.close();

      // The corpus's late pages of shops on other platforms: only a browser runs the scripts that draw
      // their steps (a Magento step after its spinner, SFRA's tabs), read here on the added shop.
      for (const corpusPage of LATE_ADDED) {
        const want = corpusPage.expected;
        const tab = await driver().open(shopUrl(onShop(corpusPage.url), `corpus/${corpusPage.page}`));
        if (!want) {
          // A step drawn late that offers no program (a B2B invoice's "später bezahlen"): no panel once it is drawn.
          await pause(LATE_NO_PANEL_MS);
          expect(await hosts(tab), corpusPage.page).toBe(0);
          await tab.close();
          continue;
        }
        const named = (error: Error) => {
          throw new Error(`${corpusPage.page}: ${error.message}`);
        };
        // A page that keeps changing (a coupon applied, ways to pay drawn one at a time, a list rebuilt,
        // which may take the panel's frame with it until the panel is put back): what it settles on.
        await waitFor(async () => {
          const current = await tab.panelFrame(1_000);
          return (
            (await panelRoot(current)).total === String(want.total) &&
            (await programsIn(current)).length === Object.keys(want.programs).length
          );
        }, `${corpusPage.page}: the panel to show what the page settles on`).catch(() => undefined);
        const tabPanel = await tab.panelFrame(10_000).catch(named);
        expect(await panelRoot(tabPanel).catch(named), corpusPage.page).toMatchObject({
          total: String(want.total),
          currency: want.currency,
        });
        expect((await programsIn(tabPanel)).sort(), corpusPage.page).toEqual(Object.keys(want.programs).sort());
        await tab.close();
      }

      // Only the shop that was added: another https shop gets nothing.
      const other = await driver().open(shopUrl(OTHER_CHECKOUT, 'web/checkout-huabei'));
      await pause(NO_PANEL_WAIT_MS);
      expect(await hosts(other)).toBe(0);
      await other.close();

      await dashboard.click('[data-shop-origin="https://www.chayuan-tea.example"] [data-action="remove-shop"]');
      await waitFor(async () => !(await row(dashboard)), 'the row to go');
      await waitFor(async () => !(await permitted(dashboard)), 'the permission to be given back');
      await page.close();
      const again = await driver().open(shopUrl(CHECKOUT, 'web/checkout-huabei'));
      await pause(NO_PANEL_WAIT_MS);
      expect(await hosts(again)).toBe(0);
      await again.close();
      await dashboard.close();
      // The corpus's late pages take a second or two each, and their number grows.
    },
    60_000 + LATE_ADDED.length * 5_000,
  );

  it('refuses an address that is no https shop, and says why', async () => {
    const dashboard = await typeShop(driver(), 'http://www.chayuan-tea.example');
    const said = await waitFor(
      () =>
        dashboard.evaluate(
          () => document.querySelector('[data-testid="shops"] [role="status"]')?.textContent || undefined,
        ),
      'the reason',
    );
    expect(said).toMatch(/https/);
    expect(await dashboard.evaluate(() => document.querySelectorAll('[data-shop-origin]').length)).toBe(0);
    await dashboard.close();
  });
});

/** A CDP session's child target, spoken to by raw messages (Playwright does not list extension popups). */
async function popupOn(context: BrowserContext, extensionId: string, url: string) {
  const browser = context.browser();
  if (!browser) throw new Error('no browser for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((target) => target.url === url);
  if (!tab) throw new Error(`no tab at ${url}`);
  // As the shopper's click on the toolbar button: the popup opens on that tab, with activeTab.
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popup = await waitFor(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((target) => target.type === 'page' && target.url.endsWith('/popup.html'));
  }, 'the popup');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  let next = 1;
  type Reply = { id?: number; result?: { result?: { value?: unknown }; data?: string } };
  const waiting = new Map<number, (message: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as Reply;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const send = (method: string, params: object) =>
    new Promise<Reply>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    /** Runs an expression in the popup; `gesture`, as if from the shopper's own input. */
    evaluate: async (expression: string, gesture = false) =>
      (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: gesture }))
        .result?.result?.value,
    screenshot: async (path: string) => {
      const { result } = await send('Page.captureScreenshot', { format: 'png' });
      if (result?.data) await writeFile(path, Buffer.from(result.data, 'base64'));
    },
    close: () => cdp.detach(),
  };
}

describe.runIf(BROWSERS.includes('chromium'))('the popup in chromium', () => {
  const { driver } = useBrowser('chromium');

  it('offers to read the shop it was opened on, and reads it once the browser allows', async () => {
    const context = driver().context;
    if (!context) throw new Error('no Playwright context');
    const extensionId = await driver().background(() => chrome.runtime.id);
    await driver().allowOrigin(SHOP);
    const url = shopUrl(CHECKOUT, 'web/checkout-huabei');
    const page = await driver().open(url);
    const popup = await popupOn(context, extensionId, url);
    await waitFor(() => popup.evaluate('!!document.querySelector(\'[data-action="read-this-shop"]\')'), 'the offer');
    expect(await popup.evaluate("document.querySelector('.this-shop').textContent")).toContain(
      'www.chayuan-tea.example',
    );
    await popup.screenshot(`${ARTIFACTS}/popup-this-shop-chromium.png`);
    await popup.evaluate('document.querySelector(\'[data-action="read-this-shop"]\').click()', true);
    await waitFor(
      () =>
        driver().background(async () =>
          JSON.stringify((await chrome.storage.local.get('shops')).shops ?? []).includes(
            '"https://www.chayuan-tea.example"',
          ),
        ),
      'the shop to be added',
    );
    await popup.close();
    await page.close();
    const checkout = await driver().open(url);
    await checkout.panelFrame();
    expect(await hosts(checkout)).toBe(1);
    await checkout.close();
  });
});

// Chrome keeps registered scripts across restarts (persistAcrossSessions); an update may drop them,
// so the background makes them match the stored list at every start and update. A browser restart
// cannot be shown here: Chromium installs a command-line extension afresh at each start, without
// the permissions granted to it before (the unit tests cover the start-up). Firefox's add-ons
// installed for a test do not survive a restart either.
describe.runIf(BROWSERS.includes('chromium'))('an added shop across an update, in chromium', () => {
  const { driver } = useBrowser('chromium');

  it('is still read after the extension is updated', async () => {
    const expectPanel = async () => {
      const page = await driver().open(shopUrl(CHECKOUT, 'web/checkout-huabei'));
      expect(await panelRoot(await page.panelFrame())).toMatchObject({ site: 'web', total: '128800' });
      await page.close();
    };
    await driver().allowOrigin(SHOP);
    const dashboard = await typeShop(driver(), SHOP);
    await waitFor(() => row(dashboard), 'the added shop’s row');
    await dashboard.close();
    await expectPanel();

    // The same extension loaded again over itself: its worker starts with reason "update".
    // (runtime.reload() would not do: Chromium disables a command-line extension that reloads.)
    const browser = driver().context?.browser();
    if (!browser) throw new Error('no browser for CDP');
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3') });
    await cdp.detach();
    await waitFor(
      () => driver().background(async () => (await chrome.scripting.getRegisteredContentScripts()).length === 1),
      'the script registered after the update',
    );
    await expectPanel();
  });
});
