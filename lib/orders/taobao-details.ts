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

export const taobaoDetails: OrderPageReader = {
  id: 'taobao-details',
  site: 'taobao',
  kind: 'details',
  // The list's 订单详情 links go to buyertrade.taobao.com; older links and messages to trade.taobao.com.
  matches: [
    '*://trade.taobao.com/trade/detail/trade_order_detail.htm*',
    '*://buyertrade.taobao.com/trade/detail/trade_order_detail.htm*',
  ],
  isOrderPage: (url) =>
    (url.hostname === 'trade.taobao.com' || url.hostname === 'buyertrade.taobao.com') &&
    url.pathname === '/trade/detail/trade_order_detail.htm' &&
    ALIBABA_ORDER_NUMBER.test(url.searchParams.get('biz_order_id') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', ALIBABA_DETAILS_SPEC),
};

export const TAOBAO_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901&spm=a1z09.2.0.0.67002e8d',
    'https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3456789012345678901',
  ],
  notPages: [
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm',
    'https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm',
    'https://trade.taobao.com/trade/itemlist/asyncSold.htm',
    'https://item.taobao.com/item.htm?id=650000000001',
  ],
};
