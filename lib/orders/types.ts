import type { SiteId } from '../ids';

// Plain types and constants (no zod): the order-page content script imports them and stays small.

/** A list of orders (我的订单, 已买到的宝贝) or one order's details page. */
export type OrderPageKind = 'list' | 'details';

/**
 * What the page says about one order, in the page's own words, bounded. The content script reads
 * only these fields; the background interprets them (lib/orders/interpret.ts). Goods, addresses,
 * names and phone numbers on the page are never read.
 */
export interface OrderFacts {
  /** The order number as the page shows it. */
  readonly orderId: string;
  /** The words that say how the order is paid: "先用后付", "京东白条", "支付方式：花呗". */
  readonly payment: string;
  /** The amount payable: "¥2,399.00", "实付款：¥89.90". */
  readonly amount?: string;
  /** The order's state: "等待付款", "交易成功". */
  readonly state?: string;
  /** When it was placed: "2026-11-21 10:31:02". */
  readonly placed?: string;
  /** When the goods were received: "2026-11-24 18:00". */
  readonly received?: string;
  /** The payment deadline as written: "请于2026-12-09 23:59前付款", "剩余 5 天", "最晚付款时间：12月09日". */
  readonly deadline?: string;
  /** The page's word that the deferred payment was made, beside the program's name: "先享后付：已付款". */
  readonly settlement?: string;
  /** The shop's name, where the page shows one for the order. */
  readonly merchant?: string;
}

export interface OrdersReading {
  /** Only orders the page marks as paid with a pay-later program; others are never read further. */
  readonly orders: readonly OrderFacts[];
  /** The panel goes right after this element: above the orders, in the page's flow. */
  readonly anchor: Element | null;
}

/** Where on a page the engine in dom.ts finds each order and its fields. */
export interface OrderPageSpec {
  /** The shape of this shop's order numbers. */
  readonly orderNumber: RegExp;
  /** Query parameters that carry the order number in links (and in a details page's own URL). */
  readonly idParams: readonly string[];
  /** An element that holds exactly one order, where the layout has one; else found from the order numbers. */
  readonly orderSelector?: string;
  /** Links to goods: a goods name that happens to contain a program's word is not how the order was paid. */
  readonly goodsLink: RegExp;
  /** Selectors tried before the labels, for layouts whose fields carry no label. */
  readonly hints?: {
    readonly amount?: string;
    readonly state?: string;
    readonly placed?: string;
    readonly merchant?: string;
  };
  /** The panel goes right before the first of these the page has (above the orders); else after the body's first element. */
  readonly before: readonly string[];
}

export interface OrderPageReader {
  /** `<site>-<kind>`, e.g. `jd-list`. */
  readonly id: string;
  readonly site: SiteId;
  readonly kind: OrderPageKind;
  /** Manifest match patterns for exactly these pages. */
  readonly matches: readonly string[];
  /** A URL check only. */
  isOrderPage(url: URL): boolean;
  read(doc: Document, url: URL): OrdersReading;
}

/** Real addresses of the page type, and real addresses of the same shop that are other pages. */
export interface OrderPageExamples {
  readonly pages: readonly string[];
  readonly notPages: readonly string[];
}
