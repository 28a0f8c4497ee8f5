import { readOrders } from './dom';
import { ALIBABA_GOODS_LINK, ALIBABA_ORDER_NUMBER, ALIBABA_ORDER_PARAMS } from './taobao-list';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/**
 * Taobao's 订单详情 on trade.taobao.com: the state with its note at the top, then 订单信息 with
 * labelled lines (订单编号, 创建时间, 付款时间, 成交时间) and the amount paid (实付款).
 */
export const ALIBABA_DETAILS_SPEC: OrderPageSpec = {
  orderNumber: ALIBABA_ORDER_NUMBER,
  idParams: ALIBABA_ORDER_PARAMS,
  goodsLink: ALIBABA_GOODS_LINK,
  hints: { merchant: '[class*="shop-name"], [class*="seller-name"]' },
  before: ['#detail-panel', '[class*="order-status"]', '[class*="status-mod"]', '#page', 'main'],
};

const DETAILS_HOSTS = ['trade.taobao.com', 'buyertrade.taobao.com'];
const DETAILS_PATHS = ['/trade/detail/trade_order_detail.htm', '/trade/detail/trade_item_detail.htm'];

export const taobaoDetails: OrderPageReader = {
  id: 'taobao-details',
  site: 'taobao',
  kind: 'details',
  // The list's 订单详情 links go to buyertrade.taobao.com; older links and messages to trade.taobao.com.
  // trade_item_detail.htm takes bizOrderId. Archived orders (tradearchive) are past any due date.
  matches: DETAILS_HOSTS.flatMap((host) => DETAILS_PATHS.map((path) => `*://${host}${path}*`)),
  isOrderPage: (url) =>
    DETAILS_HOSTS.includes(url.hostname) &&
    DETAILS_PATHS.includes(url.pathname) &&
    ALIBABA_ORDER_NUMBER.test(url.searchParams.get('biz_order_id') ?? url.searchParams.get('bizOrderId') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', ALIBABA_DETAILS_SPEC),
};

export const TAOBAO_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901&spm=a1z09.2.0.0.67002e8d',
    'https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901',
    'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3456789012345678901',
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3456789012345678901&spm=a1z09.2.0.0',
  ],
  notPages: [
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm',
    'https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm',
    'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm',
    'https://trade.taobao.com/trade/itemlist/asyncSold.htm',
    'https://item.taobao.com/item.htm?id=650000000001',
  ],
};
