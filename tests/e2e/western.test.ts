import { describe, expect, it } from 'vitest';
import { WESTERN_PAGES } from '../unit/western-fixtures';
import { type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

// The Western shops read without asking (Shopify's myshopify.com checkouts, Amazon, Walmart,
// Target, Newegg), at their real https addresses (see TLS_HOSTS in drivers.ts): the
// content script runs there and puts the panel after the payment step with every program the page
// shows. Totals in dollars and pounds come with the checkout reader's English (see the unit table).

const BUILT_IN = WESTERN_PAGES.filter((page) => !page.added);
/**
 * One checkout per host that the reader reads today, so the content script is shown to run there
 * and the panel to come; the others wait for the reader's English (the lead turns them on).
 */
const READ_TODAY = new Set([
  'shopify/checkout-one-page',
  'amazon/checkout-spc',
  'walmart/checkout-review',
  'target/checkout-payment',
  'newegg/checkout-zip',
]);
const CHECKOUTS = BUILT_IN.filter((page) => page.kind !== 'trap' && READ_TODAY.has(page.fixture));
const LATER = BUILT_IN.filter((page) => page.kind !== 'trap' && !READ_TODAY.has(page.fixture));
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
      return Object.keys(shown).length > 0 ? shown : undefined;
    }, `the panel to list programs of ${fixture.fixture}`);
    // Every program the panel lists is one the page shows: what the page shows as unavailable is
    // never available, what it offers is not ruled out. (That it lists all of them, with the total,
    // comes with the reader's English: the unit table holds what each page shows.)
    for (const [program, status] of Object.entries(rows)) {
      const state = expected[program as keyof typeof expected];
      expect(state, program).toBeDefined();
      expect(status, program).toMatch(state === 'unavailable' ? /^ineligible$/ : /^(?:eligible|unknown)$/);
    }
    expect(await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="panel"]')?.dataset.site)).toBe(
      fixture.site,
    );
    expect(await hosts(page)).toBe(1);
    if (name === 'chromium' && fixture.fixture === 'amazon/checkout-spc')
      await page.screenshot(`${ARTIFACTS}/western-panel-${name}.png`);
    await page.close();
  });

  for (const fixture of LATER) it.todo(`shows the panel on ${fixture.fixture} (with the reader's English)`);

  it.each(TRAPS)('shows no panel on $fixture', async (fixture) => {
    const page = await driver().open(shopUrl(fixture.url, fixture.fixture));
    await new Promise((done) => setTimeout(done, 1500));
    expect(await hosts(page)).toBe(0);
    await page.close();
  });
});
