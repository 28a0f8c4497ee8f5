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

/** Taobao's order confirmation (确认订单), where 先用后付 and 花呗分期 are chosen. */
export const taobaoPages: SitePages = {
  id: 'taobao',
  matches: ['*://buy.taobao.com/auction/*'],
  checkouts: [
    '*://buy.taobao.com/auction/confirm_order.htm*',
    '*://buy.taobao.com/auction/order/confirm_order.htm*',
    '*://buy.taobao.com/auction/buy_now.jhtml*',
    '*://buy.taobao.com/auction/order/buy_now.jhtml*',
  ],
  isCheckout: (url) => url.hostname === 'buy.taobao.com' && CONFIRM_PATH.test(url.pathname),
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
  ],
  notCheckout: [
    'https://item.taobao.com/item.htm?id=650000000001',
    'https://cart.taobao.com/cart.htm',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://buy.taobao.com/auction/order/TmallConfirmOrderError.htm',
    'https://consumerservice.taobao.com/online-help',
    'https://www.taobao.com/',
  ],
};
