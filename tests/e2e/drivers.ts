import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame as PwFrame, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

/** The shop hosts the fixture server stands in for. */
export const SHOP_HOSTS = [
  'trade.jd.com',
  'item.jd.com',
  'pay.jd.com',
  'pcashier.jd.com',
  'buy.taobao.com',
  'item.taobao.com',
  'buy.tmall.com',
  'detail.tmall.com',
  'cashier.alipay.com',
  'excashier.alipay.com',
  'mobile.yangkeduo.com',
  // Pages of the same shops that are not checkouts.
  'cart.jd.com',
  'order.jd.com',
  'help.jd.com',
  'cart.taobao.com',
  'cshall.alipay.com',
  // Order pages, and the page that follows placing a JD order.
  'details.jd.com',
  'success.jd.com',
  'buyertrade.taobao.com',
  'trade.taobao.com',
  'trade.tmall.com',
];

/** Shops a shopper may add, served over TLS (added shops are https only). */
export const ADDED_SHOP_HOSTS = ['www.chayuan-tea.example', 'www.handmade-goods.example'];

/**
 * Hosts served over TLS: added shops, and the Western shops, which browsers load over https
 * whatever the address says (they are on the HSTS preload lists).
 */
export const TLS_HOSTS = [
  ...ADDED_SHOP_HOSTS,
  '*.myshopify.com',
  'www.amazon.com',
  'www.walmart.com',
  'www.target.com',
  'secure.newegg.com',
  'www.newegg.com',
];

/** Whether an address's host is served over TLS (a `*.` pattern stands for any subdomain). */
export function onTlsHost(url: string): boolean {
  const host = new URL(url).hostname;
  return TLS_HOSTS.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern));
}

/**
 * Chromium flags for this closed, small machine, with shop hosts sent to the fixture server: without
 * the background-networking flags Chromium keeps trying hosts it cannot reach.
 */
export function chromiumArgs(port: number, tlsPort?: number): string[] {
  // Every host: corpus pages stand for shops on any domain. Nothing else is reachable here anyway.
  // The https hosts go to the TLS server, before the rule for every host (the first rule that fits wins).
  const rules = [
    ...(tlsPort === undefined ? [] : TLS_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${tlsPort}`)),
    `MAP * 127.0.0.1:${port}`,
    'EXCLUDE localhost',
  ].join(', ');
  return [
    `--host-resolver-rules=${rules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

const OUTPUT = resolve(process.env.WXT_OUT_DIR ?? '.output');
const POLL_MS = 50;

/** The few things a test does with a page or frame, the same in both browsers. */
export interface Surface {
  url(): string;
  evaluate<T>(fn: () => T): Promise<T>;
  click(selector: string): Promise<void>;
  /** Focuses the element and presses a key ('Enter', ' ') as a keyboard user would. */
  press(selector: string, key: string): Promise<void>;
  /** Types into a field, replacing what it held, as the shopper would. */
  fill(selector: string, text: string): Promise<void>;
  /** The whole viewport, or only the element `selector` names (e.g. the popup's body). */
  screenshot(path: string, selector?: string): Promise<void>;
}

export interface TestPage extends Surface {
  /** The panel frame (panel.html) inside this page's `paylater-lens` element. */
  panelFrame(timeoutMs?: number): Promise<Surface>;
  /** The frames directly inside the page, including any the page made itself. */
  childFrames(): Surface[];
  /** Navigates this tab, as following a link would. */
  goto(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** Chromium only: the Playwright context, for tests that watch network requests or use CDP. */
  readonly context?: BrowserContext;
  open(url: string): Promise<TestPage>;
  openExtensionPage(path: string): Promise<TestPage>;
  /** The extension's pages open in tabs, by path ('/welcome.html'), whoever opened them. */
  extensionTabs(): Promise<TestPage[]>;
  /** Runs in the extension's background context. */
  background<T>(fn: () => T | Promise<T>): Promise<T>;
  /**
   * Lets the next request for this origin's host permission pass without a prompt, the way a
   * shopper's "Allow" would: Chromium through its extensions page (chrome://extensions, the
   * developer surface), Firefox by the preference that turns optional-permission prompts off.
   */
  allowOrigin(origin: string): Promise<void>;
  /** Resolves when the shopper closes the browser (for the interactive demo). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

function playwrightSurface(target: PwPage | PwFrame, page: PwPage): Surface {
  return {
    url: () => target.url(),
    evaluate: (fn) => target.evaluate(fn),
    click: async (selector) => {
      // Playwright waits forever by default: a control that never becomes clickable should fail the test, readably.
      await target.locator(selector).first().click({ timeout: 15_000 });
    },
    press: async (selector, key) => {
      await target
        .locator(selector)
        .first()
        .press(key === ' ' ? 'Space' : key, { timeout: 15_000 });
    },
    fill: async (selector, text) => {
      await target.locator(selector).first().fill(text, { timeout: 15_000 });
    },
    screenshot: async (path, selector) => {
      if (selector) await target.locator(selector).first().screenshot({ path });
      else if ('screenshot' in target) await target.screenshot({ path });
      else await (await target.frameElement()).screenshot({ path });
      void page;
    },
  };
}

export async function launchChromium(
  port: number,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    tlsPort?: number;
    /** Kept after close, for a restart. */
    profile?: string;
  } = {},
): Promise<Driver> {
  const extension = join(OUTPUT, 'chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'paylater-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // Added shops are served with a throwaway certificate.
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // Lets a test open the toolbar popup on a tab (CDP Extensions.triggerAction), as a click would.
      '--enable-unsafe-extension-debugging',
      ...chromiumArgs(port, options.tlsPort),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const wrap = (page: PwPage): TestPage => ({
    ...playwrightSurface(page, page),
    panelFrame: async (timeoutMs = 10_000) => {
      const frame = await waitFor(
        async () => page.frames().find((candidate) => candidate.url().endsWith('/panel.html')),
        'the panel frame',
        timeoutMs,
      );
      return playwrightSurface(frame, page);
    },
    childFrames: () =>
      page
        .mainFrame()
        .childFrames()
        .map((frame) => playwrightSurface(frame, page)),
    goto: async (url) => {
      await page.goto(url);
    },
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    context,
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    extensionTabs: async () =>
      context
        .pages()
        .filter((page) => page.url().startsWith(`chrome-extension://${extensionId}/`))
        .map(wrap),
    background: async (fn) => {
      const current = context.serviceWorkers().find((candidate) => candidate.url().includes(extensionId)) ?? worker;
      return current.evaluate(fn);
    },
    allowOrigin: async (origin) => {
      // The extensions page grants a site to an extension; the extension's own request for it
      // then passes without a prompt, and the browser tells the extension as it would after one.
      const page = await context.newPage();
      try {
        await page.goto(`chrome://extensions/?id=${extensionId}`);
        await page.evaluate(
          ([id, pattern]) =>
            (
              globalThis as unknown as {
                chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
              }
            ).chrome.developerPrivate.addHostPermission(id as string, pattern as string),
          [extensionId, `${origin}/*`],
        );
      } finally {
        await page.close();
      }
    },
    closed: () => new Promise((done) => context.once('close', () => done())),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function puppeteerSurface(target: PpPage | PpFrame): Surface {
  return {
    url: () => target.url(),
    evaluate: (fn) => target.evaluate(fn) as never,
    click: async (selector) => {
      const handle = await target.waitForSelector(selector, { timeout: 10_000 });
      await handle?.click();
    },
    press: async (selector, key) => {
      const handle = await target.waitForSelector(selector, { timeout: 10_000 });
      await handle?.press(key as 'Enter');
    },
    fill: async (selector, text) => {
      const handle = await target.waitForSelector(selector, { timeout: 10_000 });
      await handle?.click({ count: 3 });
      await handle?.type(text);
    },
    screenshot: async (path, selector) => {
      if (selector) await (await target.$(selector))?.screenshot({ path });
      else if ('screenshot' in target) await target.screenshot({ path });
    },
  };
}

export async function launchFirefox(port: number): Promise<Driver> {
  const extension = join(OUTPUT, 'firefox-mv2');
  const uuid = randomUUID();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // The same window as Chromium's, so layouts (the panel's height at 1280 px) compare.
    defaultViewport: { width: 1280, height: 900 },
    // Added shops are served with a throwaway certificate.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      // https goes through the same server, by CONNECT.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      // The developer surface for optional permissions: a request made from a click is granted.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  await browser.installExtension(extension);
  const origin = `moz-extension://${uuid}`;
  const wrap = (page: PpPage): TestPage => ({
    ...puppeteerSurface(page),
    panelFrame: async (timeoutMs = 10_000) => {
      // Over BiDi a moz-extension frame keeps reporting about:blank as its URL: ask the frame itself.
      const frame = await waitFor(
        async () => {
          for (const candidate of page.frames()) {
            const path = await candidate.evaluate(() => location.pathname).catch(() => '');
            if (path === '/panel.html') return candidate;
          }
          return undefined;
        },
        'the panel frame',
        timeoutMs,
      );
      return puppeteerSurface(frame);
    },
    childFrames: () => page.mainFrame().childFrames().map(puppeteerSurface),
    goto: async (url) => {
      await page.goto(url);
    },
    close: () => page.close(),
  });
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    // Navigations to moz-extension: URLs do not report completion over BiDi: start one, then poll.
    void page.goto(`${origin}/${path}`).catch(() => undefined);
    await waitFor(
      () => page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'),
      `${path} to load`,
    );
    return wrap(page);
  };
  return {
    name: 'firefox',
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage,
    extensionTabs: async () => {
      const tabs: TestPage[] = [];
      for (const page of await browser.pages()) {
        // Over BiDi a moz-extension page may report about:blank as its URL: ask the page itself.
        const protocol = await page.evaluate(() => location.protocol).catch(() => '');
        if (protocol === 'moz-extension:') tabs.push(wrap(page));
      }
      return tabs;
    },
    // The preference above grants the request itself.
    allowOrigin: async () => undefined,
    background: async (fn) => {
      // Firefox's background page is not exposed over BiDi; an extension page runs with the same privileges.
      const page = await openExtensionPage('popup.html');
      try {
        return (await page.evaluate(fn)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await page.close();
      }
    },
    closed: () => new Promise((done) => browser.once('disconnected', () => done())),
    close: () => browser.close(),
  };
}
