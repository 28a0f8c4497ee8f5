import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, todayIn } from '../../lib/dates';
import { type Driver, type Surface, type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';
import { CHECKOUT, readStore } from './store';

// Order pages in real browsers, served at the shops' real addresses: the orders panel, its rows
// (the DESIGN.md contract), and what they do to the bills in the popup.

const JD_SUCCESS = 'http://success.jd.com/success/success.action?orderId=290000000031&rid=0.7469';
const JD_DETAILS = 'http://details.jd.com/normal/item.action?orderid=290000000031&PassKey=8C3B2E0F6A1D4B7C';
const JD_LIST = 'http://order.jd.com/center/list.action';
const TAOBAO_LIST = 'http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const PDD_DETAILS = 'http://mobile.yangkeduo.com/order.html?order_sn=261201-100000000000001';
const PDD_LIST = 'http://mobile.yangkeduo.com/orders.html?type=0';
const JD_PHONE_LIST = 'http://trade.m.jd.com/order/orderlist_jdm.shtml?sceneval=2';

/** What the shopper's data must never hold: the pages' names, phone numbers, addresses and goods. */
const PERSONAL = [
  '张三丰',
  '138****5678',
  '建国路88号',
  'SOHO现代城',
  'Apple iPad',
  '小米手环',
  '米家 电动牙刷',
  '王小明',
  '文三路',
];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical accessibility problems axe-core finds in a page or frame. */
async function seriousViolations(surface: Surface): Promise<string[]> {
  const run = new Function(
    `${AXE_SOURCE};
     return axe.run(document, { resultTypes: ['violations'] }).then((result) =>
       result.violations
         .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
         .map((violation) => violation.id));`,
  ) as () => Promise<string[]>;
  return surface.evaluate(run);
}

const hosts = (page: TestPage) => page.evaluate(() => document.querySelectorAll('paylater-lens').length);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Row = Record<string, string | undefined>;

function orderRows(panel: Surface): Promise<Row[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="orders"] [data-order]')].map((row) => ({
      ...row.dataset,
    })),
  );
}

/** The orders panel's root and rows once it shows `until`. */
async function ordersPanel(page: TestPage, until: (rows: Row[]) => boolean, what: string) {
  const panel = await page.panelFrame();
  const rows = await waitFor(async () => {
    const found = await orderRows(panel);
    return until(found) ? found : undefined;
  }, what);
  const root = await panel.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-testid="orders"]');
    return element && { ...element.dataset };
  });
  return { panel, rows, root };
}

function popupRows(page: Surface): Promise<Row[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-installment]')].map((row) => ({
      ...row.dataset,
      source: row.querySelector('[data-due-from]')?.textContent ?? undefined,
    })),
  );
}

/** Every bill, installment and setting gone, as "Delete all my data" does: each test starts clean. */
async function clearAll(driver: Driver): Promise<void> {
  const page = await driver.openExtensionPage('popup.html');
  await page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.runtime.sendMessage({ id: 1, type: 'deleteAllData', data: {}, timestamp: Date.now() });
  });
  await page.close();
}

async function expectNothingPersonal(driver: Driver): Promise<void> {
  const stored = JSON.stringify(await readStore(driver));
  for (const text of PERSONAL) expect(stored, text).not.toContain(text);
}

describe.each(BROWSERS)('order pages in %s', (name) => {
  const { driver } = useBrowser(name);
  const today = todayIn('Asia/Shanghai', Date.now());

  it('puts no panel on an order page without a pay-later order', async () => {
    await clearAll(driver());
    const page = await driver().open(shopUrl(JD_LIST, 'jd/orders-list-none'));
    await pause(1500);
    expect(await hosts(page)).toBe(0);
    await page.close();
  });

  it('reads JD’s phone order list, on the checkout’s host', async () => {
    await clearAll(driver());
    const page = await driver().open(
      shopUrl(JD_PHONE_LIST, 'orders-corpus/jd-phone-list-paylater-countdown-and-baitiao-completed'),
    );
    const { rows, root } = await ordersPanel(page, (found) => found.length === 2, 'two pay-later rows');
    expect(root).toMatchObject({ testid: 'orders', site: 'jd' });
    expect(rows.map(({ order, program }) => [order, program])).toEqual([
      ['304518822716', 'jd-paylater'],
      ['302965540184', 'jd-baitiao'],
    ]);
    expect(rows[0]).toMatchObject({ amount: '19900', currency: 'CNY', state: 'untracked' });
    await page.close();
  });

  it('links the order placed after tracking at the checkout, and its page sets the due date the popup shows', async () => {
    await clearAll(driver());
    // Track at the checkout, then place the order: the success page names it.
    const page = await driver().open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
    const checkout = await page.panelFrame();
    await checkout.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(
      () =>
        checkout.evaluate(
          () => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true',
        ),
      'the checkout panel to say tracked',
    );
    const estimate = addDays(today, 15);
    await page.goto(shopUrl(JD_SUCCESS, 'jd/order-success'));
    await waitFor(
      async () =>
        ((await readStore(driver())).database.bills ?? []).some(
          (bill) => (bill as { orderId?: string }).orderId === '290000000031',
        ),
      'the bill to take the placed order’s number',
    );
    expect(await hosts(page)).toBe(0);

    // The order's details page states the deadline: the bill takes it.
    await page.goto(shopUrl(JD_DETAILS, 'jd/order-details'));
    const { panel, rows, root } = await ordersPanel(
      page,
      (found) => found.some((row) => row.state === 'tracked' && row.due === '2026-12-20'),
      'the details page to update the tracked bill',
    );
    expect(root).toMatchObject({ testid: 'orders', site: 'jd' });
    expect(rows).toEqual([
      {
        order: '290000000031',
        program: 'jd-paylater',
        amount: '239900',
        currency: 'CNY',
        due: '2026-12-20',
        state: 'tracked',
      },
    ]);
    expect(await hosts(page)).toBe(1);
    expect(await panel.evaluate(() => document.querySelector('[data-testid="panel"]'))).toBeNull();
    const changed = await panel.evaluate(() => document.querySelector('.changes')?.textContent ?? '');
    // The details page's date is fixed: on the day the checkout's estimate falls on it, it confirms.
    expect(changed).toContain(estimate === '2026-12-20' ? 'due date 2026-12-20 confirmed' : `${estimate} → 2026-12-20`);
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-orders-details.png`);

    const popup = await driver().openExtensionPage('popup.html');
    const row = await waitFor(
      async () =>
        (await popupRows(popup)).find((found) => found.program === 'jd-paylater' && found.due === '2026-12-20'),
      'the popup to show the page’s due date',
    );
    expect(row).toMatchObject({ amount: '239900', currency: 'CNY', dueFrom: 'page' });
    expect(row.source).toMatch(/JD order page|京东订单页/);
    if (name === 'chromium') await popup.screenshot(`${ARTIFACTS}/${name}-orders-popup.png`, 'body');
    await popup.close();

    // Undo puts the estimate back, and the page does not apply itself again on the next visit.
    await panel.click('[data-action="undo-order-update"]');
    await waitFor(async () => (await orderRows(panel))[0]?.due === estimate, 'undo to restore the estimate');
    await page.goto(shopUrl(JD_DETAILS, 'jd/order-details'));
    const again = await ordersPanel(page, (found) => found.length === 1, 'the page again');
    await pause(500);
    expect((await orderRows(again.panel))[0]).toMatchObject({ state: 'tracked', due: estimate });
    await expectNothingPersonal(driver());
    await page.close();
  });

  it('finds the bill tracked at the checkout today on the order list by program, amount and day', async () => {
    await clearAll(driver());
    const checkout = await driver().open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
    const panel = await checkout.panelFrame();
    await panel.click('[data-program="jd-paylater"] [data-action="track"]');
    await waitFor(
      () =>
        panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
      'tracked',
    );
    await checkout.close();
    // The list draws its orders after load, dated today: one of them is the bill's order.
    const page = await driver().open(shopUrl(JD_LIST, 'jd/orders-list-late'));
    const deadline = addDays(today, 9);
    const { rows } = await ordersPanel(page, (found) => found[0]?.state === 'tracked', 'the list to find the bill');
    expect(rows).toEqual([
      {
        order: '290000000041',
        program: 'jd-paylater',
        amount: '239900',
        currency: 'CNY',
        due: deadline,
        state: 'tracked',
      },
    ]);
    const popup = await driver().openExtensionPage('popup.html');
    await waitFor(async () => (await popupRows(popup))[0]?.due === deadline, 'the popup to show the list’s deadline');
    expect(await popupRows(popup)).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it('tracks untracked orders from the page, one or all, and shows orders paid without a button', async () => {
    await clearAll(driver());
    // In the shopper's chosen language, as the pages are.
    const settings = await driver().openExtensionPage('popup.html');
    await settings.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ settings: { language: 'zh-CN' } });
    });
    await settings.close();
    const page = await driver().open(shopUrl(TAOBAO_LIST, 'taobao/bought-list'));
    const { panel, rows, root } = await ordersPanel(page, (found) => found.length === 4, 'four pay-later rows');
    expect(root).toMatchObject({ testid: 'orders', site: 'taobao' });
    expect(rows.map(({ order, program, state }) => [order, program, state])).toEqual([
      ['3456789012345678901', 'alipay-paylater', 'untracked'],
      ['3456789012345678902', 'alipay-paylater', 'untracked'],
      ['3456789012345678903', 'alipay-huabei', 'untracked'],
      ['3456789012345678906', 'alipay-paylater', 'paid'],
    ]);
    expect(rows[1]).toMatchObject({ amount: '19900', currency: 'CNY' });
    expect(rows[2]).toMatchObject({ due: '2026-12-09' });
    expect(
      await panel.evaluate(() =>
        [...document.querySelectorAll('[data-order]')].map(
          (row) => row.querySelector('[data-action="track-order"]') !== null,
        ),
      ),
    ).toEqual([true, true, true, false]);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await seriousViolations(panel)).toEqual([]);
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-orders-taobao.png`);

    await panel.click('[data-order="3456789012345678901"] [data-action="track-order"]');
    await waitFor(async () => (await orderRows(panel))[0]?.state === 'tracked', 'the order to be tracked');
    const popup = await driver().openExtensionPage('popup.html');
    const tracked = await waitFor(
      async () => (await popupRows(popup)).find((row) => row.amount === '26900'),
      'the tracked order in the popup',
    );
    expect(tracked).toMatchObject({ program: 'alipay-paylater', currency: 'CNY', dueFrom: 'estimate' });
    await popup.close();

    await panel.click('[data-action="track-all-orders"]');
    await waitFor(
      async () => (await orderRows(panel)).map((row) => row.state).join() === 'tracked,tracked,tracked,paid',
      'every unpaid order to be tracked',
    );
    // Again, in a second tab: nothing more is tracked.
    const second = await driver().open(shopUrl(TAOBAO_LIST, 'taobao/bought-list'));
    await ordersPanel(
      second,
      (found) => found.length === 4 && found.every((row) => row.state !== 'untracked'),
      'tracked',
    );
    await second.close();
    const bills = (await readStore(driver())).database.bills ?? [];
    expect(bills).toHaveLength(3);
    await expectNothingPersonal(driver());
    await page.close();
  });

  it('takes an order the page shows paid out of the popup', async () => {
    await clearAll(driver());
    const page = await driver().open(shopUrl(PDD_DETAILS, 'pinduoduo/order-details'));
    const { panel } = await ordersPanel(page, (found) => found.length === 1, 'the order');
    await panel.click('[data-action="track-order"]');
    await waitFor(async () => (await orderRows(panel))[0]?.state === 'tracked', 'tracked');
    await page.close();

    const popup = await driver().openExtensionPage('popup.html');
    const before = await waitFor(async () => (await popupRows(popup))[0], 'the bill in the popup');
    expect(before).toMatchObject({ program: 'pdd-paylater', amount: '9900', due: '2026-12-12' as CalendarDate });
    await popup.close();

    const list = await driver().open(shopUrl(PDD_LIST, 'pinduoduo/orders-list-paid'));
    const { rows } = await ordersPanel(
      list,
      (found) => found.some((row) => row.order === '261201-100000000000001' && row.state === 'paid'),
      'the order shown paid',
    );
    expect(rows.find((row) => row.order === '261128-100000000000011')).toMatchObject({ state: 'untracked' });
    const after = await driver().openExtensionPage('popup.html');
    await waitFor(() => after.evaluate(() => document.querySelector('.empty') !== null), 'the popup to be empty');
    expect(await popupRows(after)).toEqual([]);
    await after.close();
    await list.close();
  });
});
