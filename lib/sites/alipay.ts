import {
  type CheckoutVocabulary,
  type ProgramPattern,
  programsOf,
  programWords,
  readCheckout,
  type WalletPattern,
} from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';

/** Alibaba's pay-later names, shared by Taobao, Tmall and the Alipay cashier. */
export const ALIBABA_PROGRAMS: readonly ProgramPattern[] = [
  { program: 'alipay-paylater', pattern: /先用后付|先享后付/ },
  { program: 'alipay-huabei', pattern: /花呗/ },
];

export const ALIBABA_WALLETS: readonly WalletPattern[] = [
  { wallet: 'alipay', pattern: /支付宝/ },
  { wallet: 'unionpay-quickpass', pattern: /云闪付/ },
];

/** Exported for the test that keeps every pattern a list of plain words (see `keywords`). */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'alipay',
  currency: 'CNY',
  programs: ALIBABA_PROGRAMS,
  wallets: ALIBABA_WALLETS,
  standaloneTotal: true,
};

// The cashier runs on cashier.alipay.com, excashier.alipay.com and regional hosts such as
// cashierem14.alipay.com, always under /standard/; the phone browser's (WAP) cashier on
// mclient.alipay.com under /cashier/. The rest of alipay.com is not a cashier.
const CASHIER_HOST = /^(?:ex)?cashier[a-z0-9]*\.alipay\.com$/;
const WAP_CASHIER_HOST = 'mclient.alipay.com';

/** The Alipay cashier (收银台) that Taobao, Tmall and many shops send the shopper to. */
export const alipayPages: SitePages = {
  id: 'alipay',
  matches: ['*://*.alipay.com/standard/*', `*://${WAP_CASHIER_HOST}/cashier/*`],
  isCheckout: (url) =>
    (CASHIER_HOST.test(url.hostname) && url.pathname.startsWith('/standard/')) ||
    (url.hostname === WAP_CASHIER_HOST && url.pathname.startsWith('/cashier/')),
};

export const alipay: SiteAdapter = {
  ...alipayPages,
  name: { en: 'Alipay cashier', zh: '支付宝收银台' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const ALIPAY_EXAMPLES: SiteExamples = {
  checkout: [
    'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=0921a8b7c6d5e4f3',
    'https://excashier.alipay.com/standard/auth.htm?payOrderId=0921a8b7c6d5e4f3.00',
    'https://cashierem14.alipay.com/standard/gateway/cashier.htm?orderId=0921a8b7c6d5e4f3',
    'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_0921a8b7c6d5e4f3',
  ],
  notCheckout: [
    'https://www.alipay.com/',
    'https://cshall.alipay.com/lab/help_detail.htm?help_id=201602061474',
    'https://consumeprod.alipay.com/record/standard.htm',
    'https://render.alipay.com/p/f/fd-ixpo7iia/index.html',
    'https://auth.alipay.com/standard/login.htm',
    'https://mclient.alipay.com/home/exterfaceAssign.htm',
  ],
};
