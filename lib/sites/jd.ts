import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';

/** Exported for the test that keeps every pattern a list of plain words (see `keywords`). */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'jd',
  currency: 'CNY',
  programs: [
    { program: 'jd-paylater', pattern: /先用后付/ },
    { program: 'jd-baitiao', pattern: /白条/ },
  ],
  wallets: [
    { wallet: 'jd-pay', pattern: /京东支付/ },
    { wallet: 'wechat-pay', pattern: /微信支付(?!分)/ },
    { wallet: 'unionpay-quickpass', pattern: /云闪付/ },
  ],
  // The order-confirmation page has long kept its total here; other JD pages use the labels.
  totalSelector: '#sumPayPriceId',
};

/** JD's cashiers (收银台, on PCs and phones) show the amount to pay alone, under no label. */
const CASHIER: CheckoutVocabulary = { ...VOCABULARY, standaloneTotal: true };
const CASHIER_HOSTS = new Set(['pcashier.jd.com', 'pay.jd.com', 'pay.m.jd.com']);

/** The order confirmation (结算页, also for phone browsers) and the cashier that follows it (收银台): both list 白条 and 先用后付. */
export const jdPages: SitePages = {
  id: 'jd',
  matches: [
    '*://trade.jd.com/shopping/order/getOrderInfo.action*',
    // JD International (京东国际): the same checkout on its own domain.
    '*://trade.jd.hk/shopping/order/getOrderInfo.action*',
    '*://pcashier.jd.com/cashier/*',
    '*://pay.jd.com/*',
    // The checkout for phone browsers: trade.m.jd.com/pay now, p.m.jd.com/norder/order.action before it.
    '*://trade.m.jd.com/pay*',
    '*://trade.m.jd.com/checkout*',
    '*://p.m.jd.com/norder/order.action*',
    // The cashier for phone browsers, after the order is placed.
    '*://pay.m.jd.com/cpay/*',
  ],
  isCheckout(url) {
    switch (url.hostname) {
      case 'trade.jd.com':
      case 'trade.jd.hk':
        return url.pathname === '/shopping/order/getOrderInfo.action';
      case 'pcashier.jd.com':
        return url.pathname.startsWith('/cashier/');
      case 'pay.jd.com':
        return true;
      case 'trade.m.jd.com':
        return url.pathname === '/pay' || url.pathname === '/checkout';
      case 'p.m.jd.com':
        return url.pathname === '/norder/order.action';
      case 'pay.m.jd.com':
        return url.pathname === '/cpay/newPay-index.html' || url.pathname === '/cpay/pay-index.html';
      default:
        return false;
    }
  },
};

export const jd: SiteAdapter = {
  ...jdPages,
  name: { en: 'JD.com', zh: '京东' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, url, previous) => readCheckout(doc, CASHIER_HOSTS.has(url.hostname) ? CASHIER : VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const JD_EXAMPLES: SiteExamples = {
  checkout: [
    'https://trade.jd.com/shopping/order/getOrderInfo.action',
    'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1700000000000&source=cart',
    'https://trade.jd.hk/shopping/order/getOrderInfo.action?rid=1731390245118',
    'https://pcashier.jd.com/cashier/index.action?orderId=290000000001&reqInfo=eyJ9',
    'https://pay.jd.com/index.action?reqInfo=eyJvcmRlcklkIjoiMSJ9',
    'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&type=0&lg=0&supm=0',
    'https://trade.m.jd.com/checkout?commlist=100215568441,,1#/index',
    'https://p.m.jd.com/norder/order.action?wareId=100020701838&wareNum=1&enterOrder=true',
    'https://pay.m.jd.com/cpay/newPay-index.html?payId=5dbe72b4a9e643099019616912583543&appId=jd_m_pay&sceneval=2',
    'https://pay.m.jd.com/cpay/pay-index.html?appId=jd_m_chongzhi&payId=5dbe72b4a9e643099019616912583543',
  ],
  notCheckout: [
    'https://item.jd.com/100012043978.html',
    'https://cart.jd.com/cart_index',
    'https://trade.jd.com/shopping/order/submitOrder.action',
    'https://trade.jd.hk/shopping/order/submitOrder.action',
    'https://order.jd.com/center/list.action',
    'https://details.jd.com/normal/item.action?orderid=290000000001',
    'https://help.jd.com/user/issue/list-162.html',
    'https://baitiao.jd.com/',
    'https://pcashier.jd.com/',
    'https://trade.m.jd.com/order/orderlist_jdm.shtml?sceneval=2&orderType=all',
    'https://p.m.jd.com/norder/freeRegister.action',
    'https://pay.m.jd.com/cpay/finish.html?payId=5dbe72b4a9e643099019616912583543',
  ],
};
