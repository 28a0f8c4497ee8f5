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
];
