import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates';
import { waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

const JD_CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000000';

describe.each(BROWSERS)('JD checkout to popup in %s', (name) => {
  const { driver } = useBrowser(name);

  it('shows the panel, tracks the bill, lists it in the popup and marks it paid', async () => {
    const page = await driver().open(shopUrl(JD_CHECKOUT, 'jd/checkout-paylater'));
    const panel = await page.panelFrame();
    const root = await waitFor(
      () =>
        panel.evaluate(() => {
          const element = document.querySelector('[data-testid="panel"]');
          return element && { ...(element as HTMLElement).dataset };
        }),
      'the panel to render',
    );
    expect(root).toMatchObject({ testid: 'panel', site: 'jd', total: '239900', currency: 'CNY' });
    expect(await page.evaluate(() => document.querySelectorAll('paylater-lens').length)).toBe(1);

    const rows = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => ({ ...row.dataset })),
    );
    const due = addDays(todayIn('Asia/Shanghai', Date.now()), 15);
    expect(rows).toContainEqual({ program: 'jd-paylater', status: 'eligible', due });
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-checkout.png`);

    await panel.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(
      () =>
        panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
      'the panel to say tracked',
    );

    const popup = await driver().openExtensionPage('popup.html');
    const item = await waitFor(
      () =>
        popup.evaluate(() => {
          const element = document.querySelector<HTMLElement>('[data-installment][data-program="jd-paylater"]');
          return element && { ...element.dataset };
        }),
      'the installment in the popup',
    );
    expect(item).toMatchObject({ program: 'jd-paylater', due, amount: '239900', currency: 'CNY' });
    if (name === 'chromium') await popup.screenshot(`${ARTIFACTS}/${name}-popup.png`, 'body');

    await popup.click('[data-installment] [data-action="mark-paid"]');
    await waitFor(
      () => popup.evaluate(() => document.querySelectorAll('[data-installment]').length === 0),
      'the paid installment to leave the list',
    );
    await popup.close();
    await page.close();
  });

  it('shows an unavailable option as ineligible, with the page’s reason', async () => {
    const page = await driver().open(shopUrl(JD_CHECKOUT, 'jd/checkout-unavailable'));
    const panel = await page.panelFrame();
    const row = await waitFor(
      () =>
        panel.evaluate(() => {
          const element = document.querySelector<HTMLElement>('[data-program="jd-paylater"]');
          return element && { status: element.dataset.status, text: element.textContent ?? '' };
        }),
      'the jd-paylater row',
    );
    expect(row.status).toBe('ineligible');
    expect(row.text).toContain('暂不可用');
    await page.close();
  });

  it('puts no panel on a JD product page that advertises 白条 and 先用后付', async () => {
    const page = await driver().open(shopUrl('http://item.jd.com/100012043978.html', 'jd/product-baitiao'));
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('paylater-lens').length)).toBe(0);
    await page.close();
  });
});
