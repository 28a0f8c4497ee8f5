import { describe, expect, it } from 'vitest';
import { waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { statuses } from './panel';
import { shopUrl } from './server';

// "Not right?" and "Copy a report", end to end: the shopper corrects the panel, the verdict follows
// at once and on the shop's next checkout, the dashboard lists it with undo; the report is shown and
// holds no personal data from the page.

const CHECKOUT = shopUrl(
  'http://trade.jd.com/shopping/order/getOrderInfo.action',
  'corpus/jd/checkout-payment-list-classic',
);
const PERSONAL = /张伟|建国路|138\*{4}1234|1[3-9]\d{9}/;

describe.each(BROWSERS)('correcting the panel in %s', (name) => {
  const { driver } = useBrowser(name);

  it('takes the shopper’s word for what the page shows, keeps it for the shop, and gives it back', async () => {
    let page = await driver().open(CHECKOUT);
    let panel = await page.panelFrame();
    const settled = (expected: Record<string, string>) =>
      waitFor(async () => JSON.stringify(await statuses(panel)) === JSON.stringify(expected), JSON.stringify(expected));
    await settled({ 'jd-baitiao': 'eligible', 'jd-paylater': 'ineligible' });

    await panel.click('[data-action="not-right"]');
    await panel.click('[data-correct="jd-paylater"] input[value="offered"]');
    await settled({ 'jd-baitiao': 'eligible', 'jd-paylater': 'eligible' });
    await panel.click('[data-correct="jd-baitiao"] input[value="absent"]');
    await settled({ 'jd-paylater': 'eligible' });
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-corrected.png`);
    await page.close();

    // The shop's next checkout reads the same: the corrections apply.
    page = await driver().open(CHECKOUT);
    panel = await page.panelFrame();
    await settled({ 'jd-paylater': 'eligible' });
    await page.close();

    const dashboard = await driver().openExtensionPage('options.html');
    await waitFor(
      () =>
        dashboard.evaluate(
          () => document.querySelectorAll('[data-testid="corrections"] [data-correction]').length === 2,
        ),
      'both corrections in the dashboard',
    );
    await dashboard.click('[data-correction="jd-paylater"] [data-action="undo-correction"]');
    await dashboard.click('[data-correction="jd-baitiao"] [data-action="undo-correction"]');
    await waitFor(
      () => dashboard.evaluate(() => document.querySelectorAll('[data-correction]').length === 0),
      'the corrections undone',
    );
    await dashboard.close();

    page = await driver().open(CHECKOUT);
    panel = await page.panelFrame();
    await settled({ 'jd-baitiao': 'eligible', 'jd-paylater': 'ineligible' });
    await page.close();
  });

  it('shows and copies a report of the payment step with the shopper’s details left out', async () => {
    const page = await driver().open(CHECKOUT);
    const panel = await page.panelFrame();
    await waitFor(() => panel.evaluate(() => document.querySelector('[data-program]') !== null), 'the panel');
    await panel.click('[data-action="copy-report"]');
    const report = await waitFor(
      () => panel.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-report]')?.value),
      'the report',
    );
    expect(report).toContain('payment step (jd)');
    expect(report).toContain('先用后付');
    expect(report).toContain('白条');
    expect(report).not.toMatch(PERSONAL);
    // The page really holds such details: the report left them out.
    expect(await page.evaluate(() => /张伟/.test(document.body.textContent ?? ''))).toBe(true);
    await page.close();
  });
});
