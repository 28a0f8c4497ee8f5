import type { CorpusPage } from './types';

/**
 * JD and Taobao pages of the detection corpus (tests/fixtures/corpus/jd, tests/fixtures/corpus/taobao)
 * and what a shopper sees on each, read from the rendered page.
 */
export const READINGS_JD_TAOBAO: readonly CorpusPage[] = [
  // JD
  {
    page: 'jd/checkout-payment-list-classic',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure: 'ul#payment-list div.payment-item, selected by class only; 先用后付 class-disabled, reason inside',
    expected: { total: 239900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cashier-baitiao-installments',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298765432101',
    site: 'jd',
    kind: 'checkout',
    structure:
      '收银台 paybox divs, custom checkbox spans; 打白条 selected, 不分期/3/6/12/24期 picker with per-period amounts',
    expected: { total: 149000, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/checkout-label-for-cards',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718093521774',
    site: 'jd',
    kind: 'checkout',
    structure:
      'label[for] split, hidden radios atop the form; 先用后付 disabled only by its input; reason in sibling note',
    expected: { total: 35800, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/checkout-aria-radiogroup-switch',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718094410263',
    site: 'jd',
    kind: 'checkout',
    structure:
      'hashed classes; role=switch 先用后付 (on) + role=radiogroup; 白条 aria-disabled, 额度不足 via aria-describedby',
    expected: { total: 8990, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/checkout-listbox-inert',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718095032118',
    site: 'jd',
    kind: 'checkout',
    structure: 'role=listbox/option aria-selected; 白条分期 selected, per-period amount; 先用后付 inert; total pending',
    expected: { total: null, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/checkout-fieldset-disabled',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718095587340',
    site: 'jd',
    kind: 'checkout',
    structure:
      'native radios wrapped in labels; 白条 and 先用后付 in a fieldset disabled with a group note; 合计: 158元',
    expected: { total: 15800, programs: { 'jd-baitiao': 'unavailable', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/checkout-more-collapsed',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718096120957',
    site: 'jd',
    kind: 'checkout',
    structure:
      'classic ul/li list; 白条 selected, 6期 per-period amount; 先用后付 only under 更多支付方式 (class hide)',
    expected: { total: 568800, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/checkout-vue-rerender',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718096733402',
    site: 'jd',
    kind: 'checkout',
    structure:
      'Vue-like #app re-renders el-radio list every 500 ms; 先用后付 (由微信支付分提供) disabled, 暂不可用 beside',
    expected: { total: 109900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/late-payment-step',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718097350681',
    site: 'jd',
    kind: 'late',
    structure: 'step inserted by setTimeout after 1.5 s; 白条 banner in frame; 白条 disabled input, 额度不足 inside',
    expected: { total: 64900, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/checkout-option-rows-sibling-note',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718099034412',
    site: 'jd',
    kind: 'checkout',
    structure:
      'role=option rows selected by aria-selected; 白条额度不足 in a sibling note that names 白条 again, not in the row',
    expected: { total: 43900, programs: { 'jd-baitiao': 'unavailable', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/checkout-uniapp-grey-notes',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1733345521907',
    site: 'jd',
    kind: 'checkout',
    structure:
      'uni-app <uni-view> rows, no controls, selected by a chk.on class; each name over a class="gray" note; 先用后付 row class dis',
    expected: { total: 37900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/checkout-baitiao-period-select',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1764893291442',
    site: 'jd',
    kind: 'checkout',
    structure: 'payment tiles, 京东白条 selected with a <select> of 白条分期 periods and 每期 amounts',
    expected: { total: 586700, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/cashier-plans-amount-unmet',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=308571264953&reqInfo=eyJjYXRlZ29yeSI6IjEiLCJvcmRlcklkIjoiMzA4NTcxMjY0OTUzIn0%3D&sign=5a9e0c37d1f4',
    site: 'jd',
    kind: 'checkout',
    structure:
      'cashier: bank cards and balance, 白条 with a grid of plans (手续费, 每期), 先用后付 disabled for 订单金额不满足',
    expected: { total: 369900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/trap-floated-step-titles',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1764893845217',
    site: 'jd',
    kind: 'trap',
    structure:
      'div step titles, 送货清单 with a floated 配送方式 aside; wallets only in step; 白条/先用后付 in goods title, service strip, coupon, carousel',
    expected: null,
  },
  {
    page: 'jd/trap-checkout-wallets-only',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1718097912245',
    site: 'jd',
    kind: 'trap',
    structure:
      'wallets only in step; 京东白条 nav link, 白条 coupon radios, 【白条24期免息】 title, side ad, help footer',
    expected: null,
  },
  {
    page: 'jd/trap-cashier-bank-cards',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=301256789034',
    site: 'jd',
    kind: 'trap',
    structure: '收银台 with bank cards, 微信支付, 云闪付 only; 白条/先用后付 in side FAQ and 打白条 promo',
    expected: null,
  },
  {
    page: 'jd/checkout-combined-remainder-hidden-paylater',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1764918803442&source=cart',
    site: 'jd',
    kind: 'checkout',
    structure:
      '组合支付: the remainder (剩余 ¥…) paid by radios in labels with a tip beside each; 京东先用后付 in a row hidden by class',
    expected: { total: 166080, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/cashier-radiogroup-describedby-notes',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298417735562&reqInfo=eyJjYXRlZ29yeSI6IjEiLCJvcmRlcklkIjoiMjk4NDE3NzM1NTYyIn0%3D&sign=8c1f03a5e2b44d7a',
    site: 'jd',
    kind: 'checkout',
    structure:
      'role=radiogroup of button role=radio, each described by a note elsewhere (aria-describedby); 白条 aria-disabled',
    expected: { total: 234900, programs: { 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/checkout-link-tabs-baitiao-period-select',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1764936012451',
    site: 'jd',
    kind: 'checkout',
    structure:
      'a strip of <a class="payment-item"> tabs, 白条 item-selected with a <select> of 分期 periods below; 先用后付 a link with class disabled and a title saying why',
    expected: { total: 409900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  // Taobao
  {
    page: 'taobao/checkout-next-radio-halo',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml',
    site: 'taobao',
    kind: 'checkout',
    structure: 'halo layout, Fusion next-radio labels wrap inputs; 花呗 selected; 先用后付 disabled, reason inside',
    expected: { total: 26800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/checkout-antd-huabei-installments',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=720391846512',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'antd Radio.Group, css- hash; 花呗分期 selected, Segmented 3/6/12期 per-period amounts; 先用后付 新人专享',
    expected: { total: 9990, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-vant-h5-cells',
    url: 'https://buy.taobao.com/auction/order/confirm_order.htm',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'mobile Vant cells with role=radio; 花呗 row aria-disabled, 额度不足 inside; 先用后付 selected; split price',
    expected: { total: 4580, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'taobao/checkout-css-modules-divs',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a1z0d.6639537.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'CSS-module divs, no roles, selected by class + ✓; 支付宝 selected; 先用后付 class-disabled, 芝麻分不足 beside',
    expected: { total: 128800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/checkout-template-more',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=701238845602',
    site: 'taobao',
    kind: 'checkout',
    structure: 'ul/li radios in labels; 先用后付 selected; 花呗分期 only in a <template> behind 展开更多支付方式',
    expected: { total: 3990, programs: { 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-react-listbox-rerender',
    url: 'https://buy.taobao.com/auction/order/confirm_order.htm?spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'React-like listbox re-rendered every 500 ms; 先用后付 selected; 花呗 aria-disabled, reason via aria-describedby',
    expected: { total: 5600, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'taobao/checkout-table-label-for',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?from=cart',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'table: radio and label[for] in separate cells; 花呗分期 with <select>; 先用后付 in hidden tbody; total pending',
    expected: { total: null, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'taobao/late-payment-step',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=688120457731',
    site: 'taobao',
    kind: 'late',
    structure:
      'skeleton replaced after 1.8 s by next-radio group: 花呗分期 with per-period chips, 先用后付; 花呗 in footer',
    expected: { total: 12900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-vant-checking-disabled',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?x=1',
    site: 'taobao',
    kind: 'checkout',
    structure: 'Vant cells, van-radio role=radio; 先用后付 aria-disabled beside a spinner and 正在评估您的先用后付资格',
    expected: { total: 8900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unknown' } },
  },
  {
    page: 'taobao/checkout-pressed-tiles-grid',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?x-itemid=742019385561&x-uid=2209870033&spm=a230r.1.14.8',
    site: 'taobao',
    kind: 'checkout',
    structure: 'CSS grid of button[aria-pressed] tiles with hashed classes: 花呗, 花呗分期, 先用后付',
    expected: { total: 65800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-vue-comment-placeholders',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=698133025740&x-uid=3302815519&buy_param=698133025740_2_5127734410882',
    site: 'taobao',
    kind: 'checkout',
    structure: 'Vue/NutUI with data-v attributes and <!----> placeholders; 先用后付 is-disabled with a greyed reason',
    expected: { total: 28472, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/trap-checkout-wallets-only',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?from=detail',
    site: 'taobao',
    kind: 'trap',
    structure:
      'step has 支付宝/余额宝/银行卡 only; 【花呗分期】 title, 花呗 coupon radios, ad, 先用后付 tags, nav, footer',
    expected: null,
  },
  {
    page: 'taobao/trap-h5-tags-faq',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=652203918840',
    site: 'taobao',
    kind: 'trap',
    structure: 'mobile Vant page, step has 支付宝 only; 先用后付 goods tag, 花呗 notice bar, FAQ naming both',
    expected: null,
  },
  {
    page: 'taobao/trap-buynow-popover-tooltip',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a21202.12579950.item.buy&x-itemid=742198830516&x-uid=2208739104561',
    site: 'taobao',
    kind: 'trap',
    structure:
      'wallets-only step; 花呗 and 先用后付 in a goods service popover (role=tooltip) and a closed aria-controls toggle',
    expected: null,
  },
  {
    page: 'taobao/checkout-paylater-switch-radiogroup',
    url: 'https://buy.taobao.com/auction/order/confirm_order.htm?spm=a1z0d.6639537.0.0.3a2b7484&x-uid=2210847713360&from=cart',
    site: 'taobao',
    kind: 'checkout',
    structure:
      '先用后付 as a role=switch (aria-checked) above a role=radiogroup of wallets with 花呗; 淘金币 a second switch',
    expected: { total: 64580, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/checkout-baitiao-period-grid-tiles',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC checkout: div.payment-item tiles (item-selected class, no radios/ARIA) for 在线支付/京东白条/先用后付/货到付款(disabled), plus a CSS-grid of plain div period buttons (不分期/3/6/12期) under 白条; promo banner, goods tags, recommendations and footer also name 白条/先用后付',
    expected: { total: 594900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/checkout-paylater-tooltip-describedby',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC checkout: #payment-list of div.payment-item tiles (payname/payid attrs, item-selected class, no inputs); 京东白条 selected with a 分期 plan strip; 先用后付 tile has item-disabled + aria-disabled and its reason only in a hover role=tooltip div referenced by aria-describedby; 白条/先用后付 also in top promo banner, recommendation tags and footer',
    expected: { total: 479900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/trap-payment-list-online-cod-only',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?overseaPurchaseCookies=&vendorRemarks=[]&submitOrderParam.sopNotPutInvoice=false&submitOrderParam.trackID=TestTrackId&presaleStockSign=1&submitOrderParam.ignorePriceChange=0&submitOrderParam.btSupport=0',
    site: 'jd',
    kind: 'trap',
    structure:
      'trap: classic trade.jd.com #payment-list with div.payment-item tiles (payname/payid attrs, item-selected class) offering only 在线支付 and 货到付款; 白条/先用后付 appear only in a top banner, product tags, a disabled 白条券 coupon, a side advert and footer logos',
    expected: null,
  },
  {
    page: 'taobao/checkout-button-radios-describedby-reason',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a1z09.2.0.0.5a2e2e8dYqL0kz&x-itemid=739415260881&x-uid=2207519304',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'CSS-module hashed classes; payment tiles are <button role=radio aria-checked> in a role=radiogroup; 先用后付 tile has aria-disabled with its 额度不足 reason in a small grey div inside (aria-describedby); 花呗分期 checked with a nested <select>; 先用后付 also in promo tag, ad banner and footer logos',
    expected: { total: 128601, programs: { 'alipay-paylater': 'unavailable', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/checkout-table-rows-baitiao-quota',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1733433612345',
    site: 'jd',
    kind: 'checkout',
    structure:
      'old JD PC table layout: table#payment-table with one tr per method, radio / label[for] name / description in separate tds; 白条 row has disabled radio + pay-disabled class with 额度不足 span in the description cell, followed by a greyed colspan row of 分期 plans; 先用后付 plain enabled row; traps: 白条 ad strip above, 白条免息 note in goods list, 白条 in footer links and footer logo alt',
    expected: { total: 424900, programs: { 'jd-baitiao': 'unavailable', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/checkout-h5-baitiao-periods-scroller',
    url: 'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&type=0&lg=0&supm=0',
    site: 'jd',
    kind: 'checkout',
    structure:
      "mobile Taro-style page; payment list is an ARIA radiogroup of div[role=radio] rows with SVG <title> icons; 白条 (selected) is followed by a nested horizontal-scrolling radiogroup of period tiles; 先用后付 is a sibling row; 白条/先用后付 also appear in sku tags, invoice note, recommendations and copyright (the author's address, trade.m.jd.com/order/orderInfo, is unconfirmed: the page stands at the phone checkout's known address)",
    expected: { total: 239900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/checkout-cashier-li-rows-baitiao-pressed-periods',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298174650231&reqInfo=eyJ0eXBlIjoxLCJjaGFubmVsIjoicGMifQ%3D%3D',
    site: 'jd',
    kind: 'checkout',
    structure:
      'clickable <li> channel rows selected by class (no inputs); 白条 row holds a period picker of <button aria-pressed> tiles (3期 pressed); amount due as big <strong> in header; ad strip + footer logos mention 白条/先用后付',
    expected: { total: 389700, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/trap-baitiao-payment-coupon-online-only',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'trap',
    structure:
      "支付方式 is a single li.payment-item (在线支付, class-selected, no inputs); 白条 appears only as a disabled checkbox coupon '白条支付券' inside an ARIA tablist 优惠 panel, 京东先用后付 only in a top notice bar, 京东白条 only as footer img alt",
    expected: null,
  },
  {
    page: 'taobao/checkout-h5-rax-rows-selected-by-class',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=738215566402_1_5217349906613&spm=a21202.12579950.settlement-bar.0&exParams=%7B%22tradeProtocolFeatures%22%3A%225%22%7D',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Rax-rendered divs/spans (rax-view-v2/rax-text-v2) under data-tag=payMethod_1; three rows with no inputs or ARIA, selection only via pay-method-item--selected class and a check-icon <img> with empty alt; 花呗分期 row carries period text; 先用后付 also appears as a goods service tag, 88VIP banner and agreement line',
    expected: { total: 45900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-h5-flex-divs-paylater-unavailable',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=3748213390142_1_5110329874521&buyNow=true&spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Rax H5 page: flex divs (rax-view-v2/rax-text-v2) with inline styles, no inputs or ARIA; selection shown only by a check image alt=已选中 vs empty circle; 先用后付 row greyed via opacity + 暂不可用 chip + reason line; item tag and FAQ also say 先用后付',
    expected: { total: 23850, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/checkout-h5-huabei-sheet-modal-root-hidden',
    url: 'https://main.m.taobao.com/order/index.html?buyNow=true&itemId=712094435581&skuId=5098834019266&quantity=1&buyParam=712094435581_1_5098834019266&spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'mobile Rax div page (aria-hidden under overlay) with 花呗分期/先用后付 cells; an open role=dialog aria-modal bottom sheet holds a role=radiogroup of 花呗分期 period tiles (aria-checked) plus a 先用后付 row with aria-disabled and 额度不足 reason; per-period amounts and 小计 compete with 合计',
    expected: { total: 239900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/checkout-link-tiles-paylater-plan-note-baitiao-coupon',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 结算页: 支付方式 step (.step-tit h3 + #payment-list) with <a class="payment-item"> tiles in <li>, selection via .item-selected class only (no radios/ARIA); 先用后付 selected with plan note in a sibling .payment-tips div; 京东白条 tile carries an <i class=coupon-badge>免息券</i>; 白条 also in goods tags, promo banner and footer <img alt>.',
    expected: { total: 267380, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/checkout-baitiao-in-collapsed-more-methods',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD legacy #payment-list of div.payment-item tiles (payname/payid attrs, item-selected); 先用后付 tile visible, 京东白条 tile inside #payment-more-list style=display:none behind an aria-expanded=false 更多支付方式 link; 白条 also in promo bar, product tags, recommendations and footer logo',
    expected: { total: 287800, programs: { 'jd-paylater': 'offered' } },
  },
  {
    page: 'taobao/checkout-huabei-period-table-paylater-switch-off',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a1z0d.6639537.0.0&x-uid=2207418830519',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'React page with hashed CSS-module classes; 付款方式 card is a radiogroup of native radios with split label[for]/SVG <title> icons; 花呗分期 radio checked with an installment <table> (期数/每期应还/手续费, radio per row, 3期 checked); 先用后付 is a separate button role=switch aria-checked=false below; 花呗/先用后付 also in item service tags, 猜你喜欢 and footer logos',
    expected: { total: 262900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'jd/cashier-baitiao-popup-periods',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298471063552&reqInfo=eyJjYXRlZ29yeSI6IjEifQ&sign=8c1e0a7f3b',
    site: 'jd',
    kind: 'checkout',
    structure:
      'div.pl-item tiles with i.pl-radio and .selected class (no inputs); 京东白条 selected; separate fixed role=dialog layer with <a>.plan-item period tiles (不分期/3/6/12期, 服务费); 先用后付 only as a footer link',
    expected: { total: 269900, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/h5-confirm-paylater-0yuan-order',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyNow=true&itemId=738291045562&skuId=5102938475611&quantity=1&spm=a2141.7631564.buy',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "hashed CSS-module div cards; 先用后付 row with <button role=switch aria-checked=true> labelled by text, SVG <title> icon; 花呗/余额宝/银行卡 as ARIA role=radio rows (img alt); total in fixed bottom bar '合计: ¥239.00'; noise: goods tags, 88VIP promo, FAQ",
    expected: { total: 23900, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/pc-checkout-paylater-and-baitiao-coupon-tags',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD jQuery-era ul#payment-list of li > div.payment-item[payname][payid] tiles (no radios, selection via .item-selected); 白条 tile has absolutely-positioned coupon tag spans above it; hidden 白条 plan row; promo banner and footer also name 白条/先用后付',
    expected: { total: 129900, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/pc-confirm-order-huabei-periods-paylater-line',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a1z10.1-c.0.0.5a2b&x-itemid=735812904411&x-uid=2208831547920',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Fusion-style next-radio/next-checkbox wrappers with hidden inputs; 花呗分期 period tiles are an ARIA radiogroup of div[role=radio][aria-checked] (3期 checked); 先用后付 is an unticked checkbox split by label[for]; promo strip, item tags, recommendations and footer logos also name both programs; summary repeats per-period amount next to 实付款',
    expected: { total: 239900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/tmall-h5-buy-huabei-period-chips-paylater-unsupported',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=738204915562_1_5219038847721&skuId=5219038847721&spm=a21202.12579950.detail.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'rax-view div radiogroup: 花呗分期 row (aria-checked) holding a listbox of 3/6/12期 chips (aria-selected); 支付宝余额 radio; 先用后付 aria-disabled greyed with 当前商品不支持先用后付; 先用后付 also in a 88VIP banner and footer links (noise)',
    expected: { total: 258800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-h5-trade-pay-baitiao-periods-paylater',
    url: 'https://trade.m.jd.com/pay?sid=7f3c2a91d4e8b0c6a5f21e9d3b7c4a08&orderId=298471635024&payId=3c91f0a2b7d84e6fa1c05d2e8b93f714&appId=m_D1vmUq63&source=orderSuccess&fromType=1',
    site: 'jd',
    kind: 'checkout',
    structure:
      'phone cashier list of li rows with visually hidden native radios, name in a label[for] separate from the input; 京东白条 row has period chips as buttons with aria-pressed; 先用后付 row has disabled radio + aria-disabled li + reason text; noise: product tag 白条免息, promo strip, recommendations 支持先用后付, FAQ, footer logos',
    expected: { total: 109900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-pc-confirm-order-react-paylater-checkbox-checked',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a21202.12579950.0.0.4c1e2a7bQx7NoP&x-itemid=734519820614&x-uid=2206541873&buy_param=734519820614_2_5093781262716&from=cart&is_postpay=1',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'React confirm-order page with hashed CSS-module classes; payment block is a section of rows: 先用后付 as a checked Fusion-Next checkbox (hidden native input inside label.next-checkbox-wrapper.checked), 花呗分期 as a native <select> of periods with label[for]; noise: item service tags, Alipay promo banner, survey radios naming both programs, footer logos',
    expected: { total: 46800, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/jd-pc-trade-baitiao-periods-paylater-selected',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1733476123456&source=cart',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD-style div.payment-item tiles in ul#payment-list (item-selected class, payname attrs, no inputs/ARIA); 先用后付 tile selected; 白条 period chips as buttons with aria-pressed all false in a sibling box; noise: 白条 top banner, product service note, 先用后付/白条 tags in recommendation widget, footer logos',
    expected: { total: 329900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/jd-h5-trade-paylater-unavailable-reason-popover',
    url: 'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&bid=&type=0&lg=0&supm=0&wdref=https%3A%2F%2Fitem.m.jd.com%2Fproduct%2F100112233445.html&commlist=100112233445,,1,100112233445,1,0,0&locationid=19-1607-4773-62121&jxsid=17334690123456789012&appCode=ms0ca95114',
    site: 'jd',
    kind: 'checkout',
    structure:
      "H5 ARIA radiogroup of div[role=radio] rows with hashed CSS-module classes and SVG <title> icons; 白条 row checked with a sibling group of aria-pressed period buttons (¥/期); 先用后付 row aria-disabled + greyed, ⓘ button aria-describedby a shown role=tooltip '该商品暂不支持先用后付'; recommendation widget carries 先用后付/白条 badges as noise",
    expected: { total: 89900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-buy-huabei-row-sheet-closed',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=712345678901_1_5098765432101&exParams=%7B%22id%22%3A%22712345678901%22%2C%22skuId%22%3A%225098765432101%22%7D&spm=a2141.7631564.buy.1&_input_charset=utf-8',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "H5 order page: plain div pay rows with no form controls or ARIA roles; selection shown only by data-selected + SVG <title>已选中/未选中</title>, logos as <img alt>; 花呗分期 row shows '可分3/6/12期，每期低至¥43.08' and aria-controls a period bottom sheet that is in the DOM but hidden (hidden + aria-hidden); 支付宝 selected; 先用后付 appears only in the 猜你喜欢 widget",
    expected: { total: 49800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/pc-traditional-chinese-baitiao-paylater-quota',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1733481892311&overseaMerge=1',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD-style ul.payment-list of div-like li.payment-item tiles (no inputs; selection via item-selected class, unavailability via 'disabled' class + title + inline 額度不足 tip); 白條 periods in a separate #baitiao-box list below the tiles; ad strip, survey radios and footer repeat 白條/先用後付",
    expected: { total: 359900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/pc-traditional-chinese-huabei-paylater',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=738205519347&x-uid=2209871734&spm=a1z0d.6639537.0.0.5b3a7484Qm2jLx',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'native radios in a 3-column grid with label[for] split from the input cell, logos as <img alt>; 花唄分期 periods as aria-pressed button tiles; promo strip, item service tags, 猜你喜歡 tags and footer logos repeat program names',
    expected: { total: 129900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/h5-traditional-late-paylater-sheet',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=713859204451_1_5123847719020&exParams=%7B%22tradeProtocolFeatures%22%3A%225%22%7D&spm=a2141.7c.buy.1',
    site: 'taobao',
    kind: 'late',
    structure:
      'Rax-style div tree; skeleton card replaced ~800 ms after load by a script-built ARIA radiogroup (div role=radio, SVG <title> icons); 花唄/先用後付 also in promo banner, item tags and 猜你喜歡 (noise); total in fixed bottom submit bar',
    expected: { total: 19900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'jd/h5-traditional-paylater-baitiao-periods',
    url: 'https://trade.m.jd.com/pay?dealId=287419036552&sceneval=2&jxsid=17652380145127736412&appCode=ms0ca95114&payId=9f3c1e7a2b5d48c6a0e1d2f3b4c5a6d7',
    site: 'jd',
    kind: 'checkout',
    structure:
      'CSS-module hashed classes; ARIA listbox with li role=option aria-selected; 白條 row nests a group of period chip buttons (aria-pressed, 每期 amounts, 免息 badges); empty <details> accordion; 白條/先用後付 also in banner, FAQ and footer logos; total in fixed bottom bar',
    expected: { total: 108800, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/jd-h5-trap-baitiao-only-in-promos',
    url: 'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&type=0&lg=0&supm=0&commlist=100083715592,,1,100083715592,1,0,0',
    site: 'jd',
    kind: 'trap',
    structure:
      'JD H5 card modules; 支付方式 is div.pay-way rows (role=button, SVG <title> icons, i.jd-check, .cur) with only 在线支付/微信支付; 白条 only in coupon tag, promo strip (SVG title 京东白条), recommendation tag and help link 什么是先用后付',
    expected: null,
  },
  {
    page: 'taobao/taobao-h5-paylater-in-shadow-dom',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=812345678901_1_5312446789012&spm=a2141.7c.buy.d1&exParams=%7B%22tradeProtocolFeatures%22%3A%225%22%7D',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "page built from custom elements each with a declarative open shadow root (hashed CSS-module classes); 付款方式 inside <tb-order-payment>'s shadow as ARIA radiogroup of div[role=radio] with SVG <title> icons, nested period radiogroup, 先用后付 aria-disabled with reason; 合计 in another shadow root; 先用后付 also as product tag and footer rule text",
    expected: { total: 12800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-pc-baitiao-fenqi-dropdown-paylater-title-only',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD legacy checkout-steps: div.payment-item tiles (no inputs, item-selected class) in ul#payment-list; 白条 selected with custom ui-select dropdown of 分期 plans below; 先用后付 tile greyed via payment-item-disabled with reason only in title attr; noise in p-promise line, 金融 ad strip and footer 支付方式 column',
    expected: { total: 100900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-pc-cashier-baitiao-paylater',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298104736552&reqInfo=eyJjYXRlZ29yeSI6IjEiLCJvcmRlclR5cGUiOiIyMiIsInBheUFtb3VudCI6IjMyOTkuMDAifQ%3D%3D&sign=8c1f0e2b7a4d9e6f',
    site: 'jd',
    kind: 'checkout',
    structure:
      "div rows with custom <i> radio and .selected class (no inputs); 白条 row has nested div plan tiles (不分期/3/6/12期); 先用后付 row .pv-disabled + aria-disabled with reason text; 应付金额 as bare number '3299.00 元' in header; promo strip + FAQ below also name 白条/先用后付",
    expected: { total: 329900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-h5-paylater-baitiao-inside-collapsed-more',
    url: 'https://trade.m.jd.com/pay?payId=8f3c2a71e9d44b0c9a5e61f7d2b80c45&orderId=287640519332&appId=m_D1vmUq63&sid=3b9d7e1c6a8f2e0d4c5b7a9f1e3d6c8a&source=m_order',
    site: 'jd',
    kind: 'trap',
    structure:
      '<ul>/<li> rows with custom icon-check (no inputs); 京东白条 and 先用后付 rows live in a sibling div hidden by CSS class (display:none, aria-hidden=true) behind a 更多支付方式 button with aria-expanded=false; ad strip and <details> FAQ also name 白条/先用后付',
    expected: null,
  },
  {
    page: 'jd/jd-health-pc-order-baitiao-coupon-only-cod',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD PC order page (classic getOrderInfo template) for 京东大药房/京东健康 goods: the 支付方式 step is ul#payment-list of li > div.payment-item with 'item-selected' and payname attributes offering only 在线支付 (selected) and 货到付款. 白条 appears only as a greyed '白条券' in the expanded 优惠券 list, in a display:none fc-baitiao-info line in the trade foot, and in the header's hidden 我的京东 menu; the footer names 分期付款.",
    expected: null,
  },
  {
    page: 'jd/jd-item-product-baitiao-fenqi-chips',
    url: 'https://item.jd.com/100098765432.html',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD PC product page (iPhone 16 Pro): buy box with colour/version/service chips and a #choose-baitiao '白条分期' chip group (div.item with 'selected', per-period prices and 服务费), an '打白条' button next to '加入购物车', a 白条券 coupon chip, '京东先用后付' under 服务支持 and in 温馨提示. No order and no payment step; noise: search header, breadcrumb, gallery, 看了又看 list, spec table, reviews, footer.",
    expected: null,
  },
  {
    page: 'jd/jd-m-chaoshi-paylater-preselected-baitiao-quota',
    url: 'https://trade.m.jd.com/pay?sceneval=2&source=cart&bid=chaoshi&jxsid=17334987216520984411',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD phone order page for 京东超市 goods: payment step is a role=radiogroup of div role=radio with aria-checked; 京东先用后付 is pre-selected with a '确认收货后再付款' note under it, 京东白条 is greyed with aria-disabled and its 额度不足 reason only in a hidden role=tooltip referenced by aria-describedby. Noise: address card, four grocery lines, coupon/京豆/PLUS rows, 凑单 recommendations, hidden coupon and delivery-time sheets. (Written at trade.m.jd.com/order/orderInfo.html, an address the brief made up; kept at JD's phone checkout.)",
    expected: { total: 18650, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/jd-pcashier-baitiao-fenqi-plans',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298345617702&reqInfo=eyJvcmRlcklkIjoiMjk4MzQ1NjE3NzAyIn0&sign=7c1e0b9a4f6d2e83',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC cashier after order submission: channels are plain divs with a 'pl-item-cur' selected class (京东白条 selected, 小金库 greyed 余额不足, bank cards, 微信/云闪付, a hidden 'more' group); 白条 instalment plans are buttons with aria-pressed (3期免息, 6/12/24期 with 服务费). Noise: order detail table, bank promos, FAQ, JD footer columns naming 分期付款.",
    expected: { total: 331800, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/taobao-cart-xianyonghoufu-tags',
    url: 'https://cart.taobao.com/cart.htm?spm=a1z02.1.a2109.d1000367.1f4a782dNkXq3p&from=mini&ad_id=&am_id=&cm_id=',
    site: 'taobao',
    kind: 'trap',
    structure:
      "Taobao PC cart (classic J_OrderList markup): three shops with item rows (checkbox, picture, title, icon tags, props, price, quantity stepper, sum, ops); several goods carry '先用后付' and '花呗分期' icon tags, a tip box explains 先用后付 is chosen later on the order page, and 猜你喜欢 titles start with 先用后付/花呗分期. No item is ticked, totals read 0.00 and there is no payment step.",
    expected: null,
  },
  {
    page: 'taobao/taobao-hk-m-order-zh-hant-huabei-paylater-title',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=712093385410_1_4871260112339%2C698812740553_2_4920011835502%2C683301928475_1_5012299384716&buyNow=false&spm=a21202.12579950.settlement-bar.0&lang=zh-HK',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Taobao phone order page (Rax, hashed class names) in Traditional Chinese for a Hong Kong shopper using 集運: 付款方式 is a role=listbox of role=option rows with aria-selected; 支付寶 selected, 花唄分期 selectable with a 3期免息 badge, 先用後付 greyed with aria-disabled and its reason only in a title attribute, a closed 'more' group. Totals in ¥ with an HK$ reference line. Noise: two shops, 集運 rows, FAQ details, same-shop recommendations, hidden 花唄 plan and address sheets.",
    expected: { total: 39400, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-pc-order-baitiao-coupon-fenqi-picker',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC order page (getOrderInfo): 支付方式 is a ul of li > div.payment-item with item-selected class and payid attrs; 京东白条 is selected, carries a '白条立减¥5' tag inside the item, and a separate 分期 picker of aria-pressed buttons with per-period amounts sits below the list. Noise: address list, 送货清单, coupons, recommendation grid, JD footer.",
    expected: { total: 182300, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/jd-pcashier-jdpay-selected-other-methods-open-baitiao',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=308712554196&reqInfo=eyJjYXRlZ29yeSI6IjEiLCJvcmRlclR5cGUiOiIyMiJ9&sign=8f1d0c0b3e',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC cashier: 京东支付 block with a selected bank-card row (div with pl-selected class), then an accordion button '其他支付方式' with aria-expanded=true over an open role=listbox of role=option rows; 京东白条 is one of them with its 分期 detail collapsed (hidden), 微信支付 named only by SVG title and 云闪付 only by img alt. Noise: order info with 订单号 and address, promo line, help links, footer.",
    expected: { total: 159900, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/taobao-h5-order-payment-sheet-closed-huabei-summary',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=712338890541_2_5213088041733',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Taobao H5 order page with hashed class names; the payment chooser is a bottom-sheet dialog that is closed (display:none, aria-hidden) holding 花呗/先用后付/余额 etc., so the shopper only sees a summary row '支付方式 花呗 >' (aria-haspopup button) naming the selected method. Noise: address card, shop/item card, 淘金币/红包 rows, 88VIP banner, 猜你喜欢 grid, fixed submit bar.",
    expected: { total: 6680, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/jd-miaosong-cashier-baitiao-installments',
    url: 'https://pay.m.jd.com/cpay/newPay-index.html?appId=jd_m_dj&payId=7c1f0e2a9b8d4e3fa1c25d6b0e9f4a71&sceneval=2',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD H5 收银台 (newPay-index) for a 京东秒送 order: ul.jd-pay-list of li.pay-list-item options with aria-selected, 打白条 selected with an inline installments container (不分期 / ¥42.87×3期 免息 active / 6期 / 12期 服务费), 京东小金库 and 先用后付 as li.cant-use rows ('秒送即时配送订单暂不支持'), then 微信支付/云闪付 in the other-pay list; amount split as ¥ 128 . 60; a hidden choose-card layer lists only bank cards.",
    expected: { total: 12860, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jdhk-pc-trade-new-baitiao-strip',
    url: 'https://trade.jd.hk/shopping/order/getOrderInfo.action?rid=1731390245118',
    site: 'jd',
    kind: 'checkout',
    structure:
      '京东国际 PC 结算页 in the card-based newer design: 支付方式 is a grid of pay-card tiles (京东白条 active, showing a horizontally scrolling 白条分期 strip), a 京东先用后付 tile greyed only through the pay-card--disabled class with no reason text, and a collapsed 更多支付方式 grid (hidden attribute).',
    expected: { total: 130811, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-order-xianyonghoufu-switch',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&itemId=712583904127&skuId=5071846620945&quantity=2&buyNow=true&spm=a2141.7631564.buy',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Rax-rendered 淘宝 H5 确认订单 whose pay-tool block has a 先用后付 row switched on by default (role=switch aria-checked=true, can be turned off) and a 花呗分期 picker row set to 不分期; a separate 淘金币 switch is off and the submit button reads 先用后付 0元下单 while the total stays ￥236.00.',
    expected: { total: 23600, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/trap-jd-help-baitiao-installment-article',
    url: 'https://help.jd.com/user/issue/291-3402.html',
    site: 'jd',
    kind: 'trap',
    structure:
      '京东帮助中心 article 白条分期付款如何使用 with help sidebar, numbered steps, a figure that draws a mock 支付方式 box (京东白条 selected, 3/6/12期 chips) captioned as a 示意图, a fee table, FAQ mentioning 京东先用后付, and JD footer links; no real payment step or order total.',
    expected: null,
  },
  {
    page: 'taobao/trap-taobao-refund-detail-xianyonghoufu-huabei',
    url: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=215839207711302398&type=1',
    site: 'taobao',
    kind: 'trap',
    structure:
      '淘宝 PC 退款详情 (after-sale) page: progress steps, a 退款成功 banner with ¥118.00, a note that the order was paid by 先用后付 and deducted from 花呗, 协商历史, FAQ about 先用后付/花呗 refunds, and an order card whose 付款方式 reads 先用后付（花呗扣款）; there is no payment step.',
    expected: null,
  },
  {
    page: 'jd/jd-pcashier-tabs-baitiao-grid',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=289571603342&reqInfo=eyJ2ZXJzaW9uIjoiMy4wIiwib3JkZXJJZCI6IjI4OTU3MTYwMzM0MiIsInBheUFtb3VudCI6Ijg5OTkuMDAifQ%3D%3D&sign=b2f7a6c91e0d4a3f8e5c7d2b1a094c6e',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 收银台 with 京东支付 / 微信支付 / 银联在线支付 tabs; the visible 京东支付 tab has paybox rows (打白条 checked with a 分期 grid where 6期免息 is picked and 24期 greyed, 小金库 disabled, two bank cards), and a folded 更多付款方式 block (display:none) holding 京东先用后付.',
    expected: { total: 899900, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/jd-trade-pc-settlement-baitiao-paylater-greyed',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 结算页 支付方式 step built as a row of payment-item boxes (白条分期 selected with a 分期 plan grid below, 货到付款 and 京东先用后付 greyed with payment-item-disabled and a shared reason line), then 送货清单 and an 应付总额 foot.',
    expected: { total: 574900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-pc-confirm-order-huabei-fenqi',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=725881246730&x-uid=2206531478812',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Newer Taobao PC 确认订单 with card sections; the 付款方式 card holds a 花呗分期 plan grid (12期免息 picked) and a greyed, disabled 先用后付 checkbox row with a reason, followed by an 实付款 bar.',
    expected: { total: 124900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/trap-jd-item-baitiao-price-widget',
    url: 'https://item.jd.com/100060890216.html',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD PC product page whose choose-item rows include a 白条分期 chooser (不分期 / ¥…×3/6/12/24期, '每期¥373.29起') and an 打白条 button next to 加入购物车, plus a 京东先用后付 line in 服务; it is a product page, not a payment step.",
    expected: null,
  },
  {
    page: 'jd/jd-h5-taro-baitiao-installments',
    url: 'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&EncryptInfo=&Token=&bid=&type=0&lg=0&supm=0&wdref=https%3A%2F%2Fitem.m.jd.com%2Fproduct%2F100083429517.html',
    site: 'jd',
    kind: 'checkout',
    structure:
      'Taro H5 page of taro-view-core/taro-text-core/taro-image-core custom elements; the 支付方式 block lists 在线支付, a selected 京东白条 row (tick image only, 额度 text, 3/6/12 期 chips with a forbidden 24期 chip) and 京东先用后付 / 货到付款 rows greyed purely by a CSS opacity class with reason text; total in the fixed 实付款 footer.',
    expected: { total: 217234, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-rax-huabei-paylater-switch',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&itemId=712345678901&skuId=5012345678901&quantity=1&buyNow=true&spm=a2141.7c.order.more',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Rax div/span soup (rax-view-v2/rax-text-v2, ultron-style component ids) whose pay-tool card holds a 先用后付 switch row that is switched off and an always-open 花呗分期 chip picker where the chosen 3期 chip is marked only by an orange tick image; the total is split across ¥ / 1,299 / .00 spans in the fixed submit bar.',
    expected: { total: 129900, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/trap-jd-taro-myjd-baitiao-card',
    url: 'https://home.m.jd.com/myJd/newhome.action?sceneval=2&ufc=&',
    site: 'jd',
    kind: 'trap',
    structure:
      'JD 我的 page in Taro custom elements: a red 白条 额度 card with 本月待还 and a 去还款 button, a wallet strip listing 京东先用后付 已开通, a 近期账单 list of 白条 and 先用后付 bills, and 白条免息 / 先用后付 tags on recommended goods; no order is being paid.',
    expected: null,
  },
  {
    page: 'taobao/trap-taobao-cart-paylater-badges',
    url: 'https://main.m.taobao.com/cart/index.html',
    site: 'taobao',
    kind: 'trap',
    structure:
      'Taobao H5 cart built from plain divs with check images: a 先用后付 0元下单 promo strip, 先用后付 / 3期免息 / 花呗分期 tags on cart goods and on 猜你喜欢 cards, and a fixed 合计 bar with a 结算(2) button; there is no payment step.',
    expected: null,
  },
  {
    page: 'jd/trap-jd-baitiao-bill-list-pc',
    url: 'https://bt.jd.com/v3/mine/bill/index.html',
    site: 'jd',
    kind: 'trap',
    structure:
      'PC 京东白条 bill page: an amount due of ¥1,245.60 with 立即还款/账单分期 buttons, a bill table whose rows name 白条分期, 白条闪付-云闪付 and 京东先用后付 orders, a type filter listing the same names, and 白条免息券 / 京东金条 ads in the side column; there is no payment-method chooser.',
    expected: null,
  },
  {
    page: 'jd/jd-cn-presale-deposit-baitiao',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC presale checkout: 支付方式 tiles with 京东白条 selected (plan chips below it), 先用后付 tile greyed with '预售商品暂不支持', 货到付款 greyed; the payable total is the 定金 ¥100.00 in the 应付总额 float bar (¥ span + <b>100</b><small>.00</small>), because a presale pays only the deposit now — the ¥3999.00 goods amount, ¥3699.00 尾款, ¥300.00 膨胀 and 共减 ¥200.00 are not paid now.",
    expected: { total: 10000, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/tmall-cn-h5-huabei-points-freight-insurance',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&itemId=712446308821&skuId=5034719920155&quantity=1',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Tmall H5 确认订单: a 付款方式 card with 支付宝, 花呗分期 selected (plan chips) and a greyed 先用后付 row ('该商品暂不支持先用后付'); the payable total is ¥56.80, shown as 实付款 in 价格明细 and as 合计 in the sticky submit bar (¥ span + <b>56</b><small>.80</small>), i.e. ¥69.00 − 共减¥10.00 + 运费险¥0.80 − 积分抵扣¥3.00; the shop 小计 ¥63.80 and 到手价 ¥59.00 are not the payable amount.",
    expected: { total: 5680, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/trap-taobao-cn-cart-huabei-tags',
    url: 'https://cart.taobao.com/cart.htm',
    site: 'taobao',
    kind: 'trap',
    structure:
      "Taobao PC 购物车: shop groups of item rows carrying 花呗分期 / 先用后付 / 花呗分期免息 tags, 凑单 bars ('再买¥20免运费', 跨店满减 还差¥32.00), a float bar with 已选商品 2 件 and 合计（不含运费）¥<strong>118</strong><small>.00</small> plus 已优惠/共减¥10.00 and a 结算 link, then 花呗/先用后付 advert boxes and 猜你喜欢 tags; it is a cart, not an order/payment step, so nothing is offered.",
    expected: null,
  },
  {
    page: 'jd/late-jd-miaosong-yonghui-cashier-baitiao',
    url: 'https://pay.m.jd.com/cpay/newPay-index.html?appId=jd_m_daojia&payId=8f3c2a91d7e84b6a9c0e51f27d4b3a66',
    site: 'jd',
    kind: 'late',
    structure:
      'JD H5 cashier for a 京东秒送/永辉 order whose served HTML holds only a skeleton and a static order breakdown; an inline script swaps in, after 900 ms, the amount and a radiogroup with 京东支付 bank card, 白条 selected with 不分期/3/6/12期 plan chips, 微信支付, a greyed 先用后付 row (本单商品暂不支持先用后付), 云闪付, and a 京东金条 loan banner (not a program); 订单金额 ¥128.50.',
    expected: { total: 12850, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/trap-taobao-maicai-order-detail-paid-xianyonghoufu',
    url: 'https://h5.m.taobao.com/mlapp/odetail.html?bizOrderId=3901284471625538842&archive=false',
    site: 'taobao',
    kind: 'trap',
    structure:
      'Rax-rendered Taobao 订单详情 of a finished 淘宝买菜 order (交易成功) whose status banner and 支付方式 row say it was paid with 先用后付 / 淘宝先用后付 and already deducted, plus 先用后付 and 花呗分期 tags on recommendation cards; there is no payment step at all.',
    expected: null,
  },
  {
    page: 'jd/jd-cn-baitiao-char-spans-fullwidth-total',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 结算页 with a role=radiogroup of payment-item tiles: 白条分期 written one character per span with its 分期 panel, 京东先用后付 named only by an <img alt> on a role=radio with aria-disabled and a visible 额度不足 tip, 货到付款 disabled; 应付总额 written in full-width digits (￥４，２９９．００).',
    expected: { total: 429900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-h5-cashier-more-methods-popover',
    url: 'https://pay.m.jd.com/cpay/newPay-index.html?appId=jd_m_pay&payId=7c1e4b2a90d34f6f8a3b52e1d09c6a7e',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD H5 收银台 listing 微信支付 and the selected 京东白条 with its 分期 chips, an open '更多支付方式' popover under the list (云闪付, bank card, a greyed 京东先用后付 over its limit, 小金库 insufficient), plus an old display:none bottom-sheet dialog that still holds a selectable 京东先用后付.",
    expected: { total: 329900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/tmall-h5-confirm-order-alipay-sheet',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyNow=true&itemId=782246610937&skuId=5239018836412&quantity=1&spm=a21202.12579950.settlement-bar.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Tmall item on the Taobao H5 确认订单 page with its own 支付方式 card (支付宝, 花呗分期 with stage chips) behind a mask, and an open Alipay bottom sheet 选择付款方式 listing 余额 (insufficient), 余额宝, 花呗 (checked), 花呗分期, a greyed 先用后付 ('该订单暂不支持先用后付') and a bank card.",
    expected: { total: 128650, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-trade-enterprise-xiancaihoufu',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'PC JD 企业购 结算页 with the classic #payment-list tiles: 在线支付 (selected), 公司转账, 企业金采 tagged 先采后付 with a credit panel, 货到付款 and 京东先用后付 drawn as dashed disabled tiles with red reasons; 应付总额 ￥7871.00 and a display:none 白条 line in the trade foot.',
    expected: { total: 787100, programs: { 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-confirm-order-xianyonghoufu',
    url: 'https://buy.taobao.com/auction/order/confirm_order.htm?spm=a1z0d.6639537.0.0.undefined',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'PC Taobao 确认订单 with two shop blocks and a 付款方式 box of checkbox rows: 先用后付 (0元下单, checked), 花呗分期 greyed with 花呗额度不足, and 匿名购买; 实付款 ¥1,286.00 with a note that nothing is paid today, plus a hidden (hidden attribute) 先用后付 intro dialog.',
    expected: { total: 128600, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-confirm-huabei-title-xianyonghoufu',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=742918364015_1_5317920418312&spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Taobao/Tmall H5 确认订单: the 支付方式 radiogroup offers 支付宝, 花呗分期 (3/6/12期 chips) and a bank card; 先用后付 appears only in the top marketing banner, the goods title 【先用后付款】, the goods service tags and the 去开通 strip above the bottom bar.',
    expected: { total: 7990, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/trap-jd-item-baitiao-chips',
    url: 'https://item.jd.com/100066896338.html',
    site: 'jd',
    kind: 'trap',
    structure:
      'JD PC goods page: 白条分期 chips (不分期 / ￥1666.33×3期 免息 …), an 打白条 button, a 京东先用后付 promise icon, 白条 coupon and promotion lines, FAQ and footer links naming 京东白条 and 花呗; nothing is paid here.',
    expected: null,
  },
  {
    page: 'jd/trap-jd-cart-baitiao-stripes-contract-phone',
    url: 'https://cart.jd.com/cart_index',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD PC cart (cart-thead / cart-item-list / item-single rows and a cart-toolbar with 去结算): an iPhone 中国移动合约机 '月付59元 × 24期' phone-plan row, a 白条纹 shirt, 白条绒 corduroy trousers and 猜你喜欢 items with 白条纹/白条绒/合约机 月付; no payment step and no real 白条 or 月付 program.",
    expected: null,
  },
  {
    page: 'taobao/taobao-cn-h5-huabei-fullwidth-space-img-alt',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=7389201145_1_5198772263310&spm=a2141.7631564.buy',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Taobao/Tmall H5 确认订单 built from rax-view divs: the 付款方式 card holds a '花　呗分期' (full-width space) period picker of role=radio tiles and a 先用后付 row named only by <img alt> that is greyed by inline opacity/pointer-events with a reason line after it; the product's own '先用后付' tag sits outside; 合计 written one digit per span.",
    expected: { total: 12900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-h5-cashier-taro-baitiao-quota-short',
    url: 'https://pay.m.jd.com/cpay/newPay-index.html?appId=jd_m_pay&payId=8f3c2a71d5e94b0c9a6e21f7b4d05c38',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD H5 收银台 built with Taro (taro-view-core/taro-text-core with hydrated classes) and NutUI radios; the 京东白条 row carries the '白条 · 最高可分24期' tag but is greyed with 额度不足 and a nut-radio__icon--disable icon, a marketing banner above the list repeats the 白条 24期 pitch, 微信支付 is selected only via nut-radio__icon, and 京东先用后付 sits inside a folded 更多支付方式 block that is display:none; a closed NutUI popup holds the 白条 period grid.",
    expected: { total: 239900, programs: { 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-order-column-reverse-huabei-grid',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=721904635588_1_5102336774213&_input_charset=utf-8',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Taobao React H5 确认订单 with CSS-module hashed classes; the 付款方式 list uses flex-direction: column-reverse so 先用后付 renders first though it is last in source, the selected 花呗分期 row is marked only by an icon-checked class and holds a 3/6/12期 grid with the 6期 cell active, and the total is split ¥/1269/.00 across spans after 合计:.',
    expected: { total: 126900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'jd/jd-pc-baitiao-fullwidth-shy',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC order-settlement page (checkout-steps with 支付方式 ul#payment-list): 在线支付 selected, 货到付款 greyed, '京东先用<br>后付' greyed with 额度不足，暂不可用, and a 京东白&shy;条 分期 box below the list whose plans use full-width 期数 (３期/６期/１２期) and ￥ amounts; 应付总额 in the trade-foot bar.",
    expected: { total: 329900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-huabei-bold-br',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=758213664021_1_5230418872613&spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Taobao H5 (rax) 确认订单 page with a 付款方式 card of role=radio rows: plain 支付宝, the checked 花<b>呗</b>分期 row with full-width ３期/６期/１２期 plan chips, and a greyed aria-disabled 先用<br>后付 switch row marked 本商品暂不支持; 合计 in the fixed submit bar.',
    expected: { total: 16900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-huabei-switch-aria',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&itemId=712364580931&skuId=5078913245601&quantity=1&exParams=%7B%22tpId%22%3A%222201468901%22%7D',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Taobao/Tmall mobile 确认订单 built from rax-view divs: the 付款方式 card has a 先用后付 row with an off-but-usable role=switch (aria-label differs from the visible text), a 花呗 installment row whose name is only a titled '花呗' logo SVG with aria-hidden visible '分期付款' and 3/6/12-period chips, a greyed 信用卡分期 row and 普通支付; the visible 合计 is aria-hidden with an sr-only <output> duplicate.",
    expected: { total: 26800, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/jd-qiyegou-split-shipment',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1731398471229&source=vsp',
    site: 'jd',
    kind: 'checkout',
    structure:
      '京东企业购 PC 结算页 with a split order (包裹1 自营 ¥6,897.00, 包裹2 商家 ¥1,236.00 + ¥12 运费) and one 应付总额 ¥8,145.00; the payment-item boxes are 在线支付, 对公转账 (selected), 企业金采 (30-day credit line, not a program), 京东白条 greyed with the reason that enterprise accounts cannot use personal 白条, and a hidden 货到付款.',
    expected: { total: 814500, programs: { 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'taobao/tmall-presale-dingjin-weikuan',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=717236598141_1_5174390921023&spm=a21202.12579950.settlement-bar.0&presale=true',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Mobile Tmall 确认订单 for a presale item: 阶段1 定金 ¥100.00 is payable now and 阶段2 尾款 ¥899.00 later; the 支付方式 card lists 支付宝 (checked), 花呗 greyed ('定金暂不支持花呗付款，尾款阶段可使用'), 先用后付 greyed (预售不支持), a bank card, and a hidden 信用卡 row; the 尾款 stage text mentions 花呗分期 outside the payment list.",
    expected: { total: 10000, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-global-pc-getorderinfo-baitiao',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 订单结算页 for a 京东国际 bonded order: 订购人实名 box, a 支付方式 row of li.payment-item tiles (在线支付 selected, 京东白条 selectable with a 白条分期 plan panel, 货到付款 and 先用后付 as item-disabled tiles explained by one warning line), then 进口税费 and 应付总额.',
    expected: { total: 70588, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/tmall-global-h5-confirm-huabei-tax',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyNow=true&itemId=671239018845&skuId=5012874401231&quantity=1&from=tmall_global',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Mobile Taobao/Tmall H5 confirm-order page for a 天猫国际 bonded item: 订购人实名 card, 跨境综合税 line, then a 支付方式 card of role=radio rows where 花呗分期 is selected with a stage picker and 先用后付 is greyed with a cross-border reason.',
    expected: { total: 39167, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/late-jd-h5-cashier-appended-root',
    url: 'https://pay.m.jd.com/cpay/newPay-index.html?payId=8a41c2f0d93b4e5a9b77c1e0f2aa6d18&appId=jd_m_pay',
    site: 'jd',
    kind: 'late',
    structure:
      "JD H5 收银台 shell (header, '正在加载支付信息…', two display:none tip layers incl. '白条额度不足', footer); on window load a script appends div#cashier-root to the end of body and draws the amount and pay-item list (京东白条 selected '额度查询中…', bank card, 京东小金库 余额不足 disabled, 微信支付, 云闪付), then fills 白条 with '可用额度 ¥8,650.00' and 不分期/3/6/12期 plans.",
    expected: { total: 412760, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/jd-h5-trade-sheet-open-baitiao',
    url: 'https://trade.m.jd.com/pay?sceneval=2&fromCart=1&scene=jd&deal_id=',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD H5 确认订单 page with a '支付方式 京东白条 · 不分期 ›' cell and the payment bottom sheet open (role=dialog aria-modal=true, li role=radio items): 微信支付, 京东支付, 京东白条 checked with 分期 plans, 先用后付 aria-disabled with '当前订单暂不支持先用后付', 货到付款 disabled; a '先用后付 0元下单' promo banner sits above the goods outside the step, a closed aria-hidden coupon sheet mentions 白条, and the payable total is only in the bottom bar '实付款 ¥56.80 提交订单' as split price spans.",
    expected: { total: 5680, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-h5-order-tabs-huabei',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=745512983021_1_5399412870211&buyNow=true&spm=a21202.12579950.buy.1',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "淘宝 H5 (Rax) 确认订单 page whose 支付方式 card has role=tablist channel tabs 支付宝/微信支付/其他方式; only the 支付宝 tabpanel is visible (余额宝, 花呗分期 checked with plan chips, bank card) while the 其他方式 panel holding 先用后付 is [hidden]; a '先用后付' badge also sits on the product card and in a closed aria-hidden 分期 sheet, and the total is only in the bottom bar '合计：¥128.00 提交订单' split across rpx-styled spans.",
    expected: { total: 12800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/jd-cn-baitiao-fenqi-guobu-fridge',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC 结算页: the 支付方式 list has 在线支付, 京东白条 (selected, with a 不分期/3/6/12/24 期 plan grid, 白条券 and a 首期/分期总额 ¥5,602.40 detail line), a greyed 先用后付 (国补订单暂不支持) and a greyed 货到付款; the summary deducts a 店铺券 and 国家补贴 and the float bar shows 应付总额 ¥5,439.20 next to '白条支付 12 期 × ¥466.87'.",
    expected: { total: 543920, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/late-jd-cashier-baitiao-credit',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=289174563321&reqInfo=eyJjYXRlZ29yeSI6IjEiLCJvcmRlclR5cGUiOiIwIn0&sign=5b8e2f0a9c1d4e7f',
    site: 'jd',
    kind: 'late',
    structure:
      "JD PC cashier whose served HTML holds only the order box (应付金额 4599.00元) and a '正在加载支付方式' placeholder; an inline script ~0.9 s later draws a role=alert '支付失败，请更换支付方式' note (建设银行卡余额不足) and the channel list with 京东白条 selected showing 可用额度 ¥8,000.00 plus 白条分期 plan chips, 微信支付 and a credit card enabled, and 小金库/the failed debit card disabled; a PLUS membership bar is noise.",
    expected: { total: 459900, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/jd-pcashier-baitiao-jintiao-laptop',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298173650412&reqInfo=eyJjYXRlZ29yeSI6IjY3MCJ9&sign=3c1a0f9b7e2d',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC cashier with stacked pv-item blocks: 京东白条 selected with an installment grid, a greyed 先用后付 block with an amount-limit reason, then a 京东金条 cash-loan banner, 银行卡 (招行信用卡分期), 小金库 and an 'other' tile row with 微信支付/云闪付/数字人民币.",
    expected: { total: 519900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/trap-taobao-88vip-xianxianghoufu',
    url: 'https://market.m.taobao.com/app/vip/88vip-home/pages/index?spm=a2141.1.vip.88vip',
    site: 'taobao',
    kind: 'trap',
    structure:
      'Taobao 88VIP member-center H5 page: a 先享后付 membership-renewal status card, a benefits grid with 先用后付 and 花呗免息 icons, a coupon list with a 花呗分期免息券, a product feed with 花呗分期/先用后付 tags and an FAQ; no payment step anywhere.',
    expected: null,
  },
  {
    page: 'taobao/late-tmall-hk-h5-confirm-order-xianyong',
    url: 'https://main.m.taobao.com/order/index.html',
    site: 'taobao',
    kind: 'late',
    structure:
      "Tmall mobile H5 confirm-order page in Traditional Chinese for a Hong Kong member shipping to a Shenzhen consolidation warehouse; the served HTML is only a nav bar and skeleton, and an inline script draws the address, items, a 先用後付 card whose switch is on, and a fixed bar with 合計 ¥259.00 and an 'about HK$281' reference after 900 ms.",
    expected: { total: 25900, programs: { 'alipay-paylater': 'offered' } },
  },
  {
    page: 'taobao/taobao-tw-confirm-order-huabei',
    url: 'https://buy.taobao.com/auction/order/confirm_order.htm',
    site: 'taobao',
    kind: 'checkout',
    structure:
      'Taobao desktop confirm-order page in Traditional Chinese for a Taiwan buyer shipping via official consolidation: a 付款方式 box with a 花唄分期 radiogroup (3期 免手續費 selected) and a greyed 先用後付 switch with the reason 集運訂單及港澳台、海外收貨地址暫不支持; 實付款 ¥1086.00 with an NT$ reference amount beneath.',
    expected: { total: 108600, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-cn-baitiao-closed-dropdown',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC order page (getOrderInfo.action) whose 支付方式 step is a closed custom dropdown (role=combobox, aria-expanded=false) showing the current choice 京东白条 plus a closed 白条分期 plan dropdown; the role=listbox popups are display:none and list 京东先用后付 among other hidden options. A visible 京东先用后付 promo strip sits outside the steps, above the totals.',
    expected: { total: 468800, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/late-taobao-cn-h5-paylater-huabei',
    url: 'https://main.m.taobao.com/order/index.html?buyNow=true&itemId=752810394187&skuId=5174208839122&quantity=1&buyParam=752810394187_1_5174208839122&spm=a21202.12579950.0.0',
    site: 'taobao',
    kind: 'late',
    structure:
      "Served HTML is only a skeleton; after a mocked mtop response (setTimeout 900 ms) an inline script injects the order and a 支付方式 block (role=radiogroup, span role=radio aria-checked) with 支付宝, 先用后付 (checked) and 花呗分期 with 3/6/12期 chips. Program names exist before render only inside the script's JSON.",
    expected: { total: 119900, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/jd-cn-cashier-after-submit-baitiao-limit',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298457120356&reqInfo=eyJjYXRlZ29yeSI6MSwib3JkZXJJZCI6IjI5ODQ1NzEyMDM1NiJ9&sign=8f3c2a1d7e9b4c60',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC cashier after 提交订单: ul#J_payList (role=radiogroup) of li.pv-item rows — saved 招商银行 card (selected), 京东白条 greyed with a disabled radio, aria-disabled and '额度不足，暂不可用' (可用额度 ￥3,260.00 < ￥5,999.00), add-card — then 其他支付方式 (微信, 云闪付, 网银). A red 白条 12期免息 advert banner sits above the order box, outside the step.",
    expected: { total: 599900, programs: { 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/jd-cn-baitiao-staging-beside-delivery-slots',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1733561822417',
    site: 'jd',
    kind: 'checkout',
    structure:
      'Classic JD trade page: the 支付方式 step is a ul#payment-ul of div.payment-item tiles (在线支付 selected, 京东白条 selectable with a 分期 plan panel under the list, 先用后付 and 货到付款 as payment-item-disabled tiles with reasons); around it sit a 配送方式 tab row with a delivery time-slot grid, per-item service/gift-wrap checkboxes, 发票 tiles, a coupon grid with a disabled 白条-only coupon, and a 京东先用后付 promo banner above the page.',
    expected: { total: 390980, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-cn-huabei-periods-with-yunfeixian',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?spm=a1z0d.6639537.0.0.4b2c7484Zq1mVt',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Taobao PC order-confirm page with CSS-module hashed classes: two shop blocks each carry their own 配送方式 select, 运费险 checkbox, 店铺优惠 and 发票 radios; the 付款方式 card below is an ARIA radiogroup (支付宝, 花呗 checked with a nested 分期 period radiogroup, 先用后付 aria-disabled with a 芝麻分 reason). The first item's service tags also read 先用后付 / 花呗分期.",
    expected: { total: 69490, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-cn-baitiao-plan-table-paylater-disabled',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC settlement page: 支付方式 is a ul#payment-ul of div.payment-item tiles (payid attributes); 京东白条 is selected and opens a table of 不分期/3/6/12/24期 plans with 每期应还 and 每期服务费 columns, while 先用后付 and 货到付款 are tiles with payment-item-disabled and a 暂不可用/不支持 reason. Total is #sumPayPriceId.',
    expected: { total: 554800, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/jd-cn-baitiao-needs-activation',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC order page: #payment-list of div.payment-item tiles (no inputs) under the 支付方式 step-tit; 先用后付 is item-selected with 推荐 and 已选, 京东白条 is payment-item-disabled with 未开通 / 需开通后才能使用，本单暂不可选择 / 去开通. A 白条分期 promo under the goods line and a display:none fc-baitiao-info in the float bar sit outside the step; 应付总额 in #sumPayPriceId.',
    expected: { total: 239900, programs: { 'jd-paylater': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'jd/jd-cn-pc-baitiao-paylater-side-by-side',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1767771203418',
    site: 'jd',
    kind: 'checkout',
    structure:
      "2026 JD PC checkout with Vite-hashed CSS-module classes: the 支付方式 card is a CSS grid of div tiles whose selection is only a class (_payItemActive_…) drawing an icon-font checkmark; 京东先用后付 and 京东白条 sit side by side, the chosen 白条 tile holds a 白条分期 picker, 货到付款 is greyed with a reason. Product tags '白条分期 最高24期'/'支持先用后付' also appear in the goods list.",
    expected: { total: 474800, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'offered' } },
  },
  {
    page: 'jd/jd-cn-pcashier-baitiao-over-limit',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298765432101&reqInfo=eyJjYXRlZ29yeSI6MSwib3JkZXJJZCI6IjI5ODc2NTQzMjEwMSJ9&sign=3f9c2a7d81e04b6c',
    site: 'jd',
    kind: 'checkout',
    structure:
      "Server-rendered JD cashier: a form with a ul of label rows and native radios name=payChannel. 京东白条 is first but its radio is disabled and the row reads 额度不足/暂不可用; a '更多付款方式' list kept closed with the hidden attribute contains an enabled-looking 京东先用后付 row; a 白条 promo strip sits above the form.",
    expected: { total: 389900, programs: { 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'taobao/taobao-cn-paylater-huabei-fenqi-radiogroup',
    url: 'https://buy.taobao.com/auction/confirm_order.htm?x-itemid=781203954417&x-uid=2209385521077',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "2026 Taobao PC confirm order with Component--local--hash classes: a '付款方式' role=radiogroup of three div role=radio cards (立即付款 / 花呗分期 / 先用后付); the checked card carries a --checked-- class plus aria-checked and holds a 3/6/12期 花呗分期 grid. The goods line also has a '花呗分期' service tag.",
    expected: { total: 124900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'jd/jd-cn-m-rnw-paylater-unavailable',
    url: 'https://trade.m.jd.com/pay?sceneval=2&scene=jd&isCanEdit=1&type=0&lg=0&supm=0&commlist=100041226718,,1,100041226718,1,0,0&wdref=https%3A%2F%2Fitem.m.jd.com%2Fproduct%2F100041226718.html',
    site: 'jd',
    kind: 'checkout',
    structure:
      "Phone checkout rendered by React Native Web: only divs with css-175oi2r/css-146c3p1 and r-* atomic classes, no radios or ARIA states; selection is an icon-font glyph colour class. 京东白条 is chosen with a horizontal 分期 chip row inside it; 京东先用后付 below it is greyed by an opacity class with the reason '暂不可用：本单含京东国际跨境商品'. A closed display:none sheet offers 立即开通.",
    expected: { total: 119600, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-item-page-baitiao-plan-picker-paylater-badge-trap',
    url: 'https://item.jd.com/100071293845.html',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD PC product detail page: a 白条分期 plan picker (ul.baitiao-list of li.bt-item options, one marked disabled) under the price, a '先用后付' service tag, an '打白条' button next to 加入购物车, a 京东金条 loan advert and an FAQ mentioning 白条分期/先用后付/信用卡分期. There is no order and no payment step — the shopper only adds to cart.",
    expected: null,
  },
  {
    page: 'jd/cn-jd-pc-cashier-baitiao-jintiao-cmb-instalment',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=281937465028&reqInfo=eyJjYXRlZ29yeSI6IjEifQ',
    site: 'jd',
    kind: 'checkout',
    structure:
      "Old-style JD PC cashier: div rows .pl-item[role=radio][data-paytype] in a .paybox-list, selection shown by .pl-item-selected + i.pl-radio.checked + aria-checked; 京东白条 is selected with an expanded 分期 plan grid, beside 京东金条 (cash-loan, not ours), a 招商银行 credit card with 信用卡分期 note, a debit card, and an 'other methods' tile row (微信支付, 云闪付分期). A 京东先用后付 row exists in the markup but carries class .hide (display:none). Payable total is '应付金额 3456.80 元' in the order header and on the pay button.",
    expected: { total: 345680, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'taobao/cn-taobao-pc-confirm-order-paylater-huabei-card-instalment',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml?spm=a230r.1.14.16.4f2a6e1dXq8Pkc',
    site: 'taobao',
    kind: 'checkout',
    structure:
      "Legacy Taobao PC 确认订单 page: address cards and a table of items, then a <fieldset> '付款方式' whose options are <label class=pw-opt> wrapping native radios (立即付款 checked, 先用后付 with 芝麻信用 mark, 花呗分期 with inline 3/6/12-period plans, 信用卡分期 for bank cards — the last not ours); none is disabled. Total is '实付款：¥1259.00' in the bordered box above 提交订单 (also 店铺合计 ¥1259.00).",
    expected: { total: 125900, programs: { 'alipay-paylater': 'offered', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'jd/cn-jd-pc-order-baitiao-legacy-panel-hidden',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC settlement page: the 支付方式 step is a row of div.payment-item tiles (item-selected = chosen, payment-item-disabled + grey + tip = unusable) with 京东白条 selected and a visible 白条分期 plan picker, while a legacy plan block (.bt-plan--old, display:none, aria-hidden) claims 先用后付 可用 and a stale ¥3198 total. 应付总额 ¥2849.00 sits in .trade-foot and is repeated in a fixed bottom float bar; the header mini-cart dropdown (display:none until hover) shows a pre-discount ¥3198.00.',
    expected: { total: 284900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/cn-taobao-h5-order-late-huabei-hidden-pc-copy',
    url: 'https://main.m.taobao.com/order/index.html?buyParam=698231457902_1_5038172640291,712094385116_1_5102938476130',
    site: 'taobao',
    kind: 'late',
    structure:
      "Taobao H5 确认订单 page served as grey skeleton cards with a '合计 ¥--' submit bar; an inline setTimeout (1.2 s) draws rax-view-v2 cards including a 支付方式 card of role=radio cells (支付宝, 花呗分期 checked with 3/6/12期 chips, 先用后付 greyed with aria-disabled and '本单商品暂不支持先用后付') and fills the fixed bar with 合计 ¥538.00. It also injects a legacy wide-screen copy with the hidden attribute that offers 先用后付 and shows a stale 实付款 ¥568.00.",
    expected: { total: 53800, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-cashier-ecard-jingdou-baitiao-paylater',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=301284756219&reqInfo=eyJjYXRlZ29yeSI6IjEifQ',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC cashier (收银台): ul.pay-list of li.pay-item rows, with 京东白条 selected (pay-item-selected) and showing an 不分期/3/6/12/24期 plan grid. 账户余额 and 京东先用后付 are li.pay-item-disabled with aria-disabled and red reasons (the latter: 本单已使用京东E卡支付，暂不支持先用后付). 应付金额 2779.00 is in the order header and in an expanded 订单详情 table after 京豆 and E卡 deductions.',
    expected: { total: 277900, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/cn-tmall-h5-confirm-order-late-jifen-huabei-xianyonghoufu',
    url: 'https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&buyParam=721904563218_1_5043817725960',
    site: 'taobao',
    kind: 'late',
    structure:
      "Tmall/Taobao H5 确认订单 page served as grey skeleton cards with 合计 '--'. After 1.2 s setTimeout an inline script builds the order (天猫积分 switch on, 积分抵扣 -¥12.00, 实付款 ¥1095.00) and a role=radiogroup of div.pay-opt rows: 花呗分期 checked with stage chips, 先用后付 with is-disabled/aria-disabled and the reason 订单含定制商品，暂不支持先用后付, and 支付宝. The fixed bottom bar also shows 合计 ¥1095.00.",
    expected: { total: 109500, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-global-cashier-baitiao-offered-paylater-refused',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=285611907342&reqInfo=eyJwYXlTb3VyY2UiOiJnbG9iYWwiLCJ0cyI6MTcxMjg4MjAxOH0%3D',
    site: 'jd',
    kind: 'checkout',
    structure:
      "Old-style JD PC cashier (jQuery-era classes): ul.pl-list of li.pl-item rows with real radio inputs; 京东白条 is checked with a nested ul.bt-plan of 分期 choices, 京东先用后付 has input[disabled] inside li.pl-item-disabled with the note 京东国际跨境商品暂不支持先用后付; a collapsed 'hidden' list holds other non-BNPL methods. Total is 应付金额 1286.29 元 in the order header (also on the pay button); the order-detail breakdown is display:none.",
    expected: { total: 128629, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-item-m-nutui-baitiao-plan-picker-xianyonghoufu-trap',
    url: 'https://item.m.jd.com/product/100071382456.html',
    site: 'jd',
    kind: 'trap',
    structure:
      "JD mobile product page (NutUI-style markup): a '白条分期' plan picker built as a nut-radio-group of nut-radio--button items (nut-radio__button--active on 不分期, --disabled on 24期), a '支付' cell advertising 京东先用后付, and 白条 in a review and on the 立即购买 button. It is a product page with price ¥5,999.00 and add-to-cart/buy buttons only; there is no payment step where a way to pay is picked.",
    expected: null,
  },
  {
    page: 'jd/cn-jd-pc-checkout-baitiao-paylater-eligibility',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'late',
    structure:
      "JD PC 结算页: the 支付方式 step is served as a skeleton '正在加载支付方式…' and a setTimeout (0.9 s) injects a ul[role=radiogroup] of li.payment-item tiles (在线支付 selected, 京东白条 and 先用后付 both 'item-checking' with a spinner, 货到付款 item-disabled). At 1.3 s an auto-applied 满3000减100 coupon rewrites 应付总额 in the .trade-foot bar from ¥3,568.00 to ¥3,468.00; at 2.0 s 京东白条 becomes selectable (额度 shown) and at 2.3 s 先用后付 turns item-disabled with a red '超出先用后付可用额度…暂不可用' tip.",
    expected: { total: 346800, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-cashier-baitiao-with-xianyonghoufu-ad',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=298471635208',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD PC 收银台: total '应付金额 3287.00 元' in the order-tips header; payment list of div.pl-item[role=radio] channels with 京东白条 selected (pl-item-selected, inner 白条分期 期数 radiogroup), 微信支付, 银行卡, 云闪付 and 京东小金库 greyed out (pl-item-disabled, 余额不足), 信用卡分期 in a hidden 'more' block. A 广告 strip above the list and a tips box below advertise 京东先用后付, which is not in the payment list.",
    expected: { total: 328700, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'jd/cn-jd-item-detail-baitiao-fenqi-trap',
    url: 'https://item.jd.com/100058372916.html',
    site: 'jd',
    kind: 'trap',
    structure:
      'JD PC 商品详情页 (jQuery-era float layout): a 白条分期 period picker built as div.item tiles inside #choose-baitiao (不分期 selected, 3/6/12期, 24期 div.item.disabled), a 京东先用后付 service tag and an FAQ naming 花呗; the only price is the 京东价 ¥5999.00 and the buttons are 加入购物车/打白条 — no payment step.',
    expected: null,
  },
  {
    page: 'jd/cn-jd-checkout-shadow-dom-baitiao-paylater-disabled',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 结算页 whose 支付方式 step is a <payment-method-list> web component with a declarative shadow root holding a role=listbox of <jd-pay-option role=option> custom elements, each with its own nested declarative shadow root and slotted labels; 在线支付 is aria-selected, 京东白条 is selectable, 京东先用后付 and 货到付款 are aria-disabled, greyed and say why in text. The payable total 应付总额 ¥3287.40 sits in the trade-foot bar below the goods list.',
    expected: { total: 328740, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'jd/cn-jd-trade-checkout-baitiao-xianyonghoufu-disabled',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      "JD-style 订单结算页 with a hidden 全部商品分类 mega-menu, 36 line items across 6 shops each tagged 先用后付/白条免息/白条分期, a 为你推荐 carousel with 白条 badges and a footer listing 京东白条/先用后付; the small 支付方式 block in the middle is a row of div.payment-item tiles (在线支付 selected via item-selected, 京东白条 selectable with a visible 白条分期 plan strip, 先用后付 and 货到付款 greyed via payment-item-disabled + aria-disabled with a tip '订单中有商品不支持先用后付'). The total is 应付总额 ¥13543.30 in #sumPayPriceId in the trade-foot bar after the item list.",
    expected: { total: 1354330, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
  {
    page: 'taobao/cn-taobao-cart-xianyonghoufu-huabei-no-payment-trap',
    url: 'https://cart.taobao.com/cart.htm',
    site: 'taobao',
    kind: 'trap',
    structure:
      "Taobao cart page (trap): 47 items in 10 shop groups (div.J_Order / li.item-content rows with checkboxes), each carrying 先用后付 / 花呗分期 / 3期免息 tags, a 先用后付 promo banner, a '先用后付' filter tab, a 猜你喜欢 carousel with 先用后付/花呗 badges, collapsed <details> FAQ and footer 花呗/先用后付 logos. The sticky float bar only shows 合计（不含运费）¥5438.10 and a 结 算 link to the order page; there is no payment step or way to pick how to pay.",
    expected: null,
  },
  {
    page: 'jd/cn-jd-trade-order-baitiao-paylater-giftcard-deduction',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    site: 'jd',
    kind: 'checkout',
    structure:
      'JD PC 结算页 (float layout, li.payment-item buttons under 支付方式): 京东白条 is item-selected with a 白条分期 grid whose per-instalment figures (¥2,260.00×3期 … ¥316.40×24期) are printed larger than the total; 先用后付 and 货到付款 are li.payment-item-disabled with aria-disabled and grey tips (本单含不支持先用后付的商品). The order-summary lists 总商品金额 ¥7,798.00, 商品优惠/优惠券/京豆/京东E卡 deductions and 节省 ¥718.00, and the trade-foot shows 应付总额 ¥6,780.00 above the 提交订单 button.',
    expected: { total: 678000, programs: { 'jd-baitiao': 'offered', 'jd-paylater': 'unavailable' } },
  },
];
