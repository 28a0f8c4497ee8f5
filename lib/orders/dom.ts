import type { OrderFacts, OrderPageKind, OrderPageSpec, OrdersReading } from './types';
import { isPaymentMark, LINE_REPAID, SETTLED_WORDS, stateOf } from './vocabulary';

// One engine for every order page. Shops rename their classes (Taobao's are hashed per release),
// so orders are found by what they carry (an order number in a label, a link or an attribute) and
// fields by the shop's own labels, with a layout's classes only as hints. Only the fields below
// are read: goods, addresses, names and phone numbers are never touched.

/** Longest text kept from any field: enough for "请于2026年12月09日 23:59:59前完成付款". */
const MAX_TEXT = 80;
/** More orders than this on one page is not a page of orders. */
const MAX_ORDERS = 100;

/** A date as shops write it, with or without the year and the time. */
export const DATE_PATTERN = String.raw`(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;

const PLACED = new RegExp(
  String.raw`(?:下单时间|创建时间|订单时间|下单日期|提交时间|提交订单|拍下商品)\s*[:：]?\s*(${DATE_PATTERN})`,
);
const RECEIVED = new RegExp(String.raw`(?:确认收货时间|收货时间|签收时间|成交时间)\s*[:：]?\s*(${DATE_PATTERN})`);
/** Never nothing: "需付款 ¥0.00" on a cancelled order is no amount, and the order's own is read on. */
const NOT_ZERO = String.raw`(?!0+(?:\s*\.\s*0{1,2})?(?![\d.]))`;
const PRICE = String.raw`\s*[:：]?\s*(?:[¥￥]\s*)?${NOT_ZERO}\d[\d,]*(?:\s*\.\s*\d{1,2})?\s*元?`;
/** What is still to pay, under a word that may also stand alone as a state (待付款): only with its ¥ sign. */
const SIGNED_PRICE = String.raw`\s*[:：]?\s*[¥￥]\s*${NOT_ZERO}\d[\d,]*(?:\s*\.\s*\d{1,2})?`;
/** A label's note in brackets may stand before its price: 实付款（待扣款）：¥129.00. */
const AMOUNT = new RegExp(
  [
    String.raw`(?:实付款|实付金额|实付|应付金额|应支付金额|应付总额|应付款|应付|需付款|需支付|订单金额|付款金额|订单总额)(?:\s*(?:先用后付|先享后付))?(?:\s*[（(][^（()）]{1,6}[)）])?${PRICE}`,
    // Pinduoduo: "待付: ¥259.00", "待支付 ¥119.00", "确认收货后付: ¥79.90", "确认收货后需付 ¥82.90" (not
    // 先用后付 beside a price); an overdue order's "请尽快付款 ¥58.00".
    `(?:待付款|待支付|待付|待扣款|需付|尽快(?:付款|支付)|(?<!先用|先享)后付(?:款)?)${SIGNED_PRICE}`,
  ].join('|'),
);
/** Labels that may also stand for the goods before discounts (商品总额, 商品总价): taken only where no label above is. */
const AMOUNT_WEAK = new RegExp(`(?<!商品)(?:总额|总价|合计|总计)${PRICE}`);
/**
 * A price standing alone in bold: what a list shows as paid where its label is a column's header,
 * outside the order (Taobao's 实付款 column: <strong><span>￥</span><span>89.90</span></strong>). Only
 * in a list's order block: a details page is the whole page, recommended goods and all.
 */
const BOLD_PRICE = /^[¥￥]\s*\d[\d,]*(?:\s*\.\s*\d{1,2})?$/;
const DEADLINE = new RegExp(
  [
    String.raw`请(?:于|在)\s*${DATE_PATTERN}\s*(?:之)?前(?:完成)?(?:付款|支付|还款)`,
    String.raw`(?:最晚|最迟)(?:付款|支付|还款|扣款)(?:时间|日期|日)?\s*[:：]?\s*${DATE_PATTERN}`,
    // "最晚将于 2026年12月15日 从微信扣款"
    String.raw`(?:最晚|最迟)\s*(?:将)?\s*(?:于|在)\s*${DATE_PATTERN}\s*(?:之?前)?\s*(?:从[^\s，。,]{1,8}\s*)?(?:自动)?(?:扣款|付款|支付|还款)`,
    String.raw`(?:还款日|到期日|应付(?:款)?(?:日期|日)|应还日期|还款日期|付款截止(?:时间|日期|日)?|截止(?:付款)?(?:时间|日期))\s*[:：]?\s*${DATE_PATTERN}`,
    // "（最晚12月06日23:59）", never a delivery's "最晚12月08日送达".
    String.raw`(?:最晚|最迟)\s*${DATE_PATTERN}(?![\d日:：\s]*(?:前)?\s*(?:送达|到达|到货|发货|签收|收货))`,
    String.raw`${DATE_PATTERN}\s*(?:之)?前(?:完成)?(?:付款|支付|还款)`,
    // "将于12月09日自动扣款": the day it is taken.
    String.raw`将(?:于|在)\s*${DATE_PATTERN}\s*(?:自动)?(?:扣款|付款|还款)`,
  ].join('|'),
);
/** What is left to pay in, where no day is written: a day beside it is the firmer word. */
const COUNTDOWN = new RegExp(
  [
    // A countdown to paying, not to the receipt the shop confirms by itself (还剩 9天23时 自动确认收货, 自动确认).
    String.raw`(?:剩余|还剩)\s*[:：]?\s*\d{1,3}\s*天(?:\s*\d{1,2}\s*(?:小时|时))?(?!\s*\d{0,2}\s*(?:小时|时)?\s*(?:后)?\s*(?:自动)?确认)`,
    String.raw`\d{1,3}\s*天(?:\s*\d{1,2}\s*(?:小时|时))?后(?:自动)?(?:扣款|付款|还款)`,
  ].join('|'),
);
const DATE_ONLY = new RegExp(DATE_PATTERN);
/** A full date (and time) standing alone: a list's order header shows when the order was placed so, unlabelled. */
const TIMESTAMP = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;
const ORDER_LABEL = /订单(?:编)?号\s*[:：]?\s*([0-9][0-9-]{5,40})/;
/** Attributes an order's card may carry its number in, where it shows no label or link: data-order-sn. */
const ORDER_ATTRIBUTE = /^data-(?:biz-?)?order[-_]?(?:sn|id|no|number)$/i;
/**
 * The page's own word that the deferred payment was made, beside the program's name: "先用后付 已付款",
 * "先享后付：已付款，于11-30自动扣款". Not "扣款成功后…", which says what will happen.
 */
const SETTLEMENT = new RegExp(
  [
    String.raw`(?:先用后付|先享后付|微信支付分)\s*(?:订单)?\s*(?:状态)?\s*[:：·•|]?\s*(?:${SETTLED_WORDS})(?![后时前])`,
    // "本订单已通过「先用后付」完成付款"; a details page's "付款状态：已付款" or "扣款状态：已扣款" (read only for a deferred payment's program).
    String.raw`(?:先用后付|先享后付)[」"”』]?\s*完成(?:付款|扣款|还款)`,
    // "先享后付 · 已于12月03日扣款", "先用后付，您已于 2026-12-03 09:10 完成付款"
    String.raw`(?:先用后付|先享后付|微信支付分)[」"”』]?\s*[:：·•|，,]?\s*(?:您)?已于\s*${DATE_PATTERN}\s*(?:自动|完成)?(?:扣款|付款|还款)`,
    String.raw`(?:付款|扣款|还款)状态\s*[:：]?\s*(?:${SETTLED_WORDS})`,
    // A credit line's own bill for the order, repaid: "白条已还款".
    LINE_REPAID.source,
  ].join('|'),
);
/** A settled word standing alone, with the amount taken at most: "已扣款 ¥56.80". */
const SETTLED_ALONE = new RegExp(String.raw`^(?:${SETTLED_WORDS})\s*(?:[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?)?$`);
const DEFERRED_PROGRAM = /先用后付|先享后付|微信支付分/;
/** How far up from a settled word its card may reach, and how much text the card may hold. */
const CARD_DEPTH = 3;
const MAX_CARD_TEXT = 60;
const PAYMENT_LABEL = /付款方式|支付方式|还款方式/;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const bounded = (text: string): string => text.slice(0, MAX_TEXT);

interface Mark {
  readonly element: Element;
  readonly id: string;
}

/** The order number a link carries in one of the shop's query parameters. */
function idFromHref(href: string, params: readonly string[], base: URL): string | undefined {
  if (!URL.canParse(href, base)) return undefined;
  const { searchParams } = new URL(href, base);
  for (const param of params) {
    const value = searchParams.get(param);
    if (value) return value;
  }
  return undefined;
}

function hasOwnText(element: Element, pattern: RegExp): boolean {
  for (const node of element.childNodes) if (node.nodeType === 3 && pattern.test(node.textContent ?? '')) return true;
  return false;
}

/** Every place an order number shows, in document order: labels ("订单号：…"), links and attributes that carry it. */
function orderMarks(body: Element, spec: OrderPageSpec, base: URL): Mark[] {
  const marks: Mark[] = [];
  const add = (element: Element, id: string | undefined) => {
    const trimmed = id?.trim();
    if (trimmed && spec.orderNumber.test(trimmed)) marks.push({ element, id: trimmed });
  };
  for (const element of body.querySelectorAll('*')) {
    if (SKIPPED.has(element.tagName)) continue;
    if (element.tagName === 'A') add(element, idFromHref(element.getAttribute('href') ?? '', spec.idParams, base));
    for (const attribute of element.attributes) if (ORDER_ATTRIBUTE.test(attribute.name)) add(element, attribute.value);
    if (!hasOwnText(element, /订单(?:编)?号/)) continue;
    // The number may sit in the next element: "<span>订单号</span><span>290000000001</span>".
    for (let scope: Element | null = element, level = 0; scope && level < 3; scope = scope.parentElement, level++) {
      const match = ORDER_LABEL.exec(clean(scope.textContent));
      if (match) {
        add(scope, match[1]);
        break;
      }
    }
  }
  // A label read off a large element ("订单号" in a search box's hint, the number further down) stands
  // around other orders too: it is no order's own mark.
  return marks.filter((mark) => !marks.some((other) => other.id !== mark.id && mark.element.contains(other.element)));
}

/** The largest element around `start` that shows no other order. */
function blockOf(start: Element, others: readonly Mark[], spec: OrderPageSpec): Element {
  const outside = (element: Element) => !others.some((other) => element.contains(other.element));
  const container = spec.orderSelector ? start.closest(spec.orderSelector) : null;
  if (container && outside(container)) return container;
  let block = start;
  for (
    let parent = block.parentElement;
    parent && parent.tagName !== 'BODY' && outside(parent);
    parent = parent.parentElement
  ) {
    block = parent;
  }
  return block;
}

/** The innermost element whose text matches: a sentence split over several tags is still found whole. */
function deepest(root: Element, pattern: RegExp): RegExpExecArray | null {
  const match = pattern.exec(clean(root.textContent));
  if (!match) return null;
  for (const child of root.children) {
    if (SKIPPED.has(child.tagName)) continue;
    const inner = deepest(child, pattern);
    if (inner) return inner;
  }
  return match;
}

function firstElement(block: Element, selector: string | undefined, keep: (element: Element) => string | undefined) {
  if (!selector) return undefined;
  for (const element of block.querySelectorAll(selector)) {
    const value = keep(element);
    if (value) return value;
  }
  return undefined;
}

/** Headings of the goods a page recommends, whose tags (先用后付, 花呗分期免息) say nothing of the order. */
const RECOMMENDED = /^(?:猜你喜欢|为你推荐|看了又看|买了又买|相关推荐|热销推荐|推荐商品|精选推荐|大家都在买|店铺推荐)$/;
const isRecommendedHeading = (element: Element | null) =>
  !!element && RECOMMENDED.test(clean(element.textContent).slice(0, 12));

/** Whether `element` sits in a section headed as recommended goods, inside `block`. */
function inRecommendations(element: Element, block: Element): boolean {
  for (let part: Element | null = element; part && part !== block; part = part.parentElement) {
    if (isRecommendedHeading(part.previousElementSibling) || isRecommendedHeading(part.firstElementChild)) return true;
  }
  return false;
}

/**
 * The lead of a labelled line that goes on past the program ("花呗分期 · 12期 免息 每期 ￥274.92（已付款，
 * 分期账单请在支付宝查看）"): its longest run of words that is a payment mark.
 */
function leadingMark(text: string): string | undefined {
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    const lead = words.slice(0, count).join(' ');
    if (isPaymentMark(lead)) return lead;
  }
  return undefined;
}

/** The words that say how the order is paid, if they name a pay-later program (never a goods name). */
function paymentOf(block: Element, spec: OrderPageSpec): string | undefined {
  const marks: { text: string; labelled: boolean; linked: boolean }[] = [];
  for (const element of [block, ...block.querySelectorAll('*')]) {
    if (SKIPPED.has(element.tagName)) continue;
    const whole = clean(element.textContent);
    const before = `${clean(element.previousElementSibling?.textContent)} ${clean(element.parentElement?.previousElementSibling?.textContent)}`;
    const labelled = PAYMENT_LABEL.test(`${whole.slice(0, 8)} ${before}`);
    const text = isPaymentMark(whole) ? whole : labelled && whole.length <= MAX_TEXT ? leadingMark(whole) : undefined;
    if (!text || inRecommendations(element, block)) continue;
    const link = element.closest('a[href]');
    if (link && spec.goodsLink.test(link.getAttribute('href') ?? '')) continue;
    marks.push({ text, labelled: PAYMENT_LABEL.test(`${text} ${before}`), linked: link !== null });
  }
  // The order's own line (付款方式：先用后付) before a header's link to the 京东白条 service.
  return (marks.find(({ labelled }) => labelled) ?? marks.find(({ linked }) => !linked) ?? marks[0])?.text;
}

/** Whether `element` is in a tab or a button ("待付款" as a filter, "取消订单"), not a card drawn as one link. */
function actionWord(element: Element): boolean {
  const action = element.closest('a, button');
  return !!action && clean(action.textContent).length <= 12;
}

/** A tag that is the deferred program's name alone (先用后付), which a state of its payment may follow. */
const PROGRAM_TAG = /^(?:先用后付|先享后付|微信支付分)$/;

/** Whether `element`, or the wrapper holding only it, comes right after the program's tag (<span>先用后付</span><p>已逾期</p>). */
function afterPaymentMark(element: Element): boolean {
  for (let part: Element | null = element, level = 0; part && level < 2; part = part.parentElement, level++) {
    const before = part.previousElementSibling;
    if (before) return PROGRAM_TAG.test(clean(before.textContent));
    if (part.parentElement?.childElementCount !== 1) return false;
  }
  return false;
}

function stateIn(block: Element, spec: OrderPageSpec): string | undefined {
  const hinted = firstElement(block, spec.hints?.state, (element) => stateOf(clean(element.textContent), true));
  if (hinted) return hinted;
  // A state of its own first; one joined to the program's name ("先用后付 已付款") only if there is none.
  for (const loose of [false, true]) {
    for (const element of block.querySelectorAll('*')) {
      if (SKIPPED.has(element.tagName)) continue;
      const text = clean(element.textContent);
      const state = text.length <= 24 ? stateOf(text, loose) : undefined;
      // Only a state word is looked at further, so a page's large blocks are not read once per child.
      if (!state || actionWord(element)) continue;
      // "<p><span>先用后付</span><span>已付款</span></p>", or the state right after the program's tag
      // ("<span>先用后付</span><p>已逾期</p>"): the deferred payment's state, not the order's.
      if (!loose && (isPaymentMark(clean(element.parentElement?.textContent)) || afterPaymentMark(element))) continue;
      return state;
    }
  }
  return undefined;
}

function dateIn(text: string): string | undefined {
  return DATE_ONLY.exec(text)?.[0];
}

/**
 * A small card of the deferred payment that says, on a line of its own, that it was made: "微信支付分
 * 先享后付 / 确认收货后自动从微信扣款 / 已扣款 ¥56.80". The card's text, or undefined.
 */
function settledCard(block: Element): string | undefined {
  for (const element of block.querySelectorAll('*')) {
    if (SKIPPED.has(element.tagName) || !SETTLED_ALONE.test(clean(element.textContent))) continue;
    let card = element.parentElement;
    for (let depth = 0; card && depth < CARD_DEPTH && block.contains(card); depth++, card = card.parentElement) {
      const text = clean(card.textContent);
      if (text.length > MAX_CARD_TEXT) break;
      if (DEFERRED_PROGRAM.test(text)) return text;
    }
  }
  return undefined;
}

function readOrder(block: Element, orderId: string, spec: OrderPageSpec, kind: OrderPageKind): OrderFacts | undefined {
  const payment = paymentOf(block, spec);
  if (!payment) return undefined;
  const amount =
    firstElement(block, spec.hints?.amount, (element) => {
      const text = clean(element.textContent);
      return /\d/.test(text) && text.length <= 40 ? text : undefined;
    }) ??
    deepest(block, AMOUNT)?.[0] ??
    deepest(block, AMOUNT_WEAK)?.[0] ??
    firstElement(block, kind === 'list' ? 'strong, b' : undefined, (element) => {
      const text = clean(element.textContent);
      return BOLD_PRICE.test(text) ? text : undefined;
    });
  const placed =
    firstElement(block, spec.hints?.placed, (element) =>
      dateIn(`${element.getAttribute('title') ?? ''} ${clean(element.textContent)}`),
    ) ??
    deepest(block, PLACED)?.[1] ??
    firstElement(block, kind === 'list' ? '*' : undefined, (element) => {
      const text = clean(element.textContent);
      return TIMESTAMP.test(text) ? text : undefined;
    });
  const facts: Record<string, string | undefined> = {
    orderId,
    payment,
    amount,
    state: stateIn(block, spec),
    placed,
    received: deepest(block, RECEIVED)?.[1],
    deadline: (deepest(block, DEADLINE) ?? deepest(block, COUNTDOWN))?.[0],
    settlement: deepest(block, SETTLEMENT)?.[0] ?? settledCard(block),
    merchant: firstElement(block, spec.hints?.merchant, (element) => clean(element.textContent) || undefined),
  };
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(facts)) if (value) result[key] = bounded(value);
  return result as unknown as OrderFacts;
}

/** The element the panel follows, so that it stands right before the first of `spec.before` the page has. */
function anchorOf(doc: Document, spec: OrderPageSpec): Element | null {
  for (const selector of spec.before) {
    for (
      let element = doc.querySelector(selector);
      element && element.tagName !== 'BODY';
      element = element.parentElement
    ) {
      if (element.previousElementSibling) return element.previousElementSibling;
    }
  }
  return doc.body?.firstElementChild ?? null;
}

/** Reads the pay-later orders a page shows. */
export function readOrders(doc: Document, url: URL, kind: OrderPageKind, spec: OrderPageSpec): OrdersReading {
  const body = doc.body;
  if (!body) return { orders: [], anchor: null };
  const orders: OrderFacts[] = [];
  if (kind === 'details') {
    // One order: its number from the page's own address, else from the page.
    const fromUrl = idFromHref(url.href, spec.idParams, url);
    const orderId = fromUrl && spec.orderNumber.test(fromUrl) ? fromUrl : orderMarks(body, spec, url)[0]?.id;
    const order = orderId ? readOrder(body, orderId, spec, kind) : undefined;
    if (order) orders.push(order);
  } else {
    const marks = orderMarks(body, spec, url);
    const seen = new Set<string>();
    for (const mark of marks) {
      if (seen.has(mark.id) || seen.size >= MAX_ORDERS) continue;
      seen.add(mark.id);
      const block = blockOf(
        mark.element,
        marks.filter((other) => other.id !== mark.id),
        spec,
      );
      const order = readOrder(block, mark.id, spec, kind);
      if (order) orders.push(order);
    }
  }
  return { orders, anchor: orders.length > 0 ? anchorOf(doc, spec) : null };
}
