import type { CorpusPage } from './types';

const TMALL = 'https://buy.tmall.com/order/confirm_order.htm';
const LIGHTPAY = 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm';
const PDD = 'https://mobile.yangkeduo.com/order_checkout.html';

/**
 * Tmall 确认订单, the Alipay cashier and Pinduoduo's mobile checkout, read as a shopper sees each page in a
 * browser (after its own scripts have run). Written by hand from the pages, not from any reader's output.
 */
export const READINGS_TMALL_ALIPAY_PDD: readonly CorpusPage[] = [
  // ---------------------------------------------------------------- Tmall
  {
    page: 'tmall/checkout-fusion-radio-form',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.6f1e3b2a&x-itemid=656203147788`,
    site: 'tmall',
    kind: 'checkout',
    structure: 'Fusion next-radio group in a <form>, native radios inside <label>; 花呗 selected',
    expected: { total: 15800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'tmall/checkout-label-for-table',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.2b7c91d4&x-itemid=769812340021`,
    site: 'tmall',
    kind: 'checkout',
    structure: 'table rows, radio in one cell and <label for> text in the next; 花呗 disabled only by input[disabled]',
    expected: { total: 249900, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'tmall/checkout-installment-switch',
    url: `${TMALL}?spm=a1z0d.6639537.0.0.3c5a7484&x-itemid=702145886320`,
    site: 'tmall',
    kind: 'checkout',
    structure:
      'hashed React classes; 花呗分期 periods as aria-pressed buttons with per-period fees; 先用后付 role=switch off',
    expected: { total: 129900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'tmall/checkout-hashed-divs',
    url: `${TMALL}?spm=a1z0d.6639537.0.0.51ab7484&x-itemid=615530218874`,
    site: 'tmall',
    kind: 'checkout',
    structure:
      'plain hashed divs, no roles, ✓ icon on the selected wallet; 先用后付 greyed by class, 芝麻分不足 inside',
    expected: { total: 8990, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/checkout-more-collapsed',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.9d04c1e7&x-itemid=678904512277`,
    site: 'tmall',
    kind: 'checkout',
    structure:
      'ul/li list selected by class; 更多支付方式 list (先用后付, 花呗分期) display:none from a stylesheet class',
    expected: { total: 32650, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'tmall/checkout-fieldset-disabled',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.0c3e55a1&x-itemid=598877120453`,
    site: 'tmall',
    kind: 'checkout',
    structure:
      '花呗分期 radios in <fieldset disabled> with an aria-describedby note; 先用后付 role=checkbox; price pending',
    expected: { total: null, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'tmall/checkout-rerender-spa',
    url: `${TMALL}?spm=a1z0d.6639537.0.0.7f2e7484&x-itemid=640012355618`,
    site: 'tmall',
    kind: 'checkout',
    structure:
      'listbox/option re-rendered every 500 ms; 先用后付 aria-disabled with the reason in a note after the list',
    expected: { total: 5900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/late-payment-step',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.4a8d20f6&x-itemid=633320918865`,
    site: 'tmall',
    kind: 'late',
    structure: 'program names in a promo banner; 付款方式 radios inserted by script after 1.5 s, 先用后付 disabled',
    expected: { total: 23900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/trap-banner-footer-ad',
    url: `${TMALL}?spm=a220l.1.a22016.d011001001001.1e6b3f09&x-itemid=587712300914`,
    site: 'tmall',
    kind: 'trap',
    structure:
      'wallet/card radios only; 花呗/先用后付 in nav, breadcrumb, clickable side advert and a footer 支付方式 list',
    expected: null,
  },
  {
    page: 'tmall/trap-coupon-goods-title',
    url: `${TMALL}?spm=a1z0d.6639537.0.0.2d9b7484&x-itemid=571123049986`,
    site: 'tmall',
    kind: 'trap',
    structure: '支付宝/网银/云闪付 only; 【先用后付】 goods title, 花呗支付立减 coupon radio, 猜你喜欢 tags',
    expected: null,
  },
  {
    page: 'tmall/trap-coupon-radios-recommend-heading',
    url: `${TMALL}?spm=a1z0d.6639537.0.0.5c1e7484&x-itemid=602318457710`,
    site: 'tmall',
    kind: 'trap',
    structure:
      '支付宝/云闪付 radios only; 花呗分期免息券 coupon radio, goods tags, 猜你喜欢 · 先用后付专区 heading over tagged goods',
    expected: null,
  },
  {
    page: 'tmall/checkout-sticky-sidebar-goods-tags',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a1z0d.6639537.0.0.undefined&x-uid=2206551820947&from=cart&cartIds=5871039921,5871039922',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'payment methods in a sticky sidebar, named by aria-label; 先用后付 and 花呗 tags on goods titles; 先用后付 in a closed 更多 block',
    expected: { total: 92600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'tmall/checkout-legacy-table-disabled-paylater',
    url: 'https://buy.tmall.com/order/confirm_order.htm?x-itemid=656201874412&x-uid=2201395528804&_input_charset=utf-8&buy_param=656201874412_1_4810339912776',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'legacy <table> rows with radios; 先用后付 disabled with its limit reason in the next cell; 实付款 with a struck old total',
    expected: { total: 86300, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/checkout-custom-elements-tooltip',
    url: 'https://buy.tmall.com/order/confirm_order.htm?x-itemid=738214560117&x-uid=2208641930&spm=a220m.1000858.1000725.1',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'custom elements (tm-pay-section role=radiogroup, tm-pay-option) with light-DOM text; 先用后付 aria-disabled with a role=tooltip 暂不支持 beside it; the total in an <output>',
    expected: { total: 128650, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  // ---------------------------------------------------------------- Alipay cashier
  {
    page: 'alipay/checkout-lightpay-label-for',
    url: `${LIGHTPAY}?orderId=0615b2c7e1a84f3d9a61c2erclou1002&country=CN`,
    site: 'alipay',
    kind: 'checkout',
    structure:
      'lightpay rows: label.channel-label[for] then input.channel-input; 先用后付 in a [hidden] 其他付款方式 list',
    expected: { total: 129900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/checkout-channel-disabled-reason-beside',
    url: `${LIGHTPAY}?orderId=1111a3e90c2b4d17b8f04aerclou2871&country=CN`,
    site: 'alipay',
    kind: 'checkout',
    structure: 'div channel rows; 花呗 row greyed with input[disabled], 额度不足 in a sibling note row',
    expected: { total: 56800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'alipay/checkout-huabei-stages-radiogroup',
    url: `${LIGHTPAY}?orderId=0520d4f1a7c94e60a2b3c8erclou0516&country=CN`,
    site: 'alipay',
    kind: 'checkout',
    structure: '花呗 and 花呗分期 rows; periods as role=radiogroup/radio with per-period fees, 推荐/免息 badges',
    expected: { total: 349900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/checkout-h5-listbox-describedby',
    url: 'https://cashierem14.alipay.com/standard/gateway/cashier.htm?orderId=0706e81f3b9d4c2a9e51d7erclou3349',
    site: 'alipay',
    kind: 'checkout',
    structure: 'H5 cashier listbox/option; 花呗 aria-disabled with aria-describedby to a note below; 先享后付 option',
    expected: { total: 8800, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'alipay/checkout-more-channels-template',
    url: `${LIGHTPAY}?orderId=0903c5b28e1f47a6b0d9e3erclou7720&country=CN`,
    site: 'alipay',
    kind: 'checkout',
    structure: 'lightpay rows; 先用后付 and other channels kept in a <template> behind 其他付款方式',
    expected: { total: 19900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/checkout-spa-rerender-inert',
    url: `${LIGHTPAY}?orderId=1021f0a4d6c34b88a1e7f2erclou4413&country=CN`,
    site: 'alipay',
    kind: 'checkout',
    structure: 'css-hash React radiogroup re-rendered every 500 ms; 先用后付 row inert and faded, 暂不可用 inside',
    expected: { total: 129900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/checkout-auth-amount-hidden',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=1008a7d2c5e14f09b6c3a1erclou5581',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'auth page, native radios in labels, 先用后付 disabled with 未开通 inside; amount only in collapsed 订单详情',
    expected: { total: null, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/late-channels-loading',
    url: `${LIGHTPAY}?orderId=0717b9e2f4a04c51a8d6c0erclou6690&country=CN`,
    site: 'alipay',
    kind: 'late',
    structure: '收银台正在加载中 placeholder, 花呗 in a notice; channel list rendered after 1.8 s, 先用后付 本单不支持',
    expected: { total: 4680, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/checkout-icon-slogans-aria-label',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=7f3c1a9e02b84d6db5c2e81f40a97c63.00',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'li role=radio channels named by img alt only, slogans as text; 先享后付 named by the aria-label of an aria-disabled radio',
    expected: { total: 128850, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/trap-bankcards-ads',
    url: `${LIGHTPAY}?orderId=0812e3c6a9b74d20b5f1d8erclou1187&country=CN`,
    site: 'alipay',
    kind: 'trap',
    structure:
      'bank cards and 账户余额 only; 花呗分期/先享后付 side advert, 花呗常见问题 and 先用后付说明 in the footer',
    expected: null,
  },
  {
    page: 'alipay/trap-marketing-radios',
    url: `${LIGHTPAY}?orderId=0429c1d8b3e54a76a0f2e9erclou3025&country=CN`,
    site: 'alipay',
    kind: 'trap',
    structure: '余额宝/余额/储蓄卡 only; 优惠 radios name 花呗支付立减3元; hidden 花呗服务协议 tip',
    expected: null,
  },
  {
    page: 'alipay/cashier-lightpay-open-dialog',
    url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1205a7c33f1b8e2f61094eb2d0c71e44&country=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'an open role=dialog aria-modal over the cashier: role=radio rows, 花呗 with a 分期期数 picker; the page behind aria-hidden',
    expected: { total: 346800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/cashier-dl-busy-huabei',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=f3a9b21c4d5e47a6a0d1e8c77b42a903.85&_pdType=afcabecbafgggffdhjch',
    site: 'alipay',
    kind: 'checkout',
    structure:
      '<dl> rows as role=radio in a radiogroup; 花呗 aria-busy while its quota is checked (unknown); a card is-disabled',
    expected: { total: 5690, programs: { 'alipay-huabei': 'unknown' } },
  },
  // ---------------------------------------------------------------- Pinduoduo
  {
    page: 'pinduoduo/checkout-hashed-divs-check',
    url: `${PDD}?goods_id=301947206512&sku_id=1162230875344&group_id=1829043311&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'hashed divs, no roles or heading, ✓ svg on 微信支付; 先用后付 note names 微信支付分 (not a separate option)',
    expected: { total: 2380, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/checkout-radiogroup-payscore',
    url: `${PDD}?goods_id=412098875233&sku_id=1390277145502&group_id=2290114736&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'div role=radiogroup/radio; 先用后付 selected; 微信支付分 option aria-disabled with 支付分不足 inside',
    expected: { total: 990, programs: { 'pdd-paylater': 'offered', 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'pinduoduo/checkout-vant-cells',
    url: `${PDD}?goods_id=287760193455&sku_id=1098832107761&group_id=1710238846&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'Vue/Vant van-cell + van-radio (data-v); 先用后付 van-radio--disabled, 未开通 note in the next sibling',
    expected: { total: 5600, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/checkout-more-collapsed',
    url: `${PDD}?goods_id=356612089124&sku_id=1240987712093&group_id=2047719358&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'hashed divs; 更多支付方式 block (微信支付分, 支付宝, 多多支付) collapsed with height:0 overflow:hidden',
    expected: { total: 12800, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/checkout-spa-rerender-listbox',
    url: `${PDD}?goods_id=501234889021&sku_id=1633320090187&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'listbox re-rendered every 500 ms; 微信支付分 selected; 先用后付 aria-disabled, aria-describedby note',
    expected: { total: 3560, programs: { 'wechat-payscore': 'offered', 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/checkout-switch-native-radios',
    url: `${PDD}?goods_id=398871205546&sku_id=1288310976620&group_id=1933560827&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      '先用后付 role=switch (off) above native wallet radios; 微信支付分 row still 正在查询是否可用 with a spinner: ' +
      'no control and no verdict yet, so unknown',
    expected: { total: 1990, programs: { 'pdd-paylater': 'offered', 'wechat-payscore': 'unknown' } },
  },
  {
    page: 'pinduoduo/checkout-label-for-hidden-inputs',
    url: `${PDD}?goods_id=275509812347&sku_id=1071123490866&group_id=1566201934&goods_number=1`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'visually hidden radios gathered above the list, options are <label for>; total split across spans',
    expected: { total: 1280, programs: { 'pdd-paylater': 'offered', 'wechat-payscore': 'offered' } },
  },
  {
    page: 'pinduoduo/late-skeleton',
    url: `${PDD}?goods_id=318845670213&sku_id=1170988123409&group_id=2109933475&goods_number=1`,
    site: 'pinduoduo',
    kind: 'late',
    structure: 'skeleton bars and a 支持先用后付 goods tag; pay list rendered after 1.2 s',
    expected: { total: 1580, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/checkout-taro-details-collapsed',
    url: `${PDD}?goods_id=428815520361`,
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'Taro <taro-view-core> rows; 微信支付分 | 先享后付 inside a closed <details> 更多支付方式, so not offered yet',
    expected: { total: 3680, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/checkout-open-bottom-sheet',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=573920164821&sku_id=1289337410261&group_id=8736021947&goods_number=1&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'open Vant bottom sheet (role=dialog aria-modal) at the end of body, role=radio cells; 微信支付分 评估中…',
    expected: { total: 11490, programs: { 'pdd-paylater': 'offered', 'wechat-payscore': 'unknown' } },
  },
  {
    page: 'pinduoduo/checkout-rnw-divs',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=612085539274&sku_id=1320447918365&goods_number=2&source_channel=0&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'React Native Web divs with atomic classes, role=radio aria-checked, svg check; 微信支付分 aria-disabled with 支付分不足',
    expected: { total: 5160, programs: { 'pdd-paylater': 'offered', 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-banner-faq-details',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=487203316652&sku_id=1104592837716&goods_number=2&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'trap',
    structure: '微信支付/QQ钱包 only; 先用后付 in a promo banner and FAQ details, 微信支付分 in the FAQ',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-goods-title-recommend',
    url: `${PDD}?goods_id=301947206512&sku_id=1162230875391&group_id=1829043390&goods_number=1`,
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      '微信支付/支付宝/多多支付/云闪付 only; 【先用后付】 goods title and tag, 猜你喜欢 tags name both programs',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-redpacket-faq',
    url: `${PDD}?goods_id=266530981274&sku_id=1047732109885&group_id=1675520413&goods_number=1`,
    site: 'pinduoduo',
    kind: 'trap',
    structure: 'wallets only; 红包 radios (先用后付专享, 微信支付分用户立减) and a 常见问题 list name the programs',
    expected: null,
  },
  {
    page: 'pinduoduo/checkout-pressed-tiles-disabled-paylater',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=539201874466&sku_id=1380442271901&group_id=2271930040&goods_number=1&_oak_page_source=501&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure: 'a role=group of role=button tiles with aria-pressed; 先用后付 aria-disabled',
    expected: { total: 32400, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-banner-wallet-radios',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=612039487715&sku_id=1612255049327&group_id=3140268873&goods_number=1&page_from=35&refer_page_sn=10014',
    site: 'pinduoduo',
    kind: 'trap',
    structure: 'role=radio wallets named by aria-label (微信支付, 支付宝, 多多钱包); 先用后付 in a banner and a tip',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-vant-wallets-subsidy-banner',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=521846339071&sku_id=1398827364512&group_id=0&goods_number=1&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'a van-radio-group of 微信支付 and 支付宝; 先用后付 in a 百亿补贴 banner, a goods title, a shop coupon and 猜你喜欢',
    expected: null,
  },
  {
    page: 'pinduoduo/checkout-bottom-sheet-svg-titles',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=602817364519&sku_id=1384720091&group_id=98231840221&goods_number=1',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'Mobile checkout with open bottom-sheet dialog: hashed CSS-module classes, role=radiogroup of div role=radio with aria-checked, icons as inline SVG <title>; 先用后付 selected; page behind repeats 先用后付 in item tag, pay-entry row and submit button',
    expected: { total: 3990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/trap-no-step-banner-footer-logos',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a1z0d.6639537.0.0&x-itemid=738120456991',
    site: 'tmall',
    kind: 'trap',
    structure:
      'PC Tmall confirm_order with no way-to-pay step (payment picked later on the Alipay cashier); 花呗分期免息 banner with img alt, 先用后付/花呗分期 tags and words in goods titles, FAQ, footer logos all outside any payment step',
    expected: null,
  },
  {
    page: 'alipay/cashier-huabei-period-table-amount-top',
    url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1205f3a9c2d04b6e8e1a77d30c5b1297&country=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'legacy PC cashier: ul.channel-list of li.channel-item (selected/disabled classes, no form inputs); Huabei item contains a period table whose rows are pseudo-radios (tr.current); 先享后付 item disabled via class + aria-disabled with reason; large amount in header, promo and footer repeat program names',
    expected: { total: 399900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-paylater-goods-title-faq',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=579213648102&sku_id=1284460917733&group_id=10295634821&goods_number=1&page_from=0',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'PDD mobile React checkout with obfuscated classes and no inputs/ARIA roles: pay list is divs with data-pay-type, SVG <title> icons and CSS-drawn check circle, offering only 微信支付 and 支付宝; 先用后付 appears only in the goods title, goods service tag, top banner and a <details> FAQ (trap)',
    expected: null,
  },
  {
    page: 'tmall/checkout-huabei-select-paylater-switch',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.0.0&x-itemid=768230145926',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Tmall PC confirm-order React page with CSS-module hashed classes; 付款方式 card: 花呗分期 as a label[for] + native <select> of periods (不分期 selected), 先用后付 as a button role=switch aria-checked=false with aria-labelledby/aria-describedby; both names also in promo banner, item service tags, FAQ (额度不足 wording) and footer logo alt',
    expected: { total: 284900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'alipay/wap-cashier-radiogroup-huabei-disabled',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_8d3f1c0a2b7e49f6a15c3e902d7b41aa&alipay_exterface_invoke_assign_sign=_d_y1m_w_q_r_u6_q%2B_p_a3m8_zz_s_g_x_l%2Bq_p7d_k_g_r_v_e_w_a%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'AntUI am-list with role=radiogroup of div role=radio items (aria-checked/aria-disabled, data-channel-type); 花呗 first row disabled via aria-disabled + channel-disabled class with reason 额度不足 in the brief line, icons are SVG <title>; a 花呗 promo banner sits above the list; total shown in header and on the submit button',
    expected: { total: 129900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'pinduoduo/checkout-paytype-divs-svg-check',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=587213460918&sku_id=1392057718204&group_id=98120331457&goods_number=1&page_from=35&refer_page_name=goods_detail&refer_page_sn=10014',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'mobile H5 with hashed CSS-module classes; pay rows are plain divs (data-paytype) with <img alt> logos, selection shown only by an SVG whose <title> is 已选中/未选中; 先用后付 selected with a deduction-date note block between rows; 先用后付 also appears in product title, recommendation tags, FAQ and the submit button',
    expected: { total: 6990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/checkout-hidden-radio-label-for-reason',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=620937718245&sku_id=1384519822031&group_id=98765432101&goods_number=1&page_from=35',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'hashed CSS-module classes; native radios visually hidden, each followed by label[for]; 先用后付 row has a disabled input, greyed wrapper with aria-disabled and reason text 本单暂不支持先用后付; 微信支付 checked; 先用后付 also in a promo strip above and an FAQ below',
    expected: { total: 5990, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/trap-huabei-coupon-radio-recommendations',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.0.0.5c3a1f2bQxL9cD&x-itemid=738120045512&x-uid=2209751334',
    site: 'tmall',
    kind: 'trap',
    structure:
      'PC table layout; real payment step is a fieldset of native radios (支付宝 checked, 找朋友帮我付) with only 支付宝; trap: 花呗分期 3期免息 is a native radio in the 店铺优惠 coupon radiogroup, plus goods tags/img alt, orange banner, recommendation prices and footer logo alt',
    expected: null,
  },
  {
    page: 'pinduoduo/checkout-plain-div-rows-svg-checkmark',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1289043376521&goods_id=548830217795&group_id=69810042977&goods_number=1&page_from=35&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'hashed CSS-module class divs, no inputs and no ARIA; each way to pay is a div row with an icon SVG; the selected row (先用后付) is marked only by a filled-circle checkmark SVG (others have an empty span circle); 微信支付分 appears only as the eligibility note inside that row; FAQ/recommendations/product title mention 先用后付/月付',
    expected: { total: 5990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'alipay/checkout-pc-cashier-huabei-disabled-label-for',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=8a7c5e21d04f4b3c9e1f0a6d72b91e48.00',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "native radios with label[for] split inside li.channel-li; 花呗 row has input[disabled], li.channel-disabled, aria-disabled and '额度不足' + 可用额度 text outside the label; amount on top as bare number + 元 in .amount-font-22; promo box below mentions 花呗/先享后付/先用后付",
    expected: { total: 145900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-payscore-goods-tag-banner-tip',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1408823361702&group_id=9023118472&goods_id=512884039163&goods_number=1&page_from=35&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'hashed CSS-module classes; pay channel rows are plain divs (微信支付 selected via extra class/data-active and SVG <title>已选中>, 支付宝 with SVG <title>未选中>), no inputs; 先用后付/微信支付分 only in a green goods tag, a payscore banner above the goods card and a bottom tip',
    expected: null,
  },
  {
    page: 'pinduoduo/checkout-radiogroup-paylater-payscore-insufficient',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1428803571920&goods_id=532189044712&group_id=67203311842&goods_number=2&page_from=23',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'PDD mobile React checkout with hashed CSS-module classes; 支付方式 is a role=radiogroup of div role=radio rows with SVG <title> icons; 先用后付 row has aria-disabled=true + greyed class and reason 微信支付分不足550分，暂不可用; bank-card rows in a collapsed [hidden] div behind 查看全部支付方式; 先用后付 also appears as goods tag, promo banner and recommendation tags.',
    expected: { total: 7180, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/checkout-radio-rows-paylater-huabei-banner-only',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.0.0.4b1e1c3dKx8Qy2&x-itemid=712049882311&x-uid=2207521083419',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Tmall PC 确认订单信息: 付款方式 section is a div of rows each with native <input type=radio name=payMethod> + split <label for>, logos as <img alt="">; 先用后付 checked with 0元下单 tag; 花呗分期 appears only in a banner above the section, goods tags and footer <img alt> (trap, not in step).',
    expected: { total: 219900, programs: { 'alipay-paylater': 'offered' } },
  },
  {
    page: 'alipay/checkout-wap-cashier-huabei-paylater-both-unavailable',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_5f2a81c7d3e94b0c9a67e0d41b8f2c35&alipay_exterface_invoke_assign_sign=_x7_q3_vh2_kp0_g_lm9t_ue_rj4d_xo_a8w_bn_zc6_y1s5f%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Mobile cashier: amount block on top, am-list div[role=radio] rows inside a radiogroup with SVG <title> icons; 花呗 and 先享后付 rows carry aria-disabled=true + channel-disabled class with orange reason text (额度不足 / 该订单暂不支持); 余额 checked, bank card enabled; 花呗 also in footer tip link',
    expected: { total: 32800, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-paylater-free-order-coupon-title',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=612874309215&sku_id=1487730952217&group_id=87339241820&goods_number=1&page_from=35',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'Hashed CSS-module classes; pay list of visually hidden native radios whose <label for> is a sibling before the input (微信支付 checked, 支付宝); 先用后付 appears only as a 先用后付免单券 row in the 优惠 section and as a tag + bracket text in the goods title',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-h5-paylater-coupon-only',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=624918305172&sku_id=1428830291733&group_id=93718204551&goods_number=1&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'obfuscated _xxxx class div rows with img alt icons and a CSS-drawn check span (no inputs/ARIA) for 微信支付/支付宝/多多钱包 only; 先用后付 only as goods tag, 先用后付专享券 coupon badge and recommendation card text',
    expected: null,
  },
  {
    page: 'tmall/h5-paylater-greyed-tooltip',
    url: 'https://buy.m.tmall.com/order/confirmOrderWap.htm?buyNow=true&itemId=678213940517&skuId=5012837740121&quantity=1&spm=a222m.7628550.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'mobile React-style card with hashed CSS-module classes; 先用后付 row outside the ARIA radiogroup, its role=switch aria-disabled with aria-describedby pointing to a hidden role=tooltip; 花呗分期 as role=radio rows plus a nested radiogroup of installment button tiles; total split into ¥/int/dec spans in a fixed bottom bar; survey and recommendation widgets also name 先用后付/花呗',
    expected: { total: 29600, programs: { 'alipay-paylater': 'unavailable', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/trap-cashier-huabei-ad-only',
    url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1206174523a8f1e9c0d24b6e7f083915&country_scene=mainland_cashier',
    site: 'alipay',
    kind: 'trap',
    structure:
      'fieldset with legend 选择付款方式 of native radios + separate label[for] (余额宝, 账户余额 disabled 余额不足, two 储蓄卡 快捷 with SVG <title> bank icons); 花呗 only in a right-hand aside advert marked 广告 and in the help footer links',
    expected: null,
  },
  {
    page: 'pinduoduo/h5-duoduo-pay-paylater-grey-by-class',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=512093847712&sku_id=1384029477123&group_id=98231774093&goods_number=1&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'hashed CSS-module div rows with no inputs or ARIA; selection shown by modifier class + SVG check; 先用后付 row greyed only by a modifier class (opacity + pointer-events) with grey reason text; promo strip above and FAQ below also name 先用后付; total in fixed bottom bar',
    expected: { total: 3990, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/pc-cashier-huabei-periods-and-paylater-offered',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=7a1c9e02d4f84b6b9c3e55e1a0f2c871.00',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "legacy server-rendered ul.ui-paylist of native radios split from label[for] with logos as img[alt]; 账户余额 radio disabled with 余额不足 text; 花呗 selected with an expanded table of installment radios (不分期/3/6/12期); 先享后付 plain selectable radio; total as '<em>¥</em> 599.00' in order header, repeated in QR aside and submit row; side ad and footer logos mention 花呗/先享后付",
    expected: { total: 59900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'tmall/chaoshi-huabei-select-paylater-switch',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a3204.21125900.cart.submit&x-itemid=673291058826&x-uid=2208731456120&from=chaoshi',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Desktop confirm page with CSS-module hashed classes; 付款方式 card uses native radios split from label[for] (花呗 checked) plus a <select> period picker, and 先用后付 as a button role=switch aria-checked=false labelled via aria-labelledby; item titles, promo banner and footer logos mention 先用后付/花呗 as noise.',
    expected: { total: 15630, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'alipay/trap-cashier-huabei-limit-notice-only',
    url: 'https://cashierstl.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=120612a7c3f94e0b8d2f6c1e5a9b7d40&country=CN',
    site: 'alipay',
    kind: 'trap',
    structure:
      'Classic Alipay PC cashier: native radios in a ul.channel-list with label[for] split, bank logos as img alt; choices are only 账户余额 and two 储蓄卡. A ui-tiptext notice (SVG icon with <title>) above the list says 花呗本月额度已用完，下月1日恢复 — 花呗 is not a row, disabled or otherwise. Further 花呗/先享后付 mentions sit in a tips box and footer links/logos. Trap: no pay-later choice.',
    expected: null,
  },
  {
    page: 'alipay/alipay-h5-cashier-ant-mobile-huabei-sheet',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_3b9d41f0c2a7e8d5f6b0a91c7e24d3a8&alipay_exterface_invoke_assign_sign=_k8%2Fx2_r_t_q_w9%2Fm_z_l_a_p5_e_v_j_s_n3_u_c_yq%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'antd-mobile v2 popup modal (am-modal-popup) holding am-list of am-radio-item rows with am-radio-wrapper/am-radio-checked inputs in am-list-extra: 余额宝 checked, 花呗 with 额度 brief, 招商银行储蓄卡; amount at top of page; 花呗分期 promo banner behind sheet (noise)',
    expected: { total: 12800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-h5-checkout-paylater-switch-row',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=512783094721&sku_id=1322874910537&group_id=79420130881&goods_number=1&page_from=35&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      '先用后付 as a role=switch (aria-checked=false) row above a div role=radiogroup of pay rows (微信支付 checked, 多多支付); hashed CSS classes; total in sticky bottom bar',
    expected: { total: 3990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-h5-checkout-paylater-sheet-open',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=512786304951&sku_id=1398245710263&group_id=96301552617&goods_number=1&page_from=0&refer_page_name=goods_detail&refer_page_id=10014_1764999371042_k2f8sdq1ma',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'order page behind an open bottom sheet (role=dialog aria-modal=true) whose ways to pay are an ARIA radiogroup of div role=radio with hashed CSS-module classes and SVG <title> logos; 先用后付 row is aria-disabled with grey 额度不足 text, 多多支付 aria-checked=true; background has a 先用后付 goods tag and promo strip as noise',
    expected: { total: 2990, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/tmall-pc-confirm-paylater-unavailable-huabei-select',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a1z0d.6639537.0.0.5c2b7484Hk3QfZ&x-itemid=745120398811&x-uid=2208831650',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "React page with hashed CSS-module classes; 付款方式 block where 先用后付 is a disabled checkbox with a reason span (aria-describedby) and 花呗分期 is a <select> of periods labelled via label[for]; traps: '猜你喜欢' tiles tagged 先用后付/花呗分期 and footer logos img alt",
    expected: { total: 239900, programs: { 'alipay-paylater': 'unavailable', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/alipay-pc-cashier-huabei-fenqi-periods',
    url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1206a8f3c2e94b7d9e51f0c3a7b26d48&country_code=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "classic Alipay PC cashier: ul of channels, each a native radio (name=channelIndex) with split label[for] + img alt logo; 花呗分期 checked and expands a nested period picker of visually-hidden radios (name=hbFqNum) with label cards; 余额宝 radio disabled '余额不足'; noise: 花呗 ad box and footer 花呗/借呗 links; amount shown in order header only",
    expected: { total: 268800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-h5-checkout-paylater-default-chosen',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=612938475021&sku_id=1348820173529&group_id=71802338114&goods_number=1&page_from=0&refer_page_name=goods_detail&refer_page_sn=10014',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "mobile H5 with hashed CSS-module classes; payment list is a div role=radiogroup of role=radio rows with aria-checked (先用后付 checked), selection icon is SVG <title>已选中</title>, logos are alt-less <img>; noise: 先用后付 tags on product card and recommendation tiles, FAQ, submit button label '先用后付 0元下单'",
    expected: { total: 5980, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/h5-traditional-chinese-xianxiang-unavailable',
    url: 'https://buy.m.tmall.com/order/confirmOrderWap.htm?enc=%E2%84%A2&itemId=689231764520&exParams=%7B%7D&skuId=5038841129734&quantity=1&buyNow=true&_input_charset=utf-8&spm=a220m.6910245.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'ARIA role=radiogroup with div role=radio (aria-checked / aria-disabled), hashed CSS-module classes, icons only as SVG <title> via <use>; 花唄 periods as a sibling non-interactive chip row; disabled reason in sub-line; total in fixed bottom submit bar; 88VIP banner, item tag row and FAQ repeat program names',
    expected: { total: 26800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/cashier-traditional-huabei-yuebao',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_8c2f41d09e7a5b3c6d1e0f9a2b4c7d18&alipay_exterface_invoke_assign_sign=_ev%2B2r_k9_qw%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'am-list cashier: large amount header then visually-hidden native radios each followed by a sibling label[for] row (img alt logos); 花唄分期 radio disabled + label aria-disabled with reason; 花唄 also in promo tip and footer logos',
    expected: { total: 35600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/alipay-pc-excashier-xianxiang-unavailable',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=b8f0a1c3d5e24a6f9b7c2e1d0f3a5c87.00&mode=cashier&signKey=ALIPAY_PC_STD',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'PC cashier ul#J_ChannelList of li.channel-item rows; visually-hidden native radios + label[for] split, logos as img alt; 花呗分期 has nested period radio tiles; 先享后付 row has disabled input + .channel-disabled + inline reason; 需付款 under the list',
    expected: { total: 68800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/pdd-h5-paylater-with-coupon-banner-mention',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=593817264012&sku_id=1286534901755&group_id=91873320155&goods_number=1&refer_page_name=goods_detail&refer_page_sn=10014',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'PDD H5 React sheet with hashed CSS-module classes: plain div rows (no inputs/ARIA), names in text + SVG <title> icons, selection shown only by a checked-circle span class; 先用后付 also mentioned in goods tag, coupon banner above sheet and legal footnote',
    expected: { total: 3990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/tmall-pc-huabei-fenqi-grid-12-disabled',
    url: 'https://buy.tmall.com/order/confirm_order.htm?x-itemid=826471930512&x-uid=2209783341&spm=a220o.1000855.a2226mz.1',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Tmall PC confirm order: ARIA role=radiogroup of div role=radio tiles (logos as img alt); 花呗分期 checked with a separate button grid (aria-pressed) of periods, 12期 aria-disabled + greyed with per-cell reason; 花呗/先用后付 also in item promo tag, 88VIP banner and footer',
    expected: { total: 239900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'alipay/alipay-pc-cashier-sharded-host-huabei',
    url: 'https://cashiersu18.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1206c4a8e9f3b72e0a9d4c2f61bb03a5&country_code=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "ul of li rows, each native radio + sibling label[for] with <img alt> logo; 花呗分期 as a separate li with <select> of periods; amount shown as '需付款 59.00 元' bare number, plus QR side panel repeating 59.00; promo banner above names 花呗分期/先享后付",
    expected: { total: 5900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-h5-late-pay-sheet',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=582931047712&sku_id=1204783391026&group_id=96318451203&goods_number=1&page_from=35&refer_page_name=goods_detail&refer_page_sn=10014',
    site: 'pinduoduo',
    kind: 'late',
    structure:
      'hashed CSS-module classes; pay sheet is a skeleton placeholder (aria-busy) replaced ~1s after load by a script-built ARIA radiogroup of div[role=radio] rows with SVG <title> icons; 实付 in fixed bottom bar from load; FAQ and recommendation strip below mention 先用后付/多多月付',
    expected: { total: 2580, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/tmall-h5-confirm-paylater-huabei-both-unavailable',
    url: 'https://buy.m.tmall.com/order/confirmOrderWap.htm?enc=%E2%84%A2&itemId=730511884321&exParams=%7B%22id%22%3A%22730511884321%22%2C%22skuId%22%3A%225093618827714%22%7D&skuId=5093618827714&quantity=2&divisionCode=330106&buyNow=true&_input_charset=utf-8&spm=a222m.7628550.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Rax-style div soup with hashed module classes; 付款方式 rows are plain divs (no radios/ARIA), selection shown only by an SVG check with <title>已选</title>; unavailable rows greyed via class with reason line; promo banner, product tags, recommendations and legal footer also name 先用后付/花呗分期',
    expected: { total: 45900, programs: { 'alipay-paylater': 'unavailable', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'alipay/alipay-h5-cashier-huabei-fenqi-sheet-open',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_a3f9c1e27b4d40e58c2f6d1a9b7e05c3&alipay_exterface_invoke_assign_sign=_x4_k9_r_t_b2_q_g7n_h_xm_a6_l_w1_z_c%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "AntUI am-list as ARIA radiogroup (role=radio/aria-checked) with 花呗分期 checked; an aria-modal bottom sheet (am-actionsheet over am-mask) holds 3/6/12期 button tiles with aria-pressed, per-period amounts and fees; amount shown only at top as '¥ 1,299.00'; marketing slot below list mentions 先用后付 (noise)",
    expected: { total: 129900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/alipay-cashierstm-qr-only-huabei-ad',
    url: 'https://cashierstm.alipay.com/standard/auth.htm?payOrderId=1206d8f1c2e94a3b8e71f0da4.85&orderId=4218830019472650217',
    site: 'alipay',
    kind: 'trap',
    structure:
      "Alipay PC cashier, not logged in, for a 天猫超市 order: the only way to pay shown is a QR code (inline SVG with a <title>, 扫一扫付款 amount, countdown) plus a '登录账户付款' link; there is no list of payment methods. 花呗 is named only in an advertising banner, in an FAQ answer about what the phone app offers, and in a footer agreement link.",
    expected: null,
  },
  {
    page: 'alipay/alipay-excashier-huabei-fenqi-fee-table',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=1206c9e4b0a14b7dd2a3c55f2.85&orderId=1206c9e4b0a14b7dd2a3c55f2',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Alipay PC cashier (logged in) for a Taobao order: channels are a ul of li with a native radio input and a separate label[for]; 账户余额/余额宝 disabled 余额不足, 花呗 and 花呗分期 (checked) with a table of periods (radio + label per row, 免息 badges, 每期应还 and 手续费 columns), bank cards. Noise: order detail, scan-to-pay QR aside, hidden 网银 bank list, 集分宝 checkbox, FAQ, footer partner links.',
    expected: { total: 219900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-order-checkout-paylater-sheet-open',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=396887120154&sku_id=1290338851207&group_id=5672049182&goods_number=1&page_from=23&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo phone order page with its '选择支付方式' bottom sheet open (role=dialog, the page behind aria-hidden): each method is a label wrapping its name and a native radio input; 先用后付 is checked with a '由微信支付分提供' line and a steps note, then 多多支付, 微信支付, 支付宝 and a collapsed group (云闪付, QQ钱包). Noise: address, one 百亿补贴 item, service rows, open group orders, recommendation feed, hidden coupon/address sheets.",
    expected: { total: 3690, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/tmall-global-confirm-order-customs-late',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220l.1.a22016.d011001001001.3b1f7e8aKx2Wq1&x-itemid=598721304561&x-uid=2201438817204',
    site: 'tmall',
    kind: 'late',
    structure:
      "Tmall 天猫国际 PC confirm-order page: address radios, 订购人 identity block, order table, customs box with 进口税费 and fee rows are server-sent; the 付款方式 step is only a skeleton until an inline setTimeout (1.6 s) draws an accordion of buttons with aria-expanded (支付宝 collapsed, 花呗分期 selected and open with stage buttons, 先用后付 aria-disabled with a role=status 'checking eligibility' spinner). Noise: Tmall site-nav with a hidden sitemap dropdown, step bar, gift row, invoice note, guarantees, footer columns naming 分期付款.",
    expected: { total: 46695, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unknown' } },
  },
  {
    page: 'alipay/alipay-excashier-huabei-and-huabei-fenqi-split',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=0309e8b2c1d04aa3b8c5f16a4b1f7d22.85&orderId=0309e8b2c1d04aa3b8c5f16a4b1f7d22',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Alipay PC excashier: tabs (扫码支付 panel hidden, 登录账户付款 active) with a role=radiogroup of role=radio divs using aria-checked; 花呗 is checked, 花呗分期 is a separate option with aria-disabled and an aria-describedby reason (订单金额满¥100可用), bank cards named only by img alt. Noise: order header with 订单号, help links, trust badges.',
    expected: { total: 8990, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-order-checkout-xianyonghoufu-switch-late',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=593477012661&sku_id=1282399571203&group_id=94227113411&goods_number=1',
    site: 'pinduoduo',
    kind: 'late',
    structure:
      'Pinduoduo H5 checkout with hashed class names: the HTML as sent is a grey skeleton; after 1.5 s an inline script draws address, goods, price rows and a payment module where a 先用后付 role=switch (aria-checked=true) sits above a plain-div list of 微信支付/支付宝/多多支付/云闪付 (selected class). Noise: 为你推荐 grid, fixed 实付 bar.',
    expected: { total: 3680, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/tmall-confirm-order-xianyonghoufu-zhima-below-550',
    url: 'https://buy.tmall.com/order/confirm_order.htm',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "Tmall PC confirm_order: 付款方式 is a flat run of sibling divs, each a native radio + logo img + label[for] row followed by a description div; 先用后付's radio is disabled and its grey '芝麻分不足550，暂不可用' line sits two siblings after its row. Noise: address cards, item table, 运费险, 猜你喜欢 grid, Alibaba footer.",
    expected: { total: 88800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/tmall-product-page-huabei-fenqi-prices-trap',
    url: 'https://detail.tmall.com/item.htm?id=876123409922&skuId=5478812309331',
    site: 'tmall',
    kind: 'trap',
    structure:
      'Tmall product detail page: title promo line and price panel, SKU picker with a 花呗分期 row of aria-pressed period buttons showing ¥x × n期, 先用后付 badges in shipping and 服务承诺 lines, reviews mentioning both. No order, no payment step.',
    expected: null,
  },
  {
    page: 'tmall/tmall-chaoshi-h5-confirm-xianyonghoufu',
    url: 'https://buy.m.tmall.com/order/confirmOrderWap.htm?enc=%E2%84%A2&buyNow=false&cartId=4938120571,4938120572,4938120573,4938120574,4938120575&_input_charset=utf-8&divisionCode=310115&spm=a222m.7628550.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "Tmall H5 confirm-order (天猫超市 cart) with a 支付方式 card holding a greyed 先用后付 switch row with reason '本单含生鲜商品，暂不支持先用后付' and a visible horizontal 花呗分期 chip radiogroup (不分期 selected, ¥89.47×3期 免手续费, 6期, 12期 with 手续费); total ¥268.40 split into spans in the fixed submit bar.",
    expected: { total: 26840, programs: { 'alipay-paylater': 'unavailable', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'tmall/trap-tmall-chaoshi-detail-xianyonghoufu-tag',
    url: 'https://detail.m.tmall.com/item.htm?id=653920184712&skuId=4831755209314&spm=a220o.7406545.0.0',
    site: 'tmall',
    kind: 'trap',
    structure:
      "天猫超市 H5 goods detail page: a price card (¥1499.00), a '花呗分期 低至¥499.67×3期，免手续费 可选3/6/12期' line under the title, a 先用后付 service tag in the 保障 row, reviews mentioning 先用后付/花呗, and a 立即购买 button subtitled '先用后付 0元下单'; the SKU panel is display:none and there is no payment step.",
    expected: null,
  },
  {
    page: 'pinduoduo/pdd-h5-order-checkout-xianyonghoufu-monthly',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=612735408817&sku_id=1384529640211&group_id=91204837152&goods_number=2&page_from=35',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      '拼多多 H5 确认订单 with hashed CSS-module classes; the 支付方式 list marks the selected 先用后付 row only with a red tick data-URI image (alt=""), shows a 多多月付 credit row that is not a listed program, and keeps 花呗分期 / QQ钱包 / 银行卡 inside a collapsed 更多支付方式 container (display:none).',
    expected: { total: 3680, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'alipay/alipay-excashier-dangdang-huabei-merchant-disabled',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=7c1e5f0b2d3a4e8f9a6b1c2d3e4f5a6b.80',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Alipay PC 收银台 (excashier) for a 当当网 order: 扫码支付 / 电脑支付 view switcher, the visible 电脑支付 view lists radio rows (余额宝 checked, 账户余额 and 花呗 disabled with reasons such as 该商户暂不支持使用花呗付款, two bank cards); a 淘宝先用后付 advert sits below the cashier box.',
    expected: { total: 26840, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'tmall/tmall-pc-confirm-order-legacy-installment-table',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.1998099587.4.5a3b7b8eHq2X1P',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Legacy Tmall PC 确认订单: table of items plus a blue order-extra block, then a 花呗分期 radio table (期数/每期应还/手续费, 6期 checked) above the 实付款 box; a 先用后付 opening dialog sits in the page but is display:none.',
    expected: { total: 368900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/trap-alipay-merchant-huabei-help',
    url: 'https://cshall.alipay.com/enterprise/knowledgeDetail.htm?knowledgeId=201602360553',
    site: 'alipay',
    kind: 'trap',
    structure:
      'Alipay merchant help-centre article on 花呗收款/花呗分期 (how to open, fee-rate table with a ¥1,000 example, FAQ) that embeds an illustrative mock cashier figure with 花呗 / 花呗分期 radio rows and a 确认付款 button; there is no order and no real payment step.',
    expected: null,
  },
  {
    page: 'pinduoduo/pdd-rnw-order-checkout-paylater',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=473829104823&sku_id=1283749201834&group_id=98237461293&goods_number=1&page_from=0&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'React Native Web div soup with inline styles and no classes; the payment card lists 微信支付 (selected, shown only by a red tick background-image), a 先用后付 0元下单 row and 支付宝, while a collapsed 更多支付方式 container (display:none) holds 多多支付 and a 花呗分期 row; total in the fixed 实付 bar.',
    expected: { total: 2880, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/trap-tmall-detail-huabei-bar-paylater-tag',
    url: 'https://detail.m.tmall.com/item.htm?id=712345678901&skuId=5012345678901&spm=a222m.7628550.0.0',
    site: 'tmall',
    kind: 'trap',
    structure:
      'Tmall H5 product detail in Rax div soup: a 花呗分期 ¥433.00×3期起 bar, a 保障 row whose first tag is 先用后付, a review quoting 先用后付, a 领券购买 button subtitled 先用后付 0元下单, and a hidden (display:none) 花呗分期 selector panel; it is a product page, not a payment step.',
    expected: null,
  },
  {
    page: 'pinduoduo/pdd-duoduo-maicai-checkout-xianyonghoufu-shengxian',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1293847561203&goods_id=588123944210&group_id=102938475&goods_number=1&source_channel=duoduomaicai&refer_page_name=maicai_cart',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'PDD order_checkout page (hashed class names, rem layout) for a 多多买菜 pickup order: an inline pay-method list with 微信支付 ticked in red, 支付宝, and a greyed 先用后付 row reading 生鲜商品不支持先用后付, then a collapsed 更多支付方式 (display:none) with 多多钱包/云闪付/QQ钱包; fixed bar 实付 ¥23.86 已优惠¥6.00.',
    expected: { total: 2386, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-pinduoduo-xianyonghoufu-rules',
    url: 'https://mobile.yangkeduo.com/pay_later_rules.html?refer_page_name=personal',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'Phone 拼多多 先用后付 rules page: banner, 4-step flow, an aria-hidden 示意图 box drawing a fake 微信支付 / 先用后付 / 多多支付 list with 实付 ¥59.90, 开通条件, fee table, FAQ naming 微信支付分 and 花呗, and a fixed 立即开通先用后付 button — nothing can be paid here.',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-pinduoduo-h5-help-xianyonghoufu',
    url: 'https://mobile.yangkeduo.com/psnl_pay_later_help.html?refer_page_name=personal',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'Pinduoduo H5 help page for 先用后付: a 我的先用后付 已开通 status card (开通方式 微信支付分), a 待付款 剩余6天 order card, FAQ <details> naming 花呗/京东白条/微信支付分 and listing 支持的支付方式 as text, and a recommended-goods feed with 先用后付 tags; nothing is being paid.',
    expected: null,
  },
  {
    page: 'tmall/trap-tmall-cn-huabei-pdp-periods',
    url: 'https://detail.tmall.com/item.htm?id=736418290513&skuId=5189437720164',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall product detail page (no checkout): a 花呗分期 period picker in the SKU block with a selected '不分期' tile and a dashed, greyed 12期 tile carrying aria-disabled and a title reason, a 先用后付 service tag, a '支付方式 … 蚂蚁花呗' meta line, reviews mentioning 花呗/先用后付 and footer links; only 立即购买/加入购物车 buttons, no payment step.",
    expected: null,
  },
  {
    page: 'pinduoduo/pinduoduo-checkout-xianyonghoufukuan-title',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=482937615204&sku_id=1298374650123&group_id=86231557019&goods_number=1',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo mobile-web order-confirm page with hashed class names: address card, goods card whose title starts '【支持先用后付款】', coupon/service rows, then a 支付方式 radiogroup (微信支付 checked, 支付宝, 先用后付 row greyed/aria-disabled with '该商品暂不支持先用后付', 多多支付, a display:none 'more' list) and a fixed 实付 bar.",
    expected: { total: 3690, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/trap-tmall-presale-item-huabei-coupon',
    url: 'https://detail.tmall.com/item.htm?id=739284615027&skuId=5123987462310',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall PC item-detail page (React hashed class names) for a 双11 presale: 定金/尾款 two-stage price block ('预售商品分两期付款'), a 优惠 row with a '花呗专享券' coupon, a 花呗分期 per-period price widget, SKU/quantity and a '立即付定金' button, reviews and specs; it is a product page with no payment step.",
    expected: null,
  },
  {
    page: 'pinduoduo/pdd-order-checkout-css-order-paylater',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=512347780961&sku_id=1283371994521&group_id=77650921322&goods_number=2',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo React H5 order_checkout with hashed CSS-module class names; the 支付方式 rows are reordered with CSS order so 先用后付 (last in source) renders first, its selection is only an icon-checked class on an <i>, 花呗分期 is faded with an icon-disabled circle and '该商品暂不支持花呗分期', and the bottom bar shows 实付款 ¥/56/.80 in three spans next to a '0元下单' button.",
    expected: { total: 5680, programs: { 'pdd-paylater': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'alipay/alipay-h5-cashier-huabei-cell-sheet-closed',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_3f9c2a7d81e04b6a9d5e2c1b7a0f4e68&alipay_exterface_invoke_assign_sign=_k9_p2_xr_q7_l_m4v_z_t6_h_s1n_w8_y0_c3e_jd5_b',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "Alipay H5 收银台 for a Tmall order: a single 付款方式 cell shows the chosen 花呗分期 (分3期) with a '›' that would open a bottom sheet of channels (花呗, 花呗分期 periods, 余额宝, 余额, 银行卡) which is in the HTML but closed (display:none + aria-hidden), above a 确认付款 button.",
    expected: { total: 239900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pdd-h5-paylater-aria-only',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=512804937261&sku_id=1286730419552&group_id=0&goods_number=1&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo H5 确认订单 page with hashed class names and a role=radiogroup pay list: 微信支付 checked, 支付宝, a 先用后付 row whose name is only in the row's aria-label and its icon's alt while the visible text says 0元下单 / 确认收货后再付款, a greyed 多多钱包, and a closed 更多支付方式 panel (hidden) holding 花呗分期; 实付 ¥29.9 in the fixed bottom bar.",
    expected: { total: 2990, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/trap-pdd-h5-goods-paylater-badges',
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=387194506213',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      'Pinduoduo mobile goods detail page with hashed class names: 先用后付 appears only as a price tag, an orange promo strip and a 服务 row (visible text aria-hidden, restated in aria-labels), a review tag, 问大家 Q&A (also mentioning 微信支付分), a hidden rules sheet and the aria-label of the 发起拼单 button; there is no payment step.',
    expected: null,
  },
  {
    page: 'tmall/tmall-cn-huabei-fenqi-yijiuhuanxin',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a1z0d.6639537.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "Tmall PC 确认订单 page: the 付款方式 panel offers 支付宝, 花呗分期 (selected, with a 3/6/12 期 picker and an '分期总额 ¥6,986.44' line), a disabled 先用后付 with an over-limit reason, and 信用卡分期; the 店铺合计 ¥7,699.00 is reduced by a 以旧换新 trade-in to 实付款 ¥6,499.00.",
    expected: { total: 649900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/alipay-cashier-huabei-unsupported',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=be1f0c3a1d2e4b6c8f7a9e0d5c3b2a10.00',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "Alipay PC cashier for a Tmall order after a failed attempt: a role=alert tip '支付失败，请更换支付方式' (reason 该笔订单暂不支持花呗) above a channel list where 花呗 and 花呗分期 rows are disabled with that reason, 先用后付 is disabled with '当前订单不满足先用后付条件', 余额宝/余额 are greyed for insufficient funds and bank cards are selectable; a side advert promotes 花呗分期 and a closed <details> holds only 网银/代付.",
    expected: { total: 299900, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/trap-tmall-hk-pay-success-huabei',
    url: 'https://buy.tmall.com/order/paySuccess.htm?biz_order_id=3729184055632011460',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall desktop 付款成功 thank-you page for a Hong Kong member: the already-used 付款方式 '花唄分期 3期' and a 花唄 repayment reminder, a 先用後付 promo strip and 猜你喜歡 product cards tagged 花唄分期免息 / 先用後付, with no payment step to choose from.",
    expected: null,
  },
  {
    page: 'alipay/alipay-excashier-standard-auth-huabei-fenqi',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=0618c2a7e91d4f6bb3a5f0c8d27e4a19',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Old PC lightpay-style cashier: J-rcChannels ul.saved-card-list of li.row-container rows (花呗 radio, 花呗分期 radio checked with an expanded row-extra 3/6/12期 table, 余额宝, 工商银行 quick card) plus 添加快捷/网银付款; per-row amounts sit in fn-hide spans, and a CMS banner under the cashier advertises 淘宝先用后付 outside the payment step.',
    expected: { total: 358800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/alipay-mclient-mobilepay-huabei-quota',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_6b1f3a9e20c74d5a8e1b27c0f4d3a912&alipay_exterface_invoke_assign_sign=_d7_x_k2_m%2B_q9n_r_fw_t3_a_lz_c0_y_h_vb_p_e5_u_j1_o_s_g8%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Old Alipay WAP cashier (am-header / am-list): amount block ¥1,299.00, then ul.channel-list of li.channel-item role=radio rows where 余额宝 is selected, 账户余额 (余额不足), 花呗 (额度不足) and 花呗分期 (额度不足) carry channel-disabled + aria-disabled, two bank cards are selectable, and a 先用后付 li is display:none.',
    expected: { total: 129900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'alipay/late-alipay-cashiergtj-lightpay-paylater',
    url: 'https://cashiergtj.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=0619d4b27a3e41c58f6e92b0c7a13d55&bizIdentity=trade10001&outBizNo=2025061922001197513804221067&country=CN',
    site: 'alipay',
    kind: 'late',
    structure:
      'PC lightpay cashier whose served HTML holds only the order block (应付金额 159.00 元) and a 正在加载付款方式… spinner; an inline script renders, 900 ms after load, a ul.channel-list of role=radio li rows: 先用后付 · 确认收货后再付款 (checked), 花呗分期 disabled with 本单不支持花呗分期, 账户余额 and a 建设银行 quick card.',
    expected: { total: 15900, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'pinduoduo/pdd-h5-order-checkout-paylater-switch-off',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1383927461022&group_id=96104738221&goods_id=572938104561&goods_number=1&page_from=0&refer_page_element=open_btn&source_channel=0&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      '拼多多 H5 order confirm with hashed css-module classes: 支付方式 radiogroup with 多多支付 (checked), a 先用后付 · 确认收货后再付款 row carrying a role=switch button with aria-checked=false, 微信支付 and 支付宝 radios, and a 花呗分期 panel under 支付宝 that is display:none; 百亿补贴 and 月卡 coupon lines, a 拼单 banner and a hidden 先用后付 rules dialog.',
    expected: { total: 14600, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'alipay/trap-alipay-consumeprod-bill-records',
    url: 'https://consumeprod.alipay.com/record/standard.htm',
    site: 'alipay',
    kind: 'trap',
    structure:
      'Alipay PC 账单 / 交易记录 page: summary cards (花呗 6月应还 with 去还款, 先用后付 待付款), a filter form whose 付款方式 select lists 花呗/花呗分期/先用后付, and a record table whose 付款方式 column names 花呗, 花呗分期 and 先用后付 for past orders; nothing here is a payment step for a current order.',
    expected: null,
  },
  {
    page: 'pinduoduo/trap-pdd-goods-detail-paylater-badges',
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=438817260945&page_from=23&refer_page_name=index&_x_share_id=b1f7e2a4c9d34e6f',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      '拼多多 H5 goods detail page (百亿补贴 price band, service tags, 拼单 list, reviews, 单独购买/发起拼单 bar) where 先用后付 appears only as product badges, a 服务 row, a review tag and a note under the 发起拼单 button; there is no order confirm or payment-method step.',
    expected: null,
  },
  {
    page: 'pinduoduo/late-pinduoduo-cn-paylater-listbox',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=469213878105&sku_id=1286574430219&group_id=1924775503&goods_number=2&page_from=0&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'late',
    structure:
      "Pinduoduo mobile order page with hashed classes; as served the payment card holds only a grey skeleton, and an inline script 'fetches' the channel list (setTimeout 850 ms) and draws a role=listbox of role=option rows with aria-selected (先用后付 preselected, 微信支付, 多多支付, 支付宝) plus a second listbox folded away with the hidden attribute. A 先用后付 service tag also appears on the goods card.",
    expected: { total: 8980, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/tmall-cn-huabei-open-listbox',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.0.0.5c7a2b6fQxY3nE',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Tmall PC order confirmation with hashed CSS-module classes; 付款方式 is a custom combobox left open (aria-expanded=true) whose role=listbox popup shows role=option channels with aria-selected/aria-disabled: 花呗 and 花呗分期 (selected) can be chosen, 先用后付 is aria-disabled with 暂不可用. A 花呗分期免息 badge also sits on the item line.',
    expected: { total: 319900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/pinduoduo-cn-paylater-more-collapsed',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=417356220891&sku_id=1186472035519&group_id=92835421870&goods_number=2&page_from=0&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo H5 with hashed classes: the payment list is plain div rows (data-pay-type, data-active) with <i> icons and an <i> check icon; 微信支付 selected, 先用后付 (0元下单, 确认收货后再付款) selectable; 支付宝/多多支付 sit in a display:none block behind '更多支付方式'. A 先用后付 tag also appears under the goods line.",
    expected: { total: 7480, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/trap-tmall-cn-order-detail-huabei-paid',
    url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3807164429518826471',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall order-detail page for an order already paid and shipped: a five-step progress bar (拍下商品 ✓, 付款到支付宝 ✓, 卖家发货 current), the 订单信息 list reports '付款方式：花呗分期 · 12期' and 实付款 ￥3,299.00, and 猜你喜欢 cards carry 先用后付 / 花呗分期免息 tags; there is no way to pay to choose.",
    expected: null,
    orders: [{ order: '3807164429518826471', program: 'alipay-huabei', amount: 329900 }],
  },
  {
    page: 'alipay/alipay-cn-cashier-tmall-order-huabei-fenqi',
    url: 'https://cashierstl.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=10147a3e91d2c8f5b06d2cerclou4417&bizIdentity=trade10001&outBizNo=2024101422001188571433980221&timeStamp=1728909667482&country=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Alipay PC light-pay cashier for the Tmall order (#J_Order amount 4499.00 元, #J-payMethod > form#lightPayForm): ul#J_SavecardList of li.row-container channels with input[name=apiCode] radios (花呗 selected with a row-extra 花呗分期 3/6/12期 picker, 余额宝 disabled 余额不足, two saved bank cards), then the six-digit password and 确认付款. Its 分期 picker repeats the one on the Tmall product page.',
    expected: { total: 449900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'tmall/trap-tmall-cn-detail-huabei-fenqi-picker',
    url: 'https://detail.tmall.com/item.htm?id=754617829366&skuId=5316624812203&spm=a1z10.3-b-s.w4011-24426768373.62.4c1e7b3dXq2mKf',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall PC product detail page with hashed CSS-module classes (SkuContent--*, Price--*, Actions--*): beside colour/storage SKU pickers, a '花呗分期' row is an ARIA radiogroup of 不分期 / 3期 / 6期 / 12期 plans with per-term amounts and a 分期计算器 link, plus a 先用后付 guarantee tag; only 领券购买 / 加入购物车 follow. No order, no cashier.",
    expected: null,
  },
  {
    page: 'tmall/trap-tmall-cn-product-huabei-period-picker',
    url: 'https://detail.tmall.com/item.htm?id=738271690213&skuId=5125570394417&spm=a1z10.3-b-s.w4011-14440355113.52.3b1a5f4fJ8Vn4Q',
    site: 'tmall',
    kind: 'trap',
    structure:
      'Tmall product detail page with hashed CSS-module classes: several ARIA radiogroups sit stacked in the buy box (颜色分类, 套餐类型, and a 花呗分期 period picker with per-period amounts), plus a 配送/送装 row, a 保障 row tagging 先用后付, coupon tags reading 花呗3期免息, and 立即购买 / 加入购物车 buttons. It is a product page, not an order confirmation, so there is no payment step.',
    expected: null,
  },
  {
    page: 'tmall/late-tmall-cn-huabei-fenqi-cards',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.a2226mz.1.6f3c2b8dLqRk9T',
    site: 'tmall',
    kind: 'late',
    structure:
      'Tmall confirm-order page with hashed CSS-module classes; the 付款方式 block ships as a 正在加载 spinner and an inline script fills it after ~0.9 s with an ARIA radiogroup (支付宝 / 花呗分期 / 信用卡分期), where the 花呗分期 3/6/12期 plans are a <table> whose rows CSS turns into side-by-side cards. 先用后付 appears only in the top promo banner.',
    expected: { total: 309900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/late-alipay-cn-huabei-activate-on-pay',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_8c1e5f0b2d7a4c93e1f6a0b85d2c7e41&alipay_exterface_invoke_assign_sign=_a9_f_k4_q_wz8_l_xb0c3_t_r_d7_e_m2_v_h5_n1_y6_j_g_s%3D%3D',
    site: 'alipay',
    kind: 'late',
    structure:
      'Alipay mobile cashier shell served with only a loading spinner; after a 900 ms fake consult call the script draws an ARIA radiogroup of am-list-item channels. 余额宝 is checked; 花呗 carries 推荐 and 需开通 but says it can be chosen and is switched on when the shopper confirms payment; a 花呗新人礼 promo strip sits above the list.',
    expected: { total: 35600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/pinduoduo-cn-paylater-not-for-this-order',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=378915426091&sku_id=1129304571823&goods_number=1&group_id=81620471985&page_from=35&refer_page_name=goods_detail',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      'Pinduoduo mobile order page with hashed React classes; 支付方式 is a list of div rows with SVG circles and data-pay-type, no inputs. 微信支付 is ticked (推荐, 已选); 先用后付 is greyed by a hashed class and its only state is the line 本单不支持先用后付. 实付 ¥39.90 in the fixed bottom bar next to the struck-out ¥45.90.',
    expected: { total: 3990, programs: { 'pdd-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/trap-tmall-cn-product-huabei-installments',
    url: 'https://detail.tmall.com/item.htm?id=735418906221&skuId=5102847736614',
    site: 'tmall',
    kind: 'trap',
    structure:
      'Tmall product detail page (hashed CSS-module classes) with a selectable 花呗分期 row of period tiles styled like SKU choices, a 先用后付 · 确认收货后再付款 guarantee tag, reviews mentioning 先用后付 and 分期, and 立即购买 / 加入购物车; no order and no payment step.',
    expected: null,
  },
  {
    page: 'alipay/alipay-cn-fliggy-flight-huabei-quota',
    url: 'https://cashierstl.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=10094c7e3b2f8a11d5e9erclou4471&bizIdentity=trade10001&outBizNo=2025100922001187460541932870&country=CN',
    site: 'alipay',
    kind: 'checkout',
    structure:
      'Alipay PC light-pay cashier for a Fliggy flight order: a React-0.14-style ul#J_SavecardList of li.row-container channels with radio inputs; 花呗 and 花呗分期 rows are li.row-container-disabled with disabled radios and 额度不足 reasons (limit 1,800 vs 2,416 元), as are 余额/余额宝, while a saved credit card is checked.',
    expected: { total: 241600, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'tmall/tmall-cn-paylater-switch-zhima-denied',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.a2226mz.1.5c1a2bd4XqWm3k&x-itemid=656208177420&x-uid=2201458807716',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "Tmall confirm order with a classic table of goods and a styled-components (sc-… hashed) '付款方式' ul: rows with icon-font radio glyphs whose colour class marks the choice (支付宝 chosen, 花呗分期 offered with its 分期 panel closed, 信用卡分期), and 先用后付 as a greyed toggle switch (aria-disabled) with '暂时无法开通：…芝麻信用…'. The goods row carries '先用后付'/'花呗分期' service tags.",
    expected: { total: 264905, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/trap-pinduoduo-cn-checkout-paylater-banner-only',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1465082217390&group_id=1592283011872&goods_id=5637092641&goods_number=2&page_from=101&refer_page_name=goods_detail&refer_page_id=10014_1767772004133_qv6yzo2h1d',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      "A real 拼多多 order_checkout page whose visible payment list (hashed _xxxx classes, selection by icon-font glyph class) offers only 微信支付/支付宝/多多支付; its 先用后付 row exists but is display:none. 先用后付 and 微信支付分 are named only in a '开通先用后付，下次下单0元先用…去开通' notice bar above the address and in the agreement notes under the step.",
    expected: null,
  },
  {
    page: 'alipay/late-alipay-cn-excashier-huabei-select',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=8c2f0e7a41b94d6e9a3b5d1f07c64e2a.00',
    site: 'alipay',
    kind: 'late',
    structure:
      "Alipay PC cashier served with the order amount and a skeleton '正在获取付款方式…'; an inline script resolves a fake channel-consult promise after 850 ms and builds grouped .channel-item rows (余额/余额宝 greyed for insufficient funds, 花呗 selected with a native <select> of 分期 terms, bank cards).",
    expected: { total: 368800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'alipay/cn-alipay-h5-cashier-huabei-quota-insufficient-cmb-instalment',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_0924a3c7e18b4f20a5d6c21b87e6f331&alipay_exterface_invoke_assign_sign=_t3_q_k_r_g_f9_u_z_x_h_a%3D%3D',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "Alipay H5 cashier in Ant Design Mobile style: .am-list-item rows each with a custom .am-checkbox wrapping a real radio; 花呗 and 花呗分期 rows carry .am-list-item-disabled, aria-disabled and a disabled radio with the reason '额度不足，本单暂不可用'/'花呗额度不足', while the 招商银行信用卡 row (信用卡分期, not ours) is checked with an expanded period grid; 余额宝 and a debit card are also selectable. Total is the big '¥5,899.00' amount at the top and on the 确认付款 button.",
    expected: { total: 589900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'pinduoduo/cn-pdd-h5-order-checkout-wechat-fenfu-unionpay-instalment',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?sku_id=1229834710382&goods_id=538271946013&goods_number=1&group_id=2140382911',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo H5 confirm-order page with hashed React class names: the 支付方式 card is a stack of div[role=radio][data-pay-app-id] rows with an <i> tick circle (selected one has the extra class and aria-checked=true); it offers 微信支付 (selected), 微信分付, 支付宝, 云闪付 (信用卡分期) and 多多钱包 — no 先用后付 or other of our programs. Total '实付 ¥239.00' in the fixed bottom bar.",
    expected: null,
  },
  {
    page: 'pinduoduo/cn-pdd-h5-order-detail-paylater-hidden-pay-sheet-trap',
    url: 'https://mobile.yangkeduo.com/order.html?order_sn=250611-384729105738291',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      "Pinduoduo H5 order-detail page (hashed class names) for an order already placed with 先用后付: a status banner, price rows ('先用后付 · 待付款 ¥59.90'), 支付方式 shown as plain text, a 先用后付 promo banner and a recommendation grid. The only pay-method chooser is a 提前付款 bottom sheet that is closed (.hide = display:none, aria-hidden), so no payment step is visible.",
    expected: null,
    orders: [{ order: '250611-384729105738291', program: 'pdd-paylater', amount: 5990 }],
  },
  {
    page: 'alipay/cn-alipay-h5-cashier-late-huabei-quota-insufficient',
    url: 'https://mclient.alipay.com/cashier/mobilepay.htm?alipay_exterface_invoke_assign_target=invoke_a6e1f3c2b9d84c7e8f0b1a2c3d4e5f60&alipay_exterface_invoke_assign_sign=_r_k9_p_l2m_x_q8_z_w3n_f_h_v1j_b6t_y_c4s_a%3D%3D',
    site: 'alipay',
    kind: 'late',
    structure:
      "Alipay H5 cashier: served HTML is only a skeleton and '正在加载' spinner; an inline script (setTimeout 1200 ms) writes the amount (¥589.00) and an am-list of role=radio div rows (花呗, 余额宝 checked, 招商银行储蓄卡, 添加银行卡). The 花呗 row is am-list-item-disabled / aria-disabled with the visible brief '花呗额度不足，可用额度¥320.00'.",
    expected: { total: 58900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'tmall/cn-tmall-item-detail-trap-huabei-plan-picker-paylater-not-supported',
    url: 'https://detail.tmall.com/item.htm?id=735218840967&skuId=5062913374821',
    site: 'tmall',
    kind: 'trap',
    structure:
      "Tmall item detail page (CSS-module hashed classes): a 花呗分期 plan picker (role=radio divs with per-period amounts) sits on the product page, and a greyed 先用后付 guarantee tag has a hover tooltip '该商品不支持先用后付'; the FAQ also mentions 花呗 and 先用后付. There is no payment step — only 立即购买 / 加入购物车 buttons.",
    expected: null,
  },
  {
    page: 'tmall/cn-tmall-global-confirm-order-huabei-paylater-refused',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a1z0d.6639537.0.0.5c7a7484Xq2mFT&x-itemid=612094387715&x-uid=2206594731',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Classic Tmall confirm-order form: address listbox, 订购人 ID block, item table, then a 付款方式 section of div[role=radio] rows (aria-checked) where 花呗分期 is selected with a nested radiogroup of 3/6/12-period chips and 先用后付 is greyed (.is-disabled, aria-disabled=true) with the reason 跨境商品暂不支持先用后付. The payable total sits in .order-realPay .realPay-price (实付款含税费 ¥703.70 = goods ¥645.00 + 进口税费 ¥58.70).',
    expected: { total: 70370, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'alipay/cn-alipay-pc-cashier-tmall-order-huabei',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=1127a6e91c8b4f23b0d1e58fa93c0f77.85',
    site: 'alipay',
    kind: 'checkout',
    structure:
      "Alipay PC 收银台 for a Tmall order, fully server-rendered: ul.channel-list[role=radiogroup] of li.channel-item rows (radio name=channelType + SVG logo + channel-name + channel-desc); 账户余额 and 余额宝 are channel-disabled with disabled radios (余额不足), 花呗 is channel-selected and checked, 花呗分期 is selectable (its period picker li is fn-hide), plus a 招商银行 debit card. 应付金额 ¥1,056.40 sits in the order-info header; a '广告' banner below the form advertises 芝麻先享·先用后付 outside the payment choices.",
    expected: { total: 105640, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'pinduoduo/cn-pdd-h5-vue-checkout-xianyonghoufu-countdown',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=592187340512&sku_id=1379214658823&group_id=83472219935',
    site: 'pinduoduo',
    kind: 'late',
    structure:
      "Pinduoduo H5 确认订单 page whose whole view is mounted by a Vue-style render (scoped data-v-* attributes) into #main after 0.7 s, replacing a grey skeleton; it re-renders every second for the 拼单剩余 countdown, so the pay list and the bottom-bar 实付 ¥128.80 are rebuilt as new nodes each tick. The section[role=radiogroup] holds div.pay-item rows (微信支付 selected at first, 先用后付 'is-pending' with '正在查询是否可用…', 支付宝, 多多钱包 is-disabled for 余额不足); at 1.7 s 先用后付 becomes available with a 推荐 badge and the selection moves to it.",
    expected: { total: 12880, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'pinduoduo/cn-pdd-order-detail-trap-xianyonghoufu-awaiting-receipt',
    url: 'https://mobile.yangkeduo.com/order.html?order_sn=251207-384920175630291',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      "Pinduoduo H5 order-detail page (hashed class names) for an order already placed with 先用后付 and awaiting receipt: status header, logistics timeline, price rows ending in '确认收货后需付 ¥82.90', order info '支付方式 先用后付', and recommendation tiles badged 先用后付. There is no payment picker, only 联系商家/查看物流/延长收货/确认收货 buttons.",
    expected: null,
    orders: [{ order: '251207-384920175630291', program: 'pdd-paylater', amount: 8290 }],
  },
  {
    page: 'pinduoduo/cn-pdd-order-detail-xianyonghoufu-trap',
    url: 'https://mobile.yangkeduo.com/order.html?order_sn=250616-318274610592833',
    site: 'pinduoduo',
    kind: 'trap',
    structure:
      "Pinduoduo mobile 订单详情 page with hashed React-style class names: status header '待收货 · 先用后付', goods card with price rows ending '确认收货后需付款 ¥86.40', a note naming 拼多多先用后付, order info row '支付方式 先用后付（待付款）', a collapsed FAQ <details> and a bottom toolbar (确认收货 etc.) — an order already placed, no payment method to pick.",
    expected: null,
    orders: [{ order: '250616-318274610592833', program: 'pdd-paylater', amount: 8640 }],
  },
  {
    page: 'tmall/cn-tmall-confirm-order-select-dropdown-huabei-paylater-disabled',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220l.1.a22016.d011001001001.4f6a2c1bRkQ7xN',
    site: 'tmall',
    kind: 'checkout',
    structure:
      'Tmall PC 确认订单 page with hashed React-style class names; the 付款方式 card is a single native <select> whose options are 支付宝余额, 余额宝, 花呗 (selected, shown in the closed select), an <optgroup> of 花呗分期 3/6/12期, a disabled 先用后付 option, and two bank cards; a visible note under the select also says 先用后付 is not supported for this customised item. The payable 实付款 ¥1568.00 sits in the realpay bar under the payment card (also as 店铺合计).',
    expected: { total: 156800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'tmall/cn-tmall-confirm-order-huabei-fenqi-3qi',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220o.1000855.0.0',
    site: 'tmall',
    kind: 'checkout',
    structure:
      "Old-style Tmall desktop 确认订单 with table layout and J_ ids; a 花呗分期 box below the order table shows 期数 links (role=radio, .selected on '¥799.00 × 3期 免息') with '已选：花呗分期 每期¥799.00 共3期' and a '更换分期/不分期' link; a 先用后付 checkbox row is disabled with '该商品暂不支持先用后付'. Total 实付款 ¥2397.00 in the bottom order-submit box.",
    expected: { total: 239700, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'pinduoduo/cn-pdd-order-checkout-paylater-wallet-balance-zero-today',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=583920174655&sku_id=1284659302117&goods_number=2',
    site: 'pinduoduo',
    kind: 'checkout',
    structure:
      "Pinduoduo mobile H5 (Vue scoped data-v attributes): cell rows 商品金额 ¥179.80, 百亿补贴 -¥30, 店铺券 -¥10, 多多钱包余额抵扣 -¥12.30 (switch on); a role=radiogroup 支付方式 with 先用后付 checked ('今日支付 ¥0' in big red), 微信支付, 多多支付 and a collapsed display:none 更多支付方式 list. The fixed bottom bar shows '实付 ¥127.50 / 已优惠¥40.00' and a button '先用后付 ¥0下单'.",
    expected: { total: 12750, programs: { 'pdd-paylater': 'offered' } },
  },
  {
    page: 'tmall/cn-tmall-confirm-order-huabei-installment-gouwujin-late',
    url: 'https://buy.tmall.com/order/confirm_order.htm?spm=a220l.1.a22016.d011001001001.5a7c3f1bWk2xQ&x-itemid=745812093366',
    site: 'tmall',
    kind: 'late',
    structure:
      "Served HTML has only a shimmering skeleton in #ice-container ('正在为您计算优惠'); an inline setTimeout (1.2 s) injects the CSS-module styled order: item ¥1,299.00 (del ¥1,399.00), 店铺优惠 -¥50, 店铺合计 ¥1,249.00, 购物金 -¥100 and 红包 -¥15 switches, a role=radiogroup 付款方式 with 支付宝, 花呗分期 (active, big '¥378.00×3期' stage cells) and 先用后付·芝麻先享 greyed (disabled class, aria-disabled, '该商品暂不支持先用后付'), and a fixed bottom bar '共减 ¥65.00 实付款：¥1,134.00 提交订单'.",
    expected: { total: 113400, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
];
