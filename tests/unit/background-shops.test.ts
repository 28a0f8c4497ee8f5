import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { web } from '../../lib/sites/web';
import { SHOPS_KEY } from '../../lib/storage-keys';
import { fakePermissionsAndScripts } from './fake-shops';
import { fixtureDocument } from './fixtures';

// The background's list of added shops against a fake browser: what it stores, registers and gives
// back, and which content-script senders it then believes. Each test is a fresh background.

type Sender = chrome.runtime.MessageSender;

const SHOP = 'https://www.chayuan-tea.example';
const OTHER = 'https://www.handmade-goods.example';
const CHECKOUT = `${SHOP}/checkout`;

let browser: ReturnType<typeof fakePermissionsAndScripts>;

async function freshBackground() {
  vi.resetModules();
  const shops = await import('../../entrypoints/background/shops');
  const senders = await import('../../entrypoints/background/senders');
  const messages = await import('../../entrypoints/background/messages');
  shops.registerShopListeners();
  messages.registerMessageHandlers();
  return { ...shops, ...senders };
}

/** Lets the listeners' queued work finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

const stored = async () => ((await fakeBrowser.storage.local.get(SHOPS_KEY))[SHOPS_KEY] ?? []) as { origin: string }[];

beforeEach(() => {
  fakeBrowser.reset();
  browser = fakePermissionsAndScripts();
});

describe('adding and removing shops', () => {
  it('adds a shop only once the browser granted it, and registers one content script for it', async () => {
    const background = await freshBackground();
    await expect(background.addShop(SHOP)).rejects.toThrow(/not granted/);
    expect(await stored()).toEqual([]);
    expect(browser.scripts()).toEqual([]);

    browser.grantQuietly(`${SHOP}/*`);
    await background.addShop(SHOP);
    expect((await stored()).map((shop) => shop.origin)).toEqual([SHOP]);
    expect(browser.scripts()).toEqual([
      expect.objectContaining({
        js: ['shop-loader.js'],
        matches: [`${SHOP}/*`],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      }),
    ]);
    // Added twice (the click's message and the permission event), listed once.
    await background.addShop(SHOP);
    expect(await stored()).toHaveLength(1);
  });

  it('adds a shop from the permission event alone: the popup that asked may have closed', async () => {
    await freshBackground();
    await browser.grant(`${SHOP}/*`);
    await settled();
    expect((await stored()).map((shop) => shop.origin)).toEqual([SHOP]);
    expect(browser.matches()).toEqual([`${SHOP}/*`]);
  });

  it('takes no grant for a shop that is not one https host we do not read already', async () => {
    await freshBackground();
    await browser.grant('https://*/*', 'http://www.chayuan-tea.example/*', 'https://trade.jd.com/*', '*://x.example/*');
    await settled();
    expect(await stored()).toEqual([]);
    expect(browser.scripts()).toEqual([]);
  });

  it('keeps one script for every shop, and gives each permission back when its shop is removed', async () => {
    const background = await freshBackground();
    await browser.grant(`${SHOP}/*`);
    await browser.grant(`${OTHER}/*`);
    await settled();
    expect(browser.scripts()).toHaveLength(1);
    expect(browser.matches()).toEqual([`${SHOP}/*`, `${OTHER}/*`].sort());

    await background.removeShop(SHOP);
    await settled();
    expect((await stored()).map((shop) => shop.origin)).toEqual([OTHER]);
    expect(browser.matches()).toEqual([`${OTHER}/*`]);
    expect(browser.granted()).toEqual([`${OTHER}/*`]);

    await background.removeShop(OTHER);
    await settled();
    expect(await stored()).toEqual([]);
    expect(browser.scripts()).toEqual([]);
    expect(browser.granted()).toEqual([]);
  });

  it('forgets every shop at once, and writes nothing when none was added', async () => {
    const background = await freshBackground();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await background.forgetShops();
    expect(writes).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(SHOPS_KEY)).toEqual({});

    await browser.grant(`${SHOP}/*`, `${OTHER}/*`);
    await settled();
    await background.forgetShops();
    expect(await stored()).toEqual([]);
    expect(browser.scripts()).toEqual([]);
    expect(browser.granted()).toEqual([]);
  });

  it('forgets a shop whose permission the shopper took back in the browser’s settings', async () => {
    await freshBackground();
    await browser.grant(`${SHOP}/*`, `${OTHER}/*`);
    await settled();
    await browser.revoke(`${SHOP}/*`);
    await settled();
    expect((await stored()).map((shop) => shop.origin)).toEqual([OTHER]);
    expect(browser.matches()).toEqual([`${OTHER}/*`]);
  });

  it('registers the script again at start, for the listed shops still granted (an update drops it)', async () => {
    await freshBackground();
    await browser.grant(`${SHOP}/*`, `${OTHER}/*`);
    await settled();
    browser.dropScripts();
    browser.revokeQuietly(`${OTHER}/*`);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await settled();
    expect(browser.matches()).toEqual([`${SHOP}/*`]);
    expect((await stored()).map((shop) => shop.origin)).toEqual([SHOP]);
  });

  it('points a script an earlier version registered at this version’s file', async () => {
    await freshBackground();
    await browser.grant(`${SHOP}/*`);
    await settled();
    await fakeBrowser.scripting.unregisterContentScripts();
    await fakeBrowser.scripting.registerContentScripts([
      { id: 'added-shops', js: ['content-scripts/shop.js'], matches: [`${SHOP}/*`], persistAcrossSessions: true },
    ]);
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(browser.scripts()).toEqual([expect.objectContaining({ js: ['shop-loader.js'], matches: [`${SHOP}/*`] })]);
  });

  it('ignores a damaged list entry and keeps the others', async () => {
    await fakeBrowser.storage.local.set({
      [SHOPS_KEY]: [{ origin: SHOP, addedAt: 1 }, { origin: 'javascript:alert(1)', addedAt: 1 }, 'junk', null],
    });
    browser.grantQuietly(`${SHOP}/*`);
    await freshBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(browser.matches()).toEqual([`${SHOP}/*`]);
  });
});

describe('messages from the added shops’ content script', () => {
  const TAB = { id: 21 } as chrome.tabs.Tab;
  const sender = (url: string): Sender => ({ id: fakeBrowser.runtime.id, url, tab: TAB, frameId: 0 });

  it('believes a content script on an added shop’s https pages, and nowhere else', async () => {
    const background = await freshBackground();
    await browser.grant(`${SHOP}/*`);
    await settled();
    expect(await background.contentScriptTab(sender(CHECKOUT))).toMatchObject({ tabId: 21, added: true });
    expect(await background.contentScriptTab(sender(`https://www.chayuan-tea.example:8443/checkout`))).toMatchObject({
      added: true,
    });
    for (const url of [
      'http://www.chayuan-tea.example/checkout',
      'https://chayuan-tea.example/checkout',
      'https://shop.www.chayuan-tea.example/checkout',
      'https://www.chayuan-tea.example.evil.example/checkout',
      `${OTHER}/checkout`,
    ])
      expect(await background.contentScriptTab(sender(url)), url).toBeUndefined();
    expect(await background.contentScriptTab({ ...sender(CHECKOUT), frameId: 4 })).toBeUndefined();
    expect(
      await background.contentScriptTab(sender('https://trade.jd.com/shopping/order/getOrderInfo.action')),
    ).toMatchObject({ added: false });
  });

  it('takes an added shop’s checkout by its platform’s addresses only', async () => {
    await freshBackground();
    await browser.grant(`${SHOP}/*`);
    await settled();
    const reading = web.read(fixtureDocument('web/checkout-huabei.html'), new URL(CHECKOUT));
    if (!reading) throw new Error('the fixture reads as no checkout');
    const report = (url: string, signals: object) =>
      new Promise((answered) => {
        void fakeBrowser.runtime.onMessage.trigger(
          { id: 1, type: 'reportCheckout', data: { ...signals, url }, timestamp: Date.now() },
          sender(url),
          answered,
        );
      });
    expect(await report(CHECKOUT, reading.signals)).toEqual({ res: undefined });
    expect(await fakeBrowser.storage.session.get('tab:21')).toMatchObject({
      'tab:21': { url: CHECKOUT, signals: { site: 'web', total: 128800 } },
    });
    await fakeBrowser.storage.session.clear();
    // The product page is no checkout, and a built-in shop's adapter has no say here.
    expect(await report(`${SHOP}/products/longjing-2025`, reading.signals)).toHaveProperty('err');
    expect(await report(CHECKOUT, { ...reading.signals, site: 'jd' })).toHaveProperty('err');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
