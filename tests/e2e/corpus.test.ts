import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READINGS } from '../corpus/readings';
import { READINGS_WEST, type WesternCorpusPage } from '../corpus/readings-west';
import type { CorpusPage, PageState } from '../corpus/types';
import { onTlsHost, waitFor } from './drivers';
import { BROWSERS, useBrowser } from './harness';
import { expectPanel, hosts, panelRoot, pause, statuses } from './panel';
import { shopUrl } from './server';

// The detection corpus in real browsers, served at the shops' real addresses: pages written by
// other hands than the reader's, with their scripts running (late steps, re-rendering lists) and
// styles applied (collapsed sections). The unit corpus test prints the confusion table.

const STATUS = { offered: 'eligible', unavailable: 'ineligible', unknown: 'unknown' } as const satisfies Record<
  PageState,
  string
>;

/** How long a page without a panel is watched: longer than any late page takes to draw its step. */
const NO_PANEL_MS = 2500;
/**
 * A page with no script of its own changes nothing once it has loaded, and the reader's panel shows
 * well within this: on 40 of the corpus's checkouts, 36 ms after the load at most in Chromium, 126 ms
 * in Firefox.
 */
const STATIC_NO_PANEL_MS = 1000;
const hasScript = ({ page }: { page: string }) =>
  /<script\b/i.test(readFileSync(new URL(`../fixtures/corpus/${page}.html`, import.meta.url), 'utf8'));
const watchedFor = (page: { page: string }) => (hasScript(page) ? NO_PANEL_MS : STATIC_NO_PANEL_MS);

function expected(page: CorpusPage) {
  if (!page.expected) return undefined;
  return {
    url: page.url,
    fixture: page.page,
    site: page.site,
    total: page.expected.total === null ? undefined : String(page.expected.total),
    programs: Object.fromEntries(
      Object.entries(page.expected.programs).map(([program, state]) => [program, STATUS[state as PageState]]),
    ),
  };
}

/**
 * The Western pages in browsers: per built-in shop a checkout, a trap and every late page (only a
 * browser runs their scripts), on the hosts read without asking (added shops' pages are in
 * shops.test.ts, their late pages too). The unit table reads all of them; a few per shop keep this run short.
 */
/** The shops' own hosts, served over https with the test certificate (a help site is elsewhere). */
const onBuiltInHost = ({ url }: WesternCorpusPage) => onTlsHost(url);
const WEST = [...new Set(READINGS_WEST.map(({ site }) => site))].flatMap((site) => {
  const pages = READINGS_WEST.filter((page) => page.site === site && onBuiltInHost(page));
  return [
    ...(['checkout', 'trap'] as const).flatMap((kind) => pages.find((page) => page.kind === kind) ?? []),
    ...pages.filter((page) => page.kind === 'late'),
  ];
});

/** A Western page's panel: every program it shows and no other, its total and currency. */
async function expectWesternPanel(tab: Parameters<typeof expectPanel>[0], page: WesternCorpusPage) {
  const want = page.expected;
  if (!want) throw new Error(`${page.page} expects no panel`);
  const panel = await tab.panelFrame(10_000);
  const programs = Object.keys(want.programs).sort();
  await waitFor(async () => {
    const [root, rows] = [await panelRoot(panel), await statuses(panel)];
    return root.total === String(want.total) && Object.keys(rows).length === programs.length;
  }, `the panel to show ${page.page}`).catch(() => undefined);
  const root = await panelRoot(panel);
  expect(root).toMatchObject({ site: page.site, currency: want.currency, total: String(want.total) });
  const rows = await statuses(panel);
  expect(Object.keys(rows).sort()).toEqual(programs);
  // What the page shows as unavailable is never available; an offer may still meet the program's
  // own limits or the shopper's profile.
  for (const [program, state] of Object.entries(want.programs))
    expect(rows[program], program).toMatch(
      state === 'unavailable' ? /^ineligible$/ : /^(?:eligible|ineligible|unknown)$/,
    );
  expect(await hosts(tab)).toBe(1);
}

/** A page at an order page's address: the orders panel with exactly its pay-later orders, and no checkout panel. */
async function expectOrdersPanel(tab: Parameters<typeof expectPanel>[0], orders: NonNullable<CorpusPage['orders']>) {
  const panel = await tab.panelFrame(10_000);
  const rows = () =>
    panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="orders"] [data-order]')].map((row) => ({
        order: row.dataset.order,
        program: row.dataset.program,
        amount: row.dataset.amount ? Number(row.dataset.amount) : null,
      })),
    );
  await waitFor(async () => (await rows()).length === orders.length, 'the orders panel to show the page’s orders');
  expect(await rows()).toEqual(orders);
  expect(await panel.evaluate(() => document.querySelector('[data-testid="panel"]'))).toBeNull();
  expect(await hosts(tab)).toBe(1);
}

/** The Chinese shops read without asking; the Chinese pages of added shops (WooCommerce's in yuan) are not. */
const CHINESE_SHOPS = new Set(['jd', 'taobao', 'tmall', 'alipay', 'pinduoduo']);

describe.each(BROWSERS)('detection corpus in %s', (name) => {
  const { driver } = useBrowser(name);

  // Added shops' pages are read only once the shopper adds the shop: shops.test.ts does that. A page
  // with a script of its own visits every browser; the static ones take turns, so that each is read
  // in a real browser and the run stays short as the corpus grows.
  const turn = BROWSERS.indexOf(name);
  const BUILT_IN = READINGS.filter((page) => CHINESE_SHOPS.has(page.site)).filter(
    (page, index) => hasScript(page) || index % BROWSERS.length === turn,
  );
  it.each(BUILT_IN.map((page) => [page.page, page] as const))('%s', async (_page, page) => {
    const tab = await driver().open(shopUrl(page.url.replace(/^https:/, 'http:'), `corpus/${page.page}`));
    const panel = expected(page);
    if (panel) await expectPanel(tab, panel);
    else if (page.orders?.length) await expectOrdersPanel(tab, page.orders);
    else {
      await pause(watchedFor(page));
      expect(await hosts(tab)).toBe(0);
    }
    await tab.close();
  });

  it.each(WEST.map((page) => [page.page, page] as const))('%s', async (_page, page) => {
    const tab = await driver().open(shopUrl(page.url, `corpus/${page.page}`));
    if (page.expected) await expectWesternPanel(tab, page);
    else {
      await pause(watchedFor(page));
      expect(await hosts(tab)).toBe(0);
    }
    await tab.close();
  });
});
