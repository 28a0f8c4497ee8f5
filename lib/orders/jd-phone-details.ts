import { readOrders } from './dom';
import { JD_GOODS_LINK, JD_ORDER_NUMBER } from './jd-list';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/**
 * 订单详情 in JD's phone pages (trade.m.jd.com/order/n_detail_jdm.shtml?deal_id=…): a stack of cards,
 * the state in a banner on top, the pay-later card (先用后付 with its amount and 最晚付款日), then
 * 订单编号 and 下单时间 as label and value rows.
 */
const SPEC: OrderPageSpec = {
  orderNumber: JD_ORDER_NUMBER,
  idParams: ['deal_id', 'dealId'],
  goodsLink: JD_GOODS_LINK,
  before: ['#app > :nth-child(2)', '#app', 'main'],
};

export const jdPhoneDetails: OrderPageReader = {
  id: 'jd-phone-details',
  site: 'jd',
  kind: 'details',
  matches: ['*://trade.m.jd.com/order/n_detail_jdm.shtml*'],
  isOrderPage: (url) =>
    url.hostname === 'trade.m.jd.com' &&
    url.pathname === '/order/n_detail_jdm.shtml' &&
    JD_ORDER_NUMBER.test(url.searchParams.get('deal_id') ?? url.searchParams.get('dealId') ?? ''),
  read: (doc, url) => readOrders(doc, url, 'details', SPEC),
};

export const JD_PHONE_DETAILS_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://trade.m.jd.com/order/n_detail_jdm.shtml?deal_id=312874590213&sceneval=2',
    'https://trade.m.jd.com/order/n_detail_jdm.shtml?deal_id=247761070918',
  ],
  notPages: [
    'https://trade.m.jd.com/order/n_detail_jdm.shtml',
    'https://trade.m.jd.com/order/deal_wuliu_jdm.shtml?dealId=247761070918',
    'https://wqs.jd.com/order/n_detail_jdm.shtml?deal_id=247761070918&sceneval=2',
  ],
};
