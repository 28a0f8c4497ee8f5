import { addDays, type CalendarDate } from '../dates';
import type { SiteId } from '../ids';
import type { ScheduleRule } from '../programs/schema';
import { type DueFrom, ESTIMATE, RULE } from '../provenance';
import { buildSchedule, type PlannedInstallment } from '../schedule';
import type { PageOrder } from './interpret';

export interface PageDue {
  readonly due: CalendarDate;
  readonly from: DueFrom;
}

/**
 * The day a receipt-based rule counts from: the page's receipt date; else, for goods the page shows
 * on their way (or not yet sent), today at the earliest; else (received on a day the page does not
 * say) the rule's guess from the order date, the earliest it can be.
 */
function receiptFor(order: PageOrder, rule: ScheduleRule, read: CalendarDate): CalendarDate | undefined {
  if (order.received || rule.kind !== 'days-after-receipt' || !order.placed) return order.received;
  const guess = addDays(order.placed, rule.expectedDeliveryDays);
  const onTheWay = order.state === 'awaiting-receipt' || order.state === 'paid';
  return onTheWay && guess < read ? read : undefined;
}

/**
 * When the order's bill is due, by the page: the deadline it states; else the program's rule from
 * the receipt or order date it states (an estimate while a receipt-based rule has no receipt).
 */
export function dueFromPage(
  order: PageOrder,
  rule: ScheduleRule,
  site: SiteId,
  read: CalendarDate,
): PageDue | undefined {
  if (order.deadline) return { due: order.deadline, from: { kind: 'page', site, read, basis: 'stated' } };
  const purchased = order.placed ?? (rule.kind === 'days-after-receipt' ? order.received : undefined);
  if (!purchased) return undefined;
  const received = receiptFor(order, rule, read);
  const [first] = buildSchedule(rule, { total: order.amount ?? 0, purchased, ...(received ? { received } : {}) });
  if (!first) return undefined;
  // A receipt assumed today is as much a guess as one assumed on the order day.
  if (first.estimated || received !== order.received) return { due: first.due, from: ESTIMATE };
  return {
    due: first.due,
    from: { kind: 'page', site, read, basis: rule.kind === 'days-after-receipt' ? 'receipt' : 'placed' },
  };
}

/** A new bill's plan for an order tracked from its page, and where its due dates come from. */
export function planFromPage(
  order: PageOrder & { amount: number },
  rule: ScheduleRule,
  site: SiteId,
  read: CalendarDate,
): { purchased: CalendarDate; schedule: PlannedInstallment[]; dueFrom: DueFrom } {
  // Without an order date on the page (Pinduoduo's list), the day it is read stands in for it.
  const purchased = order.placed ?? read;
  const schedule = buildSchedule(rule, {
    total: order.amount,
    purchased,
    ...(order.received ? { received: order.received } : {}),
  });
  const due = dueFromPage(order, rule, site, read);
  const [first, ...rest] = schedule;
  if (!first || !due) {
    return { purchased, schedule, dueFrom: schedule.some((row) => row.estimated) ? ESTIMATE : RULE };
  }
  return {
    purchased,
    schedule: [{ ...first, due: due.due, estimated: due.from.kind === 'estimate' }, ...rest],
    dueFrom: due.from,
  };
}
