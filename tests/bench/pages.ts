import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Generated at run time (megabytes of markup do not belong in git); the fixture server serves this folder. */
const FOLDER = fileURLToPath(new URL('../fixtures/bench/', import.meta.url));

/**
 * What the page's own script does, counted in ticks of its price refresh rather than in time, so
 * that it does exactly the same work in every run, with or without the extension.
 */
export const TIMELINE = {
  /** The live price refresh rewrites prices this often… */
  tickMs: 50,
  /** …this many item prices per tick (round robin, at most each once), plus the total and a "prices updated" line… */
  pricesPerTick: 60,
  /** …this many times (4 s), then stops and sets `window.__benchDone`. */
  ticks: 80,
  /** The checkout's payment step is inserted at this tick (1 s), like JD's, which renders it after an XHR. */
  paymentStepTick: 20,
  /** Then the 白条 per-period amounts inside the payment step follow the total every this many ticks. */
  paymentRefreshTicks: 10,
  /** The page stops watching for the panel's host element at this tick, in both variants alike. */
  watchUntilTick: 70,
} as const;

export const CHECKOUT_FIXTURE = 'bench/checkout';
/** The same checkout with a few goods and a short header and footer: about 400 elements. */
export const SMALL_CHECKOUT_FIXTURE = 'bench/checkout-small';
export const PRODUCT_FIXTURE = 'bench/product';

/** How much of the shop's own chrome a page carries around its content. */
interface Frame {
  readonly navLinks: number;
  readonly footerLinks: number;
}
const FULL: Frame = { navLinks: 80, footerLinks: 200 };
const SHORT: Frame = { navLinks: 12, footerLinks: 24 };

const NAMES = [
  '蓝牙耳机 主动降噪',
  '65W 氮化镓充电器',
  '純棉T恤 男款 宽松',
  '不锈钢保温杯 500ml',
  '机械键盘 红轴',
  '儿童绘本 全8册',
];
const SERVICES = ['7天无理由退货', '价格保护', '京准达', '上门换新', '只换不修'];

function money(fen: number): string {
  return `￥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function links(count: number, prefix: string): string {
  return Array.from(
    { length: count },
    (_, i) => `<li><a href="//www.jd.com/${prefix}/${i}.html">${prefix} ${i}</a></li>`,
  ).join('');
}

/** One line of the goods list, shaped like JD's (about 35 elements, three of them `li`). */
function goodsItem(index: number): string {
  const sku = 100012000000 + index;
  const price = 1990 + ((index * 7919) % 90000);
  const name = `${NAMES[index % NAMES.length]} 款式${index}`;
  const services = SERVICES.slice(index % 3, (index % 3) + 3)
    .map((service, i) => `<li><i class="icon icon-${i}"></i><span>${service}</span></li>`)
    .join('');
  return `<div class="goods-item" data-sku="${sku}">
<div class="p-img"><a href="//item.jd.com/${sku}.html"><img alt="" width="80" height="80" src="data:,"></a></div>
<div class="p-detail"><div class="p-name"><a href="//item.jd.com/${sku}.html">${name}</a></div>
<div class="p-extra"><span class="p-spec">颜色：<em>黑色</em></span><span class="p-spec">尺码：<em>XL</em></span><span class="p-spec">重量：<em>0.5kg</em></span></div>
<ul class="p-services">${services}</ul>
<div class="p-gift"><span>赠品：</span><a href="//item.jd.com/${sku + 1}.html">收纳袋</a><span class="p-gift-num">x1</span></div>
<div class="p-promo"><span class="tag">满减</span><span class="tag">券</span><em>满199减20</em></div></div>
<div class="p-price"><strong class="jd-price" data-fen="${price}">${money(price)}</strong> <del>${money(price + 3000)}</del></div>
<div class="p-num"><span>x</span><b>1</b></div><div class="p-state"><span class="stock">有货</span></div>
<div class="p-ops"><a href="#">移入关注</a><a href="#">删除</a></div></div>`;
}

const PAYMENT_STEP = `<div class="step-tit"><h3>支付方式</h3></div>
<div class="step-cont" id="payment-list-wrap"><ul class="payment-list" id="payment-list">
<li class="payment-item item-selected" payid="4"><b></b>在线支付</li>
<li class="payment-item" payid="1"><b></b>货到付款</li>
<li class="payment-item" payid="99"><b></b>先用后付<span class="pay-tip">确认收货后再付款</span></li>
<li class="payment-item" payid="31"><b></b>京东白条<span class="pay-tip baitiao-plan"></span></li>
<li class="payment-item" payid="33"><b></b>京东支付</li>
<li class="payment-item" payid="34"><b></b>微信支付</li>
</ul></div>`;

/**
 * The page's own behaviour: a live price refresh, the late payment step (checkout only), and the
 * timing probes the benchmark reads: when the step appeared and when our host element appeared,
 * as epoch milliseconds (timeOrigin + now) so they compare with the panel frame's clock.
 */
function pageScript(checkout: boolean): string {
  return `(() => {
  const T = ${JSON.stringify(TIMELINE)};
  const at = () => performance.timeOrigin + performance.now();
  const prices = [...document.querySelectorAll('.jd-price')];
  const total = document.getElementById('sumPayPriceId');
  const countdown = document.getElementById('countdown');
  const bench = (window.__bench = { stepAt: null, hostAt: null, ticks: 0 });
  let cursor = 0;
  let fen = 0;
  for (const price of prices) fen += Number(price.dataset.fen);
  const show = (value) => '￥' + (value / 100).toFixed(2);
  const watcher = new MutationObserver((records) => {
    if (bench.hostAt !== null) return;
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeName === 'PAYLATER-LENS') bench.hostAt = at();
  });
  watcher.observe(document.body, { childList: true, subtree: true });
  const checkout = ${checkout};
  let plan = null;
  const follow = () => { plan.textContent = '每期' + show(Math.round(fen / 12)) + '起 · 分期免息'; };
  const refresh = setInterval(() => {
    const tick = ++bench.ticks;
    for (let i = 0; i < Math.min(T.pricesPerTick, prices.length); i++) {
      const price = prices[cursor++ % prices.length];
      const next = Number(price.dataset.fen) + ((tick + i) % 3) - 1;
      fen += next - Number(price.dataset.fen);
      price.dataset.fen = String(next);
      price.textContent = show(next);
    }
    total.textContent = show(fen);
    countdown.textContent = '价格更新于 ' + (tick * T.tickMs / 1000).toFixed(2) + ' 秒';
    if (checkout && tick === T.paymentStepTick) {
      document.getElementById('payment-slot').innerHTML = ${JSON.stringify(PAYMENT_STEP)};
      bench.stepAt = at();
      plan = document.querySelector('.baitiao-plan');
    }
    if (plan && (tick - T.paymentStepTick) % T.paymentRefreshTicks === 0) follow();
    if (tick === T.watchUntilTick) watcher.disconnect();
    if (tick === T.ticks) {
      clearInterval(refresh);
      window.__benchDone = true;
    }
  }, T.tickMs);
})();`;
}

const STYLE = `body{font:12px/1.5 "Microsoft YaHei",sans-serif;margin:0;color:#333}.w{width:990px;margin:0 auto}
.goods-item{display:grid;grid-template-columns:90px 1fr 120px 40px 60px 80px;border-bottom:1px solid #eee;padding:8px 0}
.p-services{list-style:none;margin:0;padding:0;display:flex;gap:6px}.jd-price{color:#e4393c}del{color:#999}
.payment-list{list-style:none;padding:0;display:flex;gap:10px;flex-wrap:wrap}.payment-item{border:1px solid #ddd;padding:6px 14px}
#sumPayPriceId{color:#e4393c;font-size:18px;font-weight:bold}.nav li{display:inline-block;margin:0 4px}`;

function page(title: string, body: string, checkout: boolean, frame: Frame): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body>
<div id="shortcut-2014"><div class="w"><ul class="nav">${links(frame.navLinks, 'nav')}</ul></div></div>
<div class="w" id="container">${body}</div>
<div id="footer"><div class="w"><ul class="nav">${links(frame.footerLinks, 'help')}</ul></div></div>
<script>${pageScript(checkout)}</script>
</body></html>`;
}

/** A JD order confirmation page: addresses, a long goods list, a payment step that arrives late. */
function checkoutPage(items: number, frame: Frame): string {
  const addresses = Array.from(
    { length: Math.min(items, 20) },
    (_, i) =>
      `<li class="consignee-item${i === 0 ? ' item-selected' : ''}"><span class="name">张三${i}</span><span class="addr">北京 朝阳区 ****大街 ${i} 号</span><span class="tel">138****00${String(i).padStart(2, '0')}</span><a href="#">编辑</a></li>`,
  ).join('');
  const goods = Array.from({ length: items }, (_, i) => goodsItem(i)).join('\n');
  return page(
    '订单结算页 -京东商城',
    `<h2 class="checkout-tit">填写并核对订单信息</h2>
<div class="checkout-steps" id="checkout-steps">
<div class="step-tit"><h3>收货人信息</h3></div><ul class="consignee-list">${addresses}</ul>
<div id="payment-slot"></div>
<div class="step-tit"><h3>送货清单</h3></div><div class="goods-list">${goods}</div></div>
<div class="order-summary"><div class="list"><span>${items} 件商品，总商品金额：</span><em class="price" id="warePriceId"></em></div></div>
<div class="trade-foot">应付总额：<span class="price-num" id="sumPayPriceId"></span> <span id="countdown"></span>
<button class="checkout-submit" id="order-submit" type="button">提交订单</button></div>`,
    true,
    frame,
  );
}

/** A product page of the same size that advertises 白条分期 and 先用后付, as real ones do: not a checkout. */
function productPage(items: number): string {
  const related = Array.from({ length: items }, (_, i) => goodsItem(i)).join('\n');
  return page(
    '商品详情 -京东',
    `<div class="product-intro"><h1 class="sku-name">蓝牙耳机 主动降噪 旗舰款</h1>
<div class="summary-price">京东价 <span id="sumPayPriceId"></span> <span id="countdown"></span></div>
<div class="summary-promo"><span>白条分期 最高12期免息</span> <span>支持先用后付</span></div>
<button type="button">加入购物车</button></div>
<div class="related"><h3>为你推荐</h3>${related}</div>`,
    false,
    FULL,
  );
}

/**
 * Writes the pages: 430 goods lines give a checkout of over 15,000 elements, 6 with a short header
 * and footer one of about 400 (the run counts them in the browser).
 */
export async function generatePages(items = 430): Promise<void> {
  await mkdir(FOLDER, { recursive: true });
  await writeFile(`${FOLDER}checkout.html`, checkoutPage(items, FULL));
  await writeFile(`${FOLDER}checkout-small.html`, checkoutPage(6, SHORT));
  await writeFile(`${FOLDER}product.html`, productPage(items));
}
