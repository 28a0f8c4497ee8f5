import { addDays, type CalendarDate, isCalendarDate, SHANGHAI, todayIn } from '../dates';
import type { ProgramId, SiteId } from '../ids';
import { parsePrice } from '../money';
import type { OrderFacts } from './types';
import { LINE_REPAID, ORDER_PROGRAMS, SETTLED_WORDS } from './vocabulary';
import { deadlineDate, pageDate } from './when';

/** An order's state, as the shops' words map onto the five the issue names (待付款 … 已取消). */
export type OrderState = 'awaiting-payment' | 'paid' | 'awaiting-receipt' | 'completed' | 'cancelled';

/** One pay-later order as the page states it, interpreted. Plain data: it is kept in the tab's session. */
export interface PageOrder {
  readonly orderId: string;
  readonly program: ProgramId;
  /** Minor units; absent when the page shows no amount we can trust. */
  readonly amount?: number;
  readonly currency: string;
  readonly state?: OrderState;
  readonly placed?: CalendarDate;
  readonly received?: CalendarDate;
  /** The last day to pay, where the page states it. */
  readonly deadline?: CalendarDate;
  /** The page says the pay-later payment itself has been made. */
  readonly settled: boolean;
  readonly merchant?: string;
}

// Checked in this order: "卖家已发货" is shipped, not paid; "等待卖家发货" is paid, not shipped.
const STATES: readonly (readonly [OrderState, RegExp])[] = [
  ['cancelled', /取消|关闭/],
  // Overdue (已逾期) is still to pay: its deadline has passed.
  ['awaiting-payment', /待付款|等待付款|等待买家付款|待支付|未付款|待还款|待扣款|逾期/],
  ['awaiting-receipt', /待收货|等待收货|(?<!已)确认收货|卖家已发货|已发货|运输中|待签收/],
  ['completed', /已完成|^完成$|交易成功|交易完成|已签收|已收货|已确认收货|待评价/],
  ['paid', /已付款|已支付|待发货|等待发货|等待卖家发货/],
];

export function orderState(text: string): OrderState | undefined {
  return STATES.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * Programs whose bill is the order's own payment, deferred (先用后付): the order page says when
 * it is paid. An order paid with a credit line (白条, 花呗) is paid for the shop at once; what is
 * owed to the line is on the line's own bill, which an order page does not show.
 */
const SETTLED_BY_ORDER: ReadonlySet<ProgramId> = new Set([
  'jd-paylater',
  'alipay-paylater',
  'pdd-paylater',
  'wechat-payscore',
]);

const SETTLED = new RegExp(SETTLED_WORDS);
/** Beside the program's name, also "通过「先用后付」完成付款", "已于12月03日扣款" (the reader found them so; see SETTLEMENT). */
const SETTLEMENT_MADE = new RegExp(`${SETTLED_WORDS}|完成(?:付款|扣款|还款)|已于.{1,24}(?:扣款|付款|还款)`);

export function programOf(site: SiteId, payment: string): ProgramId | undefined {
  return ORDER_PROGRAMS[site]?.find(({ pattern }) => pattern.test(payment))?.program;
}

/** Pinduoduo's order numbers begin with the day they were placed (yymmdd-…): its list shows no other date. */
function placedInNumber(site: SiteId, orderId: string, today: CalendarDate): CalendarDate | undefined {
  const match = site === 'pinduoduo' ? /^(\d{2})(\d{2})(\d{2})-/.exec(orderId) : null;
  if (!match) return undefined;
  const date = `20${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) && date <= addDays(today, 1) ? date : undefined;
}

/** What one order's facts mean, on the day `now` falls on in Shanghai; undefined for an order no program pays. */
export function interpretOrder(site: SiteId, facts: OrderFacts, now: number): PageOrder | undefined {
  const program = programOf(site, facts.payment);
  if (!program) return undefined;
  const today = todayIn(SHANGHAI, now);
  const amount = facts.amount === undefined ? null : parsePrice(facts.amount, 'CNY');
  const state = facts.state === undefined ? undefined : orderState(facts.state);
  const placed =
    facts.placed === undefined
      ? placedInNumber(site, facts.orderId, today)
      : pageDate(facts.placed, today, 'past')?.date;
  const received = facts.received === undefined ? undefined : pageDate(facts.received, today, 'past')?.date;
  const deadline = facts.deadline === undefined ? undefined : deadlineDate(facts.deadline, now);
  // A credit line's order is settled only where the page says the line's bill for it was repaid.
  const lineRepaid = state !== 'cancelled' && LINE_REPAID.test(facts.settlement ?? '');
  const settled =
    lineRepaid ||
    (SETTLED_BY_ORDER.has(program) &&
      state !== 'cancelled' &&
      (SETTLED.test(facts.payment) || SETTLED.test(facts.state ?? '') || SETTLEMENT_MADE.test(facts.settlement ?? '')));
  const order: PageOrder = {
    orderId: facts.orderId,
    program,
    currency: 'CNY',
    settled,
    ...(amount !== null && amount > 0 ? { amount } : {}),
    ...(state ? { state } : {}),
    ...(placed ? { placed } : {}),
    ...(received ? { received } : {}),
    // Beside "白条已还款", a "还款日期" is the day it was repaid.
    ...(deadline && !lineRepaid ? { deadline } : {}),
    ...(facts.merchant ? { merchant: facts.merchant.slice(0, 60) } : {}),
  };
  return order;
}
