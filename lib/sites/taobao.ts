import { ALIBABA_PROGRAMS, ALIBABA_WALLETS } from './alipay';
import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';

/** Exported for the test that keeps every pattern a list of plain words (see `keywords`). */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'taobao',
  currency: 'CNY',
  programs: ALIBABA_PROGRAMS,
  wallets: ALIBABA_WALLETS,
};

const CONFIRM_PATH = /^\/auction\/(?:order\/)?(?:confirm_order\.htm|buy_now\.jhtml)$/;
/** The order confirmation in phone browsers and the app's web view, for Taobao's and Tmall's goods alike. */
const PHONE_CHECKOUT = '*://main.m.taobao.com/order/index.html*';

/** Taobao's order confirmation (确认订单), where 先用后付 and 花呗分期 are chosen, on computers and phones. */
export const taobaoPages: SitePages = {
  id: 'taobao',
  matches: ['*://buy.taobao.com/auction/*', '*://main.m.taobao.com/order/*'],
  checkouts: [
    '*://buy.taobao.com/auction/confirm_order.htm*',
    '*://buy.taobao.com/auction/order/confirm_order.htm*',
    '*://buy.taobao.com/auction/buy_now.jhtml*',
    '*://buy.taobao.com/auction/order/buy_now.jhtml*',
    PHONE_CHECKOUT,
  ],
  isCheckout: (url) =>
    (url.hostname === 'buy.taobao.com' && CONFIRM_PATH.test(url.pathname)) ||
    (url.hostname === 'main.m.taobao.com' && url.pathname === '/order/index.html'),
};

export const taobao: SiteAdapter = {
  ...taobaoPages,
  name: { en: 'Taobao', zh: '淘宝' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const TAOBAO_EXAMPLES: SiteExamples = {
  checkout: [
    'https://buy.taobao.com/auction/buy_now.jhtml',
    'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=650000000001&x-uid=1',
    'https://buy.taobao.com/auction/order/confirm_order.htm?spm=a1z0d.6639537.0.0',
    'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&skuId=undefined&quantity=1&itemId=674305212211',
    'https://main.m.taobao.com/order/index.html?buyNow=false&buyParam=694690670762_2_0,692254764019_3_0',
  ],
  notCheckout: [
    'https://item.taobao.com/item.htm?id=650000000001',
    'https://cart.taobao.com/cart.htm',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://buy.taobao.com/auction/order/TmallConfirmOrderError.htm',
    'https://consumerservice.taobao.com/online-help',
    'https://www.taobao.com/',
    'https://main.m.taobao.com/order/orderError.html',
  ],
};
