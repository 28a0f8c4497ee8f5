import { readOrders } from './dom';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/** Pinduoduo order numbers: the day (yymmdd), a dash, then 15 digits. */
export const PDD_ORDER_NUMBER = /^\d{6}-\d{9,18}$/;
export const PDD_GOODS_LINK = /goods\.html|goods_id=/;

/**
 * 我的订单 on mobile.yangkeduo.com, a React page with hashed classes: each order is a card with
 * its shop and state on top, the goods, 实付 and links (查看详情, 查看物流) that carry order_sn.
 * The cards show no date: what is due is known once the order's details page has been read.
 */
const SPEC: OrderPageSpec = {
  orderNumber: PDD_ORDER_NUMBER,
  idParams: ['order_sn'],
  goodsLink: PDD_GOODS_LINK,
  before: ['#base-list0', '.react-base-list', '[class*="order-list"]'],
};

export const pinduoduoList: OrderPageReader = {
  id: 'pinduoduo-list',
  site: 'pinduoduo',
  kind: 'list',
  matches: ['*://mobile.yangkeduo.com/orders.html*'],
  isOrderPage: (url) => url.hostname === 'mobile.yangkeduo.com' && url.pathname === '/orders.html',
  read: (doc, url) => readOrders(doc, url, 'list', SPEC),
};

export const PINDUODUO_LIST_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://mobile.yangkeduo.com/orders.html',
    'https://mobile.yangkeduo.com/orders.html?type=0',
    'https://mobile.yangkeduo.com/orders.html?type=3&refer_page_name=personal&refer_page_sn=10001',
  ],
  notPages: [
    'https://mobile.yangkeduo.com/personal.html',
    'https://mobile.yangkeduo.com/goods.html?goods_id=300000000001',
    'https://mobile.yangkeduo.com/order_checkout.html',
  ],
};
