import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { afterpay } from '../../lib/programs/afterpay';
import { statedPeriods } from '../../lib/programs/terms';
import { SITES } from '../../lib/sites';
import { bigcommerce } from '../../lib/sites/bigcommerce';
import {
  type CheckoutVocabulary,
  isSubmitControl,
  logosUnder,
  programWords,
  readCheckout,
  runsOn,
  textsWith,
} from '../../lib/sites/dom';
import { shopCurrency } from '../../lib/sites/locale';
import { SHOP_PLATFORMS } from '../../lib/sites/platforms';
import { keywordPattern } from '../../lib/sites/text';
import { VOCABULARY_EN, VOCABULARY_ZH, web } from '../../lib/sites/web';
import { FIXTURES_DIR } from './fixtures';
import { styledDocument } from './styled';

const VOCABULARY: CheckoutVocabulary = {
  site: 'taobao',
  currency: 'CNY',
  programs: [
    { program: 'alipay-paylater', pattern: /先用后付/ },
    { program: 'alipay-huabei', pattern: /花呗/ },
  ],
  wallets: [{ wallet: 'alipay', pattern: /支付宝/ }],
};

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

const OPTIONS = '<ul><li>先用后付</li><li>花呗</li><li>支付宝</li></ul>';

describe('payable total', () => {
  it.each([
    ['实付款：<span>¥</span><span>2,399</span><span>.00</span>', 239900],
    ['<dl><dt>应付金额</dt><dd>￥１，２９９．００</dd></dl>', 129900],
    ['合计：1299.00元', 129900],
    ['实付 <del>¥99.00</del> <b>¥89.90</b>', 8990],
    ['<div>实付款 <span class="originPrice--x">¥99.00</span><span>¥19.9</span></div>', 1990],
    ['优惠券 -¥10.00 合计 ¥89.90', 8990],
    ['<p>店铺合计 ¥10.00</p><p>实付款 ¥25.00</p>', 2500],
    ['<div>合计：<em>89.90</em><button>提交订单</button></div>', 8990],
    // A note whose first clause holds 付款金额, split where a short piece of it looks like a label.
    [
      '<p>分期付款金额以支付宝实际扣款为准；手续费由买家承<span>担。额度：¥12,000.00</span></p><p>实付款：¥3689.00</p>',
      368900,
    ],
    // A mini-program page's own elements, each a block to the reader: the digits still run on.
    [
      '实付款 <uni-text><span>¥</span></uni-text><uni-text><span>89</span></uni-text><uni-text><span>.90</span></uni-text>',
      8990,
    ],
  ])('%s → %i fen', (html, total) => {
    expect(readCheckout(page(OPTIONS + html), VOCABULARY)?.signals.total).toBe(total);
  });

  it.each([
    ['实付款 HK$ 1,299.00', 129900, 'HKD'],
    ['<dl><dt>应付金额</dt><dd>NT$1,290</dd></dl>', 129000, 'TWD'],
    ['合计 ¥1,299.00', 129900, 'CNY'],
  ])('reads a Chinese total written %s in its own dollar', (html, total, currency) => {
    expect(readCheckout(page(OPTIONS + html), VOCABULARY)?.signals).toMatchObject({ total, currency });
  });

  it.each([
    ['<span>USD</span> <span>89.90</span>', 8990, 'USD'],
    ['USD $1,249.99', 124999, 'USD'],
    ['45.00 GBP', 4500, 'GBP'],
    ['EUR 1.234,56', 123456, 'EUR'],
  ])('reads a Western total written %s', (price, total, currency) => {
    const doc = page(`<h3>Payment method</h3><ul><li><label><input type="radio" name="p"> Klarna</label></li>
      <li><label><input type="radio" name="p"> Credit card</label></li></ul>
      <table><tr><th>Total</th><td>${price}</td></tr></table>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total, currency });
  });

  // WooCommerce's block checkout tells screen readers each line's "Total price for …" in the summary.
  it.each(['screen-reader-text', 'sr-only', 'visually-hidden'])(
    'takes no line total kept for screen readers (.%s) for a second total',
    (hiddenClass) => {
      const line = (name: string, price: string) =>
        `<li><span class="${hiddenClass}">Total price for ${name} 1 item: ${price}</span><div aria-hidden="true">${price}</div></li>`;
      const doc = page(`<h3>Payment options</h3><ul><li><label><input type="radio" name="p"> Afterpay</label></li>
      <li><label><input type="radio" name="p"> Credit card</label></li></ul>
      <ul>${line('Linen Duvet Cover', 'NZ$229.00')}${line('Knitted Throw', 'NZ$189.00')}</ul>
      <div><span>Total</span><div><span>NZ$501.30</span><p>Including NZ$65.39 GST</p></div></div>`);
      expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 50130, currency: 'NZD' });
    },
  );

  it('takes the total with GST, not the one without it (Magento’s “Order Total Excl. GST” above “Incl. GST”)', () => {
    const doc = page(`<h3>Payment method</h3><ul><li><label><input type="radio" name="p"> Afterpay</label></li>
      <li><label><input type="radio" name="p"> Credit card</label></li></ul>
      <table class="table-totals"><tr><th>Store Credit</th><td>-$40.00</td></tr>
      <tr class="grand totals excl"><th><strong>Order Total Excl. GST</strong></th><td><strong>$158.96</strong></td></tr>
      <tr class="totals-tax"><th>GST</th><td>$19.90</td></tr>
      <tr class="grand totals incl"><th><strong>Order Total Incl. GST</strong></th><td><strong>$178.86</strong></td></tr></table>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 17886, currency: 'USD' });
  });

  it('takes no estimate in another currency for the total: “Total (USD)” stands', () => {
    const doc = page(`<h3>Payment</h3><ul><li><label><input type="radio" name="p"> Affirm</label></li>
      <li><label><input type="radio" name="p"> Credit card</label></li></ul>
      <section><div><span>Total (USD)</span><span>$3,084.04</span></div>
      <p>Estimated total in Canadian dollars: CA$4,226.37</p></section>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 308404, currency: 'USD' });
  });

  it('takes no note on what the total includes for a second total: Newegg’s "Est. Total:" stands', () => {
    const doc = page(`<h3>Payment method</h3><ul><li><label><input type="radio" name="p"> Zip</label></li>
      <li><label><input type="radio" name="p"> Credit card</label></li></ul>
      <div class="summary"><div><span>Est. Total:</span><ul><li><span>$</span><strong>1,245</strong><sup>.76</sup></li></ul></div>
      <div>Total includes applicable California Electronic Waste Recycling Fee ($0.00 for items in this order).</div></div>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 124576, currency: 'USD' });
  });

  it.each(['Net total', 'Total excl. VAT', 'Total (excluding tax)', 'Total HT', 'Gesamtnettosumme', 'Sub Total'])(
    'takes no "%s" beside the total for a second total',
    (label) => {
      const doc = page(`<h3>Payment method</h3><ul><li><label><input type="radio" name="p"> Klarna</label></li>
        <li><label><input type="radio" name="p"> Credit card</label></li></ul>
        <dl><dt>Total price</dt><dd>£129.95*</dd><dt>${label}</dt><dd>£108.29*</dd></dl>`);
      expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 12995, currency: 'GBP' });
    },
  );

  it.each([
    ['实付款 ¥ --', 'unparseable'],
    ['实付款 ¥99999999999.00', 'absurd'],
    ['<p>实付款 ¥10.00</p><p>实付款 ¥12.00</p>', 'two places that disagree'],
    ['<p>¥89.90</p>', 'unlabelled'],
  ])('%s gives no total (%s)', (html) => {
    const signals = readCheckout(page(OPTIONS + html), VOCABULARY)?.signals;
    expect(signals).toBeDefined();
    expect(signals?.total).toBeUndefined();
  });
});

describe('options', () => {
  it.each([
    ['<li aria-disabled="true">先用后付</li>', undefined],
    ['<li class="pay-item is-disabled">先用后付</li>', undefined],
    ['<li><button disabled>先用后付</button></li>', undefined],
    ['<li>先用后付 <em>额度不足</em></li>', '额度不足'],
    ['<li>先用后付（芝麻分不足 600）</li>', '先用后付（芝麻分不足 600）'],
    ['<li class="pay-item item-gray">先用后付</li>', undefined],
    ['<li><span class="grey">先用后付</span></li>', undefined],
  ])('%s is unavailable', (item, reason) => {
    const option = readCheckout(page(`<ul>${item}<li>支付宝</li></ul>`), VOCABULARY)?.signals.options[0];
    expect(option).toEqual({
      program: 'alipay-paylater',
      label: expect.any(String),
      state: 'unavailable',
      ...(reason ? { reason } : {}),
    });
  });

  it.each([
    '<li class="pa3 ba b--light-gray">先用后付</li>',
    '<li class="border border-gray-200 bg-gray-50">先用后付</li>',
    '<li><span class="font-gray">先用后付</span></li>',
    '<li class="pay-item item-gray"><input type="radio" name="p"> 先用后付</li>',
  ])('%s can be chosen: a colour class, or grey with a control that can be', (item) => {
    const [option] = readCheckout(page(`<ul>${item}<li>支付宝</li></ul>`), VOCABULARY)?.signals.options ?? [];
    expect(option).toMatchObject({ program: 'alipay-paylater', state: 'selectable' });
  });

  it.each([
    '<li aria-checked="true" role="radio">先用后付</li>',
    '<li class="item selected">先用后付</li>',
    '<div><input type="radio" checked><span>先用后付</span></div>',
    '<div><span>先用后付</span><span role="switch" aria-checked="true"></span></div>',
  ])('%s is selected', (item) => {
    const [option] = readCheckout(page(`<div>${item}<li>支付宝</li></div>`), VOCABULARY)?.signals.options ?? [];
    expect(option).toMatchObject({ program: 'alipay-paylater', state: 'selectable', selected: true });
  });

  it('ignores navigation links, hidden templates and scripts that name a program', () => {
    const doc = page(`
      <ul class="nav"><li><a href="//huabei.alipay.com/">花呗</a></li></ul>
      <div hidden><ul><li>先用后付</li></ul></div>
      <script>var label = '<li>先用后付</li>';</script>
      <h3>付款方式</h3><ul><li>花呗</li><li>支付宝</li></ul>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options.map(({ program }) => program)).toEqual(['alipay-huabei']);
  });

  it('finds no step where the names are only in scripts and styles, and the step once it shows', () => {
    const template = `<script>var step = '<h3>付款方式</h3><ul><li>先用后付</li><li>花呗</li></ul>';</script>
      <style>.花呗::after { content: "先用后付"; }</style>`;
    const steps = '<h3>付款方式</h3><ul><li>支付宝</li><li>银行卡</li></ul>';
    expect(readCheckout(page(template + steps), VOCABULARY)).toBeNull();
    const shown = readCheckout(
      page(`${template}<h3>付款方式</h3><ul><li>支付宝</li><li>先用<b>后付</b></li></ul>`),
      VOCABULARY,
    );
    expect(shown?.signals.options.map(({ program }) => program)).toEqual(['alipay-paylater']);
  });

  it('reads the options after the 支付方式 heading, not a list of the same names elsewhere', () => {
    const doc = page(`
      <ul class="ads"><li>先用后付 新人专享</li><li>花呗 免息券</li></ul>
      <section><h3>选择支付方式</h3><ul id="step"><li>支付宝</li><li>先用后付</li></ul></section>`);
    const reading = readCheckout(doc, VOCABULARY);
    expect(reading?.paymentStep.id).toBe('step');
    expect(reading?.signals.options.map(({ program }) => program)).toEqual(['alipay-paylater']);
  });

  it('takes no total from an option’s own amounts', () => {
    const doc = page('<ul><li>花呗分期 每期应付 ¥30.97</li><li>支付宝</li></ul><p>实付款 ¥89.90</p>');
    expect(readCheckout(doc, VOCABULARY)?.signals.total).toBe(8990);
  });

  it('finds custom controls that are focusable but have no role', () => {
    const doc = page('<div><div tabindex="0">先用后付</div><div tabindex="0">支付宝</div></div>');
    expect(readCheckout(doc, VOCABULARY)?.signals).toMatchObject({
      options: [{ program: 'alipay-paylater', state: 'selectable' }],
      wallets: ['alipay'],
    });
  });

  it('finds options drawn as plain divs, each its own short block', () => {
    const doc = page(`
      <div class="steps"><div class="t">支付方式</div>
        <div class="list" id="step">
          <div class="it"><i></i><span>在线支付</span></div>
          <div class="it is-disabled"><i></i><span>先用后付</span><em>暂不可用</em></div>
          <div class="it active"><i></i><span>花呗分期</span><em>3期免息</em></div>
          <div class="it"><i></i><span>支付宝</span></div>
        </div>
      </div>
      <div class="goods"><p>宝贝：保温杯 ¥79.00，共 2 件，运费 ¥0.00，预计 3 天内发货，支持七天无理由退货</p></div>`);
    const reading = readCheckout(doc, VOCABULARY);
    expect(reading?.paymentStep.id).toBe('step');
    expect(reading?.signals).toMatchObject({
      options: [
        { program: 'alipay-paylater', label: '先用后付暂不可用', state: 'unavailable', reason: '先用后付暂不可用' },
        { program: 'alipay-huabei', label: '花呗分期3期免息', state: 'selectable', selected: true },
      ],
      wallets: ['alipay'],
    });
  });

  it('re-reads only the known step and total, keeping the step', () => {
    const doc = page(`<ul id="step"><li id="p">先用后付</li><li>支付宝</li></ul><p id="sum">实付款 <b>¥89.90</b></p>`);
    const first = readCheckout(doc, VOCABULARY);
    doc.querySelector('#p')?.setAttribute('aria-disabled', 'true');
    const sum = doc.querySelector('#sum b');
    if (sum) sum.textContent = '¥92.60';
    // An advert added elsewhere is not part of the step the shopper pays in.
    doc.body.insertAdjacentHTML('afterbegin', '<ul><li>花呗 免息</li><li>花呗 分期</li></ul>');
    const again = readCheckout(doc, VOCABULARY, first);
    expect(again?.paymentStep).toBe(first?.paymentStep);
    expect(again?.signals).toMatchObject({
      total: 9260,
      options: [{ program: 'alipay-paylater', state: 'unavailable' }],
    });
    expect(again?.signals.options).toHaveLength(1);
  });

  it('reads the whole page again once the known step is gone', () => {
    const doc = page(`<ul id="step"><li>先用后付</li><li>支付宝</li></ul><p>实付款 ¥89.90</p>`);
    const first = readCheckout(doc, VOCABULARY);
    doc.querySelector('#step')?.remove();
    doc.body.insertAdjacentHTML('afterbegin', '<ul id="new-step"><li>花呗</li><li>支付宝</li></ul>');
    const again = readCheckout(doc, VOCABULARY, first);
    expect(again?.paymentStep.id).toBe('new-step');
    expect(again?.signals.options.map(({ program }) => program)).toEqual(['alipay-huabei']);
  });

  it('reads a name over its picker of periods as one way to pay (Tmall’s 花呗分期 box, 3期 chosen)', () => {
    const box = `<div class="huabei-box"><div class="hd"><span>花呗分期</span><span>花呗可用额度充足</span></div>
      <div class="stage-list" role="radiogroup"><a class="selected" role="radio" aria-checked="true">¥799.00 × 3期 免息</a>
      <a role="radio" aria-checked="false">¥411.08 × 6期</a><a role="radio" aria-checked="false">¥213.36 × 12期</a></div>
      <div class="xyhf-row"><label><input type="checkbox" disabled> 先用后付（确认收货后再付款）</label>
      <span>该商品暂不支持先用后付</span></div></div><div>实付款：¥2397.00</div>`;
    const options = readCheckout(page(box), VOCABULARY)?.signals.options ?? [];
    expect(options.map(({ program, state }) => [program, state])).toEqual([
      ['alipay-huabei', 'selectable'],
      ['alipay-paylater', 'unavailable'],
    ]);
  });

  it('reads no step in a strip of names drawn as words, none marked (a footer drawn as a div: “Wir akzeptieren: PayPal Klarna Visa”)', () => {
    const doc = page(`<div class="checkout"><h2>Zahlungsart</h2><div class="skeleton" aria-busy="true"></div></div>
      <div class="sf-footer"><span class="sf-footer__payments">Wir akzeptieren: <span>PayPal</span><span>Klarna</span>
      <span>Visa</span><span>Mastercard</span><span>Vorkasse</span></span></div>`);
    expect(readCheckout(doc, VOCABULARY_EN)).toBeNull();
  });

  it('is null on a page with no pay-later option', () => {
    expect(readCheckout(page('<h3>支付方式</h3><ul><li>支付宝</li><li>银行卡</li></ul>'), VOCABULARY)).toBeNull();
  });

  it('keeps markup in page text as text, and bounds it', () => {
    const hostile = `先用后付 暂不可用 &lt;img src=x onerror=alert(1)&gt;${'长'.repeat(300)}`;
    const [option] =
      readCheckout(page(`<ul><li>${hostile}</li><li>支付宝</li></ul>`), VOCABULARY)?.signals.options ?? [];
    expect(option?.reason).toContain('<img src=x onerror=alert(1)>');
    expect(option?.label.length).toBeLessThanOrEqual(160);
    expect(option?.reason?.length).toBeLessThanOrEqual(80);
  });

  it('keeps the plan a long option states at the end of its words: Amazon’s Affirm for 12 months', () => {
    const html = readFileSync(`${FIXTURES_DIR}/amazon/checkout-spc.html`, 'utf8');
    const url = new URL('https://www.amazon.com/gp/buy/spc/handlers/display.html');
    const reading = SITES.find((site) => site.id === 'amazon')?.read(styledDocument(html), url);
    const [option] = reading?.signals.options ?? [];
    expect(option?.program).toBe('affirm');
    expect(option && statedPeriods(option.label)).toBe(12);
  });
});

describe('sections and notes', () => {
  const WAYS = `<h3>支付方式</h3><ul><li><label><input type="radio" name="p" checked> 支付宝</label></li>
    <li><label><input type="radio" name="p"> 银行卡</label></li></ul>`;
  const GOODS_TAGS = '<div class="tags"><span class="tag">花呗分期</span><span class="tag">先用后付</span></div>';

  it('ends the 支付方式 section at the next heading of its rank, even one it has no words for', () => {
    // Rows drawn without controls: nothing tells the tags below them apart but the headings.
    const rows = '<h3>支付方式</h3><ul><li class="on">支付宝</li><li>银行卡</li></ul>';
    const order = (between: string) =>
      readCheckout(page(`<div class="order">${rows}${between}<div class="item">${GOODS_TAGS}</div></div>`), VOCABULARY);
    expect(order('<h3>确认订单信息</h3>')).toBeNull();
    expect(order('<h2>确认订单信息</h2>')).toBeNull();
    // With no heading between, or a lower one, the tags are in the 支付方式 section, and read as its options.
    expect(order('')).not.toBeNull();
    expect(order('<h4>确认订单信息</h4>')).not.toBeNull();
  });

  it('keeps a sub-heading inside the 支付方式 section', () => {
    const doc = page(`<h3>支付方式</h3><div id="step"><h4>推荐</h4>
      <ul><li><label><input type="radio" name="p"> 先用后付</label></li>
      <li><label><input type="radio" name="p"> 支付宝</label></li></ul>
      <h4>分期</h4><ul><li><label><input type="radio" name="p"> 花呗</label></li></ul></div>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options.map(({ program }) => program)).toEqual([
      'alipay-paylater',
      'alipay-huabei',
    ]);
  });

  it.each(['猜你喜欢 · 先用后付专区', '猜你喜欢 · 先用后付<span>专区</span>'])(
    'takes "%s" for the heading of a recommendation, under which nothing is a way to pay',
    (heading) => {
      const doc = page(`<div class="order">${WAYS}<div><h3>${heading}</h3><ul>
        <li>兰蔻 精华 ¥1,080 <span class="tag">花呗免息</span></li><li>眼霜 ¥620 <span class="tag">先享后付</span></li>
        </ul></div></div>`);
      expect(readCheckout(doc, VOCABULARY)).toBeNull();
    },
  );

  it.each([
    [
      'a sibling after the row',
      '<div class="row" role="option">花呗</div><div class="note">花呗额度不足，请选择其他支付方式</div>',
    ],
    [
      'a sibling in the row’s wrapper',
      '<div><div class="row" role="option">花呗</div><div class="note">花呗额度不足</div></div>',
    ],
  ])('reads a note that names the option again, as %s, as the option’s', (_where, option) => {
    const doc = page(`<div>${option}<div class="row" role="option">支付宝</div>
      <div class="row" role="option">银行卡</div></div>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({
        program: 'alipay-huabei',
        state: 'unavailable',
        reason: expect.stringContaining('额度不足'),
      }),
    ]);
  });

  it('takes no heading from the last words of a clause split by markup', () => {
    const doc = page(`<div><div class="row" role="option">先用后付</div><div class="row" role="option">花呗</div>
      <div class="note">花呗额度不足，请选择其他<span>支付方式</span></div>
      <div class="row" role="option">支付宝</div></div>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-paylater', state: 'selectable' }),
      expect.objectContaining({ program: 'alipay-huabei', state: 'unavailable' }),
    ]);
  });
});

describe('groups, notes and rows that other options own', () => {
  const states = (doc: Document, vocabulary: CheckoutVocabulary = VOCABULARY) =>
    Object.fromEntries(
      (readCheckout(doc, vocabulary)?.signals.options ?? []).map(({ program, state }) => [program, state]),
    );

  it('reads a fieldset named by its legend as one option, and the groups under the heading’s sub-headings', () => {
    const doc = page(`<form><h3>支付方式</h3>
      <fieldset disabled><legend>花呗分期</legend>
        <label><input type="radio" name="c"> 3期 ￥43.65/期</label><label><input type="radio" name="c"> 6期 ￥22.29/期</label></fieldset>
      <fieldset><legend>付款渠道</legend><label><input type="radio" name="c" checked> 支付宝（余额 / 银行卡）</label></fieldset>
      <div><span role="checkbox" aria-checked="true" aria-labelledby="later"></span><span id="later">先用后付</span>
        <span>确认收货后再付款</span></div></form>`);
    expect(states(doc)).toEqual({ 'alipay-huabei': 'unavailable', 'alipay-paylater': 'selectable' });
  });

  it('keeps an option’s own terms (a plan’s <dt>Total of payments</dt>) inside the step, not heading a new one', () => {
    const doc = page(`<h2>Payment method</h2><div class="methods">
      <div class="method"><input type="radio" name="p" id="a" checked><label for="a">Affirm</label>
        <div class="content"><div><div><dl><dt>Total of payments</dt><dd>$1,476.24</dd><dt>First payment due</dt><dd>Mar 24</dd></dl></div></div></div></div>
      <div class="method"><input type="radio" name="p" id="s" disabled><label for="s">Sezzle</label></div></div>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ affirm: 'selectable', sezzle: 'unavailable' });
  });

  it('reads a program named in brackets after another name as that option’s gloss, and a deposit’s choices as none', () => {
    const doc = page(`<section><h3>押金方式 <small>租车押金 ¥3,000</small></h3>
      <div role="radio" aria-checked="true">微信支付分免押</div><div role="radio" aria-checked="false">到店刷卡预授权</div></section>
      <section><h3>支付方式</h3>
      <label><input type="radio" name="c" checked> 支付宝</label>
      <label><input type="radio" name="c" disabled> 企业月结（先用后付）</label>
      <label><input type="radio" name="c"> 花呗分期</label></section>`);
    expect(states(doc)).toEqual({ 'alipay-huabei': 'selectable' });
  });

  it('leaves a note beside an option to the option that names it as its description', () => {
    const doc = page(`<h3>付款方式</h3><div role="radiogroup">
      <div role="radio" aria-checked="false" aria-disabled="true" aria-describedby="tip">先用后付</div>
      <div role="radio" aria-checked="true">花呗</div><span id="tip" role="tooltip">暂不支持</span>
      <div role="radio" aria-checked="false">余额宝</div></div>`);
    expect(states(doc)).toEqual({ 'alipay-paylater': 'unavailable', 'alipay-huabei': 'selectable' });
  });

  it('leaves a note that names another way to pay to that way', () => {
    const doc = page(`<h2>Payment method</h2><div role="radiogroup">
      <div class="item"><input type="radio" name="p" id="s" disabled><label for="s">Sezzle</label></div>
      <div class="item"><input type="radio" name="p" id="a" checked><label for="a">Affirm</label></div>
      <p class="note">Sezzle is not available for orders over $300</p>
      <div class="item"><input type="radio" name="p" id="c"><label for="c">Credit card</label></div></div>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ sezzle: 'unavailable', affirm: 'selectable' });
  });

  // Klarna's markets beyond the first: a step whose only sign that Klarna cannot be chosen is its note.
  it.each([
    ['es', 'Forma de pago', 'Tarjeta', 'No disponible para este pedido', 'Total a pagar', '89,90 €', 8990, 'EUR'],
    [
      'it',
      'Metodo di pagamento',
      'Bonifico',
      'Non disponibile per questo ordine',
      'Totale ordine',
      '320,00 €',
      32000,
      'EUR',
    ],
    ['nl', 'Betaalmethode', 'iDEAL', 'Niet beschikbaar voor dit bedrag', 'Totaal', '€ 1.349,95', 134995, 'EUR'],
    [
      'pt',
      'Forma de pagamento',
      'MB WAY',
      'Indisponível para esta encomenda',
      'Total a pagar',
      '149,90 €',
      14990,
      'EUR',
    ],
    [
      'cs',
      'Způsob platby',
      'Dobírka',
      'Není k dispozici pro tuto objednávku',
      'Celkem k úhradě',
      '2 490 Kč',
      249000,
      'CZK',
    ],
    [
      'sk',
      'Spôsob platby',
      'Platba kartou',
      'Nie je dostupné pre túto objednávku',
      'Celkom k úhrade',
      '89,90 €',
      8990,
      'EUR',
    ],
    [
      'hu',
      'Fizetési mód',
      'Utánvét',
      'Nem elérhető ennél a rendelésnél',
      'Fizetendő végösszeg',
      '12 990 Ft',
      1299000,
      'HUF',
    ],
    [
      'ro',
      'Metoda de plată',
      'Ramburs',
      'Indisponibil pentru această comandă',
      'Total de plată',
      '349,99 lei',
      34999,
      'RON',
    ],
    ['el', 'Τρόπος πληρωμής', 'Visa', 'Μη διαθέσιμο για αυτή την παραγγελία', 'Σύνολο', '89,90 €', 8990, 'EUR'],
  ])(
    'reads a checkout in %s (%s, a method %s, Klarna’s note “%s”, %s)',
    (_lang, heading, method, note, label, price, total, currency) => {
      const doc = page(`<h2>${heading}</h2><ul class="methods">
      <li><label><input type="radio" name="p" checked> ${method}</label></li>
      <li class="is-muted"><label><input type="radio" name="p"> Klarna</label><small>${note}</small></li>
      <li><label><input type="radio" name="p"> PayPal</label></li></ul>
      <table><tr><th>${label}</th><td>${price}</td></tr></table>`);
      expect(states(doc, VOCABULARY_EN)).toEqual({ klarna: 'unavailable' });
      expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total, currency });
    },
  );

  it.each([
    'Kurze Umfrage: Welche Zahlungsart würdest du dir bei uns zusätzlich wünschen?',
    'Which way to pay would you like us to add?',
  ])('takes a survey beside the step (“%s”) for no payment step', (question) => {
    const doc = page(`<fieldset><legend>${question}</legend>
        <label><input type="radio" name="survey"> Apple Pay</label>
        <label><input type="radio" name="survey"> PayPal Später Bezahlen</label></fieldset>
      <ul class="wc_payment_methods">
        <li><input type="radio" name="payment_method" id="k" checked><label for="k">Klarna Pay later.</label></li>
        <li><input type="radio" name="payment_method" id="c"><label for="c">Kreditkarte</label></li></ul>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ klarna: 'selectable' });
  });

  // BigCommerce draws PayPal's "Pay Later" with its logo's text and its name both "Pay Later".
  it('takes a wallet’s plan named alone by its option, the wallet named in the option’s message, for that plan', () => {
    const item = (id: string, name: string, body = '') =>
      `<li class="form-checklist-item"><div class="form-checklist-header"><input type="radio" name="pm" id="${id}">
        <label for="${id}"><img alt="${name}" src="${id}.svg"><div class="paymentProviderHeader-name">${name}</div></label></div>
        <div class="form-checklist-body">${body}</div></li>`;
    const doc = page(`<section class="checkout-step--payment"><h2>Payment</h2><ul class="form-checklist">
      ${item('card', 'Credit Card')}${item('paypal', 'PayPal')}
      ${item('credit', 'Pay Later', '<div data-pp-message>Pay in 4 interest-free payments of $56.02 with PayPal. Learn more</div>')}
      ${item('later', 'Pay later', '<p>Pay in 30 days. No interest.</p>')}</ul></section>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ 'paypal-pay-in-4': 'selectable' });
  });

  // Adyen's Drop-in names its options in sentences with their full stops: "Pay later with Klarna."
  it('takes a control’s own label that ends in a full stop for its option’s name', () => {
    const doc = page(`<h2>Payment</h2><ul role="radiogroup" aria-label="Payment methods list">
      <li><button role="radio" aria-checked="true" type="button"><span>iDEAL</span></button></li>
      <li><button role="radio" aria-checked="false" type="button"><img alt="" src="k.svg">
        <span class="adyen-checkout__payment-method__name">Pay later with Klarna.</span></button></li></ul>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ klarna: 'selectable' });
    // Its plans by their count too: "Pay in 4 with Klarna", "Pay in 30 days with Klarna".
    for (const name of ['Pay in 4 with Klarna', 'Pay in 30 days with Klarna'])
      expect(states(page(doc.body.innerHTML.replace('Pay later with Klarna.', name)), VOCABULARY_EN), name).toEqual({
        klarna: 'selectable',
      });
    // A sentence is still a sentence: an amount in it makes it a message.
    const message = page(`<h2>Payment</h2><ul role="radiogroup">
      <li><button role="radio" aria-checked="true" type="button">Card</button></li>
      <li><button role="radio" aria-checked="false" type="button">PayPal</button></li></ul>
      <p>Pay in 3 payments of €8.30 with Klarna.</p>`);
    expect(states(message, VOCABULARY_EN)).toEqual({});
  });

  // Klarna's plugins say why in the amount's terms: OXID's "Der Bestellwert ist zu hoch.".
  it.each([
    'Der Bestellwert ist zu hoch.',
    'Der Bestellwert ist zu niedrig.',
    'Rechnungskauf ist für diese Bestellung nicht möglich',
    'Le montant de la commande est trop élevé.',
    'Het orderbedrag is te hoog.',
    'The order amount is too high.',
  ])('reads Klarna unavailable by a note beside it: “%s”', (note) => {
    const doc = page(`<form><h3>Zahlungsart</h3><div class="well"><dl><dt>
        <input type="radio" name="paymentid" id="cc" checked><label for="cc"><b>Kreditkarte</b></label></dt></dl></div>
      <div class="well"><dl><dt><input type="radio" name="paymentid" id="kp"><label for="kp"><b>Klarna Rechnung</b></label></dt><dt>Erst kaufen, dann bezahlen</dt>
        <dt><div class="kp-method alert alert-info">${note}</div></dt></dl></div></form>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ klarna: 'unavailable' });
  });

  // uni-app draws its radios as elements of its own, their state in classes: <uni-radio disabled>.
  it('reads uni-app’s radios: a disabled <uni-radio> makes its option unavailable', () => {
    const doc = page(`<uni-view class="card"><uni-view class="card-title">支付方式</uni-view><uni-radio-group>
      <uni-label class="pay-item"><uni-view>支付宝</uni-view>
        <uni-radio><div class="uni-radio-wrapper"><div class="uni-radio-input uni-radio-input-checked"></div></div></uni-radio></uni-label>
      <uni-label class="pay-item"><uni-view>花呗分期</uni-view>
        <uni-radio disabled="true"><div class="uni-radio-wrapper"><div class="uni-radio-input"></div></div></uni-radio></uni-label>
      </uni-radio-group></uni-view>`);
    expect(states(doc)).toEqual({ 'alipay-huabei': 'unavailable' });
  });

  // "3" + ". Payment Method", "3. Pay" + "ment Method", "3. Payment Me" + "thod", and the number in a span.
  it.each([1, 6, 13, -1])('reads a step’s heading written in two pieces (split at %i)', (at) => {
    const doc = styledDocument(
      readFileSync(`${FIXTURES_DIR}corpus/web/aspnet-webforms-us-affirm-radiobuttonlist.html`, 'utf8'),
    );
    const heading = [...doc.querySelectorAll('.boxhead')].find((box) => box.textContent === '3. Payment Method');
    const text = heading?.firstChild as Text;
    if (at > 0) {
      text.after(doc.createTextNode(text.data.slice(at)));
      text.data = text.data.slice(0, at);
    } else heading?.replaceChildren(Object.assign(doc.createElement('span'), { textContent: '3.' }), ' Payment Method');
    const read = web.read(doc, new URL('https://www.harborpointmarine.com/Checkout.aspx'));
    // Unread, the promo's Affirm logo above joined the step, which then took in the address form.
    expect(read?.paymentStep.className).toBe('boxbody');
    expect(read?.signals.options.map(({ program }) => program)).toEqual(['affirm']);
  });

  it('takes a Klarna option that only pays at once (Sofort, Lastschrift) for no pay-later program', () => {
    const step = (options: string) =>
      page(`<h2>Zahlungsart</h2><div role="radiogroup">
        <label><input type="radio" name="p" checked> Vorkasse</label>${options}</div><p>Gesamt 349,00 €</p>`);
    const invoice = '<label><input type="radio" name="p" disabled> Klarna – Rechnung</label>';
    const now = '<label><input type="radio" name="p"> Klarna – Sofort bezahlen</label>';
    expect(states(step(invoice + now), VOCABULARY_EN)).toEqual({ klarna: 'unavailable' });
    expect(
      states(step('<label><input type="radio" name="p"> Klarna - Sofort oder später bezahlen</label>'), VOCABULARY_EN),
    ).toEqual({
      klarna: 'selectable',
    });
    // Named by its logo, the line beside it says what it is.
    const logo = '<label><input type="radio" name="p"> <img alt="Klarna" src="k.svg"> Lastschrift</label>';
    expect(readCheckout(step(logo), VOCABULARY_EN)).toBeNull();
  });

  it('reads PayPal’s plan in its panel drawn apart from its tile (aria-controls, a region named PayPal)', () => {
    const step = (panel: string, hidden = '') =>
      page(`<h2>Payment</h2><div role="radiogroup">
        <button role="radio" aria-checked="false">Credit card</button>
        <button role="radio" aria-checked="true" aria-controls="pp">PayPal</button>
        <button role="radio" aria-checked="false">Afterpay</button></div>
        <div ${panel} ${hidden}><p>You'll be taken to PayPal.</p><div role="link">Pay Later</div></div>`);
    expect(states(step('id="pp"'), VOCABULARY_EN)).toEqual({ 'paypal-pay-in-4': 'selectable', afterpay: 'selectable' });
    expect(states(step('role="region" aria-label="PayPal"'), VOCABULARY_EN)).toEqual({
      'paypal-pay-in-4': 'selectable',
      afterpay: 'selectable',
    });
    // Closed, as when another tile is chosen: nothing of it is shown.
    expect(states(step('id="pp"', 'hidden'), VOCABULARY_EN)).toEqual({ afterpay: 'selectable' });
    expect(states(step('role="region" aria-label="Klarna"'), VOCABULARY_EN)).toEqual({ afterpay: 'selectable' });
  });

  it('takes a row drawn as the options are (淘金币 … 本单不可用) for a line of the list, not a note of the option above', () => {
    const doc = page(`<section><div class="pay-hd">付款方式</div>
      <div class="payRow"><label><input type="checkbox" checked> 先用后付 确认收货后再付款</label></div>
      <div class="payRow"><img alt="花呗" src="h.png"><label for="s">花呗分期</label>
        <select id="s"><option selected>不分期</option><option>3期 ¥159.59×3期</option></select></div>
      <div class="payRow"><span>淘金币：</span><span>可用 120 淘金币抵扣 ¥1.20（本单不可用）</span></div></section>`);
    expect(states(doc)).toEqual({ 'alipay-paylater': 'selectable', 'alipay-huabei': 'selectable' });
  });

  it('takes a plan’s line with its amount ("4 interest-free payments of $78.00") for no heading', () => {
    const doc = page(`<h2>Payment</h2><pay-method-list>
      <pay-method><pay-method-title>Credit or debit card</pay-method-title></pay-method>
      <pay-method selected><pay-method-title><img alt="Afterpay" src="a.svg"></pay-method-title>
        <pay-method-caption>4 interest-free payments of $78.00</pay-method-caption></pay-method>
      <pay-method disabled><pay-method-title><svg role="img"><title>Affirm</title><text>affirm</text></svg> Monthly payments</pay-method-title>
        <pay-method-caption>Affirm is available on orders over $350</pay-method-caption></pay-method></pay-method-list>`);
    expect(states(doc, VOCABULARY_EN)).toEqual({ afterpay: 'selectable', affirm: 'unavailable' });
  });

  it('takes a survey of how the shopper heard of the shop for no payment step', () => {
    const doc = page(`<h2>Payment</h2><div class="loading">Loading payment methods…</div>
      <fieldset><legend>Quick question: how did you first hear about Northbay Audio?</legend>
      <label><input type="radio" name="h"> Klarna app</label><label><input type="radio" name="h"> Afterpay shop directory</label>
      <label><input type="radio" name="h"> A friend</label></fieldset>`);
    expect(readCheckout(doc, VOCABULARY_EN)).toBeNull();
  });

  it('takes an address form’s "ZIP:" for no program, and Zip for Zip', () => {
    const names = programWords(VOCABULARY_EN);
    for (const label of ['ZIP:', 'Zip:', 'ZIP Code', 'Zip/Postal code', 'ZIP+4'])
      expect(names.test(label), label).toBe(false);
    for (const name of ['Zip', 'Zip – Pay in 4', 'zip', 'Pay with Zip']) expect(names.test(name), name).toBe(true);
  });

  it('takes AfterPay on a checkout in euros or crowns for Riverty’s invoice, not Afterpay', () => {
    const step = (total: string, afterpay: string) =>
      page(`<h2>Betaalmethode</h2><div role="radiogroup">
        <label><input type="radio" name="p" checked> iDEAL</label>
        <label><input type="radio" name="p"> Klarna – Betaal binnen 30 dagen</label>
        <label><input type="radio" name="p"> ${afterpay}</label></div><p>Totaal ${total}</p>`);
    expect(states(step('€ 149,95', 'AfterPay – Achteraf betalen'), VOCABULARY_EN)).toEqual({ klarna: 'selectable' });
    expect(states(step('DKK 899,95', 'AfterPay – Faktura'), VOCABULARY_EN)).toEqual({ klarna: 'selectable' });
    expect(states(step('£149.95', 'Clearpay – 4 payments of £37.49'), VOCABULARY_EN)).toEqual({
      klarna: 'selectable',
      afterpay: 'selectable',
    });
    // Riverty's alone offers none of our programs: no panel.
    const riverty = page(`<h2>Betaalmethode</h2><div role="radiogroup">
      <label><input type="radio" name="p" checked> iDEAL</label>
      <label><input type="radio" name="p"> AfterPay – Achteraf betalen</label></div><p>Totaal € 149,95</p>`);
    expect(readCheckout(riverty, VOCABULARY_EN)).toBeNull();
  });

  it('limits Afterpay’s name to the currencies of Afterpay’s markets', () => {
    const named = VOCABULARY_EN.programs.find(({ program }) => program === 'afterpay');
    expect([...(named?.currencies ?? [])].sort()).toEqual(
      [...new Set((afterpay.markets ?? []).map(({ currency }) => currency))].sort(),
    );
  });

  it('reads a total whose row writes the amount before its label', () => {
    const doc = page(`<h2>Payment</h2><div role="radiogroup"><label><input type="radio" name="p" checked> Card</label>
      <label><input type="radio" name="p"> Affirm</label></div>
      <fieldset><legend>Your Total</legend>
        <div><div class="amount">$446.25</div><div>Sub-Total:</div></div>
        <div><div class="amount">$39.95</div><div>Shipping:</div></div>
        <div><div class="amount">$486.20</div><div>Total:</div></div></fieldset>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals.total).toBe(48620);
  });
});

describe('logos, pending checks and grey notes', () => {
  it('reads a logo beside the slogan "Buy Now, Pay Later" as the option’s name, and not after a clause', () => {
    const options = (label: string) =>
      readCheckout(
        page(`<h2>Payment options</h2><div role="radiogroup">
          <label><input type="radio" name="m" checked> Credit card</label>
          <label><input type="radio" name="m"> <span>${label}</span> <img alt="Sezzle" src="s.svg"></label></div>`),
        VOCABULARY_EN,
      )?.signals.options.map((option) => option.program);
    expect(options('Buy Now, Pay Later')).toEqual(['sezzle']);
    expect(options('Jetzt kaufen, später bezahlen')).toEqual(['sezzle']);
    expect(options('Card declined, try')).toBeUndefined();
  });

  it('reads a logo’s lettering drawn in an SVG hidden from screen readers, and nothing in a panel hidden from both', () => {
    // BigCommerce's checkout-js: Affirm named by its logo and in a sentence ("Pay over time with Affirm").
    const item = (id: string, header: string, body = '') =>
      `<li class="item"><div class="header"><div class="field"><input id="${id}" type="radio" name="provider">
        <label for="${id}"><div class="container"><div class="name-container">${header}</div></div></label></div></div>${body}</li>`;
    const options = (panel: string) =>
      readCheckout(
        page(`<h2>Payment</h2><fieldset><legend class="sr-only">Payment Method</legend><ul class="checklist">
          ${item('cc', '<div role="heading" aria-level="6">Credit Card</div>', '<div class="body"><label for="n">Credit Card Number</label><input id="n"></div>')}
          ${item(
            'affirm',
            `<svg aria-hidden="true" viewBox="0 0 58 22"><path d="M30 6"/><text x="0" y="19">affirm</text></svg>
            <div role="heading" aria-level="6">Monthly Payments <span>Pay over time with Affirm (formerly PayBright). Rates from 0% APR.</span></div>`,
          )}
          ${item('pp', '<div role="heading" aria-level="6">PayPal</div>', `<div aria-hidden="true" class="body">${panel}</div>`)}
          </ul></fieldset><p>Total (CAD) $562.64</p>`),
        VOCABULARY_EN,
      )?.signals.options.map((option) => option.program);
    expect(options('')).toEqual(['affirm']);
    expect(options('<svg aria-hidden="true"><text>Pay Later</text></svg>')).toEqual(['affirm']);
  });

  const CARDS = `<h2>Payment</h2><div role="radiogroup">
    <label><input type="radio" name="m" checked> Credit card</label>
    <label><input type="radio" name="m"> <img alt="PayPal" src="p.svg"></label></div>`;

  it.each([
    '<p>or 4 interest-free payments of $12.50 with <img alt="Afterpay" src="a.svg"> ⓘ</p>',
    '<p>Split purchases with <span class="w"><img alt="Zip" src="z.svg"></span> or <img alt="Klarna" src="k.svg"> in store.</p>',
    '<p>Split purchases wit<span class="x">h </span><img alt="Zip" src="z.svg"> or <img alt="Klarna" src="k.svg">.</p>',
  ])('takes a logo in a sentence for a mention: %s', (sentence) => {
    expect(readCheckout(page(`<div class="order">${CARDS}${sentence}</div>`), VOCABULARY_EN)).toBeNull();
  });

  it('takes a "We accept" logo strip beside a payment step for talk about paying', () => {
    const strip =
      '<footer><ul><li><img alt="Visa"></li><li><img alt="Afterpay"></li><li><img alt="Affirm"></li></ul></footer>';
    expect(readCheckout(page(`<main>${CARDS}<h2>Questions?</h2>${strip}</main>`), VOCABULARY_EN)).toBeNull();
  });

  it.each([
    '<footer><strong>Maksutavat:</strong> <svg role="img"><title>Visa</title></svg><svg role="img"><title>Klarna</title></svg></footer>',
    '<footer><h4>Zahlungsarten</h4><ul><li>PayPal</li><li>Klarna Rechnung</li></ul></footer>',
  ])(
    'takes a footer’s own payment words over its badges for no step, while the step is still loading: %s',
    (footer) => {
      expect(readCheckout(page(`<main><h1>Checkout</h1><p>Loading…</p></main>${footer}`), VOCABULARY_EN)).toBeNull();
    },
  );

  it.each([
    '<div id="footer"><div class="logos"><img alt="支付宝" src="a.png"><img alt="花呗" src="h.png"><img alt="银联" src="u.png"></div></div>',
    '<div id="footer-2017"><ul><li><img alt="支付宝" src="a.png">支付宝</li><li><img alt="花呗" src="h.png">花呗</li></ul></div>',
    '<div class="site-footer"><ul><li>支付宝</li><li>花呗</li><li>银联</li></ul></div>',
  ])('takes the logos of a footer drawn in divs for the shop’s badges: %s', (footer) => {
    const confirm =
      '<h3>确认订单信息</h3><table><tr><td>空气炸锅</td><td>¥1,086.00</td></tr></table><p>实付款：¥1,086.00</p>';
    expect(readCheckout(page(`<div class="main">${confirm}</div>${footer}`), VOCABULARY)).toBeNull();
    // The same list under 支付方式, outside the footer, is a payment step.
    const step = footer.replace(/ (?:id|class)="[^"]*footer[^"]*"/, '');
    expect(readCheckout(page(`<div class="main">${confirm}<h3>支付方式</h3>${step}</div>`), VOCABULARY)).not.toBeNull();
  });

  it('reads a Norwegian step: Klarna still being checked, the total "Totalt kr 2.347,-" above its VAT', () => {
    const doc = page(`<main><h2>Betaling</h2><div role="radiogroup">
      <div role="radio" aria-checked="true" tabindex="0">Kort</div>
      <div role="radio" aria-checked="false" aria-busy="true">Klarna <span>Betal senere eller del opp</span>
        <span role="status">Sjekker om Klarna kan tilbys for denne bestillingen …</span></div></div>
      <div role="list"><div role="listitem"><span>Delsum</span><span>kr 2.298,-</span></div>
        <div role="listitem"><span>Totalt</span><span>kr 2.347,-</span></div>
        <div role="listitem">Herav mva. kr 469,40</div></div></main>`);
    expect(web.read(doc, new URL('https://www.fjellsport-nord.no/kasse'))?.signals).toMatchObject({
      total: 234700,
      currency: 'NOK',
      options: [expect.objectContaining({ program: 'klarna', state: 'unknown' })],
    });
  });

  it.each([
    'Vérification de votre admissibilité à Klarna…',
    'Prüfung Ihrer Berechtigung...',
    'Comprobando tu elegibilidad…',
    'Verifica dell’idoneità in corso…',
    'Sprawdzanie dostępności…',
    'Wir prüfen gerade, ob diese Zahlungsart für Ihre Bestellung angeboten werden kann …',
    'We’re checking whether this way to pay can be offered for your order',
  ])('reads a disabled option whose note says it is still being checked (“%s”) as unknown', (note) => {
    const doc = page(`<form><h2>Paiement</h2><div class="payment-method">
      <input type="radio" name="m" id="cc" checked><label for="cc">Carte de crédit</label></div>
      <div class="payment-method" aria-busy="true"><input type="radio" name="m" id="k" disabled aria-describedby="ks">
      <label for="k"><img alt="Klarna" src="k.svg"> <span>Payez en 4 versements</span></label>
      <span id="ks" role="status">${note}</span></div></form>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals.options).toEqual([
      expect.objectContaining({ program: 'klarna', state: 'unknown' }),
    ]);
  });

  it('reads a logo that names a control’s option, a note beside it in the same label notwithstanding', () => {
    const doc = page(`<h2>Payment</h2><div>
      <label><input type="radio" name="m" checked> Credit card</label>
      <label><input type="radio" name="m" disabled><span class="n">Afterpay <span class="why"><img alt="Afterpay"> is
        unavailable for orders over $2,000</span></span><img alt="Afterpay" src="a.svg"></label>
      <label><input type="radio" name="m"> Pay later with <img alt="Klarna" src="k.svg"></label></div>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals.options).toEqual([
      expect.objectContaining({ program: 'afterpay', state: 'unavailable' }),
      expect.objectContaining({ program: 'klarna', state: 'selectable' }),
    ]);
  });

  it.each([
    [
      '<li><label><input type="radio" name="p" disabled> 先用后付</label><p>正在评估您的先用后付资格…</p></li>',
      VOCABULARY,
    ],
    ['<li aria-disabled="true">先用后付 <em>查询中</em></li>', VOCABULARY],
    ['<li aria-disabled="true">先用后付 · 芝麻先享 <em>正在校验订购人实名信息与可用额度…</em></li>', VOCABULARY],
  ])('reads an option held disabled while the page is still checking as unknown: %s', (item, vocabulary) => {
    const [option] =
      readCheckout(
        page(`<h3>支付方式</h3><ul>${item}<li><label><input type="radio" name="p"> 支付宝</label></li></ul>`),
        vocabulary,
      )?.signals.options ?? [];
    expect(option).toMatchObject({ program: 'alipay-paylater', state: 'unknown' });
  });

  it.each([
    ['Een moment geduld… we controleren of je achteraf kunt betalen.', 'unknown'],
    ['Verfügbarkeit wird geprüft', 'unknown'],
    ['Vérification de votre éligibilité en cours', 'unknown'],
    ['Vi kontrollerar om du kan delbetala', 'unknown'],
    ['Please wait while we check your eligibility', 'unknown'],
    // Not while it is still finding out: a fact about checking.
    ["Checking eligibility won't affect your credit score.", 'selectable'],
  ])(
    'reads a Western option whose note says the page is still checking as unknown, a fact about checking not: %s → %s',
    (note, state) => {
      const [option] =
        readCheckout(
          page(`<h3>Payment</h3><div>
          <div class="m"><label><input type="radio" name="p"> Credit card</label></div>
          <div class="m"><label><input type="radio" name="p"> Klarna</label><div role="status">${note}</div></div></div>`),
          VOCABULARY_EN,
        )?.signals.options ?? [];
      expect(option).toMatchObject({ program: 'klarna', state });
    },
  );

  it.each([
    'Pay in 4',
    'Payer en 4 fois sans frais',
    'Payer en 3 fois',
    'Paga in 3 rate senza interessi',
    'Paga en 3 plazos',
    'Betaal in 3 termijnen',
  ])('reads PayPal’s plan named in a European language inside PayPal’s option: %s', (plan) => {
    const options = readCheckout(
      page(`<h3>Paiement</h3><ul>
        <li><label><input type="radio" name="p" checked> Carte bancaire</label></li>
        <li><label><input type="radio" name="p"> PayPal</label><div class="box">${plan}</div></li></ul>`),
      VOCABULARY_EN,
    )?.signals.options;
    expect(options?.map(({ program }) => program)).toEqual(['paypal-pay-in-4']);
  });

  it('reads a payment step drawn as a <select>: its options are picked there, a disabled one or group is unavailable', () => {
    const options = readCheckout(
      page(`<h2>Payment</h2><fieldset><legend>Payment method</legend>
        <label for="m">How would you like to pay?</label>
        <select id="m"><option selected>Credit / Debit Card</option><option>Afterpay – 4 payments of $25.00</option>
          <option disabled>Zip – not available for this order</option>
          <optgroup label="Pay later" disabled><option>Sezzle</option></optgroup></select>
        <div><label for="cc">Credit Card Number</label><input id="cc" type="tel"></div></fieldset>`),
      VOCABULARY_EN,
    )?.signals.options;
    expect(options?.map(({ program, state }) => [program, state])).toEqual([
      ['afterpay', 'selectable'],
      ['zip', 'unavailable'],
      ['sezzle', 'unavailable'],
    ]);
  });

  it('greys an option by a grey class over its name, not by a grey note beside it', () => {
    const rows = (name: string, note: string) =>
      page(`<div><div class="row"><span>支付宝</span></div>
        <div class="row"><span>${name}</span><div class="gray">${note}</div></div></div>`);
    expect(readCheckout(rows('花呗', '可用额度 ¥6,800.00'), VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
    ]);
    expect(
      readCheckout(rows('<span class="gray">花呗</span>', '可用额度 ¥6,800.00'), VOCABULARY)?.signals.options,
    ).toEqual([expect.objectContaining({ program: 'alipay-huabei', state: 'unavailable' })]);
  });
});

describe('a sheet open over the order page', () => {
  const order = (sheet: string) =>
    page(`<div class="card"><div>支付方式</div><div role="radiogroup">
      <div role="radio" aria-checked="true">支付宝</div><div role="radio" aria-checked="false">花呗分期 <span>3期免息</span></div></div></div>
      <div class="row">店铺合计 <b>¥1289.00</b></div><div class="bar"><span>合计：</span><span>¥1,286.50</span><button>提交订单</button></div>
      ${sheet}`);
  const sheet = `<section role="dialog" aria-modal="true"><div>选择付款方式</div><div role="radiogroup">
      <div role="radio" aria-checked="true">花呗 <span>下月10日还</span></div>
      <div role="radio" aria-checked="false" aria-disabled="true">先用后付 <span>该订单暂不支持先用后付</span></div></div></section>`;
  const read = (doc: Document) => readCheckout(doc, VOCABULARY)?.signals;

  it('reads the ways to pay in the open sheet, where the shopper picks, and the page’s own list once it is gone', () => {
    expect(read(order(sheet))?.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
      expect.objectContaining({ program: 'alipay-paylater', state: 'unavailable' }),
    ]);
    expect(read(order(sheet.replace('<section', '<section hidden')))?.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
    ]);
  });

  it('takes the order’s 合计 over one shop’s (店铺合计), and a shop’s where it is the only sum', () => {
    expect(read(order(''))?.total).toBe(128650);
    const oneShop = order('');
    oneShop.querySelector('.bar')?.remove();
    expect(read(oneShop)?.total).toBe(128900);
  });
});

describe('accessible names and titles with asides', () => {
  it('reads the page behind an open modal, which the modal hides from screen readers alone', () => {
    const doc = page(`<div id="root" aria-hidden="true"><div>确认订单</div>
        <div class="bar">合计：<b>¥2,399.00</b><span role="button">提交订单</span></div></div>
        <div role="dialog" aria-modal="true"><div>选择付款方式</div><div role="radiogroup">
          <div role="radio" aria-checked="true">花呗分期 <span>¥799.67 × 3期</span></div>
          <div role="radio" aria-checked="false">支付宝余额</div>
          <div role="radio" aria-checked="false" aria-disabled="true">先用后付 <span>额度不足，暂不可用</span></div>
          <div role="radio" aria-checked="false">银行卡 <span aria-hidden="true">先享后付</span></div></div></div>`);
    const read = readCheckout(doc, VOCABULARY);
    expect(read?.signals.total).toBe(239900);
    expect(read?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
      expect.objectContaining({ program: 'alipay-paylater', state: 'unavailable' }),
    ]);
    // Once the modal is gone, what is hidden from screen readers counts for nothing.
    doc.querySelector('[role=dialog]')?.setAttribute('aria-modal', 'false');
    expect(readCheckout(doc, VOCABULARY)?.signals.total).toBeUndefined();
  });

  it('names a control by its own aria-label when what it draws is an icon and a slogan', () => {
    const doc = page(`<div>选择付款方式</div><ul role="radiogroup" aria-label="付款方式">
      <li role="radio" aria-checked="true"><img alt="花呗" src="h.png"><span>先消费，下月再还</span></li>
      <li role="radio" aria-checked="false"><img alt="支付宝" src="a.png"><span>余额随心付</span></li>
      <li role="radio" aria-checked="false" aria-disabled="true" aria-label="先用后付 本单暂不可用">
        <span class="icon"></span><span>先拿货，满意再付款</span></li></ul>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
      expect.objectContaining({ program: 'alipay-paylater', state: 'unavailable' }),
    ]);
  });

  it('reads a page that names its only program in a control’s aria-label', () => {
    const doc = page(`<h3>支付方式</h3><div role="radiogroup">
      <div role="radio" aria-checked="true"><i class="icon-alipay"></i>支付宝</div>
      <div role="radio" aria-checked="false" aria-label="先用后付"><i class="icon-later"></i>先拿货，满意再付款</div></div>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-paylater', state: 'selectable' }),
    ]);
  });

  it('reads a control named both by its text and its aria-label once', () => {
    const doc = page(`<h3>支付方式</h3><ul role="radiogroup">
      <li role="radio" aria-checked="true" aria-label="花呗">花呗 <small>可用额度 ¥6,800</small></li>
      <li role="radio" aria-checked="false" aria-label="支付宝">支付宝</li></ul>`);
    expect(readCheckout(doc, VOCABULARY)?.signals.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
    ]);
  });

  it('takes a title with an aside floated to its right for a heading, which ends the 支付方式 section', () => {
    const order = (aside: string) =>
      readCheckout(
        styledDocument(`<!doctype html><html><head><style>.fr{float:right}</style></head><body><div class="steps">
          <div class="tit">支付方式</div>
          <div><div class="item sel">支付宝</div><div class="item">银行卡</div></div>
          <div class="tit">送货清单<span class="${aside}">配送方式：商家配送 顺丰速运</span></div>
          <div class="tags"><span class="tag">花呗分期</span><span class="tag">先用后付 0元下单</span></div>
        </div></body></html>`),
        VOCABULARY,
      );
    expect(order('fr')).toBeNull();
    // Written on in the same line, the aside is part of the title's text, which then heads nothing.
    expect(order('note')).not.toBeNull();
  });
});

describe('table headings and labelled currencies', () => {
  const statesIn = (doc: Document) =>
    Object.fromEntries(
      (readCheckout(doc, VOCABULARY_EN)?.signals.options ?? []).map(({ program, state }) => [program, state]),
    );
  const PAYMENT = `<div id="payment"><ul>
    <li><input type="radio" name="m" id="card"><label for="card">Credit card</label></li>
    <li><input type="radio" name="m" id="k" checked><label for="k">Pay in 3 <img alt="Klarna" src="k.svg"></label></li></ul></div>`;

  it('leaves logos with nothing to pick below the radios out of the payment step', () => {
    const doc = page(`<section><h2>Payment</h2><div role="radiogroup">
      <div><input type="radio" name="m" id="c" checked><label for="c">Credit card</label></div>
      <div><input type="radio" name="m" id="p"><label for="p">PayPal</label></div></div>
      <button type="submit">Pay now</button><div class="trust"><svg role="img" aria-label="Afterpay"></svg>
      <svg role="img" aria-label="Klarna"></svg></div></section>`);
    expect(readCheckout(doc, VOCABULARY_EN)).toBeNull();
  });

  it('lets a header cell head only its table: the payment list after it is under none of its words', () => {
    const doc = page(`<h3>Your order</h3><div id="order_review"><table><tfoot>
      <tr><th>Coupon: winter10</th><td>-£174.50</td></tr><tr><th>Total</th><td>£1,619.50</td></tr>
      </tfoot></table>${PAYMENT}</div>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals.options).toEqual([
      expect.objectContaining({ program: 'klarna', state: 'selectable' }),
    ]);
  });

  it('takes an order’s "Payment method: Klarna" line in its totals for no heading of the list after it', () => {
    // WooCommerce's pay-for-order page: the order's lines, then the ways to pay it now.
    const doc = page(`<h1>Pay for order</h1><form id="order_review"><table class="shop_table"><tfoot>
      <tr><th>Subtotal:</th><td>$1,238.00</td></tr><tr><th>Payment method:</th><td>Klarna</td></tr>
      <tr><th>Total:</th><td>$1,249.00</td></tr></tfoot></table>
      <div id="payment"><ul><li><input type="radio" name="m" id="c" checked><label for="c">Credit card</label></li>
      <li><input type="radio" name="m" id="a"><label for="a">Afterpay</label></li>
      <li><input type="radio" name="m" id="z" disabled><label for="z">Zip</label></li></ul></div></form>`);
    const signals = readCheckout(doc, VOCABULARY_EN)?.signals;
    expect(signals?.options.map(({ program, state }) => [program, state])).toEqual([
      ['afterpay', 'selectable'],
      ['zip', 'unavailable'],
    ]);
    expect(signals?.total).toBe(124900);
  });

  it('reads a plan named in its label’s lead, its wallet in the label’s description (Shopware’s PayPal “Später Bezahlen”)', () => {
    const doc = page(`<h2>Zahlungsart</h2><div class="payment-methods">
      <div class="payment-method"><input type="radio" name="p" id="c" checked><label for="c"><strong>Kreditkarte</strong></label></div>
      <div class="payment-method"><input type="radio" name="p" id="l"><label for="l"><svg aria-hidden="true"><text>PayPal</text></svg>
        <div class="payment-method-description"><strong>Später Bezahlen</strong><p>Jetzt kaufen und in 30 Tagen bezahlen oder in bequemen Raten. Ein Angebot von PayPal.</p></div></label></div></div>`);
    expect(statesIn(doc)).toEqual({ 'paypal-pay-in-4': 'selectable' });
  });

  it('reads a delivery “Afterpay-eligible” as no way to pay, and Klarna’s refusal in German as unavailable', () => {
    const doc = page(`<h2>Shipping method</h2><ul>
      <li><input type="radio" name="s" id="s1" checked><label for="s1">Standard</label></li>
      <li><input type="radio" name="s" id="s2"><label for="s2">Same-day courier</label><span>Afterpay-eligible delivery</span></li></ul>
      <h2>Zahlungsart</h2><div role="radiogroup"><div><input type="radio" name="p" id="c" checked><label for="c">Kreditkarte</label></div>
      <div><input type="radio" name="p" id="k"><label for="k">Rechnung mit Klarna</label>
      <div role="alert">Leider kann Klarna Ihnen „Rechnung“ für diese Bestellung nicht anbieten.</div></div>
      <div><input type="radio" name="p" id="z"><label for="z">Zip</label></div></div>`);
    expect(statesIn(doc)).toEqual({ klarna: 'unavailable', zip: 'selectable' });
  });

  it('reads Walmart’s “Pay over time” as Klarna’s where its option says so, else as Affirm’s', () => {
    const walmart = SITES.find(({ id }) => id === 'walmart');
    const checkout = (words: string) =>
      page(`<h2>Payment method</h2><div role="radiogroup"><label><input type="radio" name="p" checked> Visa ending in 4242</label>
        <label><input type="radio" name="p"> <span>${words}</span></label></div><p>Total $481.68</p>`);
    const programs = (words: string) =>
      walmart
        ?.read(checkout(words), new URL('https://www.walmart.com/checkout/review-order'))
        ?.signals.options.map(({ program }) => program);
    expect(programs('Pay over time with Klarna')).toEqual(['klarna']);
    expect(programs('Pay over time')).toEqual(['affirm']);
    expect(programs('Monthly payments with Affirm')).toEqual(['affirm']);
  });

  it('reads BigCommerce’s total from the phone summary’s drawer, where no label names it', () => {
    const doc = page(`<div class="cartDrawer optimizedCheckout-orderSummary" role="button"><div class="cartDrawer-body">
      <h3 class="cartDrawer-items">4 Items</h3><a>Show Details</a></div><div class="cartDrawer-actions">
      <h3 class="cartDrawer-total optimizedCheckout-headingPrimary">£529.00</h3></div></div>
      <h2>Payment</h2><ul class="form-checklist"><li><input type="radio" name="p" id="c" checked><label for="c">Card</label></li>
      <li><input type="radio" name="p" id="k"><label for="k">Klarna</label></li></ul>`);
    expect(bigcommerce.read(doc, new URL('https://www.oakandloom.co.uk/checkout'))?.signals).toMatchObject({
      total: 52900,
      currency: 'GBP',
    });
  });

  it('reads a FAQ’s questions about plans (What about PayPal Pay in 3?) as no ways to pay', () => {
    const doc = page(`<h2>Payment method</h2><div role="radiogroup">
      <div><input type="radio" name="m" id="c" checked><label for="c">Credit card</label></div>
      <div><input type="radio" name="m" id="p"><label for="p">PayPal</label></div></div>
      <h2>How would you like to pay later?</h2><div class="faq">
      <div><div role="tab" tabindex="0">Can I spread the cost with Klarna Pay in 3?</div><div role="tabpanel" hidden>In our showrooms.</div></div>
      <div><div role="tab" tabindex="0">What about PayPal Pay in 3?</div><div role="tabpanel" hidden>Choose PayPal above.</div></div></div>`);
    expect(readCheckout(doc, VOCABULARY_EN)).toBeNull();
  });

  it('reads the order total past a table whose column header says Total', () => {
    const doc = page(`<h2>Payment</h2>${PAYMENT}<table><thead><tr><td>Product</td><td>Total</td></tr></thead>
      <tbody><tr><td>Grainfather G40</td><td>$169.00</td></tr></tbody>
      <tfoot><tr><td><strong>Total:</strong></td><td>$232.30</td></tr></tfoot></table>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals.total).toBe(23230);
  });

  it('takes a provider named by one choice of another question for no way to pay', () => {
    const survey = (other: string) =>
      page(`<div id="survey">How did you hear about us?</div><div role="radiogroup" aria-labelledby="survey">
        <label><input type="radio" name="source" value="app"> Shopping app (Klarna, Afterpay)</label>
        ${other}</div><div>Payment method</div><div role="radiogroup">
        <label><input type="radio" name="pay" checked> Credit or debit card</label>
        <label><input type="radio" name="pay"> PayPal</label></div>`);
    expect(readCheckout(survey('<label><input type="radio" name="source"> Friend</label>'), VOCABULARY_EN)).toBeNull();
  });

  it('takes a label that ends in a full stop for a label (Gesamtsumme inkl. MwSt.)', () => {
    const german = page(`<h2>Zahlungsart</h2>${PAYMENT}<dl><dt>Gesamtsumme inkl. MwSt.</dt><dd>42,50 €</dd></dl>`);
    expect(readCheckout(german, VOCABULARY_EN)?.signals.total).toBe(4250);
  });

  it('reads a Dutch total under Subtotaal', () => {
    const doc = page(`<h2>Betaalwijze</h2>${PAYMENT}<dl><dt>Subtotaal</dt><dd>€ 3.408,95</dd>
      <dt>Totaal</dt><dd>€ 3.358,95</dd></dl>`);
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 335895, currency: 'EUR' });
  });

  it.each([
    ['Total (CAD)', 'CAD'],
    ['Total (USD)', 'USD'],
    ['Total', 'USD'],
  ])('reads a bare $ after the label "%s" as %s', (label, currency) => {
    const doc = page(
      `<h2>Payment</h2>${PAYMENT}<div class="total"><span><span>${label}</span></span><span>$394.36</span></div>`,
    );
    expect(readCheckout(doc, VOCABULARY_EN)?.signals).toMatchObject({ total: 39436, currency });
  });
});

describe('shops in their own countries', () => {
  const checkout = (lang: string, summary: string) =>
    parseHTML(`<!doctype html><html lang="${lang}"><body><main><h2>Betalning</h2><div role="radiogroup">
      <label><input type="radio" name="p" checked> Kort</label><label><input type="radio" name="p"> Klarna</label>
      </div><dl>${summary}</dl></main></body></html>`).document as unknown as Document;
  const read = (url: string, doc: Document) => web.read(doc, new URL(url))?.signals;

  it('reads a Swedish total in kronor, past its VAT line', () => {
    const doc = checkout(
      'sv-SE',
      '<dt>Delsumma</dt><dd>1 546,00 kr</dd><dt>Totalt</dt><dd>1 595,00 kr</dd><dt>varav moms 25 %</dt><dd>319,00 kr</dd>',
    );
    expect(read('https://www.nordicoutdoor.se/kassa', doc)).toMatchObject({ total: 159500, currency: 'SEK' });
  });

  it.each([
    [
      'cs-CZ',
      'https://www.kavovary-brno.cz/objednavka/krok-1/',
      '<dt>Zboží celkem</dt><dd>1 170 Kč</dd><dt>Doprava</dt><dd>79 Kč</dd><dt>Celkem za objednávku</dt><dd>1 249 Kč</dd>',
      124900,
      'CZK',
    ],
    [
      'pl-PL',
      'https://rowerowy-zakatek.pl/zamowienie/',
      '<dt>Kwota</dt><dd>1 179,99 zł</dd><dt>Łącznie</dt><dd>1 249,99 zł</dd>',
      124999,
      'PLN',
    ],
  ])(
    'reads a %s total past the goods’ own sum (Zboží celkem), and WooCommerce’s Polish "Łącznie"',
    (lang, url, summary, total, currency) => {
      expect(read(url, checkout(lang, summary))).toMatchObject({ total, currency });
    },
  );

  it.each([
    [
      'nb-NO',
      'https://www.nordlys-sport.no/checkout/',
      '<dt>Handlekurv subtotal</dt><dd>1 398,00 kr</dd><dt>Totalsum</dt><dd>1 497,- kr</dd><dt>Herav mva.</dt><dd>299,40 kr</dd>',
      149700,
      'NOK',
    ],
    [
      'da-DK',
      'https://www.nordisk-kaffe.dk/shop/order2.html',
      '<dt>Varer i alt</dt><dd>1.713,00 kr.</dd><dt>Fragt</dt><dd>39,00 kr.</dd><dt>I alt</dt><dd>1.752,00 kr.</dd>',
      175200,
      'DKK',
    ],
    [
      'fi-FI',
      'https://www.kotimaiset-kengat.fi/checkout/',
      '<dt>Tuotteet yhteensä</dt><dd>358,80 €</dd><dt>Toimitus</dt><dd>6,90 €</dd><dt>Yhteensä</dt><dd>365,70 €</dd>',
      36570,
      'EUR',
    ],
    [
      'de-DE',
      'https://www.packstation-shop.de/index.php?main_page=checkout_confirmation',
      '<dt>Warensumme</dt><dd>379,50 €</dd><dt>Summe:</dt><dd>386,40 €</dd><dt>Gutschein SUMMER10</dt><dd>-10,00 €</dd>',
      38640,
      'EUR',
    ],
    // PrestaShop 1.6's summary: each line a "total" of its own, then the order's.
    [
      'de-DE',
      'https://www.kaffeewerk.example/bestellung?step=3',
      '<dt>Summe Artikel (inkl. MwSt.)</dt><dd>1.223,90 €</dd><dt>Versandkosten gesamt (inkl. MwSt.)</dt><dd>26,00 €</dd><dt>Gesamt</dt><dd>1.249,90 €</dd>',
      124990,
      'EUR',
    ],
    [
      'en-GB',
      'https://www.saddlery.example/index.php?controller=order&step=3',
      '<dt>Total products</dt><dd>£1,199.00</dd><dt>Total shipping</dt><dd>£26.00</dd><dt>Total vouchers</dt><dd>£0.00</dd><dt>Total</dt><dd>£1,225.00</dd>',
      122500,
      'GBP',
    ],
  ])(
    'reads a %s total past the goods’ own sum (Varer i alt, Tuotteet yhteensä, Warensumme, Total products)',
    (lang, url, summary, total, currency) => {
      expect(read(url, checkout(lang, summary))).toMatchObject({ total, currency });
    },
  );

  it('reads kronor set apart from their amount by a space of their own, past the VAT it includes', () => {
    // WooCommerce's Danish total: the amount, a space, the currency's own span, then the tax in a <small>.
    const doc = checkout(
      'da-DK',
      '<dt>I alt</dt><dd><strong><bdi>1.249,00</bdi> <span class="currency">kr.</span></strong> <small>(inkluderer <span>249,80</span> <span>kr.</span> Moms)</small></dd>',
    );
    expect(read('https://nordlysliving.dk/kasse/', doc)).toMatchObject({ total: 124900, currency: 'DKK' });
  });

  it.each([
    ['$1,249<sup>99</sup>', 124999],
    ['$49<sup>99</sup>', 4999],
    ['$1,249.99<sup>*</sup>', 124999],
  ])('reads raised cents as the fraction: %s', (drawn, total) => {
    const doc = checkout(
      'en-US',
      `<dt>Order Total</dt><dd><span class="dollars">${drawn.replace(/<sup>.*/, '')}</span>${drawn.slice(drawn.indexOf('<sup>'))}</dd>`,
    );
    expect(read('https://www.voltcityelectronics.com/checkout', doc)).toMatchObject({ total, currency: 'USD' });
  });

  it.each([
    ['1\u202f634€<sup>56</sup>', 163456],
    ['1634 €<sup>56</sup>', 163456],
    ['89€<sup>90</sup>', 8990],
  ])('reads cents raised after a euro sign that follows the amount (PrestaShop France): %s', (drawn, total) => {
    const doc = checkout('fr-FR', `<dt>Total TTC</dt><dd><span class="value">${drawn}</span></dd>`);
    expect(read('https://www.atelier-velo.fr/commande', doc)).toMatchObject({ total, currency: 'EUR' });
  });

  it('reads a total past a struck-out one drawn in many pieces', () => {
    const struck =
      '<span style="text-decoration:line-through">1 6<span>5</span>8<span>€</span><sup>8</sup><sup>0</sup></span>';
    const doc = checkout('fr-FR', `<dt>Total TTC</dt><dd>${struck} <span>1 634€<sup>56</sup></span></dd>`);
    expect(read('https://www.atelier-velo.fr/commande', doc)).toMatchObject({ total: 163456, currency: 'EUR' });
  });

  it('reads a currency’s code drawn apart before an amount that writes it again as two words', () => {
    const doc = checkout(
      'de-CH',
      '<dt>Gesamt</dt><dd><abbr title="Schweizer Franken">CHF</abbr><strong>CHF 1’234.50</strong></dd><dt>Inklusive <span>CHF 92.50</span> MwSt.</dt>',
    );
    expect(read('https://www.bergwerk-sport.ch/checkouts/cn/abc', doc)).toMatchObject({
      total: 123450,
      currency: 'CHF',
    });
  });

  it.each([
    ['https://www.coastalbrew.com.au/checkout', 'en', 'AUD'],
    ['https://www.tramping-gear.co.nz/checkout', 'en', 'NZD'],
    ['https://www.maplegear.example/checkout', 'en-CA', 'CAD'],
    ['https://www.example-shop.com/checkout', 'en', 'USD'],
  ])('reads a bare $ on %s (lang %s) as %s', (url, lang, currency) => {
    const doc = checkout(lang, '<dt>Total</dt><dd>$232.30</dd>');
    expect(read(url, doc)).toMatchObject({ total: 23230, currency });
  });

  const shop = (lang: string, body: string) =>
    parseHTML(`<!doctype html><html lang="${lang}"><body><main>${body}</main></body></html>`)
      .document as unknown as Document;
  const states = (url: string, doc: Document) => read(url, doc)?.options.map(({ program, state }) => [program, state]);

  it('reads a caption and the method after it as one line, whatever markup the caption has', () => {
    // Shopware's confirm page: the current method stated in its card ("<strong>Mode de paiement actuel :</strong>
    // Klarna – …"), the dialog that changes it open below. A class on the caption made the statement an option.
    const url = 'https://www.maison-lumen.fr/checkout/confirm';
    for (const attribute of [null, 'class', 'data-v-3f2a']) {
      const doc = styledDocument(
        readFileSync(`${FIXTURES_DIR}corpus/web/shopware-fr-dialog-open-klarna-3x-4x-paypal-disabled.html`, 'utf8'),
      );
      const caption = [...doc.querySelectorAll('strong')].find((strong) => /actuel/.test(strong.textContent ?? ''));
      expect(caption).toBeDefined();
      if (attribute) caption?.setAttribute(attribute, 'label');
      expect(states(url, doc)).toEqual([
        ['paypal-pay-in-4', 'unavailable'],
        ['klarna', 'selectable'],
      ]);
    }
  });

  it('takes no notice for a heading where a split word runs on into it', () => {
    // A coupon notice above WooCommerce's ways to pay, a word split by markup: the title the piece goes on
    // into is the whole notice, no "Coupon" heading over the step below it.
    for (const notice of ['successfully: ', 'succ<span>essfully: </span>']) {
      const doc = shop(
        'en-CA',
        `<div class="woocommerce-notices-wrapper"><div class="woocommerce-message" role="alert">Coupon code applied ${notice}<strong>STEEP10</strong>
        is no longer valid for sale items and was removed.</div></div><form class="checkout"><ul class="wc_payment_methods"><li><input type="radio" name="payment_method" id="pp">
        <label for="pp">PayPal Pay Later</label></li><li><input type="radio" name="payment_method" id="cc">
        <label for="cc">Credit card</label></li></ul><table><tr><th>Total</th><td>$49.10</td></tr></table></form>`,
      );
      expect(states('https://www.tidewaterteaco.ca/checkout/', doc)).toEqual([['paypal-pay-in-4', 'selectable']]);
    }
  });

  it('reads a name in a badge of its own in its line: "Paid with" it is no option', () => {
    // An order confirmation: the way the order was paid, the name drawn as a badge of its own.
    const confirmation = (badge: string) =>
      shop(
        'en-US',
        `<h1>Thank you for your order</h1><section class="conf-box"><h2>Payment</h2><p>Paid with ${badge}</p>
        <p>Your first installment of $21.25 was charged today.</p></section><p>Order total $85.00</p>`,
      );
    for (const badge of ['afterpay', '<span class="ap-mark">afterpay</span>', '<b class="brand">Afterpay</b>'])
      expect(read('https://www.sephora.com/checkout/confirmation?orderId=50219483361', confirmation(badge))).toBe(
        undefined,
      );
    // The same badge as the option's own name is read.
    const step = shop(
      'en-US',
      `<h2>Payment</h2><div role="radiogroup"><div role="radio" aria-checked="false">Pay with <span class="ap-mark">afterpay</span></div>
      <div role="radio" aria-checked="true">Credit card</div></div><p>Order total $85.00</p>`,
    );
    expect(states('https://www.sephora.com/checkout', step)).toEqual([['afterpay', 'selectable']]);
  });

  it('reads the ways to pay in the panel of the tab picked among others (京东支付 · 微信支付 · 银联)', () => {
    const doc = shop(
      'zh-CN',
      `<div class="order">应付金额 <strong>8999.00</strong>元</div><div class="payment">
      <ul role="tablist"><li role="tab" aria-selected="true" aria-controls="jdpay">京东支付</li>
      <li role="tab" aria-selected="false" aria-controls="wx">微信支付</li></ul>
      <div id="jdpay" role="tabpanel"><div class="paybox paybox-selected"><span class="ui-checkbox-checked"><strong>打白条</strong></span>
      <div>可用额度 ¥21,480.00</div></div><div class="paybox"><span class="ui-checkbox"><strong>招商银行 信用卡</strong></span></div></div>
      <div id="wx" role="tabpanel" style="display:none">请使用微信扫码支付</div></div>`,
    );
    expect(
      read('https://www.chayuan-tea.example/cashier/index.action', doc)?.options.map(({ program }) => program),
    ).toEqual(['jd-baitiao']);
  });

  it('takes the amount a Chinese cashier shows alone for the total', () => {
    const cashier = (url: string) =>
      read(
        url,
        shop(
          'zh-CN',
          `<div class="head"><p>剩余支付时间 14:59</p><p class="amount"><small>¥</small>56.80</p><p>美团外卖-老街牛肉面</p></div>
          <ul class="channels"><li role="radio" aria-checked="true">美团月付 <span>本月免息</span></li>
          <li role="radio" aria-checked="false">微信支付</li></ul><button>美团月付支付 ¥56.80</button>`,
        ),
      )?.total;
    expect(cashier('https://npay.meituan.com/resource/cashier/index.html?tradeno=2312071504')).toBe(5680);
    // A cashier by its host: 有赞's.
    expect(cashier('https://cashier.youzan.com/pay/wsctrade_pay?order_no=E20240917203315012345678#/')).toBe(5680);
    // Its parts each in a block of its own (NutUI's price: ¥ · 359 · . · 00).
    const drawn = shop(
      'zh-CN',
      `<div class="nut-price">\n <div>¥</div>\n <div>359</div>\n <div>.</div>\n <div>00</div>\n</div>
      <ul><li role="radio" aria-checked="false">抖音月付 <span>额度不足</span></li><li role="radio" aria-checked="true">微信支付</li></ul>`,
    );
    expect(read('https://tp-pay.snssdk.com/cashdesk?merchant_id=1200001893', drawn)?.total).toBe(35900);
    // Not on an order form, where a price alone is a goods' price.
    expect(cashier('https://h5.waimai.meituan.com/waimai/mindex/submit-order?wm_poi_id=1184523067238145')).toBe(
      undefined,
    );
  });

  it('takes the amount JD’s cashiers show alone for the total, and not on its order page', () => {
    const jd = SITES.find(({ id }) => id === 'jd');
    const doc = shop(
      'zh-CN',
      `<section class="pay-amount"><p>支付剩余时间 23:41:06</p><p class="amount"><small>¥</small>3299.00</p></section>
      <ul><li><span>商品金额</span><span>¥3299.00</span></li></ul><section><p>选择支付方式</p>
      <div role="radio" aria-checked="false">微信支付</div><div role="radio" aria-checked="true">京东白条 最高6期免息</div></section>`,
    );
    const total = (url: string) => jd?.read(doc, new URL(url))?.signals.total;
    expect(total('https://pay.m.jd.com/cpay/newPay-index.html?appId=jd_m_pay&payId=7c1e4b2a')).toBe(329900);
    expect(total('https://pcashier.jd.com/cashier/index.action?orderId=298374651204')).toBe(329900);
    expect(total('https://trade.m.jd.com/pay?sceneval=2')).toBeUndefined();
  });

  it('takes no struck-out total, however the line through it is drawn, nor a limit for a total', () => {
    const total = (summary: string) =>
      read(
        'https://www.maison-exemple.fr/checkout',
        styledDocument(`<!doctype html><html lang="en-AU"><head><style>.total-old{text-decoration:line-through}</style></head>
        <body><form><h2>Payment</h2><label><input type="radio" name="pm"> Afterpay</label><label><input type="radio" name="pm"> Card</label>
        <p>Not available: humm requires an order total of A$500.00 or more.</p></form>${summary}</body></html>`),
      )?.total;
    expect(total('<p>Order total <span class="total-old">A$438.00</span> <span>A$390.00</span></p>')).toBe(39000);
    expect(total('<p>Order total <span class="total-new">A$438.00</span> <span>A$390.00</span></p>')).toBe(43800);
  });

  it('takes the total a button states in its own words where no label names one, and no plan’s amount', () => {
    const total = (buttons: string) =>
      read(
        'https://www.hartleyandpine.co.uk/checkout/',
        shop(
          'en-GB',
          `<h2>Payment options</h2><div role="radiogroup"><div role="radio" aria-checked="true">Card</div>
          <div role="radio" aria-checked="false">Klarna</div></div>${buttons}`,
        ),
      )?.total;
    expect(total('<button type="submit"><span>Place order&nbsp;·&nbsp;£94.95</span></button>')).toBe(9495);
    expect(total('<button aria-expanded="false">Show order summary <strong>£94.95</strong></button>')).toBe(9495);
    expect(total('<input type="submit" value="Pay £94.95">')).toBe(9495);
    expect(total('<button>Pay in 3 £31.65</button><button>Place order</button>')).toBeUndefined();
    expect(total('<button hidden>Place order · £94.95</button>')).toBeUndefined();
    // A drop-in draws its pay button in the chosen method's details.
    const dropIn = shop(
      'en-AU',
      `<div role="radiogroup" aria-label="Choose a payment method"><div><div role="radio" aria-checked="true">Cards</div>
      <div class="details"><input aria-label="Card number"><button type="button">Pay $2,480.00</button></div></div>
      <div><div role="radio" aria-checked="false">Zip</div></div></div>`,
    );
    expect(read('https://www.outback-gear.example/checkout', dropIn)?.total).toBe(248_000);
  });

  it('keeps a disabled radio drawn past its group’s legend in the step, a footer’s links out, and no VAT for the total', () => {
    const doc = styledDocument(
      `<!doctype html><html lang="en-GB"><body><main><section><h2>Payment</h2><div class="pm-wrap"><fieldset><legend>How would you like to pay?</legend>
      <div><span><input type="radio" id="r0" name="pm" checked><label for="r0">Credit or debit card</label></span>
      <span><input type="radio" id="r1" name="pm"><label for="r1">Klarna – Pay in 3 interest-free instalments</label></span></div>
      </fieldset><div class="row"><input type="radio" id="cp" name="pm-ext" disabled>
      <label for="cp"><strong>Clearpay</strong> – 4 interest-free payments</label></div>
      <div><label for="cc">Card number</label><input id="cc"></div></div></section>
      <aside><div class="total"><span>Total<span class="vat">Including VAT of £208.17</span></span><span>£1,249.00</span></div></aside></main>
      <footer role="contentinfo"><ul><li><strong>Ways to pay</strong></li><li><a href="#">Klarna</a></li>
      <li><a href="#">Clearpay</a></li></ul></footer></body></html>`,
    );
    expect(read('https://www.haldenrowe.example/checkout', doc)).toMatchObject({
      total: 124_900,
      options: [
        { program: 'klarna', state: 'selectable' },
        { program: 'afterpay', state: 'unavailable' },
      ],
    });
  });

  it('reads an amount drawn in pieces as its block speaks it, and a PayPal plan whose wallet is only a logo hidden from screen readers', () => {
    const doc = styledDocument(`<!doctype html><html lang="de-DE"><body><main>
      <label id="pm">Zahlungsart</label><ul role="tablist" aria-labelledby="pm">
      <li><a role="tab" aria-selected="true" href="#cc">Kreditkarte</a></li>
      <li><a role="tab" aria-selected="false" href="#pp"><span aria-hidden="true">PayPal</span>PayPal</a></li>
      <li><a role="tab" aria-selected="false" href="#ppl"><span aria-hidden="true">PayPal</span>Später bezahlen</a></li></ul>
      <div class="summary"><span>Gesamtsumme</span><div aria-label="244,85 €"><span class="price__dollars">244</span>,<span class="price__cents">85</span> €</div></div>
      </main></body></html>`);
    expect(read('https://www.lederwerk.example/checkout', doc)).toMatchObject({
      options: [{ program: 'paypal-pay-in-4', state: 'selectable', label: 'PayPalSpäter bezahlen' }],
    });
    const dollars = styledDocument(`<!doctype html><html lang="en-US"><body><main><h2>Payment</h2>
      <label><input type="radio" name="p" checked> Credit card</label><label><input type="radio" name="p"> Affirm</label>
      <p><span>Total</span> <span aria-label="$2,363.04"><span>$</span><span>2,363</span><span>04</span></span></p>
      </main></body></html>`);
    expect(read('https://www.hardware-depot.example/mycheckout/checkout', dollars)?.total).toBe(236_304);
  });

  it('offers nothing from the button that opens a closed step, whatever logos it shows', () => {
    const doc = shop(
      'en-AU',
      `<section><h2>2 Shipping</h2><label><input type="radio" name="ship" checked> Standard $9.95</label></section>
      <section><button type="button" aria-expanded="false" disabled><h2>3 Payment</h2><span aria-label="Accepted payment methods">
      <span role="img" aria-label="Visa">VISA</span><span role="img" aria-label="Afterpay">afterpay</span>
      <span role="img" aria-label="Zip">zip</span></span></button></section><p>Total $698.94</p>`,
    );
    expect(read('https://www.swellsurf.example/checkout', doc)).toBeUndefined();
    doc.querySelector('button')?.setAttribute('aria-expanded', 'true');
    expect(read('https://www.swellsurf.example/checkout', doc)).toBeDefined();
  });

  it("reads PayPal's Pay in 3 said under its name as its plan", () => {
    const doc = shop(
      'en-GB',
      `<div role="radiogroup" aria-label="Choose a payment method"><div role="radio" aria-checked="true">Credit or debit card</div>
      <div role="radio" aria-checked="false"><span>PayPal</span><small>Pay in full or in 3 interest-free payments of £416.33</small></div>
      </div><p>Total £1,249.00</p>`,
    );
    expect(states('https://www.hollowayhome.co.uk/checkout', doc)).toEqual([['paypal-pay-in-4', 'selectable']]);
    // In the US in Spanish: PayPal's "Paga en 4", and Shop Pay's "Paga el total o en cuotas".
    const spanish = shop(
      'es-US',
      `<div role="radiogroup"><div role="radio" aria-checked="true">Tarjeta de crédito</div>
      <div role="radio" aria-checked="false"><span>PayPal</span><small>Paga en 4 pagos sin intereses</small></div>
      <div role="radio" aria-checked="false"><span>Shop Pay</span><small>Paga el total o en cuotas</small></div>
      </div><p>Total $150.00</p>`,
    );
    expect(states('https://www.tiendaluna.com/checkout', spanish)).toEqual([
      ['paypal-pay-in-4', 'selectable'],
      ['shop-pay-installments', 'selectable'],
    ]);
  });

  it('takes no field to type in for a way to pay, and what is left to pay after a gift card for the total', () => {
    const doc = shop(
      'en-US',
      `<form class="checkout"><fieldset><legend>Shipping address</legend><label for="city">City</label><input id="city">
      <label for="zip">ZIP</label><input id="zip" value="11231"></fieldset>
      <h2>Payment</h2><div role="radiogroup"><div role="radio" aria-checked="true">Credit card</div>
      <div role="radio" aria-checked="false">Affirm</div></div><p>Zip is not available: your balance due is under $1,000.</p>
      <p>Gift card −$25.00</p><p>Order total $634.25</p><p>Amount to pay $609.25</p></form>`,
    );
    expect(read('https://www.brooklyn-bikes.example/checkout', doc)).toMatchObject({
      total: 60925,
      options: [{ program: 'affirm' }],
    });
  });

  it('offers nothing from a "We accept" strip, whatever draws the footer', () => {
    const doc = shop(
      'de-DE',
      `<div class="ck-card"><h2>Zahlungsart</h2><p class="skeleton">Zahlungsarten werden geladen…</p></div>
      <div class="x7f2a"><div class="q1"><span>Wir akzeptieren</span>
      <span class="i">PayPal</span><span class="i">Klarna</span><span class="i">VISA</span><span class="i">SEPA</span></div></div>`,
    );
    expect(read('https://www.roesterei-kaltenbach.de/checkout/payment', doc)).toBeUndefined();
  });

  it('offers nothing from a strip of names labelled "We accept" for screen readers, in a footer drawn as a div', () => {
    const doc = parseHTML(`<!doctype html><html lang="en-US"><body>
      <div class="main"><form><div class="methods"><label><input type="radio" name="pm" checked> Credit card</label>
      <label><input type="radio" name="pm"> Klarna</label></div></form><p>Total $149.14</p></div>
      <div class="nc-footer"><ul><li><a href="/policies/refund-policy">Refund policy</a></li></ul>
      <div class="nc-accepts" aria-label="We accept"><span>PayPal</span><span>Affirm</span>
      <span>Visa</span><span>Klarna</span><span>Afterpay</span></div></div></body></html>`)
      .document as unknown as Document;
    expect(states('https://www.northline-cycles.example/checkout', doc)).toEqual([['klarna', 'selectable']]);
  });

  it('reads names whose words are held together by no-break spaces (Später&nbsp;bezahlen)', () => {
    const doc = shop(
      'de-DE',
      `<h2>Zahlungsart</h2><form><label><input type="radio" name="pm" checked> Kreditkarte</label>
      <label><input type="radio" name="pm"> <span>PayPal</span> <strong>Später&nbsp;bezahlen</strong></label></form>
      <p>Gesamtsumme&nbsp;386,40&nbsp;€</p>`,
    );
    expect(read('https://www.moebel-lindner.example/checkout', doc)).toMatchObject({
      total: 38640,
      options: [{ program: 'paypal-pay-in-4', state: 'selectable' }],
    });
  });

  it('reads names broken by characters a shopper reads through (soft hyphens, zero-width spaces, 花　呗)', () => {
    const western = shop(
      'de-DE',
      `<h2>Zahlungsart</h2><form><label><input type="radio" name="pm" checked> Kreditkarte</label>
      <label><input type="radio" name="pm"> <span>PayPal</span> <strong>Später&nbsp;be&shy;zahlen</strong></label>
      <label><input type="radio" name="pm" disabled> Klar&#8203;na <small>Nicht ver&shy;fügbar</small></label></form>
      <p>Gesamtsumme&nbsp;386,40&nbsp;€</p><p>Wir liefern mit DHL 👨&#8205;👩&#8205;👧</p>`,
    );
    expect(read('https://www.moebel-lindner.example/checkout', western)).toMatchObject({
      total: 38640,
      options: [
        { program: 'paypal-pay-in-4', state: 'selectable' },
        { program: 'klarna', state: 'unavailable', reason: 'Nicht ver\u00adfügbar' },
      ],
    });
    const chinese = shop(
      'zh-CN',
      `<h3>支付方式</h3><ul><li><label><input type="radio" name="pay" checked> 支付宝</label></li>
      <li><label><input type="radio" name="pay"> 花　呗分期</label></li></ul><p>实付款 ¥129.00</p>`,
    );
    expect(states('https://main.m.taobao.com/order/index.html', chinese)).toEqual([['alipay-huabei', 'selectable']]);
  });

  it("reads PayPal's plan by its own choice inside PayPal's option: a disabled Pay in 3 is unavailable", () => {
    const doc = shop(
      'en-GB',
      `<h2>Payment</h2><div role="radiogroup">
      <label class="opt"><input type="radio" name="t" value="CARD" checked> Add new card</label>
      <div class="opt"><input type="radio" name="t" id="pt-paypal"><label for="pt-paypal"><strong>PayPal</strong></label>
        <div class="nested"><div class="row"><input type="radio" name="pp" id="pp-now" checked><label for="pp-now">Pay in full with PayPal</label></div>
        <div class="row"><input type="radio" name="pp" id="pp-pi3" disabled><label for="pp-pi3">Pay in 3 with PayPal <em>Not available for this event.</em></label></div></div></div>
      <label class="opt"><input type="radio" name="t" value="KLARNA"> Klarna <span>Pay in 3 interest-free instalments of £50.75</span></label>
      </div><p>Total £152.25</p>`,
    );
    expect(read('https://checkout.tickets-hall.example/8b1e44f0c7a94d2f', doc)?.options).toMatchObject([
      { program: 'paypal-pay-in-4', state: 'unavailable', reason: 'Not available for this event.' },
      { program: 'klarna', state: 'selectable' },
    ]);
  });

  it('reads an amount with its cents whole, not run on into the digits of the next block', () => {
    const doc = shop(
      'en-US',
      `<h2>Payment</h2><form><label><input type="radio" name="pm" checked> Credit card</label>
      <label><input type="radio" name="pm"> Affirm</label></form>
      <section><div class="total"><span>Total <span class="code">(USD)</span></span><span>$2,388.00</span></div></section>
      <section><p>120-night sleep trial · Free returns</p></section>`,
    );
    expect(read('https://www.nestwood.example/checkout', doc)).toMatchObject({ total: 238800, currency: 'USD' });
  });

  it('reads "Due today" as the total where no other label names one, and "Total" over it', () => {
    const lines = (extra: string) =>
      shop(
        'en-US',
        `<h2>Payment</h2><form><label><input type="radio" name="pm" checked> Credit card</label>
        <label><input type="radio" name="pm"> Klarna</label></form>
        <div><span>14-day free trial</span><span>−$399.00</span></div>${extra}
        <div><span>Due today</span><span>$0.00</span></div>`,
      );
    expect(read('https://www.skillforge.example/checkout', lines(''))?.total).toBe(0);
    expect(
      read('https://www.skillforge.example/checkout', lines('<div><span>Total</span><span>$399.00</span></div>'))
        ?.total,
    ).toBe(39900);
  });

  it('reads "Paying with Afterpay" beside a Change button as the chosen way to pay', () => {
    const doc = shop(
      'en-AU',
      `<section><h2>3 Payment</h2><div class="pay-chosen"><div><div class="label">Paying with Afterpay</div>
      <div class="sub">4 interest-free payments of $34.98, first due today</div></div>
      <button type="button" aria-haspopup="dialog">Change</button></div></section>
      <div><span>Total</span><span>$139.92</span></div>`,
    );
    expect(states('https://www.saltandsable.example/checkout/payment', doc)).toEqual([['afterpay', 'selectable']]);
  });

  it('reads a radio named only by its aria-label, beside a logo drawn without text', () => {
    const doc = shop(
      'en-US',
      `<h2>Payment</h2><form><label><input type="radio" name="pm" checked> Credit card</label>
      <label><input type="radio" name="pm" aria-label="Affirm"><svg aria-hidden="true"><path d="M4 16"/></svg>
      <span>Rates from 0–36% APR</span></label></form><p>Total $1,149.14</p>`,
    );
    expect(states('https://www.fernhill.example/checkout', doc)).toEqual([['affirm', 'selectable']]);
  });

  it('takes an option drawn faded and deaf to the pointer for unavailable, and neither alone', () => {
    const page = (style: string) =>
      styledDocument(`<html lang="en-US"><body><main><h2>Payment</h2><form>
      <div class="m"><label><input type="radio" name="pm" checked> Credit card</label></div>
      <div class="m" style="${style}"><label><input type="radio" name="pm" tabindex="-1"> Afterpay</label></div>
      <p class="reason">Available for orders up to $2,000.</p></form><p>Total $149.14</p></main></body></html>`);
    const url = 'https://www.stagepass.example/checkout';
    expect(states(url, page('opacity:.4;pointer-events:none'))).toEqual([['afterpay', 'unavailable']]);
    expect(states(url, page('opacity:.4'))).toEqual([['afterpay', 'selectable']]);
    expect(states(url, page('pointer-events:none'))).toEqual([['afterpay', 'selectable']]);
  });

  it('reads PayPal’s plan named alone in a term, the wallet named in its description', () => {
    const doc = shop(
      'de-DE',
      `<h2>Zahlungsart</h2><dl role="radiogroup">
      <dt><input type="radio" name="pm" id="pp"><label for="pp">PayPal</label></dt><dd>Bezahlung per PayPal</dd>
      <dt><input type="radio" name="pm" id="ps" checked><span aria-hidden="true">PayPal</span><label for="ps">Später Bezahlen</label></dt>
      <dd>Jetzt kaufen und in 30 Tagen mit PayPal bezahlen.</dd></dl><p>Gesamtsumme 879,45 €</p>`,
    );
    expect(states('https://www.holzwerk-moebel.example/checkout/confirm', doc)).toEqual([
      ['paypal-pay-in-4', 'selectable'],
    ]);
  });

  it('offers nothing from a dialog that is closed', () => {
    const doc = shop(
      'nl-BE',
      `<h2>Betaalmethode</h2><form><label><input type="radio" name="pm" checked> Bancontact</label>
      <label><input type="radio" name="pm"> Riverty (voorheen AfterPay)</label></form>
      <dialog id="more"><form><label><input type="radio" name="pm"> Klarna – Later betalen</label>
      <label><input type="radio" name="pm"> Bancontact</label></form></dialog><p>Totaal € 1.084,50</p>`,
    );
    expect(read('https://www.fietsenwinkel.be/checkout/payment', doc)).toBeUndefined();
    doc.querySelector('dialog')?.setAttribute('open', '');
    expect(states('https://www.fietsenwinkel.be/checkout/payment', doc)).toEqual([['klarna', 'selectable']]);
  });

  it.each([
    ['$433.04', 'between $1 and $2,000', 'selectable'],
    ['$2,433.04', 'between $1 and $2,000', 'unknown'],
    ['$433.04', 'up to $2,000', 'selectable'],
    ['$433.04', 'of $500 or more', 'unknown'],
    ['$433.04', 'in the US', 'unknown'],
  ])('holds a chosen option’s limits against the total, %s: available for orders %s', (total, limits, state) => {
    const doc = shop(
      'en-US',
      `<h2>Payment</h2><form>
      <div class="option"><input type="radio" name="pm" id="card"><label for="card">Credit card</label></div>
      <div class="option"><input type="radio" name="pm" id="ap" checked><label for="ap">Afterpay</label>
      <p>Afterpay is available for orders ${limits}.</p></div></form><p>Order total ${total}</p>`,
    );
    expect(states('https://www.ridgeline-outfitters.example/checkout', doc)).toEqual([['afterpay', state]]);
  });

  it('takes no reason from a closed panel of an option', () => {
    const doc = shop(
      'en-US',
      `<h2>Payment</h2><form>
      <div class="option"><input type="radio" name="pm" id="card" checked><label for="card">Credit card</label></div>
      <div class="option"><input type="radio" name="pm" id="ap"><label for="ap">Cash App Afterpay</label>
      <div hidden><p>Not available for gift cards.</p></div></div></form><p>Order total $93.10</p>`,
    );
    expect(states('https://www.glossandgrove.example/checkout', doc)).toEqual([['afterpay', 'selectable']]);
  });

  it.each([
    ['it-IT', 'Totale', 'Incluse <span>€87,93</span> di imposte', '€487,60', 48760],
    ['en-GB', 'Total', 'Including <span>£81.27</span> in taxes', '£487.60', 48760],
    ['de-DE', 'Gesamtsumme', 'inkl. <span>77,86 €</span> MwSt.', '487,60 €', 48760],
  ])('reads a %s total past the tax it includes, said between label and amount', (lang, label, tax, price, total) => {
    const doc = checkout(
      lang,
      `<div class="due"><span class="label"><span>${label}</span> <span class="small">${tax}</span></span>
      <span class="price">${price}</span></div>`,
    );
    expect(read('https://www.pelletteria.example/checkout', doc)).toMatchObject({ total });
  });

  it('leaves a footer’s ways to pay out of a step of tabs, though the card tab’s logo names them too', () => {
    // SFRA's tabs of logos under "Payment"; the footer's "Ways to pay" list names Visa and Mastercard as
    // the card tab’s logo does.
    const doc = styledDocument(
      readFileSync(`${FIXTURES_DIR}corpus/web/sfra-uk-department-store-logo-tabs.html`, 'utf8'),
    );
    expect(states('https://www.ashbyreeve.co.uk/checkout?stage=payment', doc)).toEqual([
      ['klarna', 'selectable'],
      ['afterpay', 'unavailable'],
    ]);
  });

  it('reads the total past the total without VAT (Gesamtsumme ohne MwSt.)', () => {
    const doc = checkout(
      'de-DE',
      '<dt>Gesamtsumme:</dt><dd>1.249,90 €</dd><dt>Gesamtsumme ohne MwSt.:</dt><dd>1.050,34 €</dd>',
    );
    expect(read('https://www.fahrradladen.example/checkout/confirm', doc)).toMatchObject({ total: 124990 });
  });

  it.each([
    ['https://www.coastalbrew.com.au/checkout', null, 'AUD'],
    ['https://shop.example.co.uk/checkout', 'en-US', 'GBP'],
    ['https://www.nordicoutdoor.se/kassa', undefined, 'SEK'],
    ['https://shop.example.com/checkout', 'en-AU', 'AUD'],
    ['https://fjall.myshopify.com/checkouts/cn/abc123def', 'sv', 'SEK'],
    ['https://shop.example.com/checkout', 'fi-FI', 'EUR'],
    ['https://shop.example.com/checkout', 'en', undefined],
    ['https://shop.example.com/checkout', 'de', undefined],
  ])('takes %s (lang %s) for a shop pricing in %s', (url, lang, currency) => {
    expect(shopCurrency(new URL(url), lang)).toBe(currency);
  });
});

describe('shops of no platform we know, in Chinese', () => {
  const list = (rows: string) =>
    page(`<div class="title">支付方式</div><div role="radiogroup">
      <div class="cell"><span>微信支付</span><span role="radio" aria-checked="true"></span></div>${rows}</div>
      <div class="bar"><span>合计：</span><span>¥567.00</span></div>`);
  const programOf = (doc: Document) => readCheckout(doc, VOCABULARY_ZH)?.signals.options.map(({ program }) => program);

  it('reads a total named only to screen readers, its drawn amount hidden from them', () => {
    // JD's phone cashier: aria-label="支付金额128.60元" over ¥ 128 . 60 drawn in three spans.
    const cashier = (label: string) =>
      page(`<div class="order-bar"><div class="pay-total" role="text" aria-label="${label}">
        <strong aria-hidden="true"><span>¥</span><span>128</span>.<em>60</em></strong></div></div>
        <div class="title">支付方式</div><div role="radiogroup">
        <div class="cell"><span>微信支付</span><span role="radio" aria-checked="false"></span></div>
        <div class="cell"><span>京东白条</span><span role="radio" aria-checked="true"></span></div></div>`);
    expect(readCheckout(cashier('支付金额128.60元'), VOCABULARY_ZH)?.signals.total).toBe(12860);
    expect(readCheckout(cashier('订单详情'), VOCABULARY_ZH)?.signals.total).toBeUndefined();
  });

  it('takes a switch that opens the group an option is in for the group’s, not the option’s', () => {
    // IdoSell: "Kup teraz, zapłać później" switched on over Klarna and PayPo, both disabled.
    const doc = page(`<form><h2>Wybierz formę płatności</h2>
      <div class="group"><div class="group-head"><span id="g1">Płatności online</span>
        <button type="button" role="switch" aria-checked="true" aria-labelledby="g1" aria-controls="l1"></button></div>
        <div id="l1"><div class="item"><input type="radio" name="pm" id="blik" checked><label for="blik">BLIK</label></div>
        <div class="item"><input type="radio" name="pm" id="pp"><label for="pp">PayPal</label></div></div></div>
      <div class="group"><div class="group-head"><span id="g2">Kup teraz, zapłać później</span>
        <button type="button" role="switch" aria-checked="true" aria-labelledby="g2" aria-controls="l2"></button></div>
        <div id="l2"><div class="item"><input type="radio" name="pm" id="kl" disabled><label for="kl">Klarna – zapłać za 30 dni</label></div>
        <div class="item"><input type="radio" name="pm" id="po" disabled><label for="po">PayPo</label></div></div></div>
      <div class="group"><div class="group-head"><span id="g3">Raty</span>
        <button type="button" role="switch" aria-checked="false" aria-labelledby="g3" aria-controls="l3"></button></div>
        <div id="l3" hidden><div class="item"><input type="radio" name="pm" id="kr"><label for="kr">Klarna – raty</label></div></div></div>
      <p>Do zapłaty: 5 349,00 zł</p></form>`);
    expect(
      web
        .read(doc, new URL('https://www.sklep-rowerowy.pl/order1.php'))
        ?.signals.options.map(({ program, state }) => [program, state]),
    ).toEqual([['klarna', 'unavailable']]);
  });

  it('takes Poland’s “Kup teraz, zapłać później” for a group’s title, not PayPal’s plan, wherever it stands', () => {
    const checkout = (paypal: string) =>
      page(`<form><fieldset><legend>Płatność</legend>
        <label><input type="radio" name="pm" value="blik" checked> BLIK</label>
        ${paypal}
        <label><input type="radio" name="pm" value="paypo"> PayPo – zapłać za 30 dni</label></fieldset>
        <p>Do zapłaty: 1 159,00 zł</p></form>`);
    const option = '<label><input type="radio" name="pm" value="paypal"> PayPal <span>Zapłać saldem</span></label>';
    const title = '<p class="group">Kup teraz, zapłać później</p>';
    const read = (doc: Document) => web.read(doc, new URL('https://www.sklep-agd.pl/zamowienie/platnosc'));
    expect(read(checkout(option + title))).toBeNull();
    expect(read(checkout(`<div class="wrap">${option}${title}</div>`))).toBeNull();
    expect(
      read(checkout(option.replace('Zapłać saldem', 'Zapłać później')))?.signals.options.map(({ program }) => program),
    ).toEqual(['paypal-pay-in-4']);
  });

  it('reads 先用后付 by the program its own note says provides it, and as Sesame’s where none does', () => {
    const note = (words: string) =>
      list(
        `<div class="cell"><span>先用后付</span><div class="label">${words}</div><span role="radio" aria-checked="false"></span></div>`,
      );
    expect(programOf(note('确认收货后再付款，由微信支付分提供'))).toEqual(['wechat-payscore']);
    expect(programOf(note('确认收货后再付款'))).toEqual(['alipay-paylater']);
    // A program the note names in passing that does not offer 先用后付 is no provider.
    expect(programOf(note('确认收货后再付款，可用花呗还款'))).toEqual(['alipay-paylater']);
  });

  it('reads 微信支付分 | 先享后付 as one name, WeChat Pay’s', () => {
    const doc = list(
      `<div class="cell"><span>微信支付分 | 先享后付<span class="sub">先收货，满意后再付款</span></span><span role="radio" aria-checked="false"></span></div>`,
    );
    expect(programOf(doc)).toEqual(['wechat-payscore']);
  });

  it('reads 先享后付 and 微信支付分 drawn alike in one name as one option, WeChat Pay’s', () => {
    const doc = list(
      `<div class="cell is-disabled"><div class="name"><span class="t">先享后付</span><span class="t" style="color:#c8c8c8">微信支付分</span></div>
      <div class="desc">本单含称重商品，暂不支持先享后付</div></div>`,
    );
    expect(readCheckout(doc, VOCABULARY_ZH)?.signals.options.map(({ program, state }) => [program, state])).toEqual([
      ['wechat-payscore', 'unavailable'],
    ]);
  });

  it('reads the options under a sub-heading that names their provider, disabled with their fieldset', () => {
    const doc = page(`<fieldset><legend>支付方式</legend>
      <label><input type="radio" name="p" checked> 支付宝</label>
      <label><input type="radio" name="p"> 花呗分期</label>
      <fieldset disabled><legend>京东支付（本单暂不可用）</legend>
        <label><input type="radio" name="p"> 京东白条 <span>暂不支持白条</span></label></fieldset>
      <label><input type="radio" name="p"> 云闪付</label></fieldset>`);
    const signals = readCheckout(doc, VOCABULARY_ZH)?.signals;
    expect(signals?.options).toEqual([
      expect.objectContaining({ program: 'alipay-huabei', state: 'selectable' }),
      expect.objectContaining({ program: 'jd-baitiao', state: 'unavailable' }),
    ]);
    expect(signals?.wallets).not.toContain('jd-pay');
  });

  it('measures a label as a shopper reads it, not by its template’s indentation', () => {
    const indent = '\n                    ';
    const doc = page(`<fieldset><legend>支付方式</legend>
      <label><input type="radio" name="p" checked> 支付宝</label>
      <label><input type="radio" name="p"> <span>京东白条${indent}<span class="hint">订单含定制商品，暂不支持白条</span></span></label>
      </fieldset>`);
    expect(programOf(doc)).toEqual(['jd-baitiao']);
  });

  const unlabelled = (bar: string) =>
    page(`<div>小计 ¥59.50</div><div class="title">支付方式</div>
      <div class="row"><span>美团月付</span><span class="ck" aria-checked="false"></span></div>
      <div class="row"><span>微信支付</span><span class="ck" aria-checked="true"></span></div>${bar}`);

  it.each([
    ['<div class="bar"><div>¥55.50 <small>已优惠 ¥9</small></div><div class="go">提交订单</div></div>', 5550],
    ['<div class="bar"><small>已优惠 ¥9</small> <b>¥55.50</b><button>去<span>支付</span></button></div>', 5550],
    ['<div class="bar"><del>¥64.50</del> ¥55.50 <button>立即支付</button></div>', 5550],
    // Vant's button, its words drawn in wrappers of their own.
    [
      '<div class="bar"><span>¥<span>55</span>.50</span><button><div class="w"><div class="content"><span class="w"><span class="text">去支付</span></span></div></div></button></div>',
      5550,
    ],
    // No order is placed from here: a price beside other words is no total.
    ['<div class="bar"><div>¥55.50</div><div class="go">加入购物车</div></div>', undefined],
  ])('reads the unlabelled price beside the order’s button: %s', (bar, total) => {
    expect(readCheckout(unlabelled(bar), VOCABULARY_ZH)?.signals.total).toBe(total);
  });

  it('reads a program named after its wallet (支付宝先用后付) and by Sesame’s name (芝麻先享) as Alipay’s 先用后付', () => {
    const tile = (name: string) =>
      page(`<h3>选择支付</h3><ul class="payment-list"><li class="selected"><span class="name">支付宝</span></li>
        <li><span class="name">微信支付</span></li><li><span class="name">${name}</span></li></ul><div>实付 ¥389.00</div>`);
    for (const name of ['支付宝先用后付', '支付宝 先用后付', '芝麻先享'])
      expect(programOf(tile(name))).toEqual(['alipay-paylater']);
  });

  it('reads no total from a label whose amount is an option’s own (订单待支付 over a sheet whose 月付 row states its 额度)', () => {
    const doc = page(`<div class="bar">实付 <strong>¥2,349.00</strong><button>提交订单</button></div>
      <div role="dialog" aria-modal="true"><p>声阔官方旗舰店 · 订单待支付</p><div role="radiogroup">
      <div role="radio" aria-checked="false"><div>抖音支付</div></div>
      <div role="radio" aria-checked="true"><div>抖音月付</div><div>可用额度 ¥6,800.00 · 下月10日还款</div></div></div></div>`);
    expect(readCheckout(doc, VOCABULARY_ZH)?.signals.total).toBe(234900);
  });

  it('reads the list under a title that sums up the choice (已选 花呗), and the summary where the list is folded', () => {
    const rows = `<div class="row"><i class="icon"></i><div>微信支付</div><i class="check"></i></div>
      <div class="row"><i class="icon"></i><div><div>花呗</div><div>可用额度 ¥9,360.00</div></div><i class="check on"></i></div>
      <div class="row" style="opacity:.4"><i class="icon"></i><div><div>先用后付</div><div>先收货 后付款</div></div>
      <div>暂不可用：本单不支持先用后付</div></div>`;
    const checkout = (list: string) =>
      page(`<div class="block"><div class="title"><div>支付方式</div><div>已选 花呗</div></div>${list}</div>
        <div class="bar"><span>实付款：</span><span>¥1,196.00</span><div role="button">提交订单</div></div>`);
    const states = (doc: Document) =>
      Object.fromEntries(readCheckout(doc, VOCABULARY_ZH)?.signals.options.map((o) => [o.program, o.state]) ?? []);
    expect(states(checkout(rows))).toEqual({ 'alipay-huabei': 'selectable', 'alipay-paylater': 'unavailable' });
    expect(states(checkout(''))).toEqual({ 'alipay-huabei': 'selectable' });
  });

  it('reads a cashier’s amount standing alone beside a toggle drawn as a plain span (订单详情)', () => {
    const cashier = (beside: string) =>
      page(`<div class="order-amount"><span>3688.00</span><span>元</span>${beside}</div>
        <h3>选择付款方式</h3><div class="channels">
        <div class="channel-item channel-item-disabled"><span class="channel-name">账户余额</span><span>余额不足</span></div>
        <div class="channel-item channel-item-selected"><span class="channel-name">花呗</span><span>可用额度 ¥12,000.00</span></div></div>`);
    const CASHIER = { ...VOCABULARY_ZH, standaloneTotal: true };
    expect(readCheckout(cashier('<span class="detail-trigger">订单详情</span>'), CASHIER)?.signals.total).toBe(368800);
    expect(readCheckout(cashier('<span>运费险已含</span>'), CASHIER)?.signals.total).toBeUndefined();
  });

  it('prefers a total’s label to the button’s bar', () => {
    const doc = unlabelled('<div>实付款 ¥52.00</div><div class="bar">¥55.50 <button>提交订单</button></div>');
    expect(readCheckout(doc, VOCABULARY_ZH)?.signals.total).toBe(5200);
  });
});

describe('isSubmitControl', () => {
  const doc = page(`
    <button id="a"><span>提交订单</span></button>
    <div id="b" role="button">立即支付 ¥19.90</div>
    <input id="c" type="submit" value="确认付款">
    <button id="d">加入购物车</button>
    <div id="e"><p>请尽快提交订单，超时将自动取消</p></div>`);
  it.each([
    ['#a span', true],
    ['#b', true],
    ['#c', true],
    ['#d', false],
    ['#e p', false],
  ])('%s → %s', (selector, expected) => {
    const element = doc.querySelector(selector);
    expect(element && isSubmitControl(element)).toBe(expected);
  });
});

describe('textsWith', () => {
  const WORDS = /先用后付|应付|合计/;
  // Halves of words too, so that keywords also fall across node boundaries.
  const PIECE = fc.constantFrom(
    '',
    ' ',
    '先用后付',
    '先用',
    '后付',
    '应付',
    '应',
    '付',
    '合计',
    '合',
    '计',
    '¥9.90',
    '商品',
  );
  type Tree =
    | { readonly kind: 'text' | 'comment'; readonly data: string }
    | { readonly tag: string; readonly children: Tree[] };
  const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
    tree: fc.record({
      tag: fc.constantFrom('div', 'li', 'span', 'script', 'style'),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constantFrom('text' as const, 'comment' as const), data: PIECE }),
      tie('tree'),
    ),
  }));

  function build(doc: Document, node: Tree): Node {
    if ('kind' in node) return node.kind === 'text' ? doc.createTextNode(node.data) : doc.createComment(node.data);
    const element = doc.createElement(node.tag);
    for (const child of node.children) element.append(build(doc, child));
    return element;
  }

  /**
   * By a walk over the whole tree: every text node with a keyword, outside scripts and styles, and
   * every element whose text holds a keyword that no single child's text holds.
   */
  function everyText(root: Element, found: Node[] = []): Node[] {
    const text = root.textContent ?? '';
    const ranges: [number, number][] = [];
    let at = 0;
    for (const child of root.childNodes) {
      const length = child.nodeType === 1 || child.nodeType === 3 ? (child.textContent ?? '').length : 0;
      ranges.push([at, at + length]);
      at += length;
    }
    const split = [...text.matchAll(new RegExp(WORDS.source, 'g'))].some(
      ({ index, 0: word }) => !ranges.some(([start, end]) => index >= start && index + word.length <= end),
    );
    if (split) found.push(root);
    for (const child of root.childNodes) {
      if (child.nodeType === 3 && WORDS.test((child as Text).data)) found.push(child);
      if (child.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((child as Element).tagName))
        everyText(child as Element, found);
    }
    return found;
  }

  it('finds every text node with a keyword, and every element a keyword is split across, in document order', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        const doc = page('');
        for (const child of children) doc.body.append(build(doc, child));
        expect(textsWith(doc.body, WORDS)).toEqual(everyText(doc.body));
      }),
      { numRuns: 500 },
    );
  });

  /** The keyword texts found in `body`, and how often the text of the element `#id` was built. */
  function readsOf(body: string, id: string): { found: string[]; reads: number } {
    const doc = page(body);
    const bodyText = doc.body.textContent ?? '';
    let reads = 0;
    Object.defineProperty(doc.getElementById(id), 'textContent', {
      get: () => {
        reads++;
        return '';
      },
    });
    return { found: textsWith(doc.body, WORDS, bodyText).map((node) => node.textContent ?? ''), reads };
  }

  it('leaves a big block that holds a keyword for last, so that its text is cut, not built', () => {
    const goods = '<li>商品 ¥9.90</li>'.repeat(100);
    expect(
      readsOf(`<p>x</p><div id="steps"><h3>应付</h3><ul>${goods}</ul></div><p>y</p><p>合计 ¥2</p>`, 'steps'),
    ).toEqual({
      found: ['应付', '合计 ¥2'],
      reads: 0,
    });
  });

  it('tells the bigger of two blocks of thousands of elements, and leaves it for last', () => {
    const items = (count: number) => '<i>·</i>'.repeat(count);
    expect(readsOf(`<div id="many">${items(1100)}应付</div><div id="more">合计${items(1500)}</div>`, 'more')).toEqual({
      found: ['应付', '合计'],
      reads: 0,
    });
    expect(readsOf(`<div id="more">${items(1500)}应付</div><div id="many">合计${items(1100)}</div>`, 'more')).toEqual({
      found: ['应付', '合计'],
      reads: 0,
    });
  });

  it('never builds the text of a long block between the keywords it has found', () => {
    const goods = '<p>商品 ¥9.90</p>'.repeat(100);
    expect(readsOf(`<div>应付 ¥1</div><div id="goods">${goods}</div><div>合计 ¥2</div><div>x</div>`, 'goods')).toEqual({
      found: ['应付 ¥1', '合计 ¥2'],
      reads: 0,
    });
  });
});

describe('runsOn', () => {
  // The whole-text patterns it replaces: the same answer for any two texts, lone surrogates included.
  const wholeText = (left: string, right: string) => /\p{L}$/u.test(left) && /^\p{L}/u.test(right);

  it('answers as letter patterns over the whole texts would', () => {
    for (const unit of ['grapheme', 'binary'] as const)
      fc.assert(
        fc.property(
          fc.string({ unit }),
          fc.string({ unit }),
          (left, right) => runsOn(left, right) === wholeText(left, right),
        ),
        { numRuns: 5000 },
      );
  });

  it.each([
    ['Su', 'btotal', true],
    ['先用', '后付', true],
    ['Total:', 'Klarna', false],
    ['x\u{1D400}', 'b', true],
    ['\uDC00', 'a', false],
    ['', 'a', false],
  ])('%j then %j: %s', (left, right, expected) => expect(runsOn(left, right)).toBe(expected));
});

describe('logosUnder', () => {
  /** Images a shopper sees as words, named or not. */
  const LOGO = 'img[alt],[role=img][aria-label],svg[aria-label],i[title]:empty';

  it('finds what the LOGO selector finds with a name, the root included, each once', () => {
    const { document } = parseHTML(`<html><body><div id="root">
      <img alt="Klarna"><img src="x.png"><img role="img" aria-label="Affirm" alt="Affirm">
      <svg aria-label="Zip"></svg><svg></svg><span role="img" aria-label="Afterpay"></span>
      <svg role="img" aria-label="Sezzle"></svg><img alt="" role="img" aria-label="Zip">
      <img alt=""><svg aria-label=""></svg><span role="img" aria-label=""></span>
      <span role="img"></span><i aria-label="not an image"></i><i title="Clearpay"></i><i title="a tooltip">text</i>
      </div></body></html>`);
    const root = document.getElementById('root') as Element;
    const nameOf = (element: Element) =>
      element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? element.getAttribute('title');
    const named = (element: Element) => nameOf(element) !== '';
    const expected = [...root.querySelectorAll(LOGO)].filter(named);
    const found = logosUnder(root);
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(expected.length);
    expect(found.map(nameOf).sort()).toEqual(['Affirm', 'Afterpay', 'Clearpay', 'Klarna', 'Sezzle', 'Zip']);
    const image = root.querySelector('img') as Element;
    expect(logosUnder(image)).toEqual([image]);
    expect(logosUnder(root.querySelector('img[alt=""]') as Element)).toEqual([]);
  });
});

describe('keywordPattern', () => {
  // The watcher passes over a changed element whose whole text the keywords miss: sound only if
  // every text a site's program words find inside it, the keywords find in the whole.
  const adapters = [...SITES, ...SHOP_PLATFORMS];
  it.each(adapters.map((site) => [site.id, site] as const))(
    '%s: a text the program words match in, whole',
    (_, site) => {
      const keywords = keywordPattern([site.programWords]);
      // A word's characters that either script may write are a class ([后後]): each word as written in each.
      const scripts = /\[([\u4e00-\u9fff])([\u4e00-\u9fff])[\u4e00-\u9fff]*\]/g;
      const words = site.programWords.source
        .replace(/\(\?!.*?\)/g, '')
        .split('|')
        .flatMap((word) => [word.replace(scripts, '$1'), word.replace(scripts, '$2')]);
      const piece = fc.oneof(
        fc.constantFrom(...words, ...words.map((word) => word.slice(0, Math.ceil(word.length / 2)))),
        fc.constantFrom(' ', '分期', '付款', 'Pay', 'x', '¥9.90', '\n'),
        fc.string({ maxLength: 3 }),
      );
      fc.assert(
        fc.property(
          fc.array(piece, { maxLength: 4 }),
          fc.array(piece, { maxLength: 6 }),
          fc.array(piece, { maxLength: 4 }),
          (before, part, after) => {
            const text = part.join('');
            fc.pre(site.programWords.test(text));
            expect(keywords.test(`${before.join('')}${text}${after.join('')}`)).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
