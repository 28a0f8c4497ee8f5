import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Target, type WebWorker } from 'puppeteer-core';
import { chromiumArgs } from '../e2e/drivers';

/**
 * Puppeteer rather than the e2e tests' Playwright driver: the benchmark needs raw CDP sessions on
 * pages and on the service worker (metrics, heap, garbage collection), which Puppeteer exposes.
 */
export interface BenchBrowser {
  readonly browser: Browser;
  /** The browser process, root of the tree whose CPU time the benchmark reads from /proc. */
  readonly pid: number;
  /** Present only in the browser that has the extension. */
  readonly extension?: { readonly id: string; readonly worker: Target };
  serviceWorker(): Promise<WebWorker>;
  /**
   * Adds `origin` as a shop the shopper added, as the dashboard does: granted through the
   * extensions page, then asked for from an extension page in a click. False if the extension did
   * not register a content script for it (a build without added shops).
   */
  addShop(origin: string): Promise<boolean>;
  close(): Promise<void>;
}

export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output-bench', 'chrome-mv3');

/** How long an extension may take after its worker starts to open a page on install. */
const INSTALL_PAGE_WAIT_MS = 3000;

/**
 * Closes the tabs an extension opens on install (our welcome page): a shopper closes them once, and
 * a tab left open in the background is hidden and shown again with every visit's tab, whose
 * re-rendering the extension's process would otherwise be charged with on every checkout.
 */
async function closeInstallPages(browser: Browser): Promise<void> {
  const isInstallPage = (target: Target) => target.type() === 'page' && target.url().startsWith('chrome-extension://');
  const opened = await browser.waitForTarget(isInstallPage, { timeout: INSTALL_PAGE_WAIT_MS }).catch(() => undefined);
  if (!opened) return;
  for (const target of browser.targets().filter(isInstallPage)) await (await target.page())?.close();
}

/** How long the background may take to register an added shop's content script. */
const ADD_SHOP_WAIT_MS = 3000;

/** Every browser gets the same flags; only the extension differs (none, this build, or another build's). */
export async function launch(port: number, tlsPort: number, extensionDir: string | undefined): Promise<BenchBrowser> {
  const withExtension = extensionDir !== undefined;
  const profile = await mkdtemp(join(tmpdir(), 'paylater-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    // Added shops are https, served with a throwaway certificate.
    acceptInsecureCerts: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...chromiumArgs(port, tlsPort),
      // Headless tabs in the background would otherwise get throttled timers, unevenly between runs.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const worker = withExtension
    ? await browser.waitForTarget(
        (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      )
    : undefined;
  if (worker) await closeInstallPages(browser);
  const pid = browser.process()?.pid;
  if (pid === undefined) throw new Error('no browser process');
  const serviceWorker = async () => {
    // The worker may have been stopped and restarted since launch: look it up each time.
    const target = await browser.waitForTarget(
      (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'),
    );
    const handle = await target.worker();
    if (!handle) throw new Error('no service worker');
    return handle;
  };
  return {
    browser,
    pid,
    ...(worker ? { extension: { id: new URL(worker.url()).host, worker } } : {}),
    serviceWorker,
    addShop: async (origin) => {
      const id = worker ? new URL(worker.url()).host : undefined;
      if (!id) return false;
      const page = await browser.newPage();
      try {
        await page.goto(`chrome://extensions/?id=${id}`);
        await page.evaluate(
          (extensionId, pattern) =>
            (
              globalThis as unknown as {
                chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
              }
            ).chrome.developerPrivate.addHostPermission(extensionId, pattern),
          id,
          `${origin}/*`,
        );
        await page.goto(`chrome-extension://${id}/options.html`);
        const cdp = await page.createCDPSession();
        await cdp.send('Runtime.evaluate', {
          expression: `chrome.permissions.request({ origins: [${JSON.stringify(`${origin}/*`)}] })`,
          userGesture: true,
          awaitPromise: true,
        });
      } finally {
        await page.close();
      }
      const registered = async () => {
        const scripts = await (await serviceWorker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
        return scripts.some((script) => script.matches?.includes(`${origin}/*`));
      };
      const deadline = Date.now() + ADD_SHOP_WAIT_MS;
      while (!(await registered())) {
        if (Date.now() > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return true;
    },
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
