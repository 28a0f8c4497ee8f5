import { readOrders } from './dom';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/** JD order numbers: 10 to 12 digits today, 9 to 14 allowed for older and future ones. */
export const JD_ORDER_NUMBER = /^\d{9,14}$/;
export const JD_GOODS_LINK = /(?:^|\/\/)item(?:\.m)?\.jd\.com\//;

/**
 * 我的订单 on order.jd.com: one table body per order (`tbody#tb-<order>`), its header row
 * (`tr.tr-th`) with the time (`.dealtime`), number (`.number`) and shop; the amount cell with the
 * way it was paid (`.amount`), and the state (`.order-status`) with any deadline below it.
 */
const SPEC: OrderPageSpec = {
  orderNumber: JD_ORDER_NUMBER,
  idParams: ['orderid', 'orderId'],
  orderSelector: 'tbody[id^="tb-"]',
  goodsLink: JD_GOODS_LINK,
  hints: { amount: '.amount strong', state: '.order-status', placed: '.dealtime', merchant: '.shop-txt' },
  before: ['.order-tb', '[class*="order-list"]', '[class*="orderList"]'],
};

export const jdList: OrderPageReader = {
  id: 'jd-list',
  site: 'jd',
  kind: 'list',
  matches: ['*://order.jd.com/center/list.action*'],
  isOrderPage: (url) => url.hostname === 'order.jd.com' && url.pathname === '/center/list.action',
  read: (doc, url) => readOrders(doc, url, 'list', SPEC),
};

export const JD_LIST_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://order.jd.com/center/list.action',
    'https://order.jd.com/center/list.action?s=4096',
    'https://order.jd.com/center/list.action?d=2&s=4096',
    'https://order.jd.com/center/list.action?search=0&d=1&s=128',
  ],
  notPages: [
    'https://order.jd.com/center/recycle.action',
    'https://order.jd.com/center/item.action?orderid=290000000001',
    'https://home.jd.com/',
    'https://www.jd.com/',
  ],
};
