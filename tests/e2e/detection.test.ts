import { describe, expect, it } from 'vitest';
import { waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { type Expected, expectPanel, hosts, panelRoot, pause } from './panel';
import { shopUrl } from './server';

// Every page is served at the shop's real address, so the content script's real match patterns decide.
const JD_CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000000';
const JD_CASHIER = 'http://pcashier.jd.com/cashier/index.action?orderId=290000000001';
const TAOBAO_BUY_NOW = 'http://buy.taobao.com/auction/buy_now.jhtml';
const TAOBAO_CONFIRM = 'http://buy.taobao.com/auction/order/confirm_order.htm';
const TMALL_CONFIRM = 'http://buy.tmall.com/order/confirm_order.htm';
const ALIPAY_CASHIER = 'http://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=0921a8b7c6d5e4f3';
const ALIPAY_EXCASHIER = 'http://excashier.alipay.com/standard/auth.htm?payOrderId=0921a8b7c6d5e4f3.00';
const PDD_CHECKOUT = 'http://mobile.yangkeduo.com/order_checkout.html?goods_id=300000000001';

const CHECKOUTS: readonly Expected[] = [
  {
    url: JD_CHECKOUT,
    fixture: 'jd/checkout-radios',
    site: 'jd',
    total: '129900',
    programs: { 'jd-baitiao': 'eligible', 'jd-paylater': 'ineligible' },
  },
  {
    url: JD_CASHIER,
    fixture: 'jd/cashier-baitiao',
    site: 'jd',
    total: '8990',
    programs: { 'jd-baitiao': 'eligible', 'jd-paylater': 'ineligible' },
  },
  {
    url: TAOBAO_CONFIRM,
    fixture: 'taobao/checkout-radios',
    site: 'taobao',
    total: '14900',
    programs: { 'alipay-huabei': 'eligible', 'alipay-paylater': 'ineligible' },
  },
  {
    url: TMALL_CONFIRM,
    fixture: 'tmall/checkout-aria',
    site: 'tmall',
    total: '8990',
    programs: { 'alipay-paylater': 'eligible', 'alipay-huabei': 'ineligible' },
  },
  {
    url: TMALL_CONFIRM,
    fixture: 'tmall/checkout-labels',
    site: 'tmall',
    total: '15800',
    programs: { 'alipay-huabei': 'eligible', 'alipay-paylater': 'eligible' },
  },
  {
    url: ALIPAY_EXCASHIER,
    fixture: 'alipay/cashier-radios',
    site: 'alipay',
    total: '129900',
    programs: { 'alipay-huabei': 'eligible' },
  },
  {
    url: PDD_CHECKOUT,
    fixture: 'pinduoduo/checkout-list',
    site: 'pinduoduo',
    total: '5900',
    programs: { 'pdd-paylater': 'ineligible', 'wechat-payscore': 'eligible' },
  },
  {
    url: PDD_CHECKOUT,
    fixture: 'pinduoduo/checkout-divs',
    site: 'pinduoduo',
    total: '2990',
    programs: { 'pdd-paylater': 'eligible', 'wechat-payscore': 'ineligible' },
  },
];

/** Pages drawn by script 1–2 s after load. */
const LATE: readonly Expected[] = [
  {
    url: JD_CHECKOUT,
    fixture: 'jd/checkout-late',
    site: 'jd',
    total: '459900',
    programs: { 'jd-paylater': 'eligible', 'jd-baitiao': 'eligible' },
  },
  {
    url: TAOBAO_CONFIRM,
    fixture: 'taobao/checkout-late',
    site: 'taobao',
    total: '11800',
    programs: { 'alipay-paylater': 'eligible', 'alipay-huabei': 'eligible' },
  },
  {
    url: ALIPAY_CASHIER,
    fixture: 'alipay/cashier-late',
    site: 'alipay',
    total: '239900',
    programs: { 'alipay-huabei': 'eligible', 'alipay-paylater': 'eligible' },
  },
];

/** Shop pages that talk about pay-later but are no checkout. */
const NOT_CHECKOUTS = [
  ['http://item.jd.com/100012043978.html', 'jd/product-baitiao'],
  ['http://cart.jd.com/cart_index', 'jd/cart'],
  // An order list with pay-later orders gets the orders panel (tests/e2e/orders.test.ts); this one has none.
  ['http://order.jd.com/center/list.action', 'jd/orders-list-none'],
  ['http://help.jd.com/user/issue/list-162.html', 'jd/help'],
  ['http://item.taobao.com/item.htm?id=650000000001', 'taobao/product'],
  ['http://cart.taobao.com/cart.htm', 'taobao/cart'],
  ['http://detail.tmall.com/item.htm?id=600000000001', 'tmall/product'],
  ['http://cshall.alipay.com/lab/help_detail.htm?help_id=201602061474', 'alipay/help'],
  // Matched by the content script (Pinduoduo is a single-page app), yet no checkout.
  ['http://mobile.yangkeduo.com/goods.html?goods_id=300000000001', 'pinduoduo/goods'],
  ['http://mobile.yangkeduo.com/orders.html?type=0', 'pinduoduo/orders'],
] as const;

describe.each(BROWSERS)('checkout detection in %s', (name) => {
  const { driver } = useBrowser(name);

  it.each(CHECKOUTS)('reads $fixture', async (expected) => {
    const page = await driver().open(shopUrl(expected.url, expected.fixture));
    await expectPanel(page, expected);
    await page.close();
  });

  it.each(LATE)('waits for the late payment step of $fixture', async (expected) => {
    const page = await driver().open(shopUrl(expected.url, expected.fixture));
    expect(await hosts(page)).toBe(0);
    await expectPanel(page, expected);
    await page.close();
  });

  it('re-reads the checkout when the shopper changes the plan and the total follows', async () => {
    const page = await driver().open(shopUrl(TAOBAO_BUY_NOW, 'taobao/checkout-basic'));
    const basic = {
      url: TAOBAO_BUY_NOW,
      fixture: 'taobao/checkout-basic',
      site: 'taobao',
      total: '8990',
      programs: { 'alipay-paylater': 'eligible', 'alipay-huabei': 'eligible' },
    } as const;
    const panel = await expectPanel(page, basic);
    await page.click('#insts [data-n="3"]');
    await waitFor(async () => (await panelRoot(panel)).total === '9260', 'the total with the service fee');
    // The page's markup in shop and item names stayed text: its script never ran.
    expect(await page.evaluate(() => document.title)).toBe('确认订单');
    await page.close();
  });

  it('shows page text as text, never as markup', async () => {
    const page = await driver().open(shopUrl(JD_CASHIER, 'jd/cashier-baitiao'));
    const panel = await page.panelFrame();
    const row = await waitFor(
      () =>
        panel.evaluate(() => {
          const element = document.querySelector('[data-program="jd-paylater"]');
          return element && { text: element.textContent ?? '', images: element.querySelectorAll('img').length };
        }),
      'the jd-paylater row',
    );
    expect(row.text).toContain('<img src=x onerror=alert(1)>');
    expect(row.images).toBe(0);
    await page.close();
  });

  it('offers to track the bill when the order is placed with a pay-later option, and tracks nothing by itself', async () => {
    const page = await driver().open(shopUrl(JD_CASHIER, 'jd/cashier-baitiao'));
    const panel = await page.panelFrame();
    await waitFor(
      () => panel.evaluate(() => document.querySelector('[data-program="jd-baitiao"] [data-action="track"]') !== null),
      'the 白条 track button',
    );
    expect(await panel.evaluate(() => document.querySelector('[data-prompt]') === null)).toBe(true);
    await page.click('#pay-btn');
    await waitFor(
      () =>
        panel.evaluate(
          () =>
            document.querySelector('[data-program="jd-baitiao"] [data-action="track"]')?.getAttribute('data-prompt') ===
            'true',
        ),
      'the panel to offer tracking',
    );
    expect(await panelRoot(panel)).not.toHaveProperty('tracked');
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-order-placed.png`);
    await page.close();
  });

  it('follows a single-page app into its checkout by pushState and out again', async () => {
    const page = await driver().open(shopUrl('http://mobile.yangkeduo.com/goods.html', 'pinduoduo/spa'));
    await pause(800);
    expect(await hosts(page)).toBe(0);
    await page.click('#buy');
    expect(page.url()).toContain('/order_checkout.html');
    await expectPanel(page, {
      url: PDD_CHECKOUT,
      fixture: 'pinduoduo/spa',
      site: 'pinduoduo',
      total: '1990',
      programs: { 'pdd-paylater': 'eligible' },
    });
    await page.click('#back');
    await waitFor(async () => (await hosts(page)) === 0, 'the panel to leave with the checkout');
    await page.close();
  });

  it('puts no panel on product pages, carts, order lists and help articles', async () => {
    for (const [url, fixture] of NOT_CHECKOUTS) {
      const page = await driver().open(shopUrl(url, fixture));
      await pause(700);
      expect(await hosts(page), fixture).toBe(0);
      await page.close();
    }
  });
});
