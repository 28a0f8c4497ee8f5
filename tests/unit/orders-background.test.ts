import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearDatabase, db } from '../../entrypoints/background/database';
import { registerMessageHandlers } from '../../entrypoints/background/messages';
import { forgetTab, type TabSession } from '../../entrypoints/background/sessions';
import { orderReaderFor } from '../../lib/orders';
import type { PanelView } from '../../lib/protocol';
import { jd } from '../../lib/sites/jd';
import { fixtureDocument } from './fixtures';

// The background's order-page handlers, through the same root listener the browser calls: who may
// report orders, what is kept of them, and what the orders panel may do.

type Sender = chrome.runtime.MessageSender;

const OURS = fakeBrowser.runtime.id;
const TAB = { id: 21 } as chrome.tabs.Tab;
const PANEL_FRAME = 5;
const LIST = 'https://order.jd.com/center/list.action?fixture=1';
const CHECKOUT = 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1';
const SUCCESS = 'https://success.jd.com/success/success.action?orderId=290000000011&rid=0.5';

const orderScript: Sender = { id: OURS, url: LIST, tab: TAB, frameId: 0 };
const checkoutScript: Sender = { id: OURS, url: CHECKOUT, tab: TAB, frameId: 0 };
const panel: Sender = { id: OURS, url: fakeBrowser.runtime.getURL('/panel.html'), tab: TAB, frameId: PANEL_FRAME };

let sent = 0;

async function deliver(type: string, data: unknown, sender: Sender): Promise<{ res?: unknown; err?: unknown }> {
  let answer: ((value: { res?: unknown; err?: unknown }) => void) | undefined;
  const answered = new Promise<{ res?: unknown; err?: unknown }>((resolve) => {
    answer = resolve;
  });
  await fakeBrowser.runtime.onMessage.trigger(
    { id: ++sent, type, data, timestamp: Date.now() },
    sender,
    (value: { res?: unknown; err?: unknown }) => answer?.(value),
  );
  return answered;
}

function listFacts(url = LIST) {
  const reading = orderReaderFor(new URL(url))?.read(fixtureDocument('jd/orders-list.html'), new URL(url));
  if (!reading) throw new Error('no reader');
  return [...reading.orders];
}

async function claimPanel(): Promise<PanelView> {
  const key = 'b'.repeat(32);
  expect(await deliver('registerPanel', { key }, orderScript)).toEqual({ res: undefined });
  const claimed = await deliver('claimPanel', { key }, panel);
  return claimed.res as PanelView;
}

describe('order pages in the background', () => {
  beforeAll(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    // Once: the messaging library takes one listener per message type.
    registerMessageHandlers();
  });

  beforeEach(async () => {
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.storage.local.clear();
    await clearDatabase();
  });

  it('keeps the pay-later orders a page reports, without the page’s other content, and shows them in the panel', async () => {
    const answer = await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    // Five pay-later orders on the page; the cancelled one no bill tracks gets no row.
    expect(answer).toEqual({ res: { rows: 4 } });
    const session = await fakeBrowser.storage.session.get('orders:21');
    const text = JSON.stringify(session);
    for (const personal of ['张三丰', '138****5678', '建国路', 'AirPods', 'PassKey', '白条鸡']) {
      expect(text).not.toContain(personal);
    }
    const view = await claimPanel();
    expect(view.checkout).toBeNull();
    expect(view.orders?.rows.map((row) => [row.orderId, row.program, row.state, row.due, row.trackable])).toEqual([
      ['290000000011', 'jd-paylater', 'untracked', expect.any(String), true],
      ['290000000012', 'jd-paylater', 'untracked', '2026-12-09', true],
      ['290000000014', 'jd-baitiao', 'untracked', '2026-12-15', true],
      ['290000000017', 'jd-paylater', 'paid', '2026-11-16', false],
    ]);
  });

  it('refuses reports from anyone but the order-page script on the page it claims to read', async () => {
    const report = { page: 'jd-list', orders: listFacts(), url: LIST };
    for (const [data, sender] of [
      [report, checkoutScript],
      [report, { ...orderScript, frameId: 2 }],
      [report, { ...orderScript, id: 'another-extension' }],
      [report, { ...orderScript, url: 'https://order.jd.com.evil.example/center/list.action' }],
      [{ ...report, page: 'taobao-list' }, orderScript],
      [{ ...report, url: 'https://evil.example/center/list.action' }, orderScript],
      [{ ...report, url: 'https://order.jd.com/center/recycle.action' }, orderScript],
      [report, panel],
    ] as const) {
      expect((await deliver('reportOrders', data, sender)).err).toBeDefined();
    }
    const hostile = { ...report, orders: [{ ...report.orders[0], payment: 'x'.repeat(81) }] };
    expect((await deliver('reportOrders', hostile, orderScript)).err).toBeDefined();
    expect(
      (await deliver('reportOrders', { ...report, orders: Array(101).fill(report.orders[0]) }, orderScript)).err,
    ).toBeDefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await db().bills.count()).toBe(0);
  });

  it('tracks from the panel only the orders its own page shows, one or all', async () => {
    await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    await claimPanel();
    const one = await deliver('trackOrder', { orderId: '290000000012' }, panel);
    expect((one.res as PanelView).orders?.rows.find((row) => row.orderId === '290000000012')?.state).toBe('tracked');
    expect(await deliver('trackOrder', { orderId: '290000000099' }, panel)).toMatchObject({ res: expect.anything() });
    expect(await db().bills.count()).toBe(1);
    // From a frame that is not the claimed panel: refused.
    expect((await deliver('trackAllOrders', {}, { ...panel, frameId: 9 })).err).toBeDefined();
    const all = await deliver('trackAllOrders', {}, panel);
    expect((all.res as PanelView).orders?.rows.map((row) => row.state)).toEqual([
      'tracked',
      'tracked',
      'tracked',
      'paid',
    ]);
    expect(await db().bills.count()).toBe(3);
  });

  it('gives the bill tracked at the checkout the number the page after placing the order names', async () => {
    const signals = jd.read(fixtureDocument('jd/checkout-paylater.html'), new URL(CHECKOUT))?.signals;
    expect(await deliver('reportCheckout', { ...signals, url: CHECKOUT }, checkoutScript)).toEqual({ res: undefined });
    await deliver('registerPanel', { key: 'c'.repeat(32) }, checkoutScript);
    await deliver('claimPanel', { key: 'c'.repeat(32) }, panel);
    await deliver('track', { program: 'jd-paylater' }, panel);
    const [tracked] = await db().bills.toArray();
    expect(tracked?.orderId).toBeUndefined();
    // Another tab's page names an order: not this bill's.
    await deliver('orderPlaced', {}, { id: OURS, url: SUCCESS, tab: { id: 22 } as chrome.tabs.Tab, frameId: 0 });
    expect((await db().bills.get(tracked?.id ?? ''))?.orderId).toBeUndefined();
    await deliver('orderPlaced', {}, { id: OURS, url: SUCCESS, tab: TAB, frameId: 0 });
    expect((await db().bills.get(tracked?.id ?? ''))?.orderId).toBe('290000000011');
    // The list then shows that order: the bill, with nothing more to track there.
    const answer = await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    expect(answer).toEqual({ res: { rows: 4 } });
    expect(await db().bills.count()).toBe(1);
  });

  it('ends the order page a checkout replaces in its tab, keeps what was tracked there when it is read again, and tells the panel', async () => {
    await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain(`orders:${TAB.id}`);
    const signals = jd.read(fixtureDocument('jd/checkout-paylater.html'), new URL(CHECKOUT))?.signals;
    // The checkout's first report carries its new panel's key: only a frame showing that key may claim.
    await deliver('reportCheckout', { ...signals, url: CHECKOUT, panelKey: 'd'.repeat(32) }, checkoutScript);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).not.toContain(`orders:${TAB.id}`);
    expect((await deliver('claimPanel', { key: 'e'.repeat(32) }, panel)).err).toBeDefined();
    const claimed = await deliver('claimPanel', { key: 'd'.repeat(32) }, panel);
    expect((claimed.res as PanelView).checkout?.site).toBe('jd');
    await deliver('track', { program: 'jd-paylater' }, panel);
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await deliver('reportCheckout', { ...signals, url: CHECKOUT }, checkoutScript);
    const messages = told.mock.calls.map(([tab, message, options]) => [
      tab,
      (message as { type: string }).type,
      options,
    ]);
    expect(messages).toEqual([[TAB.id, 'panelStateChanged', { frameId: PANEL_FRAME }]]);
    told.mockRestore();
    const session = (await fakeBrowser.storage.session.get(`tab:${TAB.id}`))[`tab:${TAB.id}`] as TabSession;
    expect(Object.keys(session.trackedBills)).toEqual(['jd-paylater']);
  });

  it('forgets everything it kept for a tab once the tab closes, and only that tab’s', async () => {
    const other = { ...orderScript, tab: { id: 22 } as chrome.tabs.Tab };
    await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, other);
    await claimPanel();
    await forgetTab(TAB.id ?? 0);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['orders:22']);
  });

  it('undoes only an update its own page made', async () => {
    await deliver('reportOrders', { page: 'jd-list', orders: listFacts(), url: LIST }, orderScript);
    await claimPanel();
    await deliver('trackOrder', { orderId: '290000000011' }, panel);
    expect(await deliver('undoOrderUpdate', { updateId: 'not-shown' }, panel)).toMatchObject({
      res: expect.anything(),
    });
    expect(await db().bills.count()).toBe(1);
    expect(await db().orderUpdates.count()).toBe(0);
  });
});
