import { describe, expect, it } from 'vitest';
import { WESTERN_PAGES } from '../unit/western-fixtures';
import { type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

// The Western shops read without asking (Shopify's myshopify.com checkouts, Amazon, Walmart,
// Target, Newegg), at their real https addresses (see TLS_HOSTS in drivers.ts): the
// content script runs there and puts the panel after the payment step with every program the page
// shows, with the total in the page's own currency.

const BUILT_IN = WESTERN_PAGES.filter((page) => !page.added);
const CHECKOUTS = BUILT_IN.filter((page) => page.kind !== 'trap');
const TRAPS = BUILT_IN.filter((page) => page.kind === 'trap');

const hosts = (page: TestPage) => page.evaluate(() => document.querySelectorAll('paylater-lens').length);

describe.each(BROWSERS)('Western shops in %s', (name) => {
  const { driver } = useBrowser(name);

  it.each(CHECKOUTS)('shows the panel on $fixture', async (fixture) => {
    const page = await driver().open(shopUrl(fixture.url, fixture.fixture));
    const panel = await page.panelFrame();
    const expected = fixture.expected?.programs ?? {};
    const rows = await waitFor(async () => {
      const shown = await panel.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => [
            row.dataset.program,
            row.dataset.status,
          ]),
        ),
      );
      // Until the page settles (a late step, a re-read) it may show fewer.
      return Object.keys(shown).length === Object.keys(expected).length ? shown : undefined;
    }, `the panel to list programs of ${fixture.fixture}`);
    // The panel lists every program the page shows and no other; what the page shows as unavailable
    // is never available, what it offers is not ruled out by the page (the program's own limits and
    // the shopper's profile may still decide).
    expect(Object.keys(rows).sort()).toEqual(Object.keys(expected).sort());
    for (const [program, status] of Object.entries(rows)) {
      const state = expected[program as keyof typeof expected];
      expect(status, program).toMatch(state === 'unavailable' ? /^ineligible$/ : /^(?:eligible|ineligible|unknown)$/);
    }
    const root = await panel.evaluate(() => {
      const element = document.querySelector<HTMLElement>('[data-testid="panel"]');
      return element && { total: element.dataset.total, currency: element.dataset.currency };
    });
    expect(root).toEqual({ total: String(fixture.expected?.total), currency: fixture.currency });
    expect(await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="panel"]')?.dataset.site)).toBe(
      fixture.site,
    );
    expect(await hosts(page)).toBe(1);
    if (fixture.fixture === 'amazon/checkout-spc') {
      // Amazon offers Affirm as "Monthly payments": the first is due in a month, not at checkout.
      const due = await panel.evaluate(
        () => document.querySelector<HTMLElement>('[data-program="affirm"]')?.dataset.due,
      );
      const days = (Date.parse(String(due)) - Date.now()) / 86_400_000;
      expect(days, String(due)).toBeGreaterThan(26);
      expect(days, String(due)).toBeLessThan(32);
      // Its words end with the plan ("… with 0% APR for 12 months"): twelve payments, not the shortest plan's three.
      const plan = await panel.evaluate(
        () => document.querySelector<HTMLElement>('[data-program="affirm"]')?.textContent ?? '',
      );
      expect(plan).toMatch(/(?<!\d)12 payments/);
    }
    if (name === 'chromium' && fixture.fixture === 'amazon/checkout-spc')
      await page.screenshot(`${ARTIFACTS}/western-panel-${name}.png`);
    await page.close();
  });

  it('tracks an Afterpay bill in dollars: four payments two weeks apart in the popup, adding up to the order', async () => {
    const fixture = CHECKOUTS.find((page) => page.fixture === 'shopify/checkout-one-page');
    if (!fixture) throw new Error('the Shopify checkout fixture is missing');
    const page = await driver().open(shopUrl(fixture.url, fixture.fixture));
    const panel = await page.panelFrame();
    await waitFor(
      () => panel.evaluate(() => document.querySelector('[data-program="afterpay"] [data-action="track"]') !== null),
      'the track button for Afterpay',
    );
    if (name === 'chromium') {
      // The README's picture: the payment step and the panel after it.
      await page.evaluate(() => document.querySelector('paylater-lens')?.scrollIntoView({ block: 'end' }));
      await page.screenshot(`${ARTIFACTS}/western-shopify-${name}.png`);
    }
    await panel.click('[data-program="afterpay"] [data-action="track"]');
    await waitFor(
      () =>
        panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
      'the panel to say tracked',
    );
    await page.close();
    const popup = await driver().openExtensionPage('popup.html');
    const rows = await waitFor(async () => {
      const found = await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-installment]')]
          .map((row) => ({ ...row.dataset }))
          .filter((row) => row.program === 'afterpay'),
      );
      return found.length === 4 ? found : undefined;
    }, 'the four Afterpay payments in the popup');
    expect(rows.every((row) => row.currency === 'USD')).toBe(true);
    expect(rows.reduce((sum, row) => sum + Number(row.amount), 0)).toBe(fixture.expected?.total);
    const days = rows.map((row) => Date.parse(String(row.due))).sort((a, b) => a - b);
    expect(days.slice(1).map((day, index) => (day - (days[index] ?? 0)) / 86_400_000)).toEqual([14, 14, 14]);
    await popup.close();
  });

  it.each(TRAPS)('shows no panel on $fixture', async (fixture) => {
    const page = await driver().open(shopUrl(fixture.url, fixture.fixture));
    await new Promise((done) => setTimeout(done, 1500));
    expect(await hosts(page)).toBe(0);
    await page.close();
  });
});
