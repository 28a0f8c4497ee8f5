import { readOrders } from './dom';
import type { OrderPageExamples, OrderPageReader, OrderPageSpec } from './types';

/** Taobao and Tmall order numbers: 15 to 20 digits (most are 18 or 19). */
export const ALIBABA_ORDER_NUMBER = /^\d{15,20}$/;
export const ALIBABA_ORDER_PARAMS = ['biz_order_id', 'bizOrderId', 'bizorderid'];
export const ALIBABA_GOODS_LINK = /item\.taobao\.com|detail\.tmall\.com|item\.htm/;

/**
 * 已买到的宝贝 on buyertrade.taobao.com, a React page whose classes carry a build hash
 * (`index-mod__order-container___1ur4-`, `bought-wrapper-mod__create-time___yNWVS`): only their
 * stable prefixes are used. Each order's head row has the date and 订单号; its link to 订单详情
 * carries biz_order_id. Lists Taobao's and Tmall's orders alike.
 */
const SPEC: OrderPageSpec = {
  orderNumber: ALIBABA_ORDER_NUMBER,
  idParams: ALIBABA_ORDER_PARAMS,
  orderSelector: '[class*="order-container"], [class*="trade-order"]',
  goodsLink: ALIBABA_GOODS_LINK,
  hints: {
    amount: '[class*="price-mod__price"] strong, [class*="real-pay"]',
    placed: '[class*="create-time"]',
    merchant: '[class*="seller-mod__name"], [class*="shop-name"]',
  },
  before: ['#tp-bought-root', '[class*="order-container"]', '[class*="bought-table"]'],
};

export const taobaoList: OrderPageReader = {
  id: 'taobao-list',
  site: 'taobao',
  kind: 'list',
  matches: ['*://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm*'],
  isOrderPage: (url) =>
    url.hostname === 'buyertrade.taobao.com' && url.pathname === '/trade/itemlist/list_bought_items.htm',
  read: (doc, url) => readOrders(doc, url, 'list', SPEC),
};

export const TAOBAO_LIST_EXAMPLES: OrderPageExamples = {
  pages: [
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?spm=a1z09.2.a2109.d1000368.35172e8dQYSzZh&nekot=1470211439694',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?tabCode=waitConfirm',
  ],
  notPages: [
    'https://buyertrade.taobao.com/trade/itemlist/list_sold_items.htm',
    'https://i.taobao.com/my_taobao.htm',
    'https://www.taobao.com/',
  ],
};
