import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';

/** Exported for the test that keeps every pattern a list of plain words (see `keywords`). */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'pinduoduo',
  currency: 'CNY',
  programs: [
    { program: 'pdd-paylater', pattern: /先用后付/ },
    { program: 'wechat-payscore', pattern: /微信支付分|先享后付/ },
    // Through Alipay, a channel of its own on some goods (花呗分期).
    { program: 'alipay-huabei', pattern: /花呗/ },
  ],
  wallets: [
    { wallet: 'wechat-pay', pattern: /微信支付(?!分)/ },
    { wallet: 'alipay', pattern: /支付宝/ },
    { wallet: 'unionpay-quickpass', pattern: /云闪付/ },
  ],
};

/**
 * Pinduoduo's mobile web checkout. The site is a single-page app that reaches the checkout by
 * history.pushState, so the content script is matched on the whole host and checks the URL only.
 */
export const pinduoduoPages: SitePages = {
  id: 'pinduoduo',
  matches: ['*://mobile.yangkeduo.com/*'],
  checkouts: ['*://mobile.yangkeduo.com/order_checkout.html*'],
  isCheckout: (url) => url.hostname === 'mobile.yangkeduo.com' && url.pathname === '/order_checkout.html',
};

export const pinduoduo: SiteAdapter = {
  ...pinduoduoPages,
  name: { en: 'Pinduoduo', zh: '拼多多' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const PINDUODUO_EXAMPLES: SiteExamples = {
  checkout: [
    'https://mobile.yangkeduo.com/order_checkout.html',
    'https://mobile.yangkeduo.com/order_checkout.html?goods_id=300000000001&sku_id=1&group_id=2&goods_number=1',
  ],
  notCheckout: [
    'https://mobile.yangkeduo.com/',
    'https://mobile.yangkeduo.com/goods.html?goods_id=300000000001',
    'https://mobile.yangkeduo.com/orders.html?type=0',
    'https://mobile.yangkeduo.com/order.html?order_sn=231121-000000000000001',
    'https://mobile.yangkeduo.com/personal.html',
    'https://mobile.yangkeduo.com/search_result.html?search_key=%E5%85%88%E7%94%A8%E5%90%8E%E4%BB%98',
  ],
};
