import { readOrders } from './dom';
import { JD_GOODS_LINK, JD_ORDER_NUMBER } from './jd-list';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/**
 * 订单详情 on details.jd.com: the state at the top (`.state-txt`, with 请于…前付款 where payment is
 * due), then 订单信息 with labelled lines (订单编号, 下单时间, 付款方式, 确认收货时间) and the totals
 * (应付总额 / 实付款).
 */
const SPEC: OrderPageSpec = {
  orderNumber: JD_ORDER_NUMBER,
  idParams: ['orderid', 'orderId'],
  goodsLink: JD_GOODS_LINK,
  hints: { state: '.state-txt', merchant: '.shop-name' },
  before: ['#orderstate', '.order-state', '[class*="order-state"]', '#main', 'main'],
};

export const jdDetails: OrderPageReader = {
  id: 'jd-details',
  site: 'jd',
  kind: 'details',
  matches: ['*://details.jd.com/normal/item.action*'],
  isOrderPage: (url) =>
    url.hostname === 'details.jd.com' &&
    url.pathname === '/normal/item.action' &&
    JD_ORDER_NUMBER.test(url.searchParams.get('orderid') ?? url.searchParams.get('orderId') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', SPEC),
};

export const JD_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://details.jd.com/normal/item.action?orderid=290000000001',
    'https://details.jd.com/normal/item.action?orderid=290000000001&PassKey=8C3B2E0F6A1D4B7C9E5F0A2B4C6D8E1F',
    'https://details.jd.com/normal/item.action?orderId=44392478919',
  ],
  notPages: [
    'https://details.jd.com/normal/item.action',
    'https://details.jd.com/normal/item.action?orderid=abc',
    'https://item.jd.com/100012043978.html',
  ],
};
