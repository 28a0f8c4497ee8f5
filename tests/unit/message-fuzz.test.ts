import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { z } from 'zod';
import { db } from '../../entrypoints/background/database';
import { registerMessageHandlers } from '../../entrypoints/background/messages';
import { calendarDate } from '../../lib/dates';
import { PROGRAM_IDS } from '../../lib/ids';
import * as protocol from '../../lib/protocol';
import { ShopRequest } from '../../lib/shops';
import { jd } from '../../lib/sites/jd';
import { trackBill } from '../../lib/store/bills';
import { fakePermissionsAndScripts } from './fake-shops';
import { fixtureDocument } from './fixtures';

// Thousands of malformed and hostile messages go to the real background handlers, through the same
// root listener the browser calls. None may change the database or storage, and the background must
// still answer a well-formed message afterwards.

type Sender = chrome.runtime.MessageSender;

const OURS = fakeBrowser.runtime.id;
const CHECKOUT_URL = 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1';
const TAB = { id: 11 } as chrome.tabs.Tab;
const PANEL_FRAME = 7;

const contentScript: Sender = { id: OURS, url: CHECKOUT_URL, tab: TAB, frameId: 0 };
const panel: Sender = { id: OURS, url: fakeBrowser.runtime.getURL('/panel.html'), tab: TAB, frameId: PANEL_FRAME };
const popup: Sender = { id: OURS, url: fakeBrowser.runtime.getURL('/popup.html') };
const orderPage: Sender = { id: OURS, url: 'https://order.jd.com/center/list.action', tab: TAB, frameId: 0 };

/** Senders that may send nothing that changes anything. */
const HOSTILE_SENDERS: readonly Sender[] = [
  {},
  { url: CHECKOUT_URL, tab: TAB, frameId: 0 },
  { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
  { id: 'another-extension', url: CHECKOUT_URL, tab: TAB, frameId: 0 },
  { id: OURS, url: 'https://evil.example/shopping/order/getOrderInfo.action', tab: TAB, frameId: 0 },
  { id: OURS, url: 'https://trade.jd.com.evil.example/shopping/order/getOrderInfo.action', tab: TAB, frameId: 0 },
  { id: OURS, url: 'https://order.jd.com.evil.example/center/list.action', tab: TAB, frameId: 0 },
  { ...orderPage, frameId: 2 },
  { id: OURS, url: CHECKOUT_URL, tab: TAB, frameId: 3 },
  { id: OURS, url: CHECKOUT_URL, frameId: 0 },
  { id: OURS, url: 'not a url', tab: TAB, frameId: 0 },
  { id: OURS, url: `chrome-extension://${OURS}.evil.example/popup.html` },
  { id: OURS, url: `https://evil.example/chrome-extension://${OURS}/popup.html` },
  // panel.html framed by the page itself: right tab, wrong (unclaimed) frame.
  { ...panel, frameId: 9 },
  { ...panel, frameId: 0 },
  { ...panel, tab: { id: 12 } as chrome.tabs.Tab },
  // A content script's message from an https shop nobody added, or one only granted, never listed.
  { id: OURS, url: 'https://www.chayuan-tea.example/checkout', tab: TAB, frameId: 0 },
  { id: OURS, url: 'https://www.granted-only.example/checkout', tab: TAB, frameId: 0 },
];

/** Each message type's schema, to tell a malformed message from a valid one. */
const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  reportCheckout: protocol.CheckoutReport,
  leaveCheckout: protocol.Empty,
  registerPanel: protocol.PanelKey,
  claimPanel: protocol.PanelKey,
  panelResized: protocol.PanelSize,
  getPanelState: protocol.Empty,
  track: protocol.TrackRequest,
  correctReading: protocol.CorrectionRequest,
  stepReport: protocol.Empty,
  markPaid: protocol.InstallmentRef,
  markUnpaid: protocol.InstallmentRef,
  snooze: protocol.InstallmentRef,
  dismissReminders: protocol.DismissRequest,
  addBill: protocol.ManualBill,
  updateBill: protocol.BillUpdate,
  deleteBill: protocol.BillRef,
  confirmReceived: protocol.ReceivedRequest,
  importBills: protocol.ImportRequest,
  deleteAllData: protocol.Empty,
  addShop: ShopRequest,
  removeShop: ShopRequest,
  reportOrders: protocol.OrdersReport,
  leaveOrders: protocol.Empty,
  orderPlaced: protocol.Empty,
  trackOrder: protocol.OrderRef,
  trackAllOrders: protocol.Empty,
  linkOrder: protocol.OrderLink,
  undoOrderUpdate: protocol.UpdateRef,
};
const TYPES = Object.keys(SCHEMAS);

interface Answer {
  readonly res?: unknown;
  readonly err?: unknown;
}

let sent = 0;

/** Delivers a raw message as the browser would, and resolves with the answer (or none). */
async function deliver(message: unknown, sender: Sender): Promise<Answer | undefined> {
  sent++;
  let answer: ((value: Answer | undefined) => void) | undefined;
  const answered = new Promise<Answer | undefined>((resolve) => {
    answer = resolve;
  });
  let results: unknown[];
  try {
    results = await fakeBrowser.runtime.onMessage.trigger(message, sender, (value: Answer) => answer?.(value));
  } catch {
    // The messaging library throws on a message that is not an object: the browser logs it and
    // the sender gets no answer. Nothing ran.
    return undefined;
  }
  if (!results.some((result) => result === true)) return undefined;
  return answered;
}

const envelope = (type: unknown, data: unknown) => ({ id: sent, type, data, timestamp: Date.now() });

async function snapshot() {
  const database = db();
  return {
    bills: await database.bills.toArray(),
    installments: await database.installments.toArray(),
    sentReminders: await database.sentReminders.toArray(),
    orderUpdates: await database.orderUpdates.toArray(),
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
  };
}

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
}

const PANEL_KEY = 'a'.repeat(32);
const signals = () => {
  const reading = jd.read(fixtureDocument('jd/checkout-paylater.html'), new URL(CHECKOUT_URL));
  if (!reading) throw new Error('the JD fixture reads as no checkout');
  return reading.signals;
};

/** Hand-made hostile data: pollution keys, huge and odd values, deep nesting, near-misses of valid data. */
function hostileData(): unknown[] {
  const polluting = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  const valid = signals();
  return [
    undefined,
    null,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    '',
    'x'.repeat(5_000_000),
    '\u0000\uffff\ud800',
    true,
    [],
    [[[]]],
    polluting,
    { ...polluting, program: 'jd-paylater' },
    { program: 'jd-paylater', __proto__: { isAdmin: true } },
    { program: 'jd-paylater', extra: 1 },
    { program: 'JD-PAYLATER' },
    { program: 'jd-paylater '.repeat(1000) },
    { key: 'A'.repeat(32) },
    { key: 'a'.repeat(33) },
    { key: `${'a'.repeat(32)}\n` },
    { installmentId: '' },
    { installmentId: 'x'.repeat(101) },
    { installmentId: { $ne: null } },
    { billId: '*' },
    { height: -1 },
    { height: Number.MAX_VALUE },
    deeplyNested(100_000),
    { ...valid, total: -1 },
    { ...valid, total: 0.5 },
    { ...valid, total: Number.MAX_SAFE_INTEGER + 2 },
    { ...valid, currency: 'XX' },
    { ...valid, site: 'evil' },
    { ...valid, options: Array.from({ length: 10_000 }, () => valid.options[0]) },
    { ...valid, merchant: '<img src=x onerror=alert(1)>'.repeat(100) },
    { ...valid, orderId: 'x'.repeat(65) },
    { ...valid, injected: true },
    { entries: [{ bill: { id: 'x', __proto__: { polluted: true } }, installments: [] }] },
    { entries: Array.from({ length: 20_001 }, () => ({})) },
    { entries: deeplyNested(50_000) },
    { origin: 'https://www.chayuan-tea.example' },
    { origin: 'https://www.granted-only.example' },
    { origin: 'http://www.chayuan-tea.example' },
    { origin: 'https://trade.jd.com' },
    { origin: 'https://*.example' },
    { origin: 'https://www.chayuan-tea.example/' },
  ];
}

describe('the background under a flood of hostile messages', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    // The browser granted a shop that was never added: that makes no shop.
    fakePermissionsAndScripts().grantQuietly('https://www.granted-only.example/*');
    registerMessageHandlers();
    // A shopper with a tracked bill, a setting, an open checkout and its claimed panel.
    await trackBill(
      db(),
      {
        site: 'jd',
        program: 'jd-paylater',
        total: 239900,
        currency: 'CNY',
        purchased: calendarDate('2026-11-21'),
        schedule: [{ sequence: 1, amount: 239900, due: calendarDate('2026-12-06'), estimated: false }],
      },
      Date.parse('2026-11-21T02:00:00Z'),
      () => 'bill-1',
    );
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-CN' } });
    expect(await deliver(envelope('reportCheckout', signals()), contentScript)).toEqual({ res: undefined });
    expect(await deliver(envelope('registerPanel', { key: PANEL_KEY }), contentScript)).toEqual({ res: undefined });
    // The claim is answered with what the panel shows, in the language chosen in the settings.
    const claimed = await deliver(envelope('claimPanel', { key: PANEL_KEY }), panel);
    expect(claimed?.res).toMatchObject({ locale: 'zh-CN', checkout: { site: 'jd', total: 239900 } });
    before = await snapshot();
    expect(before.bills).toHaveLength(1);
  });

  afterAll(() => {
    console.info(`message-fuzz: ${sent} messages delivered`);
  });

  it('rejects every message from a sender that may not send it, whatever the data', async () => {
    const data = fc.oneof(
      fc.anything(),
      fc.constantFrom(...hostileData()),
      fc.constantFrom(...PROGRAM_IDS).map((program) => ({ program })),
      fc.constant({ key: PANEL_KEY }),
      fc.constant(signals()),
      fc.constant({}),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        fc.constantFrom(...HOSTILE_SENDERS),
        data,
        async (type, sender, value) => {
          const answer = await deliver(envelope(type, value), sender);
          expect(answer?.err).toBeDefined();
        },
      ),
      { numRuns: 3000 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('rejects malformed data from each sender that may send that type', async () => {
    const legitimate: Readonly<Record<string, Sender>> = {
      reportCheckout: contentScript,
      leaveCheckout: contentScript,
      registerPanel: contentScript,
      claimPanel: panel,
      panelResized: panel,
      getPanelState: panel,
      track: panel,
      correctReading: panel,
      stepReport: panel,
      reportOrders: orderPage,
      leaveOrders: orderPage,
      orderPlaced: orderPage,
      trackOrder: panel,
      trackAllOrders: panel,
      linkOrder: panel,
      undoOrderUpdate: panel,
    };
    const data = fc.oneof(fc.anything(), fc.constantFrom(...hostileData()));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), data, async (type, value) => {
        fc.pre(!SCHEMAS[type]?.safeParse(value).success);
        const answer = await deliver(envelope(type, value), legitimate[type] ?? popup);
        expect(answer?.err).toBeDefined();
      }),
      { numRuns: 3000 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('ignores malformed envelopes and types it does not know, including prototype keys', async () => {
    const odd = [
      ...[null, undefined, 'track', 42, [], { type: 'track' }, { type: 'track', timestamp: 'now' }],
      ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', 'TRACK'].map((type) =>
        envelope(type, { program: 'jd-paylater' }),
      ),
    ];
    for (const message of odd) {
      for (const sender of [contentScript, panel, popup, ...HOSTILE_SENDERS]) {
        const answer = await deliver(message, sender);
        // Either no answer at all, or one that carries no data of ours.
        expect(JSON.stringify(answer?.res ?? null)).not.toContain('bill-1');
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom(contentScript, panel, popup), async (message, sender) => {
        fc.pre(
          typeof message !== 'object' || message === null || !TYPES.includes(String(Reflect.get(message, 'type'))),
        );
        const answer = await deliver(message, sender);
        expect(JSON.stringify(answer?.res ?? null)).not.toContain('bill-1');
      }),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toEqual(before);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(Reflect.get(Object.prototype, 'isAdmin')).toBeUndefined();
  });

  it('still answers well-formed messages afterwards', async () => {
    const view = await deliver(envelope('getPanelState', {}), panel);
    expect(view?.err).toBeUndefined();
    expect(view?.res).toMatchObject({ checkout: { site: 'jd', total: 239900, currency: 'CNY' } });
    expect(await deliver(envelope('reportCheckout', signals()), contentScript)).toEqual({ res: undefined });
  });
});
