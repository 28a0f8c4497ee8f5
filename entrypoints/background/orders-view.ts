import { SHANGHAI, todayIn } from '../../lib/dates';
import type { ProgramId, SiteId } from '../../lib/ids';
import { dueFromPage } from '../../lib/orders/due';
import { effectiveRule } from '../../lib/profile';
import { programById } from '../../lib/programs';
import type { OrderRowView, OrdersView } from '../../lib/protocol';
import { siteById } from '../../lib/sites';
import type { Bill } from '../../lib/store/db';
import { type OrderPageContext, orderSnapshot } from '../../lib/store/orders';
import { db } from './database';
import { type OrdersSession, readOrdersSession } from './order-sessions';
import { loadShopper } from './profile';

// What the orders panel shows: derived on demand from the tab's page and the store, never stored.

/** What due dates follow for this site's orders today, with the shopper's own numbers. */
export async function contextFor(site: SiteId, now: number): Promise<OrderPageContext> {
  const { overrides } = await loadShopper();
  return {
    site,
    read: todayIn(SHANGHAI, now),
    now,
    ruleOf: (program: ProgramId) => {
      const found = programById(program);
      return found ? effectiveRule(found, overrides[program]) : undefined;
    },
  };
}

function candidateOf(bill: Bill) {
  return {
    billId: bill.id,
    purchased: bill.purchased,
    total: bill.total,
    currency: bill.currency,
    ...(bill.merchant ? { merchant: bill.merchant } : {}),
  };
}

/** The orders panel's view of a tab's order page: one row per pay-later order, what changed since it was opened. */
export async function ordersViewOf(session: OrdersSession, now: number): Promise<OrdersView> {
  const ctx = await contextFor(session.site, now);
  const snapshot = await orderSnapshot(db(), session.orders, ctx);
  const rows: OrderRowView[] = [];
  for (const order of session.orders) {
    const program = programById(order.program);
    if (!program) continue;
    const match = snapshot.matches.get(order.orderId);
    const entry = match?.kind === 'bill' ? snapshot.entries.get(match.billId) : undefined;
    const base = {
      orderId: order.orderId,
      program: order.program,
      name: program.name,
      currency: order.currency,
      cancelled: order.state === 'cancelled',
      ...(order.state ? { orderState: order.state } : {}),
    };
    if (entry) {
      const installments = [...entry.installments].sort((a, b) => a.sequence - b.sequence);
      const next = installments.find((row) => row.status === 'upcoming') ?? installments.at(-1);
      const paid = installments.length > 0 && installments.every((row) => row.status === 'paid');
      rows.push({
        ...base,
        cancelled:
          base.cancelled || (installments.length > 0 && installments.every((row) => row.status === 'cancelled')),
        amount: entry.bill.total,
        ...(next ? { due: next.due } : {}),
        ...(next?.dueFrom ? { dueFrom: next.dueFrom } : {}),
        state: paid ? 'paid' : 'tracked',
        trackable: false,
        candidates: [],
      });
      continue;
    }
    // A cancelled order no bill tracks owes nothing and needs nothing: no row.
    if (order.state === 'cancelled') continue;
    const due = dueFromPage(order, ctx.ruleOf(order.program) ?? program.schedule.value, session.site, session.read);
    rows.push({
      ...base,
      ...(order.amount !== undefined ? { amount: order.amount } : {}),
      ...(due ? { due: due.due, dueFrom: due.from } : {}),
      state: order.settled ? 'paid' : 'untracked',
      trackable: !order.settled && order.amount !== undefined,
      candidates:
        match?.kind === 'ask'
          ? match.candidates.flatMap((id) => {
              const bill = snapshot.entries.get(id)?.bill;
              return bill ? [candidateOf(bill)] : [];
            })
          : [],
    });
  }
  const changes = snapshot.updates
    .filter((update) => update.at >= session.since)
    .map((update) => ({
      id: update.id,
      orderId: update.orderId,
      name: programById(update.program)?.name ?? { en: update.program, zh: update.program },
      currency: update.before.bill.currency,
      changes: update.changes,
      undone: update.undone,
    }));
  const site = siteById(session.site);
  return {
    site: session.site,
    siteName: site?.name ?? { en: session.site, zh: session.site },
    kind: session.kind,
    rows,
    changes,
  };
}

/** The tab's orders view, if the tab shows an order page. */
export async function ordersViewFor(tabId: number, now: number): Promise<OrdersView | undefined> {
  const session = await readOrdersSession(tabId);
  return session ? ordersViewOf(session, now) : undefined;
}
