import { ALIBABA_PROGRAMS, ALIBABA_WALLETS } from './alipay';
import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';

/** Exported for the test that keeps every pattern a list of plain words (see `keywords`). */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'tmall',
  currency: 'CNY',
  programs: ALIBABA_PROGRAMS,
  wallets: ALIBABA_WALLETS,
};

/** Tmall's order confirmation (确认订单信息). */
export const tmallPages: SitePages = {
  id: 'tmall',
  matches: ['*://buy.tmall.com/order/*', '*://buy.m.tmall.com/order/*'],
  // confirmOrderWap.htm: the confirmation in phone browsers.
  checkouts: ['*://buy.tmall.com/order/confirm_order.htm*', '*://buy.m.tmall.com/order/confirmOrderWap.htm*'],
  isCheckout: (url) =>
    (url.hostname === 'buy.tmall.com' && url.pathname === '/order/confirm_order.htm') ||
    (url.hostname === 'buy.m.tmall.com' && url.pathname === '/order/confirmOrderWap.htm'),
};

export const tmall: SiteAdapter = {
  ...tmallPages,
  name: { en: 'Tmall', zh: '天猫' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const TMALL_EXAMPLES: SiteExamples = {
  checkout: [
    'https://buy.tmall.com/order/confirm_order.htm',
    'https://buy.tmall.com/order/confirm_order.htm?spm=a220l.1.a22016.d011001001001.1&x-itemid=600000000001',
    'https://buy.m.tmall.com/order/confirmOrderWap.htm?buyNow=true&itemId=600000000001&quantity=1',
  ],
  notCheckout: [
    'https://detail.tmall.com/item.htm?id=600000000001',
    'https://cart.tmall.com/cart/myCart.htm',
    'https://buy.tmall.com/order/confirmOrderError.htm',
    'https://www.tmall.com/',
    'https://service.tmall.com/support/tmall/tmallHelp.htm',
  ],
};
