import { readOrders } from './dom';
import { JD_GOODS_LINK, JD_ORDER_NUMBER } from './jd-list';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/**
 * 我的订单 in JD's phone pages: wqs.jd.com/order/orderlist_merge.shtml sends the shopper on to
 * trade.m.jd.com/order/orderlist_jdm.shtml, a single-page app of order cards with hashed classes. A
 * card carries its number in a data attribute or in its link to the order's details (deal_id), its
 * state in its head, the way it was paid on a tag bar, and 实付款 or 需付款 split over several spans.
 * The cards show no date. Only this host: wqs.jd.com would be a new host to ask every shopper for.
 */
const SPEC: OrderPageSpec = {
  orderNumber: JD_ORDER_NUMBER,
  idParams: ['deal_id', 'dealId', 'orderid', 'orderId'],
  goodsLink: JD_GOODS_LINK,
  before: ['[class*="order-list"]', '[class*="orderList"]', '#app'],
};

export const jdPhoneList: OrderPageReader = {
  id: 'jd-phone-list',
  site: 'jd',
  kind: 'list',
  matches: ['*://trade.m.jd.com/order/orderlist_jdm.shtml*'],
  isOrderPage: (url) => url.hostname === 'trade.m.jd.com' && url.pathname === '/order/orderlist_jdm.shtml',
  read: (doc, url) => readOrders(doc, url, 'list', SPEC),
};

export const JD_PHONE_LIST_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://trade.m.jd.com/order/orderlist_jdm.shtml',
    'https://trade.m.jd.com/order/orderlist_jdm.shtml?sceneval=2&orderType=waitReceipt',
    'https://trade.m.jd.com/order/orderlist_jdm.shtml?orderType=search&searchKey=304518822716',
  ],
  notPages: [
    'https://trade.m.jd.com/checkout?sceneval=2',
    'https://trade.m.jd.com/pay?sceneval=2',
    'https://wqs.jd.com/order/orderlist_merge.shtml',
    'https://trade.m.jd.com/order/deal_wuliu_jdm.shtml?dealId=304518822716',
  ],
};
