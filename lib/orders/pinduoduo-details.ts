import { readOrders } from './dom';
import { PDD_GOODS_LINK, PDD_ORDER_NUMBER } from './pinduoduo-list';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/** 订单详情 on mobile.yangkeduo.com: the state and its note on top, then 订单编号 and 下单时间 below the goods. */
const SPEC: OrderPageSpec = {
  orderNumber: PDD_ORDER_NUMBER,
  idParams: ['order_sn'],
  goodsLink: PDD_GOODS_LINK,
  // Below the state banner, the page's first block.
  before: ['#main > :nth-child(2)', '#main'],
};

export const pinduoduoDetails: OrderPageReader = {
  id: 'pinduoduo-details',
  site: 'pinduoduo',
  kind: 'details',
  matches: ['*://mobile.yangkeduo.com/order.html*'],
  isOrderPage: (url) =>
    url.hostname === 'mobile.yangkeduo.com' &&
    url.pathname === '/order.html' &&
    PDD_ORDER_NUMBER.test(url.searchParams.get('order_sn') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', SPEC),
};

export const PINDUODUO_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://mobile.yangkeduo.com/order.html?order_sn=231121-123456789012345',
    'https://mobile.yangkeduo.com/order.html?order_sn=260929-041041324390351&refer_page_name=orders',
  ],
  notPages: [
    'https://mobile.yangkeduo.com/order.html',
    'https://mobile.yangkeduo.com/order_checkout.html?goods_id=300000000001',
    'https://mobile.yangkeduo.com/logistics.html?order_sn=231121-123456789012345',
  ],
};
