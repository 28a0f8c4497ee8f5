import { readOrders } from './dom';
import { ALIBABA_DETAILS_SPEC } from './taobao-details';
import { ALIBABA_ORDER_NUMBER } from './taobao-list';
import type { OrderPageExamples, OrderPageReader } from './types';

/** Tmall's 订单详情 on trade.tmall.com, laid out and labelled as Taobao's. */
export const tmallDetails: OrderPageReader = {
  id: 'tmall-details',
  site: 'tmall',
  kind: 'details',
  matches: ['*://trade.tmall.com/detail/orderDetail.htm*'],
  isOrderPage: (url) =>
    url.hostname === 'trade.tmall.com' &&
    url.pathname === '/detail/orderDetail.htm' &&
    ALIBABA_ORDER_NUMBER.test(url.searchParams.get('bizOrderId') ?? url.searchParams.get('bizorderid') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', ALIBABA_DETAILS_SPEC),
};

export const TMALL_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=2345678901234567890',
    'https://trade.tmall.com/detail/orderDetail.htm?spm=a1z09.2.0.0.4c2b2e8d&bizOrderId=2345678901234567890&forward_action=',
  ],
  notPages: [
    'https://trade.tmall.com/detail/orderDetail.htm',
    'https://detail.tmall.com/item.htm?id=600000000001',
    'https://www.tmall.com/',
  ],
};
