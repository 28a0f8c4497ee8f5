import { ALIBABA_WALLETS } from './alipay';
import {
  type CheckoutVocabulary,
  inCurrency,
  type ProgramPattern,
  programsOf,
  programWords,
  readCheckout,
  type WalletPattern,
} from './dom';
import { chineseShopCurrency, isChinese, localVocabulary } from './locale';
import { isAfterOrder, isBasket, pathSegments } from './paths';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples } from './types';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

// A shop the shopper added whose platform we do not recognise: any language we know, Chinese or
// English, and a checkout told by its address alone.

// Joined by calls marked pure, not spread: the platforms' modules import this one, and a spread at
// the top of a module would keep these lists in the loaders that read addresses only.
const CHINESE_PROGRAMS: readonly ProgramPattern[] = [
  // Before 先享后付: WeChat Pay's 支付分 names itself first.
  { program: 'wechat-payscore', pattern: /微信支付分/ },
  // 芝麻先享: the name Alipay's 先用后付 goes by on shops paid through Alipay.
  { program: 'alipay-paylater', pattern: /先用后付|先享后付|芝麻先享/, offeredBy: ['wechat-payscore'] },
  { program: 'alipay-huabei', pattern: /花呗/ },
  // Inside Alipay's option, its own picker of 花呗's periods ("花呗分期：不分期 3期 …"); not a note
  // that Alipay takes 花呗 ("支持余额、银行卡及花呗").
  { program: 'alipay-huabei', pattern: /花呗分期：|花呗分期:/, within: 'alipay' },
  { program: 'jd-baitiao', pattern: /白条/ },
  { program: 'meituan-monthly', pattern: /美团月付/ },
  { program: 'douyin-monthly', pattern: /抖音月付/ },
];
const PROGRAMS: readonly ProgramPattern[] = /* @__PURE__ */ CHINESE_PROGRAMS.concat(WESTERN_PROGRAMS);

const WALLETS: readonly WalletPattern[] = /* @__PURE__ */ ALIBABA_WALLETS.concat(
  [
    { wallet: 'wechat-pay', pattern: /微信支付(?!分)/ },
    { wallet: 'jd-pay', pattern: /京东支付/ },
  ],
  WESTERN_WALLETS,
);

/** Exported for the tests of the vocabularies: a Chinese page's prices are yuan. */
export const VOCABULARY_ZH: CheckoutVocabulary = { site: 'web', currency: 'CNY', programs: PROGRAMS, wallets: WALLETS };
export const VOCABULARY_EN: CheckoutVocabulary = {
  site: 'web',
  currency: 'USD',
  programs: PROGRAMS,
  wallets: WALLETS,
  words: ENGLISH,
};

/** A cashier (by its path, or its host: 有赞's cashier.youzan.com) shows what is to be paid on its own, large, with no label. */
const CASHIER_ZH: CheckoutVocabulary = { ...VOCABULARY_ZH, standaloneTotal: true };
const isCashier = (url: URL) =>
  [url.hostname.split('.')[0] ?? '', ...pathSegments(url).map(bare)].some(
    (segment) => CASHIER.test(segment) || segment === '收银台',
  );

/**
 * Platforms with a 先用后付 of their own, none of ours (抖音商城's, 快手小店's): there the bare words name
 * no program, while 抖音月付 and 微信支付分 still name theirs.
 */
const OWN_PAYLATER_HOST = /(?:^|\.)(?:jinritemai|douyin|kwaixiaodian|kuaishou)\.com$/;
let ownPayLater: { readonly page: CheckoutVocabulary; readonly cashier: CheckoutVocabulary } | undefined;
/** Built on first use, so that a bundle reading only addresses (the added shops' loader) leaves the lists out. */
function ownPayLaterVocabulary(cashier: boolean): CheckoutVocabulary {
  if (!ownPayLater) {
    const page = { ...VOCABULARY_ZH, programs: PROGRAMS.filter((kind) => !kind.offeredBy) };
    ownPayLater = { page, cashier: { ...page, standaloneTotal: true } };
  }
  return cashier ? ownPayLater.cashier : ownPayLater.page;
}

/** A Chinese page's ¥ is yuan wherever the shop is, and its $ a shop abroad's dollars; an English one's bare $ is its country's. */
function vocabularyOf(doc: Document, url: URL): CheckoutVocabulary {
  if (!isChinese(doc)) return localVocabulary(VOCABULARY_EN, url, doc);
  const cashier = isCashier(url);
  if (OWN_PAYLATER_HOST.test(url.hostname)) return ownPayLaterVocabulary(cashier);
  return inCurrency(cashier ? CASHIER_ZH : VOCABULARY_ZH, chineseShopCurrency(url, doc));
}

const chineseOf = /* @__PURE__ */ new Map<string, CheckoutVocabulary>();

/**
 * A platform's vocabulary for its page (Shopify's, WooCommerce's): in Chinese words where the shop
 * writes its checkout in Chinese (支付方式, 总计), with the programs of both; else its own, in the
 * shop's currency.
 */
export function platformVocabulary(vocabulary: CheckoutVocabulary, url: URL, doc: Document): CheckoutVocabulary {
  if (!isChinese(doc)) return localVocabulary(vocabulary, url, doc);
  const chinese = chineseOf.get(vocabulary.site) ?? { ...VOCABULARY_ZH, site: vocabulary.site };
  chineseOf.set(vocabulary.site, chinese);
  return inCurrency(chinese, chineseShopCurrency(url, doc));
}

/** Chromium's own checkout-URL heuristic, and the plural that Shopify-like platforms use. */
const CHECKOUT_WORD =
  /^(?:begin|billing|cart|payment|start|review|final|order|secure|new|one|one[-_]?page|one[-_]?step|express|quick)?[-_]?(?:checkout|chkout)s?(?:[-_](?:payment|shipping|billing|confirmation|review|one))?$/;
const CHECKOUT_SEGMENTS = new Set([
  'pay',
  'payment',
  'pagamento',
  'cashier',
  'settle',
  'settlement',
  'confirm-order',
  'confirm_order',
  'order-confirm',
  'order_confirm',
  'buy-now',
  'buy_now',
  'order-pay',
  // A Chinese shop's page for paying an order it has placed (orderPay.html?sn=…), as its code names it.
  'orderpay',
  'order_pay',
  // eBay's checkout (pay.ebay.com/rxo).
  'rxo',
  // Chinese H5 shops' order forms (Meituan's submit-order).
  'submit-order',
  'submit_order',
  'order-submit',
  'order_submit',
  // PrestaShop's checkout, by its friendly URL in each language (its orders list is order-history).
  'order',
  'bestellung',
  'pedido',
  'ordine',
  'bestelling',
  'kasse',
  'commande',
  // WooCommerce's checkout page in Italian.
  'cassa',
  'finalizar-compra',
  'afrekenen',
  'kassa',
  // Swedish "the checkout", Danish and Norwegian; German's Kasse.
  'kassan',
  'kassen',
  'kasse',
  'zamowienie',
  'pokladna',
  'odeme',
  'penztar',
  'finalizare-comanda',
  // "Payment" as a step's own page, in the languages of the shops we read (Québec's /paiement/,
  // Spain's /pago/, Germany's /zahlung/), and "checkout" or "order" where the platforms do not name it.
  'paiement',
  'caisse',
  'pago',
  'zahlung',
  'betaling',
  'betalen',
  'betalning',
  'maksu',
  'platba',
  'platnosc',
  'fizetes',
  'encomenda',
  'objednavka',
  'tilaus',
  'rendeles',
  'comanda',
  '结算',
  '结账',
  '收银台',
  '确认订单',
]);
/**
 * A cashier named with its platform's prefix or suffix (Suning's /pccashier/showCashier.htm, Douyin's
 * /cashdesk_h5/), and a step's page numbered (Ctrip's /webapp/payment2/, IdoSell's /order1.php).
 */
const CASHIER = /^(?:pc|h5|m|wap|show|new|standard)?[-_]?cash(?:ier|desk)(?:[-_]?(?:h5|pc|m|index|v\d+))?$/;
const VERSIONED = /^(?:checkout|payment|cashier|order)\d$/;
/** Ending an address, the page where an order is placed (Youzan's /order/buy, Weimob's /trade/buy); before a product's slug, not. */
const LAST_SEGMENT = new Set(['buy']);
/** HCL (WebSphere) Commerce names its pages as views: Costco's /SinglePageCheckoutView, not its CheckoutCartDisplayView. */
const COMMERCE_VIEW = /^(?:singlepage|onepage)?checkout(?:payment|shipping|review)?view$/;
/** A path segment without its file extension (confirm_order.htm, checkout.php). */
const bare = (segment: string) => segment.replace(/\.(?:s?html?|php|aspx?|jsp|do|action)$/, '');
/** Salesforce Commerce Cloud names its pages by controller and action: Checkout-Begin. */
const withoutAction = (segment: string) => segment.replace(/^(checkout)-(?:begin|start|login)$/, '$1');
/**
 * Platforms that route by query: OpenCart (route=checkout/checkout), PrestaShop without friendly URLs
 * (controller=order), OXID (cl=payment), Zen Cart (main_page=checkout_payment), ECShop and its
 * forks (flow.php?step=checkout; step=done is the order placed).
 */
const ROUTES = ['route', 'controller', 'cl', 'main_page', 'step'];
/** Miva's screens where a shopper picks and enters the way to pay (/mm5/merchant.mvc?Screen=OSEL). */
const MIVA_SCREENS = /^(?:OSEL|OPAY)$/i;
/**
 * A page that confirms an order before it is placed, by the segment before it: /buy/confirm,
 * /order/confirm, Maropost's (Neto's) /purchase/confirm.html, 转转's /zzorder/confirm.
 */
const CONFIRMS = /^(?:[a-z\d]*order|buy|trade|purchase)$/;
/** A shopper's account pages (past orders), never a checkout. */
const ACCOUNT =
  /^(?:account|my-account|myaccount|customer|order-history|orders|order[-_]?(?:list(?:[-_][a-z]+)?|details?))$/;
/** A help centre's pages (/kundservice/betalning/…, /help/payment, /guide/payment): about paying, never a checkout. */
const HELP =
  /^(?:help|guide|shopping-guide|faq|faqs|support|customer-service|customer-care|kundservice|kundenservice|kundeservice|klantenservice|asiakaspalvelu|hilfe|aide|ayuda|aiuto|pomoc|service-client|servicio-al-cliente|帮助|帮助中心|购物指南|購物指南|客服)$/;
/** An order's own page (Douyin's /trade/order/detail/, Magento's /sales/order/view/), past the checkout. */
const ORDER_DETAIL = (path: readonly string[]) =>
  path.some((segment, index) => /^(?:details?|view|print|history)$/.test(segment) && path[index - 1] === 'order');

/** An order form named with its platform's words before it (快手小店's kwaishop-buyer-order-confirm, Temu's bgt_order_checkout). */
const PREFIXED_ORDER_FORM =
  /[-_](?:order[-_]confirm|confirm[-_]order|submit[-_]order|order[-_]submit|order[-_]checkout)$/;

/** Single-page shops routed by the fragment (Vue Router's hash mode, AngularJS's #!): /#/checkout?cart=1. */
const HASH_ROUTE = /^#!?\//;

/** The address and, on a hash-routed page, its route read as an address of its own. */
function addressesOf(url: URL): URL[] {
  if (!HASH_ROUTE.test(url.hash)) return [url];
  // A route the URL parser refuses (#//[) is no address; the page's own address still counts.
  try {
    return [url, new URL(url.hash.replace(/^#!?/, ''), url.origin)];
  } catch {
    return [url];
  }
}

/** Whether an address looks like a checkout, on a shop whose platform we do not know. */
export function isWebCheckout(address: URL): boolean {
  const addresses = addressesOf(address);
  const routed = addresses.flatMap((url) =>
    ROUTES.flatMap((name) => (url.searchParams.get(name) ?? '').toLowerCase().split('/')),
  );
  const path = addresses.flatMap(pathSegments).map(bare);
  // A checkout of its own host (checkout.ticketmaster.co.uk/<session>) counts as its first segment.
  const host = address.hostname.split('.')[0] ?? '';
  const segments = [...path, ...routed.map(bare), ...(CHECKOUT_WORD.test(host) ? [host] : [])]
    .filter(Boolean)
    .map(withoutAction);
  return (
    (segments.some(
      (segment) =>
        CHECKOUT_WORD.test(segment) ||
        CHECKOUT_SEGMENTS.has(segment) ||
        PREFIXED_ORDER_FORM.test(segment) ||
        CASHIER.test(segment) ||
        VERSIONED.test(segment) ||
        COMMERCE_VIEW.test(segment),
    ) ||
      LAST_SEGMENT.has(path.at(-1) ?? '') ||
      path.some((segment, index) => segment === 'confirm' && CONFIRMS.test(path[index - 1] ?? '')) ||
      MIVA_SCREENS.test(address.searchParams.get('Screen') ?? '')) &&
    !isAfterOrder(segments) &&
    !isBasket(path) &&
    !ORDER_DETAIL(path) &&
    !path.some((segment) => HELP.test(segment)) &&
    !segments.some((segment) => ACCOUNT.test(segment))
  );
}

/** An added shop on no platform we recognise. */
export const web: SiteAdapter = {
  id: 'web',
  name: { en: 'Other shop', zh: '其他商店' },
  matches: [],
  isCheckout: isWebCheckout,
  programWords: /* @__PURE__ */ programWords(VOCABULARY_EN),
  read: (doc, url, previous) => readCheckout(doc, vocabularyOf(doc, url), previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY_EN),
  report: (reading) =>
    stepReport(reading, isChinese(reading.paymentStep.ownerDocument) ? VOCABULARY_ZH : VOCABULARY_EN),
};

/** Real URL shapes for the URL table test. */
export const WEB_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.chayuan-tea.example/checkout',
    'https://www.costco.com/SinglePageCheckoutView?storeId=10301&catalogId=10701&langId=-1',
    'https://www.chayuan-tea.example/order/confirm_order.html?cart=1',
    'https://www.chayuan-tea.example/pay/cashier?orderId=20250612000001',
    'https://www.chayuan-tea.example/zh/%E7%BB%93%E7%AE%97',
    'https://m.chayuan-tea.example/trade/buy?product_id=3672918840123&sku_id=1782093341',
    'https://h5.waimai.meituan.com/waimai/mindex/submit-order?wm_poi_id=1184523067238145',
    'https://www.handmade-goods.example/cart/checkout',
    'https://www.handmade-goods.example/secure-checkout?step=payment',
    // PrestaShop (friendly URLs in English and German, and without), OpenCart, Salesforce Commerce Cloud.
    'https://www.boutique-des-thes.example/en/order',
    'https://www.boutique-des-thes.example/de/bestellung',
    'https://www.boutique-des-thes.example/index.php?controller=order',
    'https://www.outdoor-kit.example/index.php?route=checkout/checkout',
    'https://www.fjallvikstickeri.example/kassan',
    'https://www.velos-du-nord.example/paiement/',
    'https://www.tienda-bici.example/es/pago',
    'https://www.kavarna.example/objednavka/platba',
    'https://www.outdoor-kit.example/on/demandware.store/Sites-OutdoorKit-Site/en_GB/Checkout-Begin',
    // nopCommerce, OXID, Zen Cart, and Chinese shops' order confirmations (Xiaomi's, 转转's).
    'https://www.thornbury-garden.example/onepagecheckout#opc-payment_method',
    'https://www.waldlaeufer.example/index.php?lang=0&cl=payment',
    'https://www.harborlane.example/index.php?main_page=checkout_payment',
    'https://order.mi.example/buy/confirm?id=5261206381542310',
    'https://m.zhuanzhuan.example/u/zzorder/confirm?infoId=1721934856230123',
    'https://app.kwaixiaodian.example/page/kwaishop-buyer-order-confirm?itemId=22718305462871',
    'https://www.ridgeline-outdoor.example/purchase/confirm.html',
    // Single-page shops routed by the fragment.
    'https://www.shanchaji.example/#/checkout?cartIds=88213&from=cart',
    'https://m.chayuan-tea.example/#!/order/confirm_order',
    // Cashiers named with their platform's prefix (Suning's, Douyin's), a payment page by version (Ctrip's).
    'https://paycashier.suning.example/pccashier/showCashier.htm?payOrderId=2406172231440023891756',
    'https://tp-pay.snssdk.example/cashdesk_h5/index?merchant_id=1200002345',
    'https://secure.ctrip.example/webapp/payment2/index?token=f3a9c1',
    'https://m.ly.example/uniontrain/webapp/train/orderpay.html?orderSerialId=TC2510171946225807',
    'https://www.sklep-rowerowy.example/order1.php',
    // ECShop's (and its forks') order form, and a checkout named with its platform's prefix (Temu's).
    'https://www.minyuntea.example/flow.php?step=checkout',
    'https://www.temu.example/bgt_order_checkout.html?refer_page_name=shopping_cart',
    // Volusion's and Shift4Shop's (3dcart's) one-page checkouts.
    'https://www.prairie-quilts.example/one-page-checkout.asp',
    'https://www.bayou-tackle.example/checkout-one.asp',
    // Miva's shipping-and-payment and payment screens.
    'https://www.ridgeline-tackle.example/mm5/merchant.mvc?Screen=OSEL',
    'https://www.ridgeline-tackle.example/mm5/merchant.mvc?Session_ID=3f9a&Screen=OPAY',
    // A checkout host of its own (Ticketmaster's), and eBay's checkout.
    'https://checkout.ticketmaster.example/8b1e44f0c7a94d2f9e0d6a51c3b7f210?ccp_src=2&ccp_channel=0',
    'https://pay.ebay.example/rxo?action=view&sessionid=2290145563017',
  ],
  notCheckout: [
    'https://www.chayuan-tea.example/products/longjing-2025',
    'https://www.costco.com/CheckoutCartDisplayView?storeId=10301&catalogId=10701&langId=-1',
    'https://www.chayuan-tea.example/cart',
    'https://www.thornfield-home.example/checkout/cart/',
    'https://www.chayuan-tea.example/buy/longjing-2025',
    'https://www.chayuan-tea.example/help/payment-methods',
    'https://www.chayuan-tea.example/checkout/thank-you?order=20250612000001',
    'https://shop.roestwerk.example/checkout/danke/RW-1004821',
    'https://www.werkbank-pro.example/checkout/finish?orderId=0193210a8f6e72c4b5d1e0f4a7c93b28',
    'https://www.maison-lumen.example/commande/merci?id=4471',
    'https://www.handmade-goods.example/account/orders',
    'https://www.sklep-rowerowy.example/basketedit.php',
    'https://wqs.jd.example/order/orderlist_merge.shtml?sceneval=2&orderType=all',
    'https://www.sklep-rowerowy.example/order-open.php?order_number=1234',
    'https://www.handmade-goods.example/blog/pay-later-guide',
    'https://www.velos-du-nord.example/aide/modes-de-paiement',
    // Spanish "plata" is silver: a jewellery shop's category, not Romanian "plata" (payment).
    'https://www.joyeria-luna.example/anillos/plata',
    'https://www.pos-supplies.example/collections/cashier-stands',
    'https://www.ridgeline-outdoor.example/purchase/history',
    'https://www.pos-supplies.example/products/cash-drawer-v2',
    'https://www.boutique-des-thes.example/en/order-history',
    'https://www.boutique-des-thes.example/index.php?controller=order-confirmation&id_order=12',
    'https://www.outdoor-kit.example/index.php?route=account/order/info&order_id=7',
    'https://www.outdoor-kit.example/index.php?route=checkout/success',
    'https://www.outdoor-kit.example/customer/account/order/view/8',
    'https://www.thornbury-home.example/sales/order/view/order_id/184213/',
    'https://www.shanchaji.example/#/goods/18822?from=checkout',
    'https://www.harborlane.example/index.php?main_page=checkout_success',
    'https://www.waldlaeufer.example/index.php?cl=thankyou',
    'https://www.waldlaeufer.example/index.php?cl=basket',
    'https://www.minyuntea.example/flow.php?step=cart',
    'https://www.minyuntea.example/flow.php?step=done',
    'https://www.youpinhui.example/order/paySuccess.htm?order_id=3729184055632011460',
    'https://www.wakanbiken.example/guide/payment',
    'https://www.handmade-goods.example/account/confirm?token=a8f3',
    'https://order.mi.example/buy/confirmation?id=5261206381542310',
    'https://www.meridiancycles.example/en-au/checkout/order/MC-AU-104829/confirmation',
    'https://www.shanchaji.example/#/checkout/success?order=88213',
    'https://www.shanchaji.example/help#checkout',
    'https://www.ridgeline-tackle.example/mm5/merchant.mvc?Screen=BASK',
    'https://www.skogsro-outdoor.example/kundservice/betalning/varfor-ar-klarna-inte-tillgangligt',
    'https://www.chayuan-tea.example/help/pay/huabei',
    'https://www.ridgeline-tackle.example/mm5/merchant.mvc?Screen=INVC',
    'https://shop.douyin.example/ecommerce/trade/order/detail/index.html?order_id=6934817205519283711',
    'https://www.chayuan-tea.example/user/order-detail?id=20250612000001',
    'https://checkout.ticketmaster.example/account/orders',
    // A route the URL parser refuses is not read, and does not break the check.
    'https://www.shanchaji.example/goods/18822#//[checkout',
  ],
};
