import type { CorpusPage } from './types';

/**
 * Chinese shops on their own domains, run by platforms the reader has no adapter for (Youzan,
 * Weimob, Shopline, self-built Vue and React shops): read as an added shop (`web`), in yuan. Written
 * by other hands than the reader's, from the platforms' own markup patterns.
 */
export const READINGS_WEB_CN: readonly CorpusPage[] = [
  {
    page: 'web/checkout-youzan-payscore-provider-note',
    url: 'https://m.xiaoyuan-tea.cn/wsctrade/order/buy?kdt_id=43817762&book_key=20261205A8f2c91d',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vant cells with role=radio on the right; 先用后付 whose note says 由微信支付分提供; the total in the submit bar',
    expected: { total: 56700, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/checkout-takeaway-submit-bar-total',
    url: 'https://h5.laowang-noodles.com/order/confirm?poi_id=1182204&source=wx_h5',
    site: 'web',
    kind: 'checkout',
    structure:
      'hashed-class rows, 美团月付 aria-disabled with 额度不足 in a sibling note; the total only beside 提交订单 (¥55.50 已优惠 ¥9)',
    expected: { total: 5550, programs: { 'meituan-monthly': 'unavailable' } },
  },
  {
    page: 'web/checkout-trade-buy-installment-radios',
    url: 'https://m.qingshan-shoes.cn/trade/buy?product_id=3672918840123&sku_id=1782093341&origin_type=live',
    site: 'web',
    kind: 'checkout',
    structure: 'CSS-module items, each with a role=radio; 抖音月付 holds its own radiogroup of 不分期/3/6/12期 amounts',
    expected: { total: 36900, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/checkout-shopline-legend-disabled-group',
    url: 'https://www.mingyue-ceramics.com/zh/%E7%BB%93%E7%AE%97?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      'a fieldset of native radios in labels, mounted at #checkout-app; 京东白条 in a nested fieldset[disabled] under a <legend>京东支付（本单暂不可用）',
    expected: { total: 86400, programs: { 'alipay-huabei': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'web/cashier-listbox-payscore-more-hidden',
    url: 'https://m.beiwan-bakery.com/pay/cashier?orderId=BW202612051103287741&from=order',
    site: 'web',
    kind: 'checkout',
    structure:
      'role=listbox of role=option items; 微信支付分 | 先享后付 as one name; 花呗分期 and 白条 in a hidden 更多支付方式 list',
    expected: { total: 18640, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/trap-weimob-banner-member-faq',
    url: 'https://m.hexiang-baby.com/trade/buy?bosId=4020183345&vid=6015274120&source=cart',
    site: 'web',
    kind: 'trap',
    structure:
      'wallets-only radios; programs in a promotion banner, a goods title, member perks, an FAQ dl and the footer',
    expected: null,
  },
  {
    page: 'web/trap-promo-vip-faq-footer',
    url: 'https://m.songfeng-outdoor.com/order/confirm?skuIds=50217,50388&addrId=77102',
    site: 'web',
    kind: 'trap',
    structure:
      'wallets-only label radios; programs in promo tiles, a member-perks paragraph, FAQ <details> and the footer',
    expected: null,
  },
  {
    page: 'web/checkout-youzan-vant-popup-payscore',
    url: 'https://shop12345678.youzan.com/wsctrade/order/buy?kdt_id=12345678&book_key=20261205185733e4b7a1c9d2&banner_id=f.99881230~goods.1~0~Xk2pLm9Q',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vant-style H5 order page with the cashier bottom popup open; pay ways are rows with a div[role=radio][aria-checked] inside a role=radiogroup, icons as SVG <title>, 先用后付 (微信支付分) selected; a 先用后付 van-tag also sits in the goods title as noise',
    expected: { total: 25800, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/trap-weimob-fieldset-wechat-only',
    url: 'https://100003718462.m.weimob.com/saas/retail/100003718462/4021005462/trade/confirm?bosId=4021005462&cartIds=&goodsId=10258331&skuId=3318457',
    site: 'web',
    kind: 'trap',
    structure:
      'fieldset/legend payment block with one native radio (label[for] split, logo as img alt) offering only 微信支付; 先用后付 and 花呗 appear only in a promo swiper, the goods title, <details> FAQ and recommendation tags',
    expected: null,
  },
  {
    page: 'web/checkout-douyin-h5-monthly-radiogroup',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?origin_type=3002002000&product_id=3684512209857341762&sku_id=1792043821640233&buy_num=1',
    site: 'web',
    kind: 'checkout',
    structure:
      'React H5 with hashed CSS-module classes; div role=radiogroup of role=radio rows (aria-checked), 月付 row followed by sibling group of aria-pressed 分期 buttons; traps: 月付 promo banner above, 月付/花呗 tags in 为你推荐 feed, legal footer',
    expected: { total: 147900, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/checkout-meituan-h5-monthly-quota-label-for',
    url: 'https://h5.waimai.meituan.com/waimai/mindex/submit-order?wm_poi_id=1184523067238145&source=menu&channel=h5',
    site: 'web',
    kind: 'checkout',
    structure:
      'ul of li rows each with visually-hidden native radio + sibling label[for] carrying text; logos are img alt="" (name only in label text); 月付 row has disabled radio, is-disabled class and reason div below the label (outside it); traps: 月付 promo strip above and a survey question below',
    expected: { total: 4680, programs: { 'meituan-monthly': 'unavailable' } },
  },
  {
    page: 'web/checkout-youzan-vant-payscore-disabled-by-class',
    url: 'https://h5.youzan.com/wsctrade/order/buy?kdt_id=91834572&book_key=2026120521d7f0a3c9e4b81f&banner_id=f.88712033~goods~1~Xq3mZt9k',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vant-style div role=radiogroup; each row has div role=radio aria-checked with van-radio__icon--checked / van-radio--disabled (no aria-disabled); 先用后付（微信支付分）greyed with '支付分不足，暂不可用'; total split across submit-bar spans ¥<219>.00; a footer disclaimer repeats 先用后付/微信支付分",
    expected: { total: 21900, programs: { 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/checkout-meituan-taro-monthly-selected-check-alt',
    url: 'https://i.meituan.com/awp/h5/tuan/submit-order/index.html?dealId=803571264&shopId=1581927301&source=dp',
    site: 'web',
    kind: 'checkout',
    structure:
      'Taro H5 custom elements (taro-view-core) with hashed CSS-module classes; no inputs or ARIA, selection shown only by check-icon <img alt="已选中">; 月付立减2元 tag inside the 美团月付 row; 月付 promo banner above the pay list',
    expected: { total: 6790, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/checkout-douyin-monthly-quota-periods-grey',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?origin_type=3002070010&id=3689241875523406721&sku_id=1798825763245067&combo_num=1',
    site: 'web',
    kind: 'checkout',
    structure:
      'ARIA role=radiogroup of div role=radio with aria-checked; 抖音月付 row aria-disabled + opacity, reason 额度不足 text, nested disabled <button aria-pressed> 分期 tiles; icons as inline SVG <title>; 月付 named also in goods title, promo strip and recommendation list',
    expected: { total: 129900, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/suning-cashier-huabei-installments-renxingfu',
    url: 'https://pay.suning.com/epps-pwg/cashier/cashierIndex.htm?orderId=40014728815306&merchantNo=70057241',
    site: 'web',
    kind: 'checkout',
    structure:
      'server-rendered cashier: sections of native radios in a narrow cell with label[for] in a sibling span; per-period tables (radio td + label[for] td) under both 任性付 (own credit, selected) and 花呗分期',
    expected: { total: 389900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/element-ui-hash-route-huabei-disabled-is-disabled',
    url: 'https://www.shanchaji.com/#/checkout?cartIds=88213&from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vue 2 + Element UI el-radio-group[role=radiogroup] of bordered label.el-radio[role=radio]; 花呗 label has is-disabled, aria-disabled and a disabled aria-hidden el-radio__original, reason text inside el-radio__label; aria-checked omitted on unchecked as Vue renders it',
    expected: { total: 6800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-vip-weipinhua-huabei-banner',
    // Its author's address (/te2/) is no checkout by its path, where nothing would be read: this one makes the reader look.
    url: 'https://checkout.vip.com/te2/checkout?mars_cid=1701823456_8d2f&from=cart',
    site: 'web',
    kind: 'trap',
    structure:
      'CSS-module hashed div tiles in role=radiogroup (role=radio aria-checked, logos as img alt); 唯品花 has its own aria-pressed installment buttons; 花呗 only in an ad strip above the list, the help footer and footer logo img alt',
    expected: null,
  },
  {
    page: 'web/apple-cn-checkout-huabei-24-installments-rmb',
    url: 'https://www.apple.com.cn/shop/checkout?_s=Billing-init',
    site: 'web',
    kind: 'checkout',
    structure:
      'Apple form-selector tiles: hidden native radios + sibling label[for] under a fieldset legend 支付方式; 花呗分期 checked with an expanded nested rc-segmented-control radiogroup of 3/6/12/24期 per-month amounts with 免息 badges; logos as img alt; pay-later promo banner and footer finance text as noise',
    expected: { total: 999900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/mi-mall-buy-confirm-huabei-disabled',
    url: 'https://order.mi.com/buy/confirm?id=5261206381542310',
    site: 'web',
    kind: 'checkout',
    structure:
      'Xiaomi pay-confirm page: payment-box groups (支付平台 / 分期付款 / 银行卡) of ul.payment-list li.J_bank tiles with bare native radios and logo imgs; 花呗分期 tile has class disabled, aria-disabled, disabled radio, empty img alt and a 当前订单不支持 tip; event-desc promo text mentions 花呗 免息; 应付总额 with amount in <em> and 元 after. No 京东白条 (no evidence Xiaomi offers it), 招商银行信用卡分期 and 小米分期 instead.',
    expected: { total: 329900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-dangdang-huabei-promo-only',
    url: 'https://checkout.dangdang.com/checkout.aspx',
    site: 'web',
    kind: 'trap',
    structure:
      'Dangdang legacy checkout: 支付方式 is a list of <a class="btn_pay"> anchor buttons (selection only via class current, no radios/ARIA) for 支付宝/微信支付/货到付款, 礼品卡 in the separate 非现金 pay_list block; 花呗 only in a summary promo line (花呗付款满100减5), a goods title (【花呗分期 同款好书】…), an FAQ and footer logo alt',
    expected: null,
  },
  {
    page: 'web/netease-yanxuan-huabei-tabs-installments',
    url: 'https://you.163.com/order/confirm?source=cart&skuList=1651022%2C3994127',
    site: 'web',
    kind: 'checkout',
    structure:
      'Server-rendered NEJ-style PC page (m-/w-/z-/j- class prefixes); 支付方式 is a plain <ul> of <li> tabs with no ARIA, selection shown only by class z-sel (花呗分期 selected); panel beneath holds visually hidden native radios with label[for] split for 3/6/12期 per-period amounts and 手续费. Noise: 花呗分期 promo banner at top, 花呗分期 tag on product row, footer service slogan and 花呗 payment logo.',
    expected: { total: 158800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/trap-xiaohongshu-huabei-note-coupon',
    url: 'https://www.xiaohongshu.com/goods/order/confirm?itemId=64b8f1c2a3e9d70001f4c3a2&skuId=64b8f1c2a3e9d70001f4c3a5&qty=1&source=note_goods_card',
    site: 'web',
    kind: 'trap',
    structure:
      'Vue H5 with scoped data-v attribute styling; 支付方式 is a bare <div> of <button aria-pressed> tiles (logos as <img alt>) with only 微信支付 and 支付宝. 花呗 appears only in an embedded user note card (支持花呗分期的同款) inside the goods block and in a greyed aria-disabled store coupon 花呗支付立减5元（本单不可用）; neither is a payment option.',
    expected: null,
  },
  {
    page: 'web/eleme-h5-huabei-paylater-unavailable',
    url: 'https://h5.ele.me/minisite/pages/checkout/index?restaurant_id=E17350421863201847&cart_id=2871946153&sig=7c1a9e0d4b2f&from=shop',
    site: 'web',
    kind: 'checkout',
    structure:
      'Phone order page with hashed CSS-module classes; payment list is ul role=radiogroup of li role=radio with SVG <title> logos; 支付宝 aria-checked=true, 花呗 with inline period chips, 先享后付 aria-disabled=true greyed with reason text; total only in fixed dark bottom bar; VIP banner and survey mention 花呗/先享后付 as noise.',
    expected: { total: 3850, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'web/uniapp-h5-hash-route-huabei-payscore-provider-line',
    url: 'https://m.xingmang-tech.cn/h5/#/pages/order/confirm?skuId=10086231&count=1&from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "uni-app H5 render: uni-page > uni-page-body, payment card is a uni-radio-group of uni-label rows (uni-image icon, uni-text name/sub, uni-radio whose .uni-radio-input carries uni-radio-input-checked for 微信支付). 花呗分期 row has stage chips; 先用后付 row's sub-line '由微信支付分提供' names WeChat Pay Score as the provider, and this is a brand's own shop, not Taobao/Tmall/Alipay, so it is wechat-payscore, not alipay-paylater. Noise: promo banner mentioning 花呗分期, product line mentioning 先用后付, FAQ naming 京东白条/美团月付. Total in fixed bottom bar.",
    expected: { total: 45900, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/dewu-h5-checkout-huabei-quota-short',
    url: 'https://m.dewu.com/h5-deal/order/confirm?spuId=1328744&skuId=612093551&source=productDetail',
    site: 'web',
    kind: 'checkout',
    structure:
      'Taro H5 custom elements (taro-view-core/taro-radio-core inside taro-radio-group-core) with hashed CSS-module classes; icons as img alt="" so names are text only; 花呗分期 row greyed via PayList-module__disabled class + disabled weui-check input and sub-text 花呗额度不足; promo banner above the step also mentions 花呗分期',
    expected: { total: 129900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/vmall-pc-confirm-huabei-installments-cmb',
    url: 'https://www.vmall.com/order/nowConfirmcart?skuId=10086457319215&skuIds=10086457319215&qty=1',
    site: 'web',
    kind: 'checkout',
    structure:
      'PC ul.pay-list of clickable li.pay-item divs (data-paytype, li.selected, CSS-only radio mock, logos as img alt); 花呗分期 li expands a.stage-list tiles with a.on for 12期; sibling 招商银行信用卡分期 bank item; huabei mentions in promo strip, recommendations and footer logos',
    expected: { total: 699900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/weidian-h5-trap-payscore-banner-goods',
    url: 'https://weidian.com/buyer/order/confirm.html?itemID=7283104465&sku=128830021&count=1&from=item',
    site: 'web',
    kind: 'trap',
    structure:
      'Vue SFC (data-v-* scoped attrs) page whose pay block holds a single fixed 微信支付 row (SVG <title> icon, no radio); trap text 微信支付分 先享后付 in a top banner and 【先用后付】 in the goods title, both outside the pay block',
    expected: null,
  },
  {
    page: 'web/oppo-store-pc-huabei-fee-table',
    url: 'https://www.opposhop.cn/cn/web/order/confirm?cartIds=8821637,8821640&source=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'PC list of native radios wrapped in label[for] with logo <img alt>; 花呗分期 row selected and expanded with a nested table of 3/6/12/24期 radios showing 每期应还 and 手续费; noise: promo strip and footer logos mention 花呗/先用后付/京东白条',
    expected: { total: 349900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/hema-h5-huabei-unsupported-goods',
    url: 'https://h5.freshhema.com/app/hema-trade/order-confirm/index.html?shopId=273105&bizType=DELIVERY&spm=hema.cart.settle',
    site: 'web',
    kind: 'checkout',
    structure:
      'Mobile React page with hashed CSS-module classes; ARIA radiogroup of div[role=radio] rows with icons as SVG <title>; 花呗 row aria-disabled with greyed reason 部分商品不支持花呗付款; fixed bottom bar with 合计; FAQ note also mentions 花呗',
    expected: { total: 15680, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/ctrip-h5-trap-naquhua-huabei-banner',
    url: 'https://secure.ctrip.com/webapp/payment/index?token=eyJvaWQiOiIxMTI4NjQ1OTgzMiJ9&bustype=301&from=hotel',
    site: 'web',
    kind: 'trap',
    structure:
      'Trap: mobile cashier with role=listbox/option rows (aria-selected), logos as <img alt>, selected state as SVG <title>; chosen 拿去花 (Ctrip own credit, not a listed program) expanded with aria-pressed 分期 button tiles; 花呗 appears only in a promo banner link above the amount (Address: its author wrote /webapp/payment2/, which no reader takes for a checkout; it stands at /webapp/payment/ so that the reader runs on it.)',
    expected: null,
  },
  {
    page: 'web/vip-h5-checkout-weipinhua-trap',
    url: 'https://m.vip.com/checkout.html?sizeId=6920481123457&from=cart',
    site: 'web',
    kind: 'trap',
    structure:
      "Vue H5 (data-v scoped attrs): payment step is an ARIA radiogroup of div[role=radio][aria-checked] rows — 唯品花 (own credit, with its own 3/6/12期 period row), 微信支付 (SVG <title>), 支付宝; trap text only outside the step: top promo banner '花呗分期免息' and footer help link '什么是先用后付？'",
    expected: null,
  },
  {
    page: 'web/xiaomi-mall-pc-checkout-huabei-periods',
    url: 'https://order.mi.com/buy/confirm?id=5261206836415072',
    site: 'web',
    kind: 'checkout',
    structure:
      'mi.com legacy pay-confirm layout: payment-box sections of ul.payment-list with off-screen native radios and label[for] wrapping logo <img alt> (微信支付/支付宝/银联 + separate 分期付款 box with 花呗分期 tile and a stage-list period picker of <li> tiles, 3/6/12期 with 每期 amounts); total in .money <em>5,499.00</em>元; noise: recommendation widget and footer logos mentioning 花呗分期',
    expected: { total: 549900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/dangdang-pc-checkout-huabei-offered',
    url: 'https://checkout.dangdang.com/checkout.aspx?ref=shoppingcart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Old-style PC table: pay rows are native radios in a <td> with the name in a separate <td> via label[for]; 花呗分期 periods are nested radio labels under the 支付宝 row; promo strip '花呗分期 3期免息' above the form and 花呗 logo/link in footer as traps",
    expected: { total: 26840, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/yanxuan-h5-checkout-huabei-unavailable',
    url: 'https://m.you.163.com/order/confirm?skuId=1650189&count=1&source=cart&_stat_from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vue H5 with scoped data-v attributes: ARIA role=radiogroup of div role=radio rows, SVG <title> icons; 花呗分期 row aria-disabled with class is-disabled and reason text; traps: FAQ <details> and '为你推荐' tiles tagged 花呗分期/先用后付; total in fixed bottom bar",
    expected: { total: 15900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/suning-pc-checkout-renxingfu-huabei',
    url: 'https://shopping.suning.com/order.do?cart2No=2026120617342190018&orderType=01&fromPage=cart1',
    site: 'web',
    kind: 'checkout',
    structure:
      'PC checkout: <ul> of payment tiles, visually hidden native radios + separate label[for] tiles with text-only names (logos alt=""); 花呗分期 pre-selected and an always-rendered period panel with radio labels (3/6/12期, ¥/期 amounts); 任性付 (non-program) tile next to it; promo strip, product desc, FAQ and footer logo alts mention 花呗/任性付 as noise',
    expected: { total: 459900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/dewu-h5-order-detail-paid-huabei-trap',
    url: 'https://m.dewu.com/h5-order/buyer/orderDetail?orderNo=110298347756201',
    site: 'web',
    kind: 'trap',
    structure:
      '得物 H5 order-detail page of an order already paid (卖家已发货): Vant nav bar, van-steps logistics trace, van-cell rows for address, price lines (实付款 ¥689.00) and order info including 支付方式 花呗分期（3期）; recommendations tagged 花呗分期免息 / 先用后付. No payment step: nothing to choose, only 查看物流 / 确认收货 buttons.',
    expected: null,
  },
  {
    page: 'web/douyin-mall-h5-cashier-yuefu-late',
    url: 'https://tp-pay.snssdk.com/cashdesk_h5/index.html?app_id=800028822&merchant_id=1200002834&trade_no=SP20240617213305821903771&source=ecom',
    site: 'web',
    kind: 'late',
    structure:
      "抖音商城 H5 cashier (抖音支付) sent as a nav bar plus shimmer skeleton; after 1.5 s its inline script renders the amount (实付金额, small ¥ span + 89.90), and a list of div rows with hashed classes, 'selected' on the chosen row and a custom round .check-icon.checked: 抖音月付 (selected, 免息/额度 line), 中国银行储蓄卡, 微信支付, a row named only by an SVG <title>支付宝</title>, and a greyed aria-disabled 抖音零钱 '余额不足'. Noise: SVG sprite, hidden agreement modal, order info with address, promo lines, legal tip.",
    expected: { total: 8990, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/meituan-waimai-npay-h5-yuefu-listbox',
    url: 'https://npay.meituan.com/cashier/index.html?tradeno=24061711215880412973&pay_token=Mk9TQzN4dGx1Zk1pV0Z3&merchant_no=4107830912&cashier_type=wap',
    site: 'web',
    kind: 'checkout',
    structure:
      "美团外卖 H5 cashier (npay.meituan.com) with hashed-looking class names: big amount row with an 应付 label and ¥ / 38.50 in separate spans; payment methods are a role=listbox of role=option li's with aria-selected (美团月付 selected with its 免息/额度 line, 招行储蓄卡, 微信支付, and an aria-disabled 美团余额 '余额不足'); a closed <details> '更多支付方式' holds 云闪付, 数字人民币, 建行信用卡, 添加银行卡. Noise: closed order-detail <details> with address, SVG sprite, promo list, coupons, FAQ, hidden bank modal, pay button.",
    expected: { total: 3850, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/mi-checkout-pc-huabei-fenqi-below-minimum',
    url: 'https://www.mi.com/buy/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      '小米商城 PC checkout: address cards as role=radio, then a 支付方式 row of <button aria-pressed> options (在线支付 pressed; 花呗分期 and 小米分期 are disabled + aria-disabled and point via aria-describedby to a grey note saying 分期 needs a 600–30000元 order); a display:none per-period panel for 花呗 stays closed. Noise: topbar, shipping/invoice rows, goods list, coupon cards, money box ending in 应付总额：<em>458.00</em>元, recommendations, big footer.',
    expected: { total: 45800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/suning-paycashier-pc-tabs-huabei-fenqi',
    url: 'https://paycashier.suning.com/pccashier/showCashier.htm?payOrderId=2406172231440023891756&orderId=40023891756',
    site: 'web',
    kind: 'checkout',
    structure:
      '苏宁易购 PC cashier: role=tablist tabs (推荐支付方式 active; 任性付分期 and 网银支付 panels carry the hidden attribute); the active panel is two <ul> lists of native radios with label[for] beside them, a disabled 易付宝余额 row with its reason, 花呗分期 checked with a 3/6/12期 picker of per-period amounts, 云闪付 and 数字人民币. Noise: order detail table with address, 任性付 promo strip, FAQ, recommendations, service guide, legal footer.',
    expected: { total: 309900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/suning-product-page-huabei-fenqi-banner-trap',
    url: 'https://product.suning.com/0000000000/12213348736.html',
    site: 'web',
    kind: 'trap',
    structure:
      '苏宁易购 PC product page (iPhone 15): a blue 花呗分期 3期免息 banner, a 分期购买 role=radiogroup picker on the product (不分期 / 花呗分期 3期·6期 / 任性付 12期·24期 with per-period amounts), buyer reviews and an 分期付款说明 box naming 花呗; no order, no payment step. Noise: search header, nav, gallery, price box, colour/version pickers, spec table, hot-sale list, side recommendations, footer.',
    expected: null,
  },
  {
    page: 'web/vip-h5-checkout-vant-weipinhua-huabei-checking',
    url: 'https://m.vip.com/checkout.html?source=cart&sizeIds=6920184733,6920190215',
    site: 'web',
    kind: 'checkout',
    structure:
      "唯品会 H5 order confirmation rendered by Vant: van-card goods, van-cell price lines, then a role=radiogroup van-radio-group of van-cells each ending in a role=radio .van-radio with aria-checked — 唯品花 (theirs, checked), 微信支付, 支付宝, and 花呗 whose label is a van-loading spinner '正在查询花呗可用额度…' with a disabled radio; a '展开更多支付方式' cell keeps 云闪付/银行卡/数字人民币 in a display:none block. Total in a van-submit-bar: 实付款：¥<span>329</span>.00.",
    expected: { total: 32900, programs: { 'alipay-huabei': 'unknown' } },
  },
  {
    page: 'web/vmall-pc-cashier-huabei-fenqi-img-alt',
    url: 'https://www.vmall.com/payment/index?orderCode=2406180935217601&state=0',
    site: 'web',
    kind: 'checkout',
    structure:
      "华为商城 PC cashier after order submission, built like vmall's ec templates: order-payment-area groups (第三方支付平台, 分期付款, 银行网银) of li > div.payment-area with input.radio and a separate label[for] whose only content is an <img alt title> naming the method; 花呗分期 is checked and a dl.huabei lists 3/6/12/24期 per-period amounts; a disabled 建行分期 carries its reason in a span beside it. Noise: order table with address, hidden pay-go form, FAQ, big link footer.",
    expected: { total: 673800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/you163-h5-wechat-cashier-payscore-banner-trap',
    url: 'https://m.you.163.com/order/pay?orderId=3216583390&source=weixin',
    site: 'web',
    kind: 'trap',
    structure:
      '网易严选 H5 cashier opened inside WeChat, WeUI markup: a green top banner advertises 微信支付分 先享后付, but the weui-cells_radio payment group (label.weui-check__label wrapping input.weui-check) offers only 微信支付 and 银行卡支付 (网易支付); a 支付说明/FAQ below names 支付宝（含花呗） and says this order does not take 先享后付. Noise: 需支付 ¥238.00 amount box, order lines with address, coupons, long recommendation grid with 先享后付 tags, hidden password dialog.',
    expected: null,
  },
  {
    page: 'web/crmeb-uniapp-confirm-wechat-balance-only-payscore-banner-trap',
    url: 'https://shop.mianmianjia.com/pages/goods/order_confirm/index?cartId=1532,1533&new=0&noCoupon=0',
    site: 'web',
    kind: 'trap',
    structure:
      "CRMEB uni-app H5 order confirmation (uni-view, acea-row classes, scoped data-v styles) with its '选择付款方式' bottom sheet open: only 微信支付 (selected) and 余额支付 are shown, while 支付宝/线下支付/好友代付 rows are display:none. 先享后付 and 微信支付分 are named only in a promo banner above the address ('仅限小程序下单') and in the notice text. Noise: address, goods, coupon/points/invoice rows, money list, footer 合计 ￥256.00.",
    expected: null,
  },
  {
    page: 'web/nextjs-member-center-huabei-payscore-banners-trap',
    url: 'https://vip.bolangmeizhuang.com/member',
    site: 'web',
    kind: 'trap',
    structure:
      "Next.js + Tailwind member-center page of a cosmetics brand: member card with points, 储值余额 and coupons, a banner carousel advertising '花呗分期 3期免息' and '先享后付 · 微信支付分550分及以上可用', a rights grid listing 先享后付 and 花呗免息, stored-value top-up tiers as links, points mall, tools grid and an FAQ about both programs; no payment step anywhere.",
    expected: null,
  },
  {
    page: 'web/react-h5-late-listbox-meituan-monthly-douyin-checking',
    url: 'https://m.guoting-xiansheng.cn/#/order/submit?from=cart&shopId=2031',
    site: 'web',
    kind: 'late',
    structure:
      "Self-built React H5 for a fruit-delivery shop (styled-components style hashed classes): the HTML as sent is a shimmer skeleton; an inline script draws the checkout after 1.5 s. The payment step is a role=listbox of role=option rows with aria-selected: 美团月付 selected, 微信支付, 支付宝, and 抖音月付 aria-busy with '正在查询你的可用额度…'; a '更多支付方式' button (aria-expanded=false) controls a hidden listbox holding 京东白条 and 云闪付. Noise: address, ETA, goods, fee lines, 凑单推荐 grid, hidden red-packet sheet; total only in the bottom bar (合计 ¥225.90).",
    expected: { total: 22590, programs: { 'meituan-monthly': 'offered', 'douyin-monthly': 'unknown' } },
  },
  {
    page: 'web/shopline-pc-checkout-tabs-jd-baitiao-img-alt',
    url: 'https://www.beiyuan-audio.cn/checkout/pay?token=c2d8f0a1b7e94f3c8a6d5e2b1f0c9a87',
    site: 'web',
    kind: 'checkout',
    structure:
      "SHOPLINE-built PC checkout, step 3 支付: a role=tablist with '在线支付' (its panel hidden, holding 微信支付/支付宝/银联) and the selected '分期付款' tab; in its panel native radios sit apart from label[for] whose only content is an <img alt> (京东白条 checked with an open accordion of 3/6/12/24-period plans as inputs inside labels; 花呗分期 disabled with the reason in an aria-describedby note; 信用卡分期). Order summary sidebar with 应付总额 ¥6,599.00, coupon field, trust line and footer.",
    expected: { total: 659900, programs: { 'jd-baitiao': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/uniapp-h5-order-confirm-huabei-fenqi-grid',
    url: 'https://h5.lanxiyuan.com/pages/order/confirm?cartIds=3345,3346&source=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Self-built uni-app H5 (rendered uni-page/uni-view/uni-label/uni-radio custom elements, data-v scoped classes) opened in a mobile browser: a uni-radio-group of uni-label rows (支付宝, 花呗分期 checked, 微信支付, 余额支付 with uni-radio disabled), with a 3/6/12-period grid of 每期 amounts under 花呗分期; the total appears only in the fixed footer split into ¥ / 1,283 / .00 spans. Noise: address, goods cards, coupon/points lines, 猜你喜欢 grid, hidden coupon and 分期说明 popups.',
    expected: { total: 128300, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/vue-h5-order-list-paylater-labels-trap',
    url: 'https://m.yunqiao-muying.cn/#/order/list?status=all',
    site: 'web',
    kind: 'trap',
    structure:
      "Self-built Vue + Vant H5 order list for a baby-goods shop: van-tabs status filter, five order cards with goods, amounts and buttons; past orders print their payment method ('先用后付（微信支付分）', '花呗分期（3期免息）', '京东白条') and one unpaid order has a '去支付' button, but the page has no payment step. Noise: search, 为你推荐 grid, bottom tabbar.",
    expected: null,
  },
  {
    page: 'web/weimob-taro-h5-payscore-insufficient-grey-note',
    url: 'https://mall.guchuanjiu.com/saas/retail/100001845231/4020118877/order/confirm?cartIds=88213094&source=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Weimob retail H5 rendered by Taro (taro-view-core/taro-text-core custom elements) with CSS-module hashed class names: payment options are plain divs, the chosen one carrying a hashed '_selected_' class; 先享后付 (微信支付分) is greyed by an opacity class with only a grey '支付分不足' note where the tick would be, no disabled attribute; 微信支付 selected, 储值卡 usable; icons are SVGs with <title>. Noise: address, liquor goods, points switch, price detail with 实付款, 搭配推荐 scroller, hidden address/invoice popups, age notice.",
    expected: { total: 38810, programs: { 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/xiaoe-h5-wechat-radiogroup-payscore-fullwidth-total',
    url: 'https://appdk1z8yq42736.h5.xiaoeknow.com/p/trade/order_confirm?resource_id=p_66f0c1a2e4b0d84d_xQw8ZkLm&resource_type=6&sku_id=SKU_66f0c1a2&coupon_id=cu_8f2a1c',
    site: 'web',
    kind: 'checkout',
    structure:
      "Xiaoe (小鹅通) course-plus-kit order page in a WeChat webview: payment options are divs in a role=radiogroup with role=radio/aria-checked; 先享后付 checked with the line '微信支付分550分及以上可用', 花呗分期 aria-disabled with a note that Alipay cannot be used inside WeChat, 余额 aria-disabled; the amount to pay is printed only in full-width digits (￥３４９．００) in the price block and bottom bar. Noise: student form, kit address, course outline of 21 lessons, teacher card, purchase notes, hidden coupon picker.",
    expected: { total: 34900, programs: { 'wechat-payscore': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/youzan-goods-detail-xianyonghoufu-tags-trap',
    url: 'https://shop16083425.m.youzan.com/wscgoods/detail/2xcn8p4x9kgzh?kdt_id=15891257',
    site: 'web',
    kind: 'trap',
    structure:
      "Youzan H5 goods detail page (Vant swipe, cells, goods-action bar): 先用后付 appears only as a goods tag, a '付款' cell reading '0元下单，确认收货后再付款 由微信支付分提供', the service line, a review, the detail copy, recommendation tags and the buy button '先用后付 0元下单'; there is no payment step (the SKU popup is hidden and has no payment choice).",
    expected: null,
  },
  {
    page: 'web/youzan-wsctrade-buy-vant-payscore-xianyonghoufu',
    url: 'https://shop16083425.m.youzan.com/wsctrade/order/buy?book_key=8c1f2e44-6a0b-4d7e-9d25-3f1a7b2c9e10&kdt_id=15891257',
    site: 'web',
    kind: 'checkout',
    structure:
      "Youzan H5 order page in a WeChat webview built from Vant: van-cell rows inside role=radiogroup, each with a role=radio van-radio on the right; 先用后付 is selected with the label '由微信支付分提供 · 0元下单，确认收货后再付款', 储值卡 disabled; a closed '更多支付方式' row hides bank card and 找人代付; the total appears only in the van-submit-bar as ¥ / 128 / .00. Noise: notice bar, address card, van-cards, price cells, hot-seller grid, hidden popups explaining 先用后付.",
    expected: { total: 12800, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/ctrip-hotel-h5-pay-accordion-wechat-payscore',
    url: 'https://secure.ctrip.com/webapp/payment2/index?oid=1128847730512&busType=301&token=8a1f7c0e4d6b4f2f9e3a&from=weixin',
    site: 'web',
    kind: 'checkout',
    structure:
      "携程 hotel booking H5 payment page opened in WeChat: an accordion of <section> items whose h3 > button[aria-expanded][aria-controls] headers carry a CSS radio dot; the selected and only open item is 微信支付分 · 先住后付 (先享后付, 离店后自动扣款, agreement checkbox); 微信支付, 拿去花 (Ctrip's own credit, instalment table in a hidden panel), 银行卡 stay collapsed with hidden regions, 携程礼品卡 is disabled with '余额 ￥0.00，暂不可用'. Totals in full-width ￥ (应付金额 ￥1,136.00). Noise: hotel card with guest data, facility tags, price rows, guarantees, notice, hidden price popup, SVG sprite.",
    expected: { total: 113600, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/dangdang-pc-checkout-huabei-installment',
    url: 'https://checkoutb.dangdang.com/checkout.aspx',
    site: 'web',
    kind: 'checkout',
    structure:
      "Dangdang desktop checkout (checkout.aspx layout): #payment_div with a.btn_pay anchors (网上支付 current, 货到付款 disabled with a grey reason, 银行转账, 他人代付) and a separate 分期付款 block whose tabs are 花呗分期 (current) / 信用卡分期 and whose nper list shows ¥62.13×3期 免手续费 (current), 6期 with 手续费, 12期 disabled '订单满¥600可选12期'; total '您需为订单支付：¥186.40'.",
    expected: { total: 18640, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/eleme-h5-cashier-huabei-quota',
    url: 'https://h5.ele.me/cashier/?orderId=8035192230412207765&bizType=waimai&spm=a2ogi.13199286.0.0',
    site: 'web',
    kind: 'checkout',
    structure:
      "Phone cashier with the amount split into ¥/46/.30 spans and a radiogroup of plain div channels with a CSS check circle: 支付宝 selected, 花呗 greyed with '额度不足，当前可用额度¥21.40', 饿了么余额 greyed; a '更多支付方式' row is collapsed (aria-expanded=false, list display:none) and hides 银行卡 and 支付宝先用后付.",
    expected: { total: 4630, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/fliggy-hotel-order-huabei-fenqi-picker',
    url: 'https://market.m.taobao.com/app/trip/rx-hotel-order/pages/order?shid=50412873&rpid=9183726451&checkIn=2025-05-16&checkOut=2025-05-18&roomNum=1&spm=181.7437890.1998398241.3',
    site: 'web',
    kind: 'checkout',
    structure:
      "Fliggy Rax-style hotel order-fill page: a 支付方式 radiogroup of div rows (支付宝, 花呗分期 selected with a yellow check, 信用卡) followed by a visible 分期 chip grid (不分期 / ¥462.00x3期 免息 selected / ¥241.40x6期 含手续费 / 12期 greyed '本单不支持12期分期'); total ¥1,386.00 sits in the fixed bottom bar next to 提交订单.",
    expected: { total: 138600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-vip-cashier-sheet',
    url: 'https://mpay.vip.com/cashier/index.html?order_sn=25051621094438127&source=m_order_confirm',
    site: 'web',
    kind: 'late',
    structure:
      "唯品会 order-submitted page whose bottom-sheet cashier is only a spinner in the served HTML; an inline script fills it about 0.9 s after load with div radios: 唯品花 (the shop's own credit, selected), 微信支付, 支付宝, 花呗分期 (selectable, per-period amounts in its sub line), 云闪付, plus a collapsed 更多支付方式 list; amount ¥1,028.00 in the sheet and ¥1028.00 in the fee list.",
    expected: { total: 102800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/trap-youpin-coupon-center-baitiao-huabei',
    url: 'https://m.xiaomiyoupin.com/w/universal?_rt=ft&pageid=4215&pdl=coupon&spmref=YouPin_M.couponcenter.0.0',
    site: 'web',
    kind: 'trap',
    structure:
      "小米有品 H5 领券中心: tabs, a 支付优惠 section with 京东白条 / 花呗分期 brand tiles and coupon cards ('京东白条支付立减券', '白条分期免息券', '花呗支付红包', '花呗分期免息券') each with 立即领取 buttons, plus an FAQ about using them at the cashier; no order, no total and no payment step.",
    expected: null,
  },
  {
    page: 'web/xianyu-buy-now-confirm-huabei-loading',
    url: 'https://h5.m.goofish.com/app/idleFish-F2e/idle-trade-h5/pages/confirm-order/index.html?itemId=812345678901&buyNow=true&spm=a2170.item.buy.1',
    site: 'web',
    kind: 'checkout',
    structure:
      "闲鱼 buy-now confirm page: a 支付方式 card with div radios (支付宝 selected with a yellow check, 花呗分期 still loading with a spinner '正在查询可用分期方案…' and a skeleton where its radio would be, 找人代付); the seller's item description above says '不支持花呗，介意勿拍'; total 实付款 ¥2,350.00 in the bottom bar.",
    expected: { total: 235000, programs: { 'alipay-huabei': 'unknown' } },
  },
  {
    page: 'web/trap-jingxi-orderlist-baitiao-paid',
    url: 'https://wqs.jd.com/order/orderlist_merge.shtml?sceneval=2&jxsid=17153868214419387562&orderType=all&ptag=7155.1.11',
    site: 'web',
    kind: 'trap',
    structure:
      "京喜/JD H5 order list: order cards tagged with how they were paid ('白条支付', '白条分期 · 3期 已还1/3', '先用后付 · 确认收货后付款', '微信支付'), one 等待付款 card with only a countdown, an amount and a 去支付 link (no channels), and recommended goods with '白条立减'/'白条3期免息' tags; no payment step anywhere.",
    expected: null,
  },
  {
    page: 'web/late-kuaishou-h5-order-confirm-payscore',
    url: 'https://app.kwaixiaodian.com/page/kwaishop-buyer-order-confirm?itemId=22718305462871&skuId=108927734512&count=1&carrierType=3&sourceType=live',
    site: 'web',
    kind: 'late',
    structure:
      '快手小店 H5 order page served with a skeleton 支付方式 block; an inline script replaces it ~0.9s after load with channel rows whose selected state is only a tick image (data-URI SVG), including 微信支付分 | 先享后付 and a 花呗分期 row greyed by class is-disabled with the reason 当前商品暂不支持分期付款.',
    expected: { total: 7990, programs: { 'wechat-payscore': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/xiaohongshu-h5-order-confirm-huabei-scroll',
    url: 'https://www.xiaohongshu.com/mall/order/confirm?source=goods_detail&goods_id=6523e7a1c3b5d40001a4f8e2&sku_id=6523e7a1c3b5d40001a4f8e3&quantity=1',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vue H5 order page whose 支付方式 card draws radios as inline SVG circles (checked = filled red tick), 花呗分期 selected with a horizontally scrolling 3/6/12期 option strip, a v-show 先用后付 row rendered with style="display: none;", and an expanded 更多支付方式 list (云闪付, 银行卡).',
    expected: { total: 294900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/douyin-mall-confirm-yuefu-fenqi',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/confirm/index.html?origin_type=3002002000&ecom_entrance_form=detail&ecom_scene_id=1041',
    site: 'web',
    kind: 'checkout',
    structure:
      '抖音商城 H5 确认订单 with an inline 支付方式 radiogroup of div rows; the 抖音月付 row is ticked, shows 可用额度 and an expanded 月付分期 picker (3期免息 ¥616.33/期), while 更多支付方式 is collapsed (its list display:none).',
    expected: { total: 184900, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/late-dewu-cashier-huabei-fenqi',
    url: 'https://m.dewu.com/router/order/confirm?spuId=1384523&skuId=609318772&source=detail',
    site: 'web',
    kind: 'late',
    structure:
      "得物 H5 确认订单 whose 支付方式 card is served as a grey skeleton; an inline script fills the radiogroup after 900 ms with 支付宝, ticked 花呗分期 (3/6/12期 picker, 3期免息 ¥563.00), 微信支付, 得物分期 (the app's own, not a listed program) and 云闪付.",
    expected: { total: 168900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/meituan-waimai-cashier-yuefu-more-collapsed',
    url: 'https://npay.meituan.com/resource/cashier/index.html?tradeno=23120715041290887312&pay_token=a7Zq0kR2vNwE91&merchant_no=4&nb_app=waimai&nb_platform=android',
    site: 'web',
    kind: 'checkout',
    structure:
      '美团收银台 H5 for a 外卖 order: amount header, a radiogroup of li rows with the yellow-ticked 美团月付 row (额度, 还款日 notes) first, a greyed 美团余额 row, and 更多支付方式 collapsed with its list display:none.',
    expected: { total: 4680, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/suning-cashier-renxingfu-huabei-unsupported',
    url: 'https://mpay.suning.com/epps-mpay/cashier/show.htm?orderId=30012788561204&merchantNo=70056575&terminal=WAP',
    site: 'web',
    kind: 'checkout',
    structure:
      '苏宁支付 H5 收银台: a 苏宁金融 group whose ticked 任性付 row carries an open 分期 grid (not a listed program), then 其他支付方式 with plain 支付宝 selectable and a greyed 花呗分期 row stating 本单商品不支持花呗分期.',
    expected: { total: 349900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-douyin-activity-yuefu-coupons',
    url: 'https://haohuo.jinritemai.com/magic/eco/runtime/release/6751c0a2f1e3b80312cd9a44?appType=douyin&magic_page_no=1',
    site: 'web',
    kind: 'trap',
    structure:
      '抖音商城 双12 activity (magic) page: 抖音月付 coupon tickets with 立即领取 buttons, a 先享后付 banner pairing 抖音月付 开通 and 先用后付, a product grid tagged 月付3期免息 ¥…/期, and rules — no order and no payment step.',
    expected: null,
  },
  {
    page: 'web/trap-douyin-order-detail-paid-by-yuefu',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/detail/index.html?order_id=6934817205519283711&enter_from=order_list',
    site: 'web',
    kind: 'trap',
    structure:
      '抖音商城 H5 订单详情 for an already-paid, shipped order: status, logistics, price breakdown with 实付款, an info list reading 支付方式 抖音月付（分3期 · 免息） and a 月付分期还款计划 box — nothing left to pay.',
    expected: null,
  },
  {
    page: 'web/trap-meituan-yuefu-bill-history',
    url: 'https://npay.meituan.com/resource/credit-pay/bill/index.html?entry=wallet&billMonth=202512',
    site: 'web',
    kind: 'trap',
    structure:
      '美团月付 账单 page: a 12月账单 card with 应还 ¥486.50 and 立即还款/账单分期 buttons, quota stats, a list of past 美团月付 purchases, 历史账单 marked 已还清 and a 还款记录 list — no order is being paid and no payment step offers a pay-later choice.',
    expected: null,
  },
  {
    page: 'web/late-suning-pc-cashier-renxingfu-huabei',
    url: 'https://pay.suning.com/epps-pwg/paycashier/cashier.htm?orderId=30012874456102',
    site: 'web',
    kind: 'late',
    structure:
      '苏宁易购 PC 收银台 that serves only the order box (应付金额) and a loading placeholder; an inline script draws the radio list 900 ms later: 任性付 (own credit, selected, 分期 grid), greyed 易付宝余额/零钱宝, 花呗分期 with its own 3/6/12期 grid, a bank card, and 微信支付/支付宝/云闪付 chips.',
    expected: { total: 219900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/meituan-h5-cashier-monthly-paylater',
    url: 'https://npay.meituan.com/resource/cashier/index.html?tradeno=26120619483375102846&pay_token=UJ8kTq3vR0xNc2mB&merchant_no=4&cashier_type=wap',
    site: 'web',
    kind: 'checkout',
    structure:
      'React CSS-module hashed classes (PayItem_item__Q2c8d); each way to pay is a <button aria-pressed> tile inside a plain div (no radiogroup, no form), 美团月付 img has empty alt so the name is only text, 微信支付 icon via SVG <title>; amount in header as split <small>¥</small>56.80',
    expected: { total: 5680, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/douyin-nutui-cashdesk-monthly-disabled',
    url: 'https://tp-pay.snssdk.com/cashdesk?amount=35900&papi_id=4719&trade_no_for_query=SP2024101614223391887204&merchant_id=1200001893',
    site: 'web',
    kind: 'checkout',
    structure:
      'NutUI cashier: nut-navbar, nut-price amount split into ¥/359/./00 divs, then a nut-radio-group of nut-cells where 抖音支付 is ticked via an svg class, and the 抖音月付 row is unavailable only through nut-radio__icon--disable / nut-radio__label--disabled classes, a faded icon and the 额度不足 reason (with a live 去提额 link); no ARIA anywhere.',
    expected: { total: 35900, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/late-xiaomi-mshop-checkout-huabei',
    url: 'https://m.mi.com/order/checkout?address_id=10170406550072356',
    site: 'web',
    kind: 'late',
    structure:
      'Served HTML is only a header and skeleton placeholders; an inline script builds the order 0.7 s after load: plain-div payment list with check images (支付宝 ticked), 微信支付, a 花呗分期 row with 3/6/12 期 免息 chips, 小米分期 (store credit, not a listed program) and 云闪付, plus the 应付金额 footer.',
    expected: { total: 229900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/meituan-vant-cashier-monthly',
    url: 'https://mpay.meituan.com/resource/cashier/index.html?trans_id=38012297445610290&pay_token=8f3a1c2d9b7e4a5f&nb_app=group&nb_platform=h5&nb_source=waimai',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vant 4 cashier: van-nav-bar, big amount header, then an inset van-cell-group inside a van-radio-group where 美团月付 is the aria-checked van-radio (icon font has no glyphs, only the ::before tick), followed by 微信支付 and a bank card; a closed van-action-sheet (display:none) with 月付 instalment choices sits at the end.',
    expected: { total: 4650, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/vip-uniapp-checkout-payscore',
    url: 'https://mcheckout.vip.com/#/pages/checkout/index?from=cart&checkout_type=normal',
    site: 'web',
    kind: 'checkout',
    structure:
      'uni-app H5 render (uni-page-head, uni-view, uni-text>span, uni-image background divs) with a uni-radio-group of uni-label rows: 微信支付 checked via uni-radio-input-checked, a 先享后付 row captioned 微信支付分, 唯品花 (store credit, not a listed program), 支付宝, and a 花呗分期 row greyed only by inline color, a disabled uni-radio class and the 订单满¥200可用 reason.',
    expected: { total: 15900, programs: { 'wechat-payscore': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/late-yechaji-h5-pay-douyin-monthly-greyed',
    url: 'https://h5.yechaji.com/#/pay?orderNo=YC2409181532078841&storeId=5521',
    site: 'web',
    kind: 'late',
    structure:
      "Tea-brand H5 (hash route #/pay, hashed CSS-module classes) whose served HTML has store, drinks and 小计 ¥35.00 with only a skeleton where the pay methods go; an inline script draws, after 900 ms, a radio list (微信支付 selected, 支付宝, 花呗, greyed 抖音月付 '仅支持在抖音App内使用', greyed 野茶钱包 balance) and a 实付 ¥35.00 / 确认支付 bottom bar.",
    expected: { total: 3500, programs: { 'alipay-huabei': 'offered', 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/shoplazza-zh-checkout-huabei-merchant-off',
    url: 'https://shop.moriko-beauty.com/checkout/1688-MKB20418?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shoplazza-style two-column one-page checkout at the payment step: radio list with card fields expanded, 支付宝, a disabled 花呗分期 row reading 不可用：商家未开通花呗分期服务, 微信支付, PayPal, and a display:none PayPal 先买后付 row; order summary sidebar ends with 合计 CNY ¥920.40.',
    expected: { total: 92040, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-magento-zh-order-view-huabei-fenqi',
    url: 'https://www.jiaju-youxuan.com/sales/order/view/order_id/4127/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma customer-account order view (订单 # 000004127, 处理中) with ordered-items table totals, 再次订购 link, and an 订单信息 block whose 支付方式 box reads '支付方式：花呗分期' with 6-period details of the already-paid order; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-youzan-membercenter-huabei-payscore-banners',
    url: 'https://h5.youzan.com/wscuser/membercenter?kdt_id=46018735',
    site: 'web',
    kind: 'trap',
    structure:
      'Youzan H5 member centre (我的 tab): member card, 储值余额 ¥268.00 / 积分 / 优惠券 asset row, order-status entries with a 待付款 badge, a carousel of two banners (花呗分期 3期免息, 微信支付分 先享后付) and 储值有礼 recharge tiles; there is no payment step or payable order.',
    expected: null,
  },
  {
    page: 'web/weimob-order-confirm-paypopup-payscore-disabled',
    url: 'https://100001893722.m.weimob.com/saas/retail/100001893722/6021453/#/order/confirm?source=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Weimob-style Vue order-confirm page (data-v scoped attributes) with 积分/储值卡 switches and a 实付 + 提交订单 bottom bar, overlaid by an open bottom 选择支付方式 popup where 微信支付 is selected and 储值卡, 微信支付分 先享后付 and 货到付款 are greyed with reasons.',
    expected: { total: 18690, programs: { 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/youzan-cashier-huabei-fenqi-expanded',
    url: 'https://cashier.youzan.com/pay/wsctrade_pay?order_no=E20240917203315012345678&kdt_id=44123987#/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Youzan H5 cashier: disabled 储值余额/礼品卡 asset rows above a Vant-style radio list where 花呗分期 is selected with its 3/6/12-period grid expanded, plus a collapsed (display:none) 更多支付方式 list and a bottom pay button repeating the amount.',
    expected: { total: 239600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/ctrip-pc-cashier-naquhua-huabei-fenqi',
    url: 'https://secure.ctrip.com/webapp/payment2/index?bustype=301&oid=1128477305196&token=d7c1f0a9e5b24b6f',
    site: 'web',
    kind: 'checkout',
    structure:
      "PC hotel cashier: the pre-selected row is Ctrip's own 拿去花 with an open 期数/每期/手续费 grid, while a separate 花呗分期 row (tagged 支付宝) with its own open period grid sits under 第三方支付 next to 支付宝, 微信支付, 云闪付 and a 招行信用卡 instalment dropdown; more methods are collapsed.",
    expected: { total: 328600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-douyin-cashdesk-yuefu-edu-buzu-fangxinjie',
    url: 'https://tp-pay.snssdk.com/cashdesk/?app_id=800095745677&merchant_id=1200009502&trade_no=SP20241108215733901264&service=h5',
    site: 'web',
    kind: 'late',
    structure:
      'Served HTML is only a nav bar and skeleton loader; an inline script 900 ms after DOMContentLoaded draws the amount and a radio list where a bank card is pre-selected, 抖音月付 is greyed with 可用额度¥860.00，本单额度不足 and an attached 放心借 loan tip, and 微信支付 mentions 分付.',
    expected: { total: 129900, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/meituan-npay-cashier-yuefu-vs-jieqian',
    url: 'https://npay.meituan.com/resource/standard-cashier/index.html?trans_id=38472219650183&pay_token=a91e0c6f7d2b4e58&nb_source=waimai',
    site: 'web',
    kind: 'checkout',
    structure:
      'In-app phone cashier with 美团月付 pre-checked plus a 下月还/3期/6期 还款方式 strip, 微信支付 (mentions 分付), saved cards (one greyed as expired), a hidden 更多支付方式 list, and a separate yellow 美团借钱 loan entry card below the payment list that is not a payment method.',
    expected: { total: 6830, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/suning-h5-confirm-renxingfu-ccb-fenqi',
    url: 'https://m.suning.com/order/confirm.html?cartHeadNo=2600158823417&from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Phone order-confirm page whose 支付方式 module pre-selects Suning's own 任性付 with a 期数/每期应还/手续费 table, offers 建行龙卡分期, 云闪付分期 and 微信支付 (分付 mentioned), greys out 易付宝余额 and 工行信用卡分期, and keeps 支付宝 '支持花呗' inside a collapsed display:none 更多支付方式 block.",
    expected: null,
  },
  {
    page: 'web/trap-wechat-kf-help-fenfu-vs-payscore',
    url: 'https://kf.qq.com/touch/faq/231102uQBRNr231102Mj6Vfi.html?scene_id=kf3258&platform=15',
    site: 'web',
    kind: 'trap',
    structure:
      "Phone 腾讯客服 help article comparing 分付 and 微信支付分 (先享后付, 免押), with a comparison table, FAQ and related-question links, plus an aria-hidden mock 'pay sheet' illustration (¥25.00, 零钱 / 储蓄卡 / 分付 ticked) captioned 示意图 that is not a real payment step.",
    expected: null,
  },
  {
    page: 'web/vip-h5-cashier-weipinhua-huabei-disabled',
    url: 'https://pay.vip.com/cashier/h5/index.html?orderSn=24091261052237819&channel=wap',
    site: 'web',
    kind: 'checkout',
    structure:
      "Phone cashier list where 唯品会's own 唯品花 is pre-selected with an open 期数 grid, 微信支付 mentions 分付 in its subtitle, 云闪付 mentions 白条闪付, and a greyed aria-disabled 花呗分期 row says 本商户暂不支持花呗分期; further methods sit in a hidden list.",
    expected: { total: 45900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/ctrip-cn-huabei-hotel-cashier',
    url: 'https://secure.ctrip.com/webapp/payment/cashier?oid=1128865304217&bustype=301',
    site: 'web',
    kind: 'checkout',
    structure:
      "携程-style PC cashier: order card with price breakdown (会员立减, 优惠券, 到店押金 excluded) and 应付金额, then a ul.pay-list of li.pay-item rows where the preselected 拿去花 (Ctrip's own credit) and a separate 花呗分期 row both show instalment chips, plus 微信支付, 支付宝, 银行卡, 云闪付 and a greyed 礼品卡.",
    expected: { total: 129600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-meituan-cn-hotel-monthly-pay',
    url: 'https://i.meituan.com/awp/h5/hotel/pay/cashier.html?orderId=38207716520384412',
    site: 'web',
    kind: 'late',
    structure:
      '美团 H5 hotel cashier whose served HTML holds only the order brief, a 美团月付 promo banner and a loading skeleton; an inline script fills #cashier-root after 900 ms with the 支付金额 block and a role=radiogroup of pay rows (美团月付 preselected with 可用额度, 微信支付, 银行卡, 云闪付).',
    expected: { total: 44400, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/dingdong-maicai-cashier-huabei-fenqi',
    url: 'https://maicai.api.ddxq.mobi/h5/cashier/index?order_number=2406181735029941388&source=order_confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'uni-app H5 cashier: one card of channel rows (balance greyed 余额不足, 微信支付, 支付宝, selected 花呗分期 with tick image and a 3/6/12期 picker whose 12期 is greyed, 微信支付分 先享后付 greyed with a reason) plus a closed 更多支付方式 list that hides 京东支付/白条 and 云闪付; 实付 ¥86.40.',
    expected: { total: 8640, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/meituan-xiaoxiang-cashier-yuefu-edu-buzu',
    url: 'https://npay.meituan.com/cashier/index.html?trans_id=28193746550219&pay_token=9b1f6c0e7a3d44c2&merchant_no=4512839&nb_app=group&nb_container=web',
    site: 'web',
    kind: 'checkout',
    structure:
      'Meituan H5 cashier (React, hashed classes) for a 小象超市 order: a radiogroup whose 美团月付 row is greyed with 可用额度¥32.15，额度不足 and a 去提额 link, 微信支付 selected with a yellow tick, 支付宝, a bank card and 微信分付 (not a program), plus a closed 其他支付方式 block (hidden attribute) holding 云闪付 and 信用卡分期; 合计 ¥58.70.',
    expected: { total: 5870, programs: { 'meituan-monthly': 'unavailable' } },
  },
  {
    page: 'web/trap-shihuo-goods-detail-xianyonghoufu-tag',
    url: 'https://m.shihuo.cn/goods/detail?goods_id=2287123&style_id=4412906&sku_id=&from=search',
    site: 'web',
    kind: 'trap',
    structure:
      'Taro H5 商品详情 for a sneaker: a red 先用后付 tag and 花呗分期 tag under the price, a 服务 row promising 先用后付 and 花呗分期 3期免息, a review praising 先用后付, a closed (display:none) 服务说明 popup naming 支付宝先用后付 / 微信支付分, price-comparison rows and 加入购物车/立即购买 buttons; no payment step exists.',
    expected: null,
  },
  {
    page: 'web/zhuanzhuan-order-confirm-huabei-sheet',
    url: 'https://m.zhuanzhuan.com/u/zzorder/confirm?infoId=1721934856230123&channel=detail&zpm=1.4312.1532.0',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vue order-confirm page for a used iPhone with an open bottom-sheet 选择支付方式 over a mask: 微信支付, 支付宝, 花呗分期 selected via an orange border with a 3/6/12期 grid, a 微信支付分 先享后付 row whose right side only shows a 查询中 spinner (no radio, no status), 信用卡分期 (not a program) and a greyed wallet balance; 到手价 ¥2,899.00.',
    expected: { total: 289900, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'unknown' } },
  },
  {
    page: 'web/trap-meituan-cn-order-detail-monthly-paid',
    url: 'https://h5.waimai.meituan.com/waimai/mindex/order/detail?order_view_id=36018829104477315',
    site: 'web',
    kind: 'trap',
    structure:
      'Meituan Waimai H5 order-detail page for a delivered order: 美团月付 appears only as the past 支付方式 (one character per span), a 月付 bill banner (美团&#8203;月付) and a coupon ad with full-width spaces; there is no payment step, only 再来一单 / 评价 buttons.',
    expected: null,
  },
  {
    page: 'web/late-douyin-h5-confirm-order-pay-sheet',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?origin_type=3002002000&ecom_scene_id=1003&product_id=3712045589204411783&sku_id=1798243360552970&combo_num=1',
    site: 'web',
    kind: 'late',
    structure:
      'Douyin mall H5 确认订单 served with only address, goods, price cells and a 提交订单 bar; an inline script ~700 ms after load appends a mask and a role=dialog bottom sheet 选择支付方式 with 抖音支付, 抖音月付 (checked, 3期免息 chips), 微信支付 and 支付宝.',
    expected: { total: 46890, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/apple-cn-billing-huabei-cmb',
    url: 'https://secure.www.apple.com.cn/shop/checkout?_s=Billing-init',
    site: 'web',
    kind: 'checkout',
    structure:
      'Apple Store CN billing step: a grid of rc form-selector radio cards (支付宝, 微信支付, 花呗分期 checked, 微信分付, 招商银行/建行/工行信用卡分期, 信用卡) followed by an open 分期付款方案 panel for 花呗 with 3/6/12/24 期 choices and an rs-summary total in RMB.',
    expected: { total: 914800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-vmall-cashier-huabei',
    url: 'https://payment.vmall.com/cashier/web/pcIndex.htm?orderCode=511092301846527',
    site: 'web',
    kind: 'late',
    structure:
      'VMALL (华为商城) PC cashier whose served HTML only has the order box (应付金额 ¥6,499.00) and a loading placeholder; an inline script renders the pay-item tiles 900 ms after load: 华为支付/支付宝 (checked)/微信/云闪付, a 分期支付 group with 花呗分期 plus a 3/6/12/24 期 stage list and 招行/建行/工行信用卡分期, and 网银 tiles.',
    expected: { total: 649900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/mi-cashier-huabei-below-minimum',
    url: 'https://order.mi.com/buy/confirm?id=5250923714820631',
    site: 'web',
    kind: 'checkout',
    structure:
      'Xiaomi mall (mi.com) order-confirm cashier: payment-box sections of tile <li> radios (支付平台, 银行借记卡及信用卡) plus a 分期付款 box whose 花呗分期 and bank-instalment tiles are greyed with disabled radios and a tip that the ¥298 order is under the 600元 minimum.',
    expected: { total: 29800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-yunjian-help-fenqi-table',
    url: 'https://www.yunjian-shop.com/help/payment.html',
    site: 'web',
    kind: 'trap',
    structure:
      'Help-centre article with tables listing 花呗分期, 京东白条, 微信支付分 先享后付 and their 期数 / 费率 / 每期手续费 examples, plus an FAQ <dl>, recommended-product cards with 分期 teasers and a footer logo strip; there is no order and no payment step.',
    expected: null,
  },
  {
    page: 'web/1688-cashier-chengexie-huabei',
    url: 'https://cashier.1688.com/cashier/pay.htm?orderId=2387654093211045788',
    site: 'web',
    kind: 'checkout',
    structure:
      'PC 1688 cashier: radio cards grouped 信用支付 (诚e赊 tagged 先采后付 selected, 账期支付 disabled 本单不支持), 支付宝 (plain 支付宝, 花呗分期 with 3/6/12期 tiles) and 企业网银/对公转账, 应付金额 and 实付款 ¥12,486.50, 先采后付 promo strip above.',
    expected: { total: 1248650, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/trap-1688-offer-xiancaihoufu-badges',
    url: 'https://detail.1688.com/offer/726318402951.html',
    site: 'web',
    kind: 'trap',
    structure:
      'PC 1688 offer (product) page: 先采后付 / 诚e赊 badges, a 先采后付 line under the tiered price box, a 交易保障 list naming 支付宝 · 花呗分期, SKU quantity table with 共 ¥0.00 and 立即订购 button, and an FAQ — no payment step anywhere.',
    expected: null,
  },
  {
    page: 'web/douyin-confirm-monthly-quota-insufficient',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?product_id=3689512274461028357&sku_id=1783920451672074&buy_num=1&origin_type=3002002000&entrance_location=live',
    site: 'web',
    kind: 'checkout',
    structure:
      "抖音商城 H5 确认订单 with CSS-module class names; the 支付方式 card lists 抖音支付 (selected), 抖音月付 greyed with a grey '额度不足' note and disabled radio, 抖音's own 先用后付 (0元下单), 微信支付 and 支付宝; fixed footer '实付 ¥128.90'.",
    expected: { total: 12890, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/late-xiaoe-course-order-huabei',
    url: 'https://appq7w2kzyl6821.h5.xiaoeknow.com/p/order/confirm?resource_id=p_66a1c3e0e4b0b2d1f3a7&resource_type=25&product_id=term_66a1c3e0e4b0&channel_id=',
    site: 'web',
    kind: 'late',
    structure:
      "小鹅通 course 确认订单: served HTML has only the course card, 购买须知 and a skeleton; an inline script 0.9 s after load injects the order cells, a 支付方式 list (微信支付 selected, 支付宝, 花呗分期 with 3/6/12期 每期 amounts and 手续费, plus a 微信支付分 先学后付 row rendered with display:none) and a footer '需付款 ¥1,899.00'.",
    expected: { total: 189900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/meituan-cashier-monthly-more-opened',
    url: 'https://npay.meituan.com/resource/standard-cashier/index.html?trade_no=21240618105583642917&pay_token=a7c1e0f93b2d46e8b5c9f1d26a4e7c03&merchant_no=11000012345678',
    site: 'web',
    kind: 'checkout',
    structure:
      "美团收银台 H5: big '¥56.80 需付款' header, a closed <details> 订单详情, a radio list (招商银行储蓄卡 selected, 微信支付) and an expanded '其他支付方式' block (toggle reads 收起, aria-expanded=true) listing 美团月付 with its 可用额度, 支付宝, 云闪付 and 添加银行卡.",
    expected: { total: 5680, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/trap-douyin-order-list-monthly',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/list/index.html?tab_type=0&enter_from=mine',
    site: 'web',
    kind: 'trap',
    structure:
      "抖音商城 我的订单 list: a 抖音月付 bill banner (去还款), order cards tagged '已使用 抖音月付 支付', '抖音月付 · 分3期' and 先用后付, one 待支付 card with '需付款 ¥39.90' and a 去支付 button, and a 猜你喜欢 grid tagged 月付免息; no payment method can be chosen on this page.",
    expected: null,
  },
  {
    page: 'web/trap-weidian-item-huabei-promo',
    url: 'https://weidian.com/item.html?itemID=6318540927&wfr=wx&spider_token=7c2e',
    site: 'web',
    kind: 'trap',
    structure:
      "微店 goods detail page: price box, a visible 分期 promo row with a '花呗分期' label and a 3/6/12期 per-period table, reviews mentioning 花呗, shop card and a 加入购物车/立即购买 bar; there is no order or payment step.",
    expected: null,
  },
  {
    page: 'web/xiaohongshu-confirm-huabei-collapsed',
    url: 'https://www.xiaohongshu.com/mall/order/confirm?goods_id=65f1c2a8e4b0d7001f3a92c1&sku_id=65f1c2a8e4b0d7001f3a92c4&quantity=1&source=note',
    site: 'web',
    kind: 'checkout',
    structure:
      "小红书 商城 H5 确认订单: the 支付方式 panel shows 微信支付 (selected) and 支付宝, while 花呗分期 (with 3/6/12期 amounts) and 银行卡 sit in a '更多支付方式' panel that is closed (hidden attribute, aria-expanded=false); the goods card's service line says '支持花呗分期'; footer 合计：¥249.00.",
    expected: null,
  },
  {
    page: 'web/youzan-cashier-sheet-huabei-payscore',
    url: 'https://cashier.youzan.com/pay/wsctrade/order/buy?kdt_id=45821307&book_key=7d3f1c2a-58e4-4b1f-9a62-0c8e5d217b94&orderFrom=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vant-built 有赞 确认订单 page (address, goods, 优惠, van-submit-bar 合计：¥<span>356</span>.80) with an open bottom-sheet 收银台 over it listing 微信支付, 支付宝支付, 花呗分期 (selected, 3/6/12期 chips with 每期 and 手续费), 先用后付 labelled 微信支付分, 找人代付 and a greyed 储值余额.',
    expected: { total: 35680, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/douyin-mall-h5-monthly-and-paylater',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?origin_type=3002002000&id=3612094475521739821&sku_id=1789205513376809&buy_num=1&source_page=product_detail',
    site: 'web',
    kind: 'checkout',
    structure:
      "React H5 with hashed CSS-module classes; payment step is a div role=radiogroup of div role=radio rows (icons as SVG <title> or <img alt>); 抖音月付 row carries installment chips as aria-pressed buttons incl. 免息3期; 先用后付 row is aria-disabled with reason 本商品暂不支持先用后付. That row is Douyin's own 先用后付 (not Taobao/Alipay, PDD or WeChat 支付分), so no program id fits and it is left out of programs. Noise: 先用后付/月付 tags in recommendation grid and legal footnote.",
    expected: { total: 26800, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/douyin-h5-confirm-yuefu-quota-huabei-promo',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?product_id=3718826490133517562&sku_id=1829104473621505&origin_type=3002002000',
    site: 'web',
    kind: 'checkout',
    structure:
      "Douyin mall H5 确认订单: the 支付方式 radiogroup offers 抖音支付 (checked), 抖音月付 greyed with 额度不足 可用额度￥195.70, 微信支付 and 支付宝; a 支付优惠 row '花呗支付立减￥5' sits in the 价格明细 card above, and 先用后付 · 极速退款 appear as goods tags and in the bottom bar.",
    expected: { total: 23800, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/late-meituan-h5-confirm-yuefu',
    url: 'https://h5.waimai.meituan.com/waimai/mindex/order/confirm?poi_id=1204837719&source=shoppingcart',
    site: 'web',
    kind: 'late',
    structure:
      'Meituan Waimai H5 提交订单: the served HTML has only a skeleton where 支付方式 goes plus a 美团月付 立减￥3 marketing strip at the top; an inline script fills in 美团支付 (checked), 美团月付 and 微信支付 after 900 ms, with 支付宝(支持花呗) and 云闪付 inside a closed 更多支付方式 list.',
    expected: { total: 5680, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/suning-pc-cashier-huabei-quota-grey',
    url: 'https://payment.suning.com/epps-ppps/cashier/show.htm?orderId=40032718865&merchantNo=70056575&sign=9b1f2e7c',
    site: 'web',
    kind: 'checkout',
    structure:
      "PC Suning Pay cashier: large 应付金额 ¥4,299.00 in the order bar, then grouped radio lists (零钱 greyed, 任性付 selected with its own 分期 cards, bank cards and 信用卡分期, 微信/支付宝/云闪付) where 花呗分期 is a disabled row with grey '额度不足'; an advert strip below the pay button promotes 花呗分期 免息.",
    expected: { total: 429900, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-dangdang-help-payment-faq',
    url: 'https://help.dangdang.com/details/page7',
    site: 'web',
    kind: 'trap',
    structure:
      "Dangdang help-centre article '支付方式说明': a table of payment methods (支付宝, 花呗分期, 微信支付 …), a worked 花呗分期 example with ¥ amounts, and an FAQ about why 花呗分期 shows grey/暂不可用 and whether 京东白条 or 微信支付分先享后付 are supported; there is no order and no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-vip-pc-orderlist-huabei-history',
    url: 'https://order.vip.com/order/orderlist',
    site: 'web',
    kind: 'trap',
    structure:
      'Vipshop PC member-centre order list: a pending order row with ¥189.00 and a 去支付 button, past orders whose amount column names the method used (花呗分期 · 3期, 唯品花, 微信支付, 支付宝), and promo tiles for 唯品花 and 花呗分期免息 below the pager; no payment step is on the page.',
    expected: null,
  },
  {
    page: 'web/vmall-pc-cashier-cmb-fenqi-more-closed',
    url: 'https://payment.vmall.com/cashier/web/pcIndex.htm?orderCode=CS24031518227730519&lang=zh-CN',
    site: 'web',
    kind: 'checkout',
    structure:
      'HUAWEI VMALL PC cashier: centred 应付金额 ¥6,499.00 first, then tile rows (华为支付/支付宝/微信/云闪付, bank-card 分期) with a 期数·每期应还·手续费 table for the selected 招行信用卡分期; 花呗分期 sits only inside the closed 更多支付方式 block (hidden attribute).',
    expected: null,
  },
  {
    page: 'web/xiaomi-pc-confirm-huabei-fenqi-tabs',
    url: 'https://order.mi.com/buy/confirm?id=5240315882901467',
    site: 'web',
    kind: 'checkout',
    structure:
      'Xiaomi Mall PC pay-order page: 应付总额 3298元 in the order header, then tile lists (支付平台, bank cards) and a 分期付款 tab strip where 花呗分期 is the active tab with visible 3/6/12-period cards, while the 小米分期 and 招行分期 tab panels are display:none.',
    expected: { total: 329800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/yanxuan-h5-confirm-payscore-grey-more-open',
    url: 'https://m.you.163.com/order/confirm?sfrom=3995230&_stat_referer=itemDetail_buy',
    site: 'web',
    kind: 'checkout',
    structure:
      "NetEase Yanxuan H5 order-confirm page: address and goods cells, coupon cells, then a 支付方式 cell list with round check icons where '微信支付分 | 先享后付' is a disabled grey cell ('当前订单暂不支持') and the expanded 更多支付方式 group (shown, with a '收起' link) holds 花呗分期 with 3/6/12-period pills; 实付 ¥238.50 in the fixed bottom bar.",
    expected: { total: 23850, programs: { 'wechat-payscore': 'unavailable', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-douyin-cashdesk-adm-monthly',
    url: 'https://tp-pay.snssdk.com/cashdesk/?app_id=800095745677&merchant_id=1300000004&trade_no=SP2406181530226617390044&return_scheme=snssdk1128',
    site: 'web',
    kind: 'late',
    structure:
      'Douyin H5 收银台 served as a grey skeleton; an inline script renders, about 0.9 s after load, an antd-mobile style list (adm-list-item rows with adm-radio) where 抖音月付 is selected only through adm-radio-checked and shows an adm-selector period grid (不分期/3/6/12期) with the 6期 item adm-selector-item-active, and 待支付 is ¥/1,588/.00 in three spans.',
    expected: { total: 158800, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/trap-uniapp-goods-detail-huabei-chips',
    url: 'https://shop.senye-outdoor.cn/h5/#/pages/goods_details/index?id=3306&spid=0',
    site: 'web',
    kind: 'trap',
    structure:
      "uni-app H5 商品详情 (uni-swiper, uni-view with data-v-xxxx, uni-text spans): a 分期 row shows 花呗分期 chips (3/6/12期 with 每期 amounts, the 3期 chip 'active') in a horizontal uni-scroll-view, a 服务 row lists 先享后付, reviews mention 花呗 and 先享后付, the price ¥1,299.00 is split across spans and the buy button reads 花呗分期购买; it is a product page, not a payment step.",
    expected: null,
  },
  {
    page: 'web/trap-youzan-vant-order-list-virtual',
    url: 'https://h5.youzan.com/wsctrade/order/list?kdt_id=44872193&type=all',
    site: 'web',
    kind: 'trap',
    structure:
      "Youzan Vant 2 我的订单 list: a van-notice-bar promo (花呗分期 / 先用后付), then a windowed virtual list of van-card order cards whose tags and '支付方式：' lines name 花呗分期, 微信支付分 · 先享后付 and 支付宝 · 先用后付 for past orders, a 待付款 card with 应付 ¥128.00 and a 去付款 button, and a closed van-dialog explaining 先享后付; no payment step is on the page.",
    expected: null,
  },
  {
    page: 'web/uniapp-mall-confirm-payscore-radios',
    url: 'https://h5.chayuanli-mall.cn/#/pages/users/order_confirm/index?cartId=20931,20932&new=0&addressId=5521',
    site: 'web',
    kind: 'checkout',
    structure:
      "uni-app H5 确认订单 (uni-page/uni-view/uni-label with data-v-xxxx scoped attributes) whose 支付方式 is a uni-radio-group: 微信支付 is selected only via the uni-radio-input-checked class on an inner div, 微信支付分 | 先享后付 is an ordinary unchecked radio with a '0元下单 确认收货后再付款' note split across uni-text spans, and 余额支付 and 花呗分期 are uni-radio[disabled] with uni-radio-input-disabled and a red reason ('订单满 ¥100.00 可用'); 应付金额 is ¥/89/.90 in nested uni-text spans.",
    expected: { total: 8990, programs: { 'wechat-payscore': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/late-douyin-cashier-monthly-more-collapsed',
    url: 'https://tp-pay.snssdk.com/cashdesk/index.html?app_id=800000040004&merchant_id=1200004513&trade_no=SP2025061321553409876',
    site: 'web',
    kind: 'late',
    structure:
      "Douyin Pay H5 收银台 whose served HTML has the amount, order info and a skeleton in the 支付方式 card; an inline script replaces the skeleton ~0.9 s after load with 抖音月付 (selected), 招商银行储蓄卡 and 微信支付, plus a '展开更多付款方式' button whose panel (支付宝 with 花呗 note, 云闪付, 新卡) stays hidden.",
    expected: { total: 8990, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/lanyuejia-mall-confirm-order-lang-en',
    url: 'https://mall.lanyuejia.com/trade/order/confirm?cartIds=88231047,88231052',
    site: 'web',
    kind: 'checkout',
    structure:
      'Chinese brand-mall 确认订单 page served with a template-default <html lang="en">: a ul.pay-list radiogroup under 支付方式 with 花呗分期 checked (stage chips), 京东白条 disabled for 额度不足, and a 更多支付方式 list holding 先用后付 that is display:none until expanded.',
    expected: { total: 339600, programs: { 'alipay-huabei': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'web/trap-kaola-cart-huabei-badges-paylater-banner',
    url: 'https://cart.kaola.com/cart/index.html',
    site: 'web',
    kind: 'trap',
    structure:
      '考拉海购-style PC shopping cart (not the confirm page): 先用后付/花呗分期 promo banner, per-item 花呗分期·3期免息 and 支持先用后付 tags, a settle bar with a 结算时可选花呗分期 hint and 去结算 button, 猜你喜欢 widgets, a FAQ, and a footer 支付方式 link column listing 花呗 and 先用后付; no payment step exists.',
    expected: null,
  },
  {
    page: 'web/late-youzan-h5-cashier-huabei-quota',
    url: 'https://cashier.youzan.com/pay/wsctrade_pay?order_no=E20250612213847053106&kdt_id=44172093',
    site: 'web',
    kind: 'late',
    structure:
      "Youzan/Vant-style mobile 收银台 served with amount, order cells and a skeleton; after a fake XHR (~0.5 s) a script draws a bottom popup channel sheet (微信支付, 支付宝, 花呗分期 '加载中', 银行卡支付, 储值卡 余额不足 disabled) and at ~0.95 s greys out 花呗分期 with '花呗额度不足，请选择其他支付方式'.",
    expected: { total: 236850, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/meituan-h5-cashier-monthly-json-template',
    url: 'https://npay.meituan.com/resource/standard-cashier/index.html?trans_id=2025061218405927731660&pay_token=Vq0aD8yKm1tB',
    site: 'web',
    kind: 'checkout',
    structure:
      'Meituan H5 收银台 served whole: amount ¥86.40 (strike-through ¥98.40), closed 订单详情 <details>, paytype radio list with 美团月付 checked plus 下月还/3期/6期 chips, bank card, 微信支付, 支付宝; an init-data JSON script and two <template> rows name 花呗分期 and 微信支付分 先享后付, a <noscript> names them again, and a closed 更多支付方式 <details> holds 云闪付/Apple Pay.',
    expected: { total: 8640, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'woocommerce/late-woocommerce-zh-cn-alipay-wechat-huabei',
    url: 'https://shop.yunjiantea.cn/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      'Storefront-theme WooCommerce checkout in zh-Hans whose served #order_review holds only the totals table and a 正在更新订单… placeholder; an inline script swaps in the #payment fragment 1.2 s after load (ul.wc_payment_methods with 支付宝, 微信支付, 支付宝花呗分期 pre-selected with its 3/6/12期 picker, 对公转账).',
    expected: { total: 125400, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-zh-cn-checkout-jd-baitiao',
    url: 'https://www.shengyi-digital.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce (Storefront) checkout in Simplified Chinese: billing form, review-order table ending 合计 ¥2,488.00, then #payment ul.wc_payment_methods with 微信支付 chosen (its payment_box open), and 支付宝, 京东白条分期, 银联云闪付, 货到付款 as radios whose payment_boxes are display:none (the hidden 支付宝 box mentions 花呗分期).',
    expected: { total: 248800, programs: { 'jd-baitiao': 'offered' } },
  },
  {
    page: 'web/late-meituan-h5-cashier-monthly',
    url: 'https://npay.meituan.com/resource/cashier/index.html?trans_id=21250314115400317629&pay_token=a7Kq2xY0mT9vLw&merchant_no=1',
    site: 'web',
    kind: 'late',
    structure:
      "美团 H5 收银台: the served HTML has the amount header (¥38.50), a 美团月付 promo banner and an empty radiogroup with a skeleton; an inline script fills it after 900 ms with 美团月付 (checked, with 分期 chips), 微信支付 and a bank card, plus a [hidden] '更多支付方式' fold (云闪付, add card), and relabels the bottom button '美团月付支付 ¥38.50'.",
    expected: { total: 3850, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/mi-cn-cashier-huabei-guobu-phone',
    url: 'https://order.mi.com/buy/confirm.php?id=5250310948211837',
    site: 'web',
    kind: 'checkout',
    structure:
      'Xiaomi mall cashier (支付订单) after order submission: a header box with 应付总额 5358.00 元 and an expanded 金额明细 with a 国家补贴 -500 line, then 支付平台 tiles (支付宝/微信/云闪付/小米支付) and 分期付款 tiles with 花呗分期 active, showing a 3/6/12/24 期 table of 每期应还/手续费/分期总额 (up to ¥6,027.84).',
    expected: { total: 535800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/ecshop-cn-flow-checkout-huabei-table',
    url: 'https://www.minyuntea.cn/flow.php?step=checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'ECShop 2.7 default-theme flow.php checkout: a bgcolor table #paymentTable with one radio row per payment (余额支付, 支付宝 checked, 花呗分期 with an 分期数 select and a 2.3%~7.5% 手续费 cell, 微信支付, 银行汇款, 货到付款 radio disabled), followed by #ECS_ORDERTOTAL showing 应付款金额 ￥1,298.00元; a promo bar above the flow also mentions 花呗分期.',
    expected: { total: 129800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/trap-dscmall-cn-respond-huabei-paid',
    url: 'https://www.youpinhui.com.cn/respond.php?code=alipay',
    site: 'web',
    kind: 'trap',
    structure:
      '大商创 (ECShop-derived) payment-return page after the order was already paid: a 支付成功 box stating 支付方式 花呗分期（6期） and 实付金额 ¥3,299.00 with an installment-plan table, goods list, a 支付宝先用后付 banner ad, 猜你喜欢 products tagged 花呗分期/先用后付, and footer help links about 花呗分期/先用后付; there is no payment choice on the page.',
    expected: null,
  },
  {
    page: 'web/1688-make-order-xiancaihoufu-chengyishe',
    url: 'https://order.1688.com/order/smart_make_order.htm?flow=general&cartIds=8807126534%2C8807126535',
    site: 'web',
    kind: 'checkout',
    structure:
      "1688 PC 确认订单 page with a radio list of 支付方式: 支付宝 (checked), 1688's own 先采后付 and 诚e赊 trade credit (enabled), a disabled seller 账期 option labelled 企业月结（先用后付）, a disabled 花呗分期 row with a limit reason, and 企业网银; a 网商贷 loan banner sits below the list.",
    expected: { total: 351100, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/ctrip-car-cashier-naquhua-payscore-deposit',
    url: 'https://secure.ctrip.com/webapp/payment3/cashier/index?oid=24071139280516&bustype=CarRental',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ctrip H5 car-rental cashier: a deposit section where 微信支付分免押 (deposit waiver only, rent still paid now) is pre-selected, then a radio list of pay methods led by the pre-selected 拿去花 (Ctrip's own credit, with 先囤后付 tag) followed by 微信支付, 支付宝, a separate enabled 花呗分期 row, 招商信用卡分期, 云闪付 and 数字人民币.",
    expected: { total: 72300, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-douyin-cashdesk-yuefu-fangxinjie',
    url: 'https://tp-pay.snssdk.com/cashdesk/?app_id=800095745677&merchant_id=1200009571&trade_no=SP2024071114293881720365&scene=ecom',
    site: 'web',
    kind: 'late',
    structure:
      'Douyin (抖音支付) mobile cashdesk whose served HTML holds only amount, goods and a skeleton; an inline script renders the method list after 900 ms: 抖音月付 greyed with aria-disabled and 额度不足 text, 建设银行信用卡 分期付款 pre-selected, 微信支付, 支付宝, 云闪付, then an 抖音放心借 loan card.',
    expected: { total: 349900, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/meituan-shangou-cashier-yuefu-jieqian',
    url: 'https://npay.meituan.com/resource/cashier/index.html?trans_id=20240711152846MT0093721856&pay_token=a91f3c6e07bd',
    site: 'web',
    kind: 'checkout',
    structure:
      'Meituan H5 cashier (美团闪购 phone order) with a role=radiogroup list: 美团月付 selected with installment chips, 微信支付 (sub-text mentions 分付), 工行储蓄卡, 云闪付, add-card; a collapsed 更多支付方式 list stays hidden, and a 美团借钱 loan card sits outside the list.',
    expected: { total: 474900, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/trap-suning-cart-renxingfu-fenqi',
    url: 'https://shopping.suning.com/cart.do',
    site: 'web',
    kind: 'trap',
    structure:
      'Suning PC shopping cart: item rows carry promo tags (任性付 免息, 建行分期付款, 花呗分期 6期免息, 先用后付 as 货到付款), a Suning-finance ad strip and a 猜你喜欢 product widget with 花呗分期 tags, then a settle bar with 合计 and 去结算; there is no payment step.',
    expected: null,
  },
  {
    page: 'web/hktvmall-hk-checkout-atome-payme',
    url: 'https://www.hktvmall.com/hktv/zh/checkout/multi/payment-method/add',
    site: 'web',
    kind: 'checkout',
    structure:
      "HKTVmall step-3 payment panel with grouped radio cards: 信用卡 / 信用卡免息分期, a group titled 先買後付 holding the pre-selected 'Atome 先買後付' with a 3 x HK$433.00 schedule, then 八達通, 轉數快 FPS, PayMe, 'AlipayHK 支付寶香港', a disabled WeChat Pay HK and Apple Pay; none is one of our programs.",
    expected: null,
  },
  {
    page: 'web/pchome-24h-bigcar-aftee-zingala',
    url: 'https://ecssl.pchome.com.tw/sys/cflow/fsindex/BigCar/BIGCAR/ItemList',
    site: 'web',
    kind: 'checkout',
    structure:
      "PChome 24h old-style cart step 2: a ul.payWay radio list with 信用卡一次付清, 信用卡分期 0利率 (selected, nested bank/term table), Pi 拍錢包, LINE Pay, 街口支付, 'AFTEE 先享後付', 'zingala 銀角零卡（無卡分期）' badged 先買後付, ATM and a disabled 超商取貨付款; no program of ours.",
    expected: null,
  },
  {
    page: 'web/shopee-tw-checkout-spaylater',
    url: 'https://shopee.tw/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopee TW desktop checkout: payment methods are product-variation buttons in a radiogroup with 'SPayLater 先買後付' selected and its own plan radios (下個月付清 / 3 期 / 6 期), plus 信用卡分期 0利率, 超商取貨付款, ATM and disabled LINE Pay / 街口支付; none is one of our programs.",
    expected: null,
  },
  {
    page: 'web/trap-wakanbiken-tw-payment-guide-np-afterpay',
    url: 'https://www.wakanbiken.com.tw/guide/payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Help-centre 購物指南 > 付款方式 page of a Japanese brand's Taiwan store: numbered sections describe 信用卡, 超商代碼, NP Taiwan's '後付款' with an 'NP afterpay' mark and a link to afterpay.com.tw, AFTEE 先享後付, LINE Pay and 貨到付款, plus a FAQ that names Afterpay / PayPal / Atome; the cart is empty and there is no payment step.",
    expected: null,
  },
  {
    page: 'web/chaxiaoman-cn-is-mobile-payscore-huabei',
    url: 'https://m.chaxiaoman.com/trade/order/confirm?cartIds=5512093,5512094',
    site: 'web',
    kind: 'checkout',
    structure:
      'Tea-brand m-subdomain order page carrying both a PC layout (`.pc-only`, lists 花呗分期 and 京东白条 as selectable) and a Vant-style phone layout (`.m-only`); `<html class="is-mobile">` forces the phone layout even at 1280 px, whose 支付方式 group offers 微信支付分 先享后付, greys out 花呗分期 (满¥600可用) and keeps 京东白条 in a collapsed \'more methods\' list; the van-submit-bar repeats ¥459.00.',
    expected: { total: 45900, programs: { 'wechat-payscore': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/trap-xiaolu-cn-pay-success-sidebar-ad',
    url: 'https://www.xiaolu-jiadian.com/order/pay-success?orderNo=XL202504151036284417',
    site: 'web',
    kind: 'trap',
    structure:
      'Bootstrap 3 pay-success (thank-you) page of an appliance brand shop, already paid by 微信支付, with no payment step: 京东白条 and 花呗分期 appear only in a desktop-only `col-md-3 hidden-xs hidden-sm` sidebar advert (visible at 1280 px), and 微信支付分 先享后付 only in a `visible-xs` phone promo banner that is hidden at desktop width.',
    expected: null,
  },
  {
    page: 'web/yunjing-cn-huabei-baitiao-tailwind',
    url: 'https://www.yunjing-home.com/order/confirm?from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Tailwind-built Chinese brand-shop confirm page whose 支付方式 card holds a `hidden md:block` desktop radio list (visible at 1280 px: 微信支付, 支付宝, 花呗分期 with 3/6/12期 plans, a disabled greyed 京东白条 row with 额度不足, 云闪付) and an `md:hidden` phone list that still offers 京东白条 and adds 微信支付分 先享后付; the phone summary is a closed <details> and an `md:hidden` fixed bar repeats ¥8,699.00.',
    expected: { total: 869900, programs: { 'alipay-huabei': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'web/daojia-cn-taro-payscore-score-too-low',
    url: 'https://h5.xiaoludaojia.cn/#/pages/order/confirm/index?serviceId=SV10023&skuId=3H&cityCode=320100',
    site: 'web',
    kind: 'checkout',
    structure:
      "Taro 3 H5 build: everything is taro-view-core / taro-text-core custom elements with CSS-module hashed classes inside .taro_router/.taro_page; the 支付方式 card has two rows with a div checkmark, the 微信支付分 | 先享后付 row greyed by a disabled class and '暂不可用：微信支付分未达到550分', 微信支付 checked. No native inputs or ARIA at all.",
    expected: { total: 14900, programs: { 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/douyin-cn-monthly-sheet-open',
    url: 'https://haohuo.jinritemai.com/views/order/confirm?product_id=3651920876124312047&sku_id=1782104418337803&buy_num=2&origin_type=3002002000&entrance_info=live',
    site: 'web',
    kind: 'checkout',
    structure:
      'React H5 with hashed classes; the payment step is an open bottom sheet (role=dialog over a mask) whose rows are role=radio divs with <i> background-image icons and an <i> checkmark icon; 抖音月付 is checked and carries installment chips (¥783.00×3期) whose per-period amounts are not the total. A 抖音月付 3期免息 tag also sits under the goods line.',
    expected: { total: 234900, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/hotel-cn-wechat-payscore-weui-radio',
    url: 'https://m.yunqihotels.com/booking/order/fill?hotelId=HZ0571028&roomTypeId=DK01&ratePlanId=BAR2B&checkIn=2023-11-17&checkOut=2023-11-19&rooms=1',
    site: 'web',
    kind: 'checkout',
    structure:
      "WeChat-browser hotel booking page built with WeUI: the payment step is a weui-cells_radio group of <label class=weui-check__label> cells whose real radios (.weui-check) are moved off-screen and shown as weui-icon-checked; '先住后付 · 微信支付分' is checked next to 在线付 and 到店付. A closed half-screen dialog holds booking notes.",
    expected: { total: 88600, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/meituan-cn-cashier-monthly-quota-short',
    url: 'https://npay.meituan.com/cashier/index.html?tradeno=23110617014853928371&pay_token=b1c5e0f8a7d24b6e9e0f3b7a&merchant_no=11000000&cashier_type=wx_h5',
    site: 'web',
    kind: 'checkout',
    structure:
      "Server-rendered Meituan cashier: a <form> with <ul class=pay-list>, each <li class=pay-item> wrapping a <label> with an icon <i>, name/desc and a native radio; 美团月付 is li.is-disabled with a disabled radio and '可用额度¥40.00，额度不足'. A 月付 bill-reminder banner sits above the step, outside it.",
    expected: { total: 8650, programs: { 'meituan-monthly': 'unavailable' } },
  },
  {
    page: 'web/trap-meituan-waimai-cn-promo-and-closed-sheet',
    url: 'https://h5.waimai.meituan.com/waimai/mindex/order/confirm?poi_id_str=qB7nW2xhKc5mVvN0oaXbJQ&source=poi_menu',
    site: 'web',
    kind: 'trap',
    structure:
      "Vant 4 order-confirm page: the visible 支付方式 van-cell shows only 微信支付; the pay-type picker with 美团月付 is a van-popup left in the DOM with display:none (closed), and the only visible 美团月付 mention is a 支付优惠 promo cell ('美团月付支付满30减3' tag).",
    expected: null,
  },
  {
    page: 'web/ecshop-cn-flow-checkout-paymenttable-mayi-huabei',
    url: 'https://www.shanye-outdoor.com/flow.php?step=checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'ECShop 2.7 default-theme checkout: div.flowBox sections of bgcolor tables; the payment step is table#paymentTable with one row per method (radio name=payment with isCod, bold name cell, description cell, 手续费 cell); the 蚂蚁花呗 row is enabled and carries a <select name=hb_fq_num> of 3/6/12期 每期/手续费, 货到付款 is a disabled isCod row, and the payable 应付款金额 sits in #ECS_ORDERTOTAL as ￥1213.00元 among 市场价, 积分 and 商品总价 figures.',
    expected: { total: 121300, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-crmeb-cn-uniapp-order-confirm-payscore',
    url: 'https://shop.kewo-home.com/pages/goods/order_confirm/index?new=1&cartId=1024,1025',
    site: 'web',
    kind: 'late',
    structure:
      'A CRMEB uni-app H5 build served as an empty #app; after a faked 700 ms /api/order/confirm request the inline script swaps in uni-app custom elements (uni-page-body > uni-view with data-v attributes, no inputs or radios) where the 支付方式 item lists uni-view.payItem rows marked by class on/disabled: 微信支付, 支付宝支付, 花呗分期, a greyed aria-disabled 微信支付分 先用后付 asking to open in WeChat, and 余额支付; 合计 is a uni-text span in the fixed footer.',
    expected: { total: 158700, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/shopxo-cn-buy-huabei-threshold-alipay-paylater',
    url: 'https://www.lingnan-chashe.cn/buy.html?buy_type=cart&ids=128,131',
    site: 'web',
    kind: 'checkout',
    structure:
      'ShopXO default-theme buy page: #buy-items-payment holds ul.payment-list of li[data-value] tiles (div.business-item with icon img and span.name, no inputs, li.selected marks the choice); the 花呗分期 tile carries class payment-disabled, data-disabled=1 and a 订单金额不满足分期条件 tip, a payment-bottom hook line repeats the ¥600 threshold, and 支付宝先用后付 (芝麻先享) is a normal tile; total in .nav-total-price.',
    expected: { total: 38900, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'offered' } },
  },
  {
    page: 'web/suning-cn-order-do-huabei-period-select',
    url: 'https://shopping.suning.com/order.do',
    site: 'web',
    kind: 'checkout',
    structure:
      "Suning's cart2 settlement page: #payModule holds label.pay-type blocks wrapping radio inputs named payWay (在线支付, 花呗分期 checked with a <select name=hbFqNum> of 3/6/12期 每期 amounts and 手续费, 任性付 credit, and a disabled 货到付款); the payable total is in a bottom submit bar apart from the goods table's line prices and 商品金额.",
    expected: { total: 329900, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/trap-dangdang-cn-huabei-banner-footer-only',
    url: 'https://checkout.dangdang.com/checkout.aspx',
    site: 'web',
    kind: 'trap',
    structure:
      'A real Dangdang checkout whose 支付方式 box (ul#pay_list of pay_id radios) offers only 网上支付, 货到付款 and a disabled 银行转账; 花呗分期 appears only in an ad slot (div.ck_ad, tagged 广告, APP-only promo) placed directly above that box and in the footer 帮助中心 link list.',
    expected: null,
  },
  {
    page: 'web/vmall-cn-payment-order-huabei-quota-insufficient',
    url: 'https://www.vmall.com/payment/order-28150260702',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vmall's post-order payment page: order-payment-area blocks (第三方支付平台, 银行网银, 分期付款) of radio inputs named bankName-input with labels holding logo <img alt/title>; the 花呗 radio is disabled inside div.payment-area.disabled with an 额度不足 tag and a visible huabei_tips note, while its period list dl.huabei stays class=hidden; 华为分期 and 招行分期 sit beside it.",
    expected: { total: 669800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/xiaomi-cn-pay-confirm-logo-tiles-huabei-stages',
    url: 'https://order.mi.com/buy/confirm?id=5240611287403517',
    site: 'web',
    kind: 'checkout',
    structure:
      "Xiaomi's pay-confirm page: payment-box sections (支付平台, 分期付款) hold li tiles with no inputs whose names exist only as <img alt> on data-URI logos; the selected 花呗分期 tile (li.selected) opens a stage-box with 3/6/12期 每期 amounts and 手续费, and the total sits in p.total as <em>2638</em>元.",
    expected: { total: 263800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/brandmall-cn-confirm-shadow-huabei-stages',
    url: 'https://m.lansound.cn/h5/order/confirm?skuId=1002873301&num=1&couponId=CP20251207A9&source=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      'Mobile H5 order-confirm page whose 支付方式 block is a single <lx-pay-methods> host; its declarative shadow root holds the whole list (no slots) as ul[role=radiogroup] > li[role=radio], with the selected 花呗分期 row carrying a nested role=radiogroup of 3/6/12 期 buttons and the 先用后付·芝麻先享 row aria-disabled with a 暂不可用 reason; 先用后付/花呗分期 also appear as service tags on the goods card outside the step.',
    expected: { total: 329900, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'web/ecshop-cn-huabei-fenqi-payment-table',
    url: 'https://www.youpinshg.com/flow.php?step=checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'ECShop 2.7 flow.php checkout: the payment step is the old #paymentTable (radio | 名称 | 订购描述 | 手续费 rows, disabled="true" on 余额支付 and 货到付款); the 花呗分期 row carries a nested 3/6/12期 table with 每期 and 手续费 columns. The total is a bare table row in #ECS_ORDERTOTAL reading ￥2014.00元.',
    expected: { total: 201400, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/ctrip-cn-hotel-nachuhua-huabei-fenqi',
    url: 'https://secure.ctrip.com/webapp/payment8/index?tradeNo=20251002094517TP1128746093517&bustype=301&from=hotel',
    site: 'web',
    kind: 'checkout',
    structure:
      'Ctrip PC cashier built from div rows with role=radio inside a role=radiogroup (CSS-module hashed classes), grouped under 携程金融 / 第三方支付 / 银行卡; the pre-selected 拿去花 row has its own installment chips, and 花呗分期 is a separate selectable row. A 先住后付 banner (程信分/微信支付分) sits above the list, outside the payment step.',
    expected: { total: 128600, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/late-ly-cn-train-payscore-wechat-only',
    url: 'https://m.ly.com/uniontrain/webapp/train/orderpay.html?orderSerialId=TC2510171946225807&refid=0',
    site: 'web',
    kind: 'late',
    structure:
      'Tongcheng (同程) mobile-web train-ticket payment page, Vue scoped (data-v-*) markup; as served the cashier box holds only a loading skeleton, and an inline script fills it after a 1.2 s fake fetch with li[role=radio] channels: 支付宝, 花呗分期 (with 3/6/12-period chips), 微信支付, a greyed aria-disabled 先享后付 (微信支付分) row saying it cannot be used outside WeChat, and bank card. An app-download banner above also mentions 先享后付.',
    expected: { total: 111800, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'woocommerce/cn-indie-woo-furniture-checkout-duxiaoman-ccb-instalment',
    url: 'https://www.qingmu-home.cn/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Independent WooCommerce shop: classic #payment ul.wc_payment_methods with li.wc_payment_method radios and payment_box divs (only the chosen one visible, the rest style=display:none); it offers 度小满分期 (checked, with a period select), 建设银行信用卡分期, 云闪付/银联 and 微信支付 — none of ours. The only mention of one of ours is a '花呗分期' badge in the site footer's 'Tmall store' payment strip, outside the payment step. Order total '合计 ¥4,276.00' sits in the review table tfoot.",
    expected: null,
  },
  {
    page: 'web/cn-meituan-h5-cashier-late-monthly-pay-card-instalment',
    url: 'https://npay.meituan.com/resource/cashier/index.html?tradeno=22112738461952037481&pay_token=MT_PAY_7f3d2a19c0e84b5a',
    site: 'web',
    kind: 'late',
    structure:
      "Meituan H5 cashier served as a skeleton ('正在加载支付方式…'); an inline script fills #cashier-root after setTimeout 1200 ms with the amount block '¥86.40' and two radiogroup sections of div.c-item[role=radio] rows: 美团月付 (recommended, is-active/aria-checked=true, remaining quota shown) plus 微信支付, a debit card, 中信银行信用卡分期 (not ours) and 云闪付. Total is the big '¥86.40' and is repeated on the pay button.",
    expected: { total: 8640, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/cn-ctrip-douyin-miniapp-hotel-pay-douyin-monthly',
    url: 'https://m.ctrip.com/webapp/hotel/booking/pay?hotelid=68821733&orderid=1128834591027&channel=douyin_miniapp',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vue 3 + Vant hotel booking page (携程 inside a 抖音 mini-program webview, data-v scoped attributes): a van-cell-group '支付方式' with a role=radiogroup of clickable van-cells, each ending in a div role=radio aria-checked; 抖音月付 is the checked one (van-radio__icon--checked), alongside 抖音支付 and 支付宝. The total sits only in the fixed van-submit-bar ('在线付：¥1,286.00', integer part in its own span); the 费用明细 collapse is closed.",
    expected: { total: 128600, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/cn-dewu-order-confirm-no-paylater',
    url: 'https://m.dewu.com/router/order/confirm?skuId=601839201&source=product_detail',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js-style 得物 order confirm with CSS-module hashed classes (PayChannel_item__2uFqZ) and div role=radio aria-checked rows: 微信支付 (checked), 支付宝, 微信分付, 信用卡分期 (with 3/6/12 period buttons), 云闪付 — none of ours. A '更多支付方式' list holding 花呗分期 and 数字人民币 is collapsed (display:none, aria-expanded=false) and not seen. Total 实付款 ¥1,121.00 in the fee card and footer.",
    expected: null,
  },
  {
    page: 'web/cn-eleme-h5-cashier-late-huabei',
    url: 'https://h5.ele.me/cashier/?order_id=8042117355609182&biz=eleme_takeout',
    site: 'web',
    kind: 'late',
    structure:
      "饿了么 H5 收银台: served HTML shows the amount (需支付 ¥42.80), an order-info block and a skeleton '正在加载支付方式…' in the channel section; an inline setTimeout(1200 ms) replaces it with a <ul role=radiogroup> of <li> rows containing visually hidden <input type=radio>. 余额宝 is checked, 花呗 is selectable, 支付宝先用后付 is greyed (is-disabled class, input disabled) with '本单暂不支持先用后付', plus a bank card.",
    expected: { total: 4280, programs: { 'alipay-huabei': 'offered', 'alipay-paylater': 'unavailable' } },
  },
  {
    page: 'web/cn-kuaishou-shop-checkout-payscore-disabled',
    url: 'https://app.kwaixiaodian.com/page/kwaishop-buyer-order-confirm?itemId=21877736108542&skuId=5180224779103',
    site: 'web',
    kind: 'checkout',
    structure:
      "Plain server-rendered 快手小店 H5 form: a <fieldset class=pay-methods> with <legend>支付方式 and <label> rows wrapping native <input type=radio name=payType>; 微信支付 is checked, '微信支付分 | 先享后付' has a disabled input, faded text and the note that the 支付分 doesn't meet this order's requirement, 支付宝 is selectable. Total in a <dl> price summary (实付款 ¥159.90) and the fixed submit bar; a coupon popup is [hidden].",
    expected: { total: 15990, programs: { 'wechat-payscore': 'unavailable' } },
  },
  {
    page: 'web/cn-meituan-shangou-uniapp-checkout-monthly',
    url: 'https://shangou.meituan.com/h5/order/confirm?poi_id=1190337&source=shangou',
    site: 'web',
    kind: 'checkout',
    structure:
      'uni-app H5 build (<uni-app>/<uni-page-body>/<uni-view>/<uni-text><span>, rpx converted to odd px values, data-v classes): a <uni-radio-group> of <uni-label> rows with <uni-radio> whose inner div carries uni-radio-input-checked; 美团月付 is checked, 美团余额 is disabled (disabled="true", uni-radio-input-disabled, row opacity .45, \'余额不足\'). Total appears as 小计 ¥68.30 in the goods block and 合计 ¥68.30 in the fixed bottom bar.',
    expected: { total: 6830, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/cn-vip-order-list-xianyong-houfu-trap',
    url: 'https://m.vip.com/user/order/list?type=all',
    site: 'web',
    kind: 'trap',
    structure:
      "唯品会 H5 '我的订单' list: tabs, promo strip, then <ul id=J-orderList> of order cards whose tag spans say 先用后付 / 花呗分期 3期 and a note '微信支付分 · 先用后付：确认收货后 3 天内自动扣款'; the one unpaid order has only a '去支付' link, and no payment method can be picked on the page.",
    expected: null,
  },
  {
    page: 'web/cn-douyin-global-h5-confirm-monthly-realname-blocked',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm/index.html?origin_type=global_buy&sku_id=1798245503381538&combo_num=1',
    site: 'web',
    kind: 'checkout',
    structure:
      'Mobile H5 React page with CSS-module hashed classes (index_payItem__3kQ9x...): a 支付方式 card of div[role=radio] rows; 抖音支付 aria-checked=true, 抖音月付 aria-disabled=true with orange text that its 实名 info does not match the 订购人; 支付宝/bank card sit in a collapsed display:none list. Total in the fixed bottom bar: 合计 ¥326.21 含税费 ¥27.21.',
    expected: { total: 32621, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/cn-vipshop-global-product-huabei-plan-picker-trap',
    url: 'https://detail.vip.com/detail-1710612345-6919876543210987.html',
    site: 'web',
    kind: 'trap',
    structure:
      '唯品国际 product detail page: a price box with estimated 税费, colour/size pickers and a 花呗分期 estimate picker (label-wrapped radio inputs for 3/6/12 periods) above 立即购买/加入购物袋 buttons; a 购买须知 FAQ mentions 花呗分期 and that 先用后付 does not apply. No payment step exists on the page.',
    expected: null,
  },
  {
    page: 'web/hk-pharmacy-magento-checkout-no-paylater-options',
    url: 'https://www.hkwellcare-pharmacy.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma-style checkout on the 审核与付款 step: #checkout-step-payment with div.payment-method blocks (input[name='payment[method]'] radios, ._active content) offering only 支付宝, 微信支付, 银联/云闪付, 微信分付 and 信用卡分期; the grand total HK$1,278.65 is in the sidebar tr.grand.totals. 花呗分期/京东白条/先用后付 are named only in a header promo strip and a sidebar FAQ saying the web checkout does not support them.",
    expected: null,
  },
  {
    page: 'web/cn-furniture-element-ui-checkout-huabei-disabled-baitiao-collapsed',
    url: 'https://www.mujuhome.cn/order/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Element UI 2 desktop checkout: an el-radio-group of bordered label.el-radio items (role=radio) – 支付宝 (is-checked, aria-checked), 微信支付, 花呗分期 (is-disabled on label and el-radio__input, native disabled input, warning tip: 定制商品暂不支持花呗分期) and 云闪付. '京东支付 · 白条分期' sits inside a collapsed el-collapse item ('更多支付方式', wrap display:none), so the shopper does not see it. 应付总额 ¥4,596.00 in the bottom checkout bar (fee list above shows goods ¥4,596 + freight 120 + install 80 − 200).",
    expected: { total: 459600, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/cn-grocery-h5-vant-late-wechat-payscore',
    url: 'https://h5.xiaoxianjia.cn/pages/order/confirm?from=cart',
    site: 'web',
    kind: 'late',
    structure:
      "WeChat H5 grocery order page built with Vant 4: served HTML shows only the nav bar, a delivery notice and van-skeleton/van-loading placeholders; an inline script (setTimeout 1.2 s after DOMContentLoaded) draws the address, goods and an inset van-cell-group '支付方式' where each van-cell ends in a div.van-radio (role=radio, aria-checked, van-radio__icon--checked): 微信支付 (checked), '微信支付分 | 先享后付' (selectable) and 余额支付 (van-radio--disabled, 余额不足). The same script draws the van-submit-bar with 合计 ¥86.50 split into price-integer '86' + '.50'.",
    expected: { total: 8650, programs: { 'wechat-payscore': 'offered' } },
  },
  {
    page: 'web/cn-kaola-confirm-late-huabei-quota-paylater-checking',
    url: 'https://order.kaola.com/order/confirm.html?source=cart&orderToken=kl_ot_8c1f7e2b44a9',
    site: 'web',
    kind: 'late',
    structure:
      'Vue-style page (data-v-* scoped attributes) whose 支付方式 card is served as a spinner plus skeleton bars; an inline script replaces it after 1.2 s with ul[role=radiogroup] > li.pay-row items: 支付宝 active, 花呗分期 .is-disabled/aria-disabled with 花呗可用额度不足 note, 先用后付·芝麻先享 .is-pending saying 正在校验订购人实名信息与可用额度…. The total (应付总额 ¥1,634.32 incl. 税费 ¥136.32) is in the static right-hand summary card.',
    expected: { total: 163432, programs: { 'alipay-huabei': 'unavailable', 'alipay-paylater': 'unknown' } },
  },
  {
    page: 'web/cn-tea-brand-h5-cashier-dl-aria-pressed-wechat-fenfu-no-ours',
    url: 'https://m.chalishanfang.cn/pay/cashier?orderNo=CL2025061412873',
    site: 'web',
    kind: 'checkout',
    structure:
      'Mobile H5 收银台 of a tea brand: the ways to pay are <button aria-pressed> cards inside the <dd>s of a <dl> grouped by <dt> headings (推荐 / 分期·信用 / 其他); 微信支付 is pressed, 支付宝, 微信分付, 信用卡分期 and 云闪付 are selectable and 会员储值余额 is disabled. None of these is one of our programs; 花呗 and 京东白条 are named only in a FAQ card below, which says the shop does not accept them. Amount ¥268.00 shows at the top and in the fixed pay bar.',
    expected: null,
  },
  {
    page: 'web/cn-ctrip-hotel-pay-baitiao-huabei-quota',
    url: 'https://secure.ctrip.com/webapp/payment/hotel/cashier?oid=1128847306512',
    site: 'web',
    kind: 'checkout',
    structure:
      "Cashier with a role=tablist of 推荐支付/银行卡/其他方式; only the 推荐支付 panel is visible and holds a role=radiogroup list of <li role=radio> items: 携程拿去花 (selected, not ours), 京东支付 with a sub-radio 京东白条 (可用额度充足, offered), 支付宝 whose 花呗 sub-row has a disabled radio and aria-disabled with '额度不足…不可用于本订单', and 微信支付. A 微信支付分 先住后付 row sits only in a hidden tab panel (not seen). The 应付金额 ¥1,176.00 is in the countdown card, the pay button and the order aside.",
    expected: { total: 117600, programs: { 'jd-baitiao': 'offered', 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/cn-mi-buy-checkout-huabei-grid',
    url: 'https://www.mi.com/buy/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vue SSR-style page (data-v-* scoped attributes) where the 支付方式 section is a flex list of clickable <li class="pay-item"> cards (no radios, selection shown by .active and a hidden pay_id input); the selected 花呗分期 card opens a role=radiogroup grid of 3/6/12期 cells (3/6期免手续费, 12期含手续费). 信用卡分期 sits beside it (not ours); a collapsed 更多支付方式 list (hidden attribute) holds 京东支付/白条 and is not seen. The total 应付总额 5198.00元 is in a right-floated money-box under the payment section.',
    expected: { total: 519800, programs: { 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/cn-suning-service-cashier-payscore-checking',
    url: 'https://pay.suning.com/epps-pwg/cashier/service.htm?orderId=20240311884215',
    site: 'web',
    kind: 'checkout',
    structure:
      "Service-order cashier: a <fieldset> of visually hidden native radios each followed by a <label> card. 微信支付分 · 先享后付 is listed with a spinner status '正在查询您的微信支付分…' (no verdict yet), 花呗分期 is checked with a <table> of 3/6/12期 radios (3期免息, others 含手续费), beside 任性付 and 微信分付 (not ours), a wallet with 余额不足, 微信支付 and bank cards. The 应付金额 ¥277.00 is in the top order card, the service detail table and the submit button.",
    expected: { total: 27700, programs: { 'wechat-payscore': 'unknown', 'alipay-huabei': 'offered' } },
  },
  {
    page: 'web/cn-vmall-order-confirm-huabei-not-supported',
    url: 'https://www.vmall.com/order/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Old XHTML/jQuery-style order confirm page: goods in a <table>, the 支付方式 box is a <ul> of rows each with a native radio inside a <label>; the 花呗分期 row has a disabled radio, grey .disabled styling and the words that the order contains goods not supporting 花呗分期. 信用卡分期 (not ours) has a bank chooser and a <select> of 期数; the total 应付总额 ¥ 6698.00 is in the bottom bar with a red top border.',
    expected: { total: 669800, programs: { 'alipay-huabei': 'unavailable' } },
  },
  {
    page: 'web/cn-you163-order-confirm-late-huabei-baitiao',
    url: 'https://you.163.com/order/confirm',
    site: 'web',
    kind: 'late',
    structure:
      "CSS-module style hashed classes; the served HTML shows only a shimmering skeleton and '正在获取可用支付方式…' in the 支付方式 section, and an inline script fills it after 1.3 s with a grid of <button aria-pressed> payment tiles: 花呗分期 (offered, 3/6/12期 panel opens on click), 微信分付 (not ours), and 京东白条 as a disabled button saying 白条额度不足，暂不可用. The total 实付款 ¥547.00 sits in a <dl> summary below, already in the served HTML.",
    expected: { total: 54700, programs: { 'alipay-huabei': 'offered', 'jd-baitiao': 'unavailable' } },
  },
  {
    page: 'web/cn-12306-ticket-pay-no-paylater',
    url: 'https://kyfw.12306.cn/otn/payOrder/init',
    site: 'web',
    kind: 'checkout',
    structure:
      'Ticket pay page: passenger/seat <table> with 总票价 1324.0 元, then a 选择支付方式 box built from <dl>/<dt>/<dd> rows of <a> tiles (no radios; the selected one has class cur and a hidden bankId input): 支付宝, 微信支付, 银联, 云闪付, several 网上银行 and 中铁银通卡. None of the offered ways to pay is a pay-later program of ours.',
    expected: null,
  },
  {
    page: 'web/cn-dangdang-cart-huabei-promo-trap',
    url: 'https://shopping.dangdang.com/shoppingcart/shopping_cart.aspx',
    site: 'web',
    kind: 'trap',
    structure:
      'Old float-layout shopping cart (step 1 of 3) with per-shop item rows, a 花呗分期 tag on one product, a side box of 支付优惠 with a radio-based 花呗分期试算 (3/6/12期) that itself says payment is chosen on the next step, and a footer listing 花呗分期 among accepted methods; there is no payment step, only a 结算 link.',
    expected: null,
  },
  {
    page: 'web/cn-dianping-tuan-cashier-meituan-monthly-checking',
    url: 'https://m.dianping.com/tuan/pay?orderId=4900219336871520431',
    site: 'web',
    kind: 'checkout',
    structure:
      '大众点评 group-buy payment page in Vant 3 rendered markup (van-cell, van-radio role=radio aria-checked, van-submit-bar); 还需支付 ¥188.00 in the price cell group and 实付 ¥188.00 in the submit bar. 微信支付 is checked, 支付宝 selectable, and the 美团月付 cell shows a van-loading spinner with 额度查询中… instead of a radio; a hidden (hidden attribute) 展开更多支付方式 list holds 花呗分期 and 银行卡支付, which the shopper has not opened.',
    expected: { total: 18800, programs: { 'meituan-monthly': 'unknown' } },
  },
  {
    page: 'web/cn-douyin-cashdesk-phone-recharge-monthly-disabled',
    url: 'https://tp-pay.snssdk.com/cashdesk/?app_id=800000040005&merchant_id=1200000170&trade_no=SP2025061419422681003741',
    site: 'web',
    kind: 'checkout',
    structure:
      'Vue SSR (data-v-* scoped attributes) Douyin Pay cashdesk for a mobile top-up (virtual goods); big amount ¥99.80 at the top and in the 确认支付 button, channels in a ul role=listbox of li role=option. 抖音月付 li is greyed (is-disabled class, aria-disabled=true, pointer-events:none, no check circle) with the reason 话费、游戏等虚拟商品暂不支持使用抖音月付; 零钱 is also disabled (insufficient balance); bank card is selected, 支付宝 and 微信支付 selectable.',
    expected: { total: 9980, programs: { 'douyin-monthly': 'unavailable' } },
  },
  {
    page: 'web/cn-douyin-haohuo-order-confirm-monthly-coupon',
    url: 'https://haohuo.jinritemai.com/ecommerce/trade/order/confirm?combo_id=1794402237715483&product_id=3712956048812337091',
    site: 'web',
    kind: 'checkout',
    structure:
      'Douyin mall H5 order confirmation built with CSS-module hashed classes; the 支付方式 card is a div role=radiogroup of div role=radio rows (aria-checked) with 抖音支付 (bank card) checked, 抖音月付 selectable with 免息券 tag, 可用额度 and 首次开通立减¥5 promo text (its installment picker is display:none until chosen), then 微信支付 and 支付宝. Total shows as 实付款 ¥249.00 in the price-detail card and as 合计 ¥249.00 in the fixed bottom submit bar.',
    expected: { total: 24900, programs: { 'douyin-monthly': 'offered' } },
  },
  {
    page: 'web/cn-douyin-haohuo-product-monthly-plan-picker-trap',
    url: 'https://haohuo.jinritemai.com/views/product/item2?id=3701158823964210077',
    site: 'web',
    kind: 'trap',
    structure:
      'Douyin mall product detail page (utility classes plus hashed module classes) with a 月付 row and an open bottom-sheet dialog 抖音月付·分期说明 whose role=radio tiles pick 1/3/6/12 installment terms at ¥1,599; it is a product-page plan picker with 加入购物车/立即购买/月付购买 buttons, no order and no payment step.',
    expected: null,
  },
  {
    page: 'web/cn-meituan-waimai-npay-cashier-monthly-late',
    url: 'https://npay.meituan.com/cashier/index.html?tradeno=21062518410087731924&pay_token=PTb3e1f09c5d2a4c6e87a1',
    site: 'web',
    kind: 'late',
    structure:
      'Meituan cashier (美团收银台) for a 外卖 order served as a grey skeleton with 收银台加载中… and a disabled button; an inline script renders after setTimeout 1200 ms the amount ¥46.80, countdown and a role=radiogroup of .pay-cell rows: 美团月付 (推荐, 可用额度¥2,000.00, selectable), 建设银行储蓄卡 via 美团支付 (selected) and 微信支付; 支付宝/添加银行卡 sit in a collapsed 更多支付方式 list (display:none).',
    expected: { total: 4680, programs: { 'meituan-monthly': 'offered' } },
  },
  {
    page: 'web/cn-meituan-youxuan-order-confirm-monthly-insufficient',
    url: 'https://youxuan.meituan.com/h5/order/confirm?poiId=1493302&stationId=88412067',
    site: 'web',
    kind: 'checkout',
    structure:
      'Server-rendered 美团优选 pickup-order form: goods in a table, amounts in dl/dt/dd rows ending in 应付金额 ¥158.40 (repeated as 合计 in the fixed submit bar), and a fieldset 支付方式 of label-wrapped native radios. 美团月付 has a native disabled radio, greyed label (is-off) and the text 可用额度 ¥32.15，不足以支付本单; 微信支付 is checked and 美团支付·招商银行信用卡 is selectable.',
    expected: { total: 15840, programs: { 'meituan-monthly': 'unavailable' } },
  },
  {
    page: 'web/cn-yunqi-home-order-confirm-huabei-payscore-disabled',
    url: 'https://mall.yunqijia.cn/order/confirm?from=cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Nuxt/Vue SSR brand-mall 确认订单 page (data-v-* scoped attributes) with a display:none mega-menu, 33 goods-row items tagged 花呗分期/先享后付, a swiper carousel with 花呗免息 badges, reviews and a collapsed <details> FAQ about 花呗/先享后付; near the bottom the 支付方式 card is a role=radiogroup of div[role=radio] tiles: 支付宝 (aria-checked=true), 花呗分期 (selectable, 3/6/12期 amounts shown), 微信支付, 微信支付分·先享后付 greyed with aria-disabled=true and the note '订单金额超出先享额度（¥2,000），暂不可用', 信用卡分期 and 云闪付. The total 实付款 ¥33,738.70 is in the fixed submit-bar at the bottom, with the fee breakdown above it.",
    expected: { total: 3373870, programs: { 'alipay-huabei': 'offered', 'wechat-payscore': 'unavailable' } },
  },
];
