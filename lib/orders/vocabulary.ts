import type { ProgramId, SiteId } from '../ids';

// Words on order pages, shared by the readers (content script) and the interpretation (background).
// Plain regular expressions: no zod, no dates, nothing the content script should not carry.

export interface OrderProgramPattern {
  readonly program: ProgramId;
  readonly pattern: RegExp;
}

const ALIBABA: readonly OrderProgramPattern[] = [
  { program: 'alipay-paylater', pattern: /先用后付|先享后付/ },
  { program: 'alipay-huabei', pattern: /花呗/ },
];

/** The pay-later programs each shop's order pages name, most specific first (shops whose order pages we read). */
export const ORDER_PROGRAMS: Readonly<Partial<Record<SiteId, readonly OrderProgramPattern[]>>> = {
  jd: [
    { program: 'jd-paylater', pattern: /先用后付/ },
    { program: 'jd-baitiao', pattern: /白条/ },
  ],
  taobao: ALIBABA,
  tmall: ALIBABA,
  alipay: ALIBABA,
  pinduoduo: [
    { program: 'pdd-paylater', pattern: /先用后付/ },
    { program: 'wechat-payscore', pattern: /微信支付分|先享后付/ },
  ],
};

/**
 * What may stand beside a program's name in a mark that says how an order is paid ("京东白条",
 * "支付方式：先用后付", "花呗分期(3期)", "京东白条 分6期", "先用后付 待付款"). A text with anything else in it
 * ("白条鸡 1kg", "先用后付专享") is some other text that happens to contain the word.
 */
const PAYMENT_FILLER =
  /支付宝|微信|支付方式|付款方式|还款方式|[待已未]?(?:付款|支付|还款|扣款)|方式|京东|芝麻|信用|拼多多|淘宝|天猫|[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?\s*[/／每]\s*期|每期\s*[¥￥]?\s*\d[\d,]*(?:\.\d{1,2})?|分?\s*\d+\s*期|不?分期|免息|使用|[\s:：·•|/()（）\-—,，、]/g;

const PAYMENT_WORDS = /先用后付|先享后付|白条|花呗|微信支付分/g;

/** Whether a short text says how an order is paid, naming a pay-later program and nothing else. */
export function isPaymentMark(text: string): boolean {
  if (text.length > 24) return false;
  const rest = text.replace(PAYMENT_WORDS, '');
  return rest.length < text.length && rest.replace(PAYMENT_FILLER, '') === '';
}

/** A credit line's bill for the order said repaid ("白条已还款"): what an order page rarely shows. */
export const LINE_REPAID = /(?:白条|花呗)\s*(?:账单)?\s*[:：·•|]?\s*(?:已还款|还款成功|已结清|已还清)/;

/** The page's words that a payment was made ("已扣款"): only these settle a bill, since a wrong "paid" silences its reminders. */
export const SETTLED_WORDS =
  '已付款|已支付|已扣款|已还款|付款成功|扣款成功|还款成功|已结清|已(?:完成|自动|提前)(?:付款|扣款|还款)';

/** States as the shops write them, whole: a text that is one of these and nothing more. */
export const STATE_WORDS =
  /^(?:待付款|等待付款|等待买家付款|待支付|未付款|待还款|已逾期|逾期未付款?|已付款|已支付|买家已付款|待发货|等待发货|等待卖家发货|待收货|等待收货|待确认收货|等待确认收货|等待买家确认收货|卖家已发货|已发货|运输中|待签收|已完成|完成|交易成功|交易完成|已签收|已收货|买家已收货|买家已确认收货|已收货待扣款|已收货待付款|待评价|已取消|订单已取消|交易关闭|交易已关闭|已关闭)$/;

/**
 * Reduces a state mark to the state: "订单状态：等待付款" reads as 等待付款. `loose` also reads one
 * joined to a program's name ("先用后付 待付款"), which a page may show instead of a state of its own.
 */
export function stateOf(text: string, loose = false): string | undefined {
  // An icon's mark before it ("!") is no part of the state.
  let reduced = text.replace(/当前订单状态|订单状态|当前状态|交易状态|状态|[\s:：·•|!！]/g, '');
  if (loose) reduced = reduced.replace(/先用后付|先享后付/g, '').replace(/^京东白条|^白条|^花呗/, '');
  // Two states in one: "已收货，待付款" (a 先用后付 order received and not yet paid), where the second
  // may name the program it waits for ("买家已收货，先用后付待付款").
  const split = reduced.split(/[，,、；;]/).map((part) => part.replace(/^(?:商品|包裹|货物)(?=已)/, ''));
  const parts = split.length > 1 ? split.map((part) => part.replace(/^(?:先用后付|先享后付)/, '')) : split;
  return parts.length <= 3 && parts.every((part) => STATE_WORDS.test(part)) ? reduced : undefined;
}
