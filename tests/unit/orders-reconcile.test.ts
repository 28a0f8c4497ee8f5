import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import type { ProgramId, SiteId } from '../../lib/ids';
import type { PageOrder } from '../../lib/orders/interpret';
import { applyTarget, type BillEntry, fingerprint, matchOrders, targetOf } from '../../lib/orders/reconcile';
import { programById } from '../../lib/programs';
import { ESTIMATE, RULE, SHOPPER } from '../../lib/provenance';
import { setPaid, trackBill, unpaidInstallments, updateBill } from '../../lib/store/bills';
import type { Bill, Installment, LensDatabase } from '../../lib/store/db';
import {
  linkPageOrder,
  linkPlacedOrder,
  type OrderPageContext,
  orderSnapshot,
  reconcileOrders,
  trackPageOrders,
  undoOrderUpdate,
} from '../../lib/store/orders';
import { freshDatabaseName, openTestDatabase } from './databases';

// Which bill an order on a page is, what the page changes in it, and that any sequence of page
// visits and shopper actions leaves one bill per order and never loses a paid state.

const d = (value: string): CalendarDate => calendarDate(value);
const READ = d('2026-12-02');
const NOW = Date.UTC(2026, 11, 2, 12, 0);
const MINUTE = 60_000;
const open = (name = freshDatabaseName('orders-test')): LensDatabase => openTestDatabase(name);

function ruleOf(program: ProgramId) {
  return programById(program)?.schedule.value;
}

const context = (site: SiteId = 'jd', now = NOW): OrderPageContext => ({ site, read: READ, now, ruleOf });

let ids = 0;
const newId = () => `id-${++ids}`;

function bill(fields: Partial<Bill> = {}): Bill {
  return {
    id: `b-${++ids}`,
    site: 'jd',
    program: 'jd-paylater',
    total: 239900,
    currency: 'CNY',
    created: NOW,
    updated: NOW,
    purchased: READ,
    awaitingReceipt: true,
    status: 'open',
    ...fields,
  };
}

function order(fields: Partial<PageOrder> = {}): PageOrder {
  return {
    orderId: '290000000031',
    program: 'jd-paylater',
    amount: 239900,
    currency: 'CNY',
    placed: READ,
    settled: false,
    ...fields,
  };
}

function entry(fields: Partial<Bill> = {}, rows: Partial<Installment>[] = [{}]): BillEntry {
  const base = bill(fields);
  return {
    bill: base,
    installments: rows.map((row, index) => ({
      id: `${base.id}#${index + 1}`,
      billId: base.id,
      program: base.program,
      sequence: index + 1,
      amount: base.total,
      currency: 'CNY',
      due: d('2026-12-17'),
      status: 'upcoming',
      estimated: true,
      dueFrom: ESTIMATE,
      ...row,
    })),
  };
}

describe('matching orders to bills', () => {
  it('finds a bill by its order number, on any site of the family', () => {
    const tracked = bill({ orderId: '3456789012345678901', site: 'tmall', program: 'alipay-paylater' });
    const matches = matchOrders(
      'taobao',
      [order({ orderId: '3456789012345678901', program: 'alipay-paylater', amount: 1 })],
      [tracked],
    );
    expect(matches.get('3456789012345678901')).toEqual({ kind: 'bill', billId: tracked.id, linked: true });
    // JD's pages do not show Taobao's orders.
    expect(
      matchOrders('jd', [order({ orderId: '3456789012345678901' })], [tracked]).get('3456789012345678901'),
    ).toEqual({
      kind: 'none',
    });
  });

  it('finds the one bill without a number of the same program, shop and amount, bought a day either way', () => {
    const tracked = bill({ purchased: d('2026-12-01') });
    expect(matchOrders('jd', [order()], [tracked]).get('290000000031')).toEqual({
      kind: 'bill',
      billId: tracked.id,
      linked: false,
    });
    for (const other of [
      bill({ purchased: d('2026-11-30') }),
      bill({ total: 239800 }),
      bill({ program: 'jd-baitiao' }),
      bill({ site: 'taobao' }),
      bill({ site: undefined }),
      bill({ orderId: '290000000099' }),
    ]) {
      expect(matchOrders('jd', [order()], [other]).get('290000000031')).toEqual({ kind: 'none' });
    }
    // Without the order's day on the page, the shopper is asked (about a bill still owed only).
    expect(matchOrders('jd', [order({ placed: undefined })], [tracked]).get('290000000031')).toEqual({
      kind: 'ask',
      candidates: [tracked.id],
    });
    expect(matchOrders('jd', [order({ placed: undefined })], [bill({ status: 'closed' })]).get('290000000031')).toEqual(
      { kind: 'none' },
    );
  });

  it('asks, never guesses, when an order could be two bills or a bill two orders', () => {
    const [a, b] = [bill(), bill()];
    expect(matchOrders('jd', [order()], [a, b]).get('290000000031')).toEqual({ kind: 'ask', candidates: [a.id, b.id] });
    const twins = matchOrders('jd', [order(), order({ orderId: '290000000032' })], [a]);
    expect(twins.get('290000000031')).toEqual({ kind: 'ask', candidates: [a.id] });
    expect(twins.get('290000000032')).toEqual({ kind: 'ask', candidates: [a.id] });
  });

  it('prefers the number: a bill with it is that order, whatever else could be', () => {
    const numbered = bill({ orderId: '290000000031' });
    const unnumbered = bill();
    const matches = matchOrders('jd', [order(), order({ orderId: '290000000032' })], [unnumbered, numbered]);
    expect(matches.get('290000000031')).toEqual({ kind: 'bill', billId: numbered.id, linked: true });
    expect(matches.get('290000000032')).toEqual({ kind: 'bill', billId: unnumbered.id, linked: false });
  });
});

describe('what a page changes in a bill', () => {
  const target = (fields: Partial<PageOrder> = {}) =>
    targetOf(order(fields), ruleOf('jd-paylater') ?? RULE_NEVER, 'jd', READ);
  const RULE_NEVER = { kind: 'days-after-purchase', days: 0 } as const;

  it('gives the bill its number, the page’s deadline, amount and receipt day', () => {
    const applied = applyTarget(
      entry(),
      target({ deadline: d('2026-12-20'), amount: 229900, received: d('2026-12-01') }),
      NOW + 1,
    );
    expect(applied.changes).toEqual([
      { field: 'orderId', to: '290000000031' },
      { field: 'received', to: '2026-12-01' },
      { field: 'amount', from: '239900', to: '229900' },
      { field: 'due', from: '2026-12-17', to: '2026-12-20' },
    ]);
    expect(applied.bill).toMatchObject({
      orderId: '290000000031',
      total: 229900,
      received: '2026-12-01',
      awaitingReceipt: false,
      updated: NOW + 1,
    });
    expect(applied.installments[0]).toMatchObject({
      due: '2026-12-20',
      amount: 229900,
      estimated: false,
      dueFrom: { kind: 'page', site: 'jd', read: READ, basis: 'stated' },
    });
  });

  it('confirms an estimate the page states too, so the estimate label goes', () => {
    const applied = applyTarget(entry({ orderId: '290000000031' }), target({ deadline: d('2026-12-17') }), NOW);
    expect(applied.changes).toEqual([{ field: 'confirmed', to: '2026-12-17' }]);
    expect(applied.installments[0]?.dueFrom).toMatchObject({ kind: 'page', basis: 'stated' });
  });

  it('changes nothing when the bill is as the page says, read on another day', () => {
    const once = applyTarget(entry(), target({ deadline: d('2026-12-20') }), NOW);
    const again = applyTarget(
      { bill: once.bill, installments: once.installments },
      targetOf(order({ deadline: d('2026-12-20') }), ruleOf('jd-paylater') ?? RULE_NEVER, 'jd', d('2026-12-05')),
      NOW + 1,
    );
    expect(again.changes).toEqual([]);
    expect(again.bill).toBe(once.bill);
  });

  it('lets a stated deadline beat the shopper’s own date, but a computed one not', () => {
    const shoppers = entry({ orderId: '290000000031' }, [{ due: d('2026-12-25'), dueFrom: SHOPPER, estimated: false }]);
    expect(applyTarget(shoppers, target({ deadline: d('2026-12-20') }), NOW).installments[0]?.due).toBe('2026-12-20');
    expect(applyTarget(shoppers, target({ received: d('2026-12-01') }), NOW).installments[0]?.due).toBe('2026-12-25');
  });

  it('moves an estimate only later, while the goods are on their way, and never over a known date', () => {
    const estimate = entry({ orderId: '290000000031' }, [{ due: d('2026-12-10') }]);
    const onTheWay = target({ placed: d('2026-11-25'), state: 'awaiting-receipt' });
    expect(applyTarget(estimate, onTheWay, NOW).installments[0]).toMatchObject({
      due: '2026-12-17',
      dueFrom: ESTIMATE,
    });
    const later = entry({ orderId: '290000000031' }, [{ due: d('2026-12-30') }]);
    expect(applyTarget(later, onTheWay, NOW).changes).toEqual([]);
    const ruled = entry({ orderId: '290000000031' }, [{ due: d('2026-12-10'), dueFrom: RULE, estimated: false }]);
    expect(applyTarget(ruled, onTheWay, NOW).changes).toEqual([]);
  });

  it('marks unpaid installments paid when the page shows the payment made, and ends them when the order is cancelled', () => {
    const paid = applyTarget(entry(), target({ settled: true }), NOW);
    expect(paid.installments[0]).toMatchObject({ status: 'paid', paidOn: READ });
    expect(paid.bill.status).toBe('closed');
    const cancelled = applyTarget(entry(), target({ state: 'cancelled' }), NOW);
    expect(cancelled.installments[0]?.status).toBe('cancelled');
    expect(cancelled.changes).toContainEqual({ field: 'cancelled' });
    expect(cancelled.bill.status).toBe('closed');
  });

  it('never unpays: a bill paid stays paid whatever the page shows', () => {
    const paid = entry({ orderId: '290000000031', status: 'closed' }, [{ status: 'paid', paidOn: d('2026-12-01') }]);
    for (const fields of [{ deadline: d('2026-12-20') }, { state: 'cancelled' as const }, { amount: 100 }, {}]) {
      const applied = applyTarget(paid, target(fields), NOW);
      expect(applied.installments[0]).toMatchObject({ status: 'paid', paidOn: '2026-12-01' });
      expect(applied.changes).toEqual([]);
    }
  });

  it('fingerprints what the page says, not the day it was read', () => {
    const rule = ruleOf('jd-paylater') ?? RULE_NEVER;
    expect(fingerprint(targetOf(order({ deadline: d('2026-12-20') }), rule, 'jd', READ))).toBe(
      fingerprint(targetOf(order({ deadline: d('2026-12-20') }), rule, 'jd', d('2026-12-09'))),
    );
    expect(fingerprint(targetOf(order({ deadline: d('2026-12-20') }), rule, 'jd', READ))).not.toBe(
      fingerprint(targetOf(order({ deadline: d('2026-12-21') }), rule, 'jd', READ)),
    );
  });
});

/** A bill as the checkout tracks it: no order number, due 15 days after the day of purchase (an estimate). */
function checkoutDraft(fields: { program?: ProgramId; total?: number; purchased?: CalendarDate } = {}) {
  const purchased = fields.purchased ?? READ;
  const total = fields.total ?? 239900;
  return {
    site: 'jd' as const,
    program: fields.program ?? ('jd-paylater' as const),
    total,
    currency: 'CNY',
    purchased,
    schedule: [{ sequence: 1, due: d('2026-12-17'), amount: total, estimated: true }],
  };
}

describe('order pages and the store', () => {
  it('updates the bill the page shows, records what changed, and does it once however often the page is read', async () => {
    const db = open();
    const tracked = await trackBill(db, checkoutDraft(), NOW, newId);
    const page = [order({ deadline: d('2026-12-20') })];
    const [update] = await reconcileOrders(db, page, context(), newId);
    expect(update).toMatchObject({ billId: tracked.id, orderId: '290000000031', undone: false });
    expect(update?.changes.map((change) => change.field)).toEqual(['orderId', 'due']);
    expect(await db.installments.get(`${tracked.id}#1`)).toMatchObject({ due: '2026-12-20', estimated: false });
    expect(await reconcileOrders(db, page, context('jd', NOW + MINUTE), newId)).toEqual([]);
    expect(await db.orderUpdates.count()).toBe(1);
  });

  it('undoes an update and does not make it again until the page says something new', async () => {
    const db = open();
    const tracked = await trackBill(db, checkoutDraft(), NOW, newId);
    const [update] = await reconcileOrders(db, [order({ deadline: d('2026-12-20') })], context(), newId);
    if (!update) throw new Error('no update');
    expect(await undoOrderUpdate(db, update.id)).toBe(true);
    expect((await db.bills.get(tracked.id))?.orderId).toBeUndefined();
    expect(await db.installments.get(`${tracked.id}#1`)).toMatchObject({ due: '2026-12-17', dueFrom: ESTIMATE });
    expect(await undoOrderUpdate(db, update.id)).toBe(false);
    expect(await reconcileOrders(db, [order({ deadline: d('2026-12-20') })], context(), newId)).toEqual([]);
    // The page now shows the payment made: that is new.
    const [paid] = await reconcileOrders(db, [order({ deadline: d('2026-12-20'), settled: true })], context(), newId);
    expect(paid?.changes.map((change) => change.field)).toContain('paid');
  });

  it('refuses to undo what the shopper has changed since', async () => {
    const db = open();
    const tracked = await trackBill(db, checkoutDraft(), NOW, newId);
    const [update] = await reconcileOrders(db, [order({ deadline: d('2026-12-20') })], context(), newId);
    await setPaid(db, `${tracked.id}#1`, d('2026-12-03'));
    expect(await undoOrderUpdate(db, update?.id ?? '')).toBe(false);
    expect(await db.installments.get(`${tracked.id}#1`)).toMatchObject({ status: 'paid' });
    const edited = await trackBill(db, { ...checkoutDraft(), total: 100 }, NOW + 20 * MINUTE, newId);
    const [second] = await reconcileOrders(
      db,
      [order({ orderId: '290000000032', amount: 100, deadline: d('2026-12-21') })],
      context(),
      newId,
    );
    await updateBill(db, edited.id, { notes: 'gift' }, NOW + 2);
    expect(await undoOrderUpdate(db, second?.id ?? '')).toBe(false);
  });

  it('tracks untracked orders once, whatever number of tabs or clicks, and leaves a question alone', async () => {
    const name = freshDatabaseName('orders-test');
    const tabs = [open(name), open(name), open(name)];
    const page = [
      order({ orderId: '290000000041', deadline: d('2026-12-20') }),
      order({ orderId: '290000000042', amount: 8990 }),
      order({ orderId: '290000000043', settled: true }),
      order({ orderId: '290000000044', state: 'cancelled' }),
      order({ orderId: '290000000045', amount: undefined }),
    ];
    await Promise.all(tabs.map((db) => trackPageOrders(db, page, context(), newId)));
    const [db] = tabs;
    if (!db) throw new Error('no database');
    const bills = await db.bills.toArray();
    expect(bills.map((found) => found.orderId).sort()).toEqual(['290000000041', '290000000042']);
    expect(await db.installments.get(`${bills.find((found) => found.orderId === '290000000041')?.id}#1`)).toMatchObject(
      { due: '2026-12-20', dueFrom: { kind: 'page', basis: 'stated' }, estimated: false },
    );
    // Two bills it could be: "track all" leaves it; the shopper's own click makes a new bill.
    const other = open();
    const [a, b] = [
      await trackBill(other, checkoutDraft(), NOW, newId),
      await trackBill(other, checkoutDraft(), NOW + 11 * MINUTE, newId),
    ];
    expect(await trackPageOrders(other, [order()], context(), newId)).toEqual([]);
    const [created] = await trackPageOrders(other, [order()], context(), newId, true);
    expect([a.id, b.id]).not.toContain(created);
    expect(await other.bills.count()).toBe(3);
  });

  it('links an order to the bill the shopper picks, only among those it could be', async () => {
    const db = open();
    const [a, b] = [
      await trackBill(db, checkoutDraft(), NOW, newId),
      await trackBill(db, checkoutDraft(), NOW + 11 * MINUTE, newId),
    ];
    const snapshot = await orderSnapshot(db, [order()], context());
    expect(snapshot.matches.get('290000000031')).toEqual({ kind: 'ask', candidates: [a.id, b.id] });
    const stranger = await trackBill(db, checkoutDraft({ total: 5 }), NOW + 22 * MINUTE, newId);
    expect(await linkPageOrder(db, order(), stranger.id, context(), newId)).toBe(false);
    expect(await linkPageOrder(db, order({ deadline: d('2026-12-20') }), b.id, context(), newId)).toBe(true);
    expect(await db.bills.get(b.id)).toMatchObject({ orderId: '290000000031' });
    expect((await orderSnapshot(db, [order()], context())).matches.get('290000000031')).toEqual({
      kind: 'bill',
      billId: b.id,
      linked: true,
    });
  });

  it('gives the order number named after placing the order to the bill tracked at that checkout, once', async () => {
    const db = open();
    const tracked = await trackBill(db, checkoutDraft(), NOW, newId);
    expect(await linkPlacedOrder(db, tracked.id, 'jd', '290000000031', NOW)).toBe(true);
    expect(await linkPlacedOrder(db, tracked.id, 'jd', '290000000032', NOW)).toBe(false);
    const other = await trackBill(db, checkoutDraft({ total: 5 }), NOW, newId);
    expect(await linkPlacedOrder(db, other.id, 'jd', '290000000031', NOW)).toBe(false);
    expect(await linkPlacedOrder(db, other.id, 'taobao', '3456789012345678901', NOW)).toBe(false);
    expect((await db.bills.get(tracked.id))?.orderId).toBe('290000000031');
  });

  it('keeps a page’s due date when the checkout tracks the bill again', async () => {
    const db = open();
    const tracked = await trackBill(db, checkoutDraft(), NOW, newId);
    await reconcileOrders(db, [order({ deadline: d('2026-12-20') })], context(), newId);
    await trackBill(db, checkoutDraft(), NOW + MINUTE, newId);
    expect(await db.installments.get(`${tracked.id}#1`)).toMatchObject({ due: '2026-12-20', estimated: false });
  });
});

// The property: real orders, each seen on pages in some state, tracked at the checkout or not;
// any sequence of page visits (some in two tabs at once) and shopper actions.

const ORDER_IDS = ['290000000101', '290000000102', '290000000103', '290000000104'];
const DAYS = [d('2026-11-30'), d('2026-12-01'), d('2026-12-02')];

const pageOrderArbitrary = fc.record({
  orderId: fc.constantFrom(...ORDER_IDS),
  program: fc.constantFrom<ProgramId>('jd-paylater', 'jd-baitiao'),
  amount: fc.constantFrom(8990, 239900),
  placed: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
  state: fc.option(fc.constantFrom('awaiting-payment', 'awaiting-receipt', 'completed', 'cancelled' as const), {
    nil: undefined,
  }),
  deadline: fc.option(fc.constantFrom(d('2026-12-10'), d('2026-12-20')), { nil: undefined }),
  settled: fc.boolean(),
});

const actionArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('visit' as const), orders: fc.array(pageOrderArbitrary, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('visit-twice' as const), orders: fc.array(pageOrderArbitrary, { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('checkout' as const),
    program: fc.constantFrom<ProgramId>('jd-paylater', 'jd-baitiao'),
    total: fc.constantFrom(8990, 239900),
    purchased: fc.constantFrom(...DAYS),
  }),
  fc.record({ kind: fc.constant('placed' as const), orderId: fc.constantFrom(...ORDER_IDS) }),
  fc.record({
    kind: fc.constant('track' as const),
    orders: fc.array(pageOrderArbitrary, { minLength: 1, maxLength: 4 }),
    asked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    orders: fc.array(pageOrderArbitrary, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }),
);

function unique(orders: readonly PageOrder[]): PageOrder[] {
  return [...new Map(orders.map((found) => [found.orderId, found])).values()];
}

const asPage = (orders: readonly Omit<PageOrder, 'currency'>[]): PageOrder[] =>
  unique(
    orders.map((found) => {
      const { placed, state, deadline, ...rest } = found;
      return {
        ...rest,
        currency: 'CNY',
        ...(placed ? { placed } : {}),
        ...(state ? { state } : {}),
        ...(deadline ? { deadline } : {}),
      };
    }),
  );

describe('reconciliation, through any sequence of page visits and shopper actions', () => {
  it('leaves one bill per order, loses no bill and never a payment the shopper made, and settles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArbitrary, { minLength: 1, maxLength: 12 }), async (actions) => {
        const name = freshDatabaseName('orders-property');
        const [db, tab] = [open(name), open(name)];
        let now = NOW;
        let lastTracked: string | undefined;
        const shopperPaid = new Set<string>();
        let bills = 0;
        for (const action of actions) {
          // Apart by more than the checkout's "same order" window: each checkout is its own order.
          now += 11 * MINUTE;
          const ctx = context('jd', now);
          switch (action.kind) {
            case 'visit':
              await reconcileOrders(db, asPage(action.orders), ctx, newId);
              break;
            case 'visit-twice':
              await Promise.all([
                reconcileOrders(db, asPage(action.orders), ctx, newId),
                reconcileOrders(tab, asPage(action.orders), ctx, newId),
              ]);
              break;
            case 'checkout':
              lastTracked = (await trackBill(db, checkoutDraft(action), now, newId)).id;
              break;
            case 'placed':
              if (lastTracked) await linkPlacedOrder(db, lastTracked, 'jd', action.orderId, now);
              lastTracked = undefined;
              break;
            case 'track':
              await Promise.all([
                trackPageOrders(db, asPage(action.orders), ctx, newId, action.asked),
                trackPageOrders(tab, asPage(action.orders), ctx, newId, action.asked),
              ]);
              break;
            case 'link': {
              const page = asPage(action.orders);
              const snapshot = await orderSnapshot(db, page, ctx);
              for (const found of page) {
                const match = snapshot.matches.get(found.orderId);
                if (match?.kind === 'ask' && match.candidates[0]) {
                  await linkPageOrder(db, found, match.candidates[0], ctx, newId);
                }
              }
              break;
            }
            case 'pay': {
              const unpaid = await unpaidInstallments(db);
              const row = unpaid[action.pick % Math.max(unpaid.length, 1)];
              if (row) {
                await setPaid(db, row.id, READ);
                shopperPaid.add(row.id);
              }
              break;
            }
            case 'undo': {
              const updates = await db.orderUpdates.toArray();
              const update = updates[action.pick % Math.max(updates.length, 1)];
              if (update) await undoOrderUpdate(db, update.id);
              break;
            }
          }
          const stored = await db.bills.toArray();
          // One bill per order number.
          const numbers = stored.flatMap((found) => (found.orderId ? [found.orderId] : []));
          expect(new Set(numbers).size).toBe(numbers.length);
          // No bill lost.
          expect(stored.length).toBeGreaterThanOrEqual(bills);
          bills = stored.length;
          // What the shopper paid stays paid.
          for (const id of shopperPaid) expect((await db.installments.get(id))?.status).toBe('paid');
          // Every bill's status follows its installments.
          for (const found of stored) {
            const rows = await db.installments.where('billId').equals(found.id).toArray();
            expect(found.status).toBe(
              rows.length > 0 && rows.every((row) => row.status !== 'upcoming') ? 'closed' : 'open',
            );
          }
        }
        // The last page read again, in two tabs at once, changes nothing more: it has settled.
        const last = [...actions].reverse().find((action) => 'orders' in action);
        if (last && 'orders' in last) {
          const page = asPage(last.orders);
          await reconcileOrders(db, page, context('jd', now + MINUTE), newId);
          const again = await Promise.all([
            reconcileOrders(db, page, context('jd', now + 2 * MINUTE), newId),
            reconcileOrders(tab, page, context('jd', now + 2 * MINUTE), newId),
          ]);
          expect(again.flat()).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
