import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { orderReaderFor } from '../../lib/orders';
import { interpretOrder } from '../../lib/orders/interpret';
import type { OrderFacts } from '../../lib/orders/types';
import { isPaymentMark, stateOf } from '../../lib/orders/vocabulary';
import { fixtureDocument } from './fixtures';

// Each reader on each of its fixture pages: exactly the pay-later orders the page shows, in the
// page's own words, and nothing else from the page (no goods, names, phones or addresses).

interface Case {
  readonly fixture: string;
  readonly url: string;
  readonly orders: readonly OrderFacts[];
}

const JD_LIST = 'https://order.jd.com/center/list.action';
const JD_DETAILS = (id: string) => `https://details.jd.com/normal/item.action?orderid=${id}&PassKey=5C1A7F3E`;
const TAOBAO_LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const TAOBAO_DETAILS = (id: string) =>
  `https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${id}`;
const TMALL_DETAILS = (id: string) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`;
const PDD_LIST = 'https://mobile.yangkeduo.com/orders.html?type=0';
const PDD_DETAILS = (id: string) => `https://mobile.yangkeduo.com/order.html?order_sn=${id}`;

const CASES: readonly Case[] = [
  {
    fixture: 'jd/orders-list',
    url: JD_LIST,
    orders: [
      {
        orderId: '290000000011',
        payment: '先用后付',
        amount: '¥2,399.00',
        state: '等待收货',
        placed: '2026-11-28 09:12:40',
        merchant: '京东自营',
      },
      {
        orderId: '290000000012',
        payment: '先用后付',
        amount: '¥89.90',
        state: '等待付款',
        placed: '2026-11-20 21:05:11',
        deadline: '请于2026-12-09 23:59:59前付款',
        merchant: '京东京造官方旗舰店',
      },
      // 290000000013 was paid online (its goods are called 白条鸡): no row.
      {
        orderId: '290000000014',
        payment: '京东白条',
        amount: '¥1,899.00',
        state: '已完成',
        placed: '2026-11-15 19:45:02',
        merchant: '京东自营',
      },
      {
        orderId: '290000000015',
        payment: '先用后付',
        amount: '¥59.00',
        state: '已取消',
        placed: '2026-11-10 11:11:11',
      },
      // 290000000016: WeChat Pay, no row.
      {
        orderId: '290000000017',
        payment: '先用后付 已付款',
        settlement: '先用后付 已付款',
        amount: '¥649.00',
        state: '已完成',
        placed: '2026-11-01 16:20:45',
        merchant: '京东自营',
      },
    ],
  },
  {
    fixture: 'jd/orders-list-cards',
    url: `${JD_LIST}?s=0`,
    orders: [
      {
        orderId: '300100200301',
        payment: '支付方式：先用后付',
        amount: '应付金额：¥459.00',
        state: '待付款',
        placed: '2026-11-26 14:02',
        deadline: '剩余 3 天 12 小时',
      },
      {
        orderId: '300100200302',
        payment: '支付方式：先用后付',
        amount: '应付金额：¥269.00',
        state: '待付款',
        placed: '2026-11-22 09:40',
        deadline: '请于12月08日 23:59前付款',
      },
      // 300100200303's goods are "先用后付专享 …" but it was paid with WeChat Pay: no row.
      {
        orderId: '300100200304',
        payment: '支付方式：京东白条（3期）',
        amount: '应付金额：¥3,990.00',
        state: '待收货',
        placed: '2026-11-12 12:00',
      },
    ],
  },
  // Drawn by script after load: nothing in the served page.
  { fixture: 'jd/orders-list-late', url: JD_LIST, orders: [] },
  // Goods named 白条鸡 and 先用后付专享, paid online and with WeChat Pay, and an ad for 白条: no pay-later order.
  { fixture: 'jd/orders-list-none', url: JD_LIST, orders: [] },
  {
    fixture: 'jd/order-list',
    url: JD_LIST,
    orders: [
      { orderId: '290000000001', payment: '京东白条', amount: '实付款 ￥1,899.00', state: '已完成' },
      { orderId: '290000000002', payment: '先用后付', amount: '实付款 ￥89.90', state: '待付款' },
    ],
  },
  {
    fixture: 'jd/order-details',
    url: JD_DETAILS('290000000031'),
    orders: [
      {
        orderId: '290000000031',
        payment: '付款方式：先用后付',
        amount: '应付总额：¥2,399.00',
        state: '等待付款',
        placed: '2026-12-02 10:31:02',
        deadline: '请于2026-12-20 23:59:59前付款',
      },
    ],
  },
  {
    fixture: 'jd/order-details-received',
    url: JD_DETAILS('290000000032'),
    orders: [
      {
        orderId: '290000000032',
        payment: '付款方式：先用后付（待付款）',
        amount: '应付总额：¥89.90',
        state: '等待付款',
        placed: '2026-11-21 10:31:02',
        received: '2026-11-25 18:20:00',
      },
    ],
  },
  {
    fixture: 'jd/order-details-baitiao',
    url: JD_DETAILS('290000000033'),
    orders: [
      {
        orderId: '290000000033',
        payment: '付款方式：京东白条',
        amount: '实付款：¥1,899.00',
        state: '已完成',
        placed: '2026-11-15 19:45:02',
      },
    ],
  },
  {
    fixture: 'jd/order-details-paid',
    url: JD_DETAILS('290000000031'),
    orders: [
      {
        orderId: '290000000031',
        payment: '付款方式：先用后付 已付款',
        settlement: '先用后付 已付款',
        amount: '实付款：¥2,399.00',
        state: '已完成',
        placed: '2026-12-02 10:31:02',
      },
    ],
  },
  {
    fixture: 'taobao/bought-list',
    url: TAOBAO_LIST,
    orders: [
      {
        orderId: '3456789012345678901',
        payment: '先用后付',
        amount: '￥269.00',
        state: '卖家已发货',
        placed: '2026-11-25',
        merchant: '小米官方旗舰店',
      },
      {
        orderId: '3456789012345678902',
        payment: '先用后付',
        amount: '￥199.00',
        state: '交易成功',
        placed: '2026-11-27',
        deadline: '剩余 5 天',
        merchant: '优衣库官方旗舰店',
      },
      {
        orderId: '3456789012345678903',
        payment: '花呗分期(3期)',
        amount: '￥159.00',
        state: '买家已付款',
        placed: '2026-11-20',
        merchant: '苏泊尔官方旗舰店',
      },
      {
        orderId: '3456789012345678905',
        payment: '先用后付',
        amount: '￥35.80',
        state: '交易关闭',
        placed: '2026-11-16',
        merchant: '良品铺子旗舰店',
      },
      {
        orderId: '3456789012345678906',
        payment: '先用后付 已付款',
        settlement: '先用后付 已付款',
        amount: '￥169.00',
        state: '交易成功',
        placed: '2026-11-02',
        merchant: '罗技官方旗舰店',
      },
    ],
  },
  { fixture: 'taobao/bought-list-late', url: TAOBAO_LIST, orders: [] },
  {
    fixture: 'taobao/bought-list-classic',
    url: `${TAOBAO_LIST}?tabCode=waitConfirm`,
    orders: [
      {
        orderId: '2345678901234567001',
        payment: '芝麻先用后付',
        amount: '59.90',
        state: '等待买家付款',
        placed: '2026-11-23 08:00',
        deadline: '请于2026年12月10日前付款',
        merchant: '天猫超市',
      },
      {
        orderId: '2345678901234567002',
        payment: '花呗',
        amount: '499.00',
        state: '卖家已发货',
        placed: '2026-11-21 22:10',
        merchant: '华为官方旗舰店',
      },
    ],
  },
  {
    fixture: 'taobao/order-details',
    url: TAOBAO_DETAILS('3456789012345678901'),
    orders: [
      {
        orderId: '3456789012345678901',
        payment: '付款方式：先用后付',
        amount: '实付款：¥269.00',
        state: '卖家已发货',
        placed: '2026-11-25 13:20:05',
        merchant: '小米官方旗舰店',
      },
    ],
  },
  {
    fixture: 'taobao/order-details-received',
    url: TAOBAO_DETAILS('3456789012345678921'),
    orders: [
      {
        orderId: '3456789012345678921',
        payment: '付款方式：先用后付（待付款）',
        amount: '实付款：¥399.00',
        state: '交易成功',
        placed: '2026-11-24 10:00:00',
        received: '2026-11-30 09:00:00',
        merchant: '小熊电器旗舰店',
      },
    ],
  },
  {
    fixture: 'taobao/order-details-huabei',
    url: TAOBAO_DETAILS('3456789012345678903'),
    orders: [
      {
        orderId: '3456789012345678903',
        payment: '付款方式：花呗分期(3期)',
        amount: '实付款：¥159.00',
        state: '买家已付款',
        placed: '2026-11-20 15:30:00',
        merchant: '苏泊尔官方旗舰店',
      },
    ],
  },
  {
    fixture: 'tmall/order-details',
    url: TMALL_DETAILS('2345678901234567011'),
    orders: [
      {
        orderId: '2345678901234567011',
        payment: '付款方式：芝麻先用后付',
        amount: '实付款：¥1,299.00',
        state: '等待买家付款',
        placed: '2026-11-26 20:00:00',
        deadline: '最晚付款时间：2026-12-10 12:00',
        merchant: '戴森官方旗舰店',
      },
    ],
  },
  {
    fixture: 'tmall/order-details-closed',
    url: TMALL_DETAILS('2345678901234567012'),
    orders: [
      {
        orderId: '2345678901234567012',
        payment: '付款方式：先用后付',
        amount: '实付款：¥79.00',
        state: '交易关闭',
        placed: '2026-11-19 07:45:00',
        merchant: '得宝官方旗舰店',
      },
    ],
  },
  { fixture: 'tmall/order-details-late', url: TMALL_DETAILS('2345678901234567013'), orders: [] },
  {
    fixture: 'pinduoduo/orders-list',
    url: PDD_LIST,
    orders: [
      { orderId: '261128-100000000000011', payment: '先用后付', amount: '实付: ￥59.00', state: '待收货' },
      {
        orderId: '261125-100000000000012',
        payment: '先用后付',
        amount: '实付: ￥19.90',
        state: '待付款',
        deadline: '剩余2天',
      },
      { orderId: '261118-100000000000014', payment: '先用后付', amount: '实付: ￥12.80', state: '已取消' },
    ],
  },
  {
    fixture: 'pinduoduo/orders-list-paid',
    url: PDD_LIST,
    orders: [
      {
        orderId: '261201-100000000000001',
        payment: '先用后付 已付款',
        settlement: '先用后付 已付款',
        amount: '实付: ￥99.00',
        state: '交易成功',
      },
      { orderId: '261128-100000000000011', payment: '先用后付', amount: '实付: ￥59.00', state: '待收货' },
    ],
  },
  { fixture: 'pinduoduo/orders-late', url: PDD_LIST, orders: [] },
  // The old fixture has no order numbers: an order the page does not number cannot be read.
  { fixture: 'pinduoduo/orders', url: PDD_LIST, orders: [] },
  {
    fixture: 'pinduoduo/order-details',
    url: PDD_DETAILS('261201-100000000000001'),
    orders: [
      {
        orderId: '261201-100000000000001',
        payment: '支付方式先用后付',
        amount: '实付款￥99.00',
        state: '待付款',
        placed: '2026-12-01 19:20:11',
        deadline: '请在2026-12-12 23:59前完成付款',
      },
    ],
  },
  {
    fixture: 'pinduoduo/order-details-shipped',
    url: PDD_DETAILS('261128-100000000000011'),
    orders: [
      {
        orderId: '261128-100000000000011',
        payment: '支付方式先用后付',
        amount: '实付款￥59.00',
        state: '待收货',
        placed: '2026-11-28 08:15:00',
      },
    ],
  },
  {
    fixture: 'pinduoduo/order-details-received',
    url: PDD_DETAILS('261124-100000000000031'),
    orders: [
      {
        orderId: '261124-100000000000031',
        payment: '支付方式先用后付',
        amount: '实付款￥129.00',
        state: '待付款',
        placed: '2026-11-24 12:00:00',
        received: '2026-11-29 10:30:00',
        deadline: '剩余 1 天 20 小时',
      },
    ],
  },
];

/** What the fixtures hold about the shopper and the goods, none of which a reading may carry. */
const PERSONAL = [
  '张三丰',
  '李四',
  '王五',
  '赵六',
  '王小明',
  '138****5678',
  '13912345678',
  '13800005678',
  '150****3344',
  '建国路88号',
  '世纪大道100号',
  '华夏路10号',
  '科技园南区',
  '文三路90号',
  'jd_zhangsan2026',
  'tb_zhang_sanfeng',
  'AirPods',
  '充电器',
  'iPad',
  '小米手环',
  '电动牙刷',
  '乳胶枕',
  '大米',
  '吹风机',
  'PassKey',
];

describe.each(CASES)('$fixture', ({ fixture, url, orders }) => {
  const reader = orderReaderFor(new URL(url));
  const doc = fixtureDocument(`${fixture}.html`);
  const reading = reader?.read(doc, new URL(url));

  it('is read by the reader of its page type', () => {
    expect(reader?.site).toBe(fixture.split('/')[0]);
  });

  it('reads exactly its pay-later orders, in the page’s words', () => {
    expect(reading?.orders).toEqual(orders);
  });

  it('reads nothing personal and none of the goods', () => {
    const text = JSON.stringify(reading?.orders);
    for (const personal of PERSONAL) expect(text, personal).not.toContain(personal);
  });

  it('puts the panel above the orders, never at the end of the page', () => {
    if (orders.length === 0) {
      expect(reading?.anchor).toBeNull();
      return;
    }
    const anchor = reading?.anchor;
    if (!anchor) throw new Error('no anchor');
    expect(anchor.tagName).not.toBe('BODY');
    // The first order's number (in its text or a link) comes after the anchor, outside it.
    const id = orders[0]?.orderId ?? '-';
    const first = [...doc.querySelectorAll('body *')].find(
      (element) =>
        (element.children.length === 0 && element.textContent?.includes(id)) ||
        element.getAttribute('href')?.includes(id),
    );
    if (!first) throw new Error('the first order’s number is not on the page');
    expect(anchor.contains(first)).toBe(false);
    expect(anchor.compareDocumentPosition(first) & 4 /* DOCUMENT_POSITION_FOLLOWING */).toBe(4);
  });
});

describe('order-page words', () => {
  it.each([
    '先用后付',
    '京东白条',
    '白条支付',
    '支付方式：先用后付',
    '花呗分期(3期)',
    '先用后付 已付款',
    '先用后付（待付款）',
    '芝麻先用后付',
    '京东白条（3期）',
    '京东白条分6期',
    '微信支付分',
  ])('%s says how an order is paid', (text) => {
    expect(isPaymentMark(text)).toBe(true);
  });

  it.each([
    '白条鸡',
    '白条鸡 1kg 冷冻',
    '先用后付专享',
    '先用后付专享 维达抽纸',
    '开通京东白条，享先用后付',
    '在线支付',
    '微信支付',
    '',
    '先用后付'.repeat(7),
  ])('%s does not', (text) => {
    expect(isPaymentMark(text)).toBe(false);
  });

  it('reads a state written alone or behind a label, and joined to a program only when asked', () => {
    expect(stateOf('等待付款')).toBe('等待付款');
    expect(stateOf('订单状态：交易成功')).toBe('交易成功');
    expect(stateOf('当前订单状态：卖家已发货')).toBe('卖家已发货');
    // An icon's "!" before the label; received, and still to pay (a 先用后付 order).
    expect(stateOf('!订单状态：买家已确认收货，待付款')).toBe('买家已确认收货，待付款');
    expect(stateOf('先用后付 待付款')).toBeUndefined();
    expect(stateOf('先用后付 待付款', true)).toBe('待付款');
    expect(stateOf('取消订单')).toBeUndefined();
    expect(stateOf('确认收货')).toBeUndefined();
  });
});

describe('orders found by what they carry', () => {
  const read = (url: string, body: string) =>
    orderReaderFor(new URL(url))?.read(
      parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document,
      new URL(url),
    ).orders;

  it('reads 已收货待扣款 and 将于…自动扣款 on a card, and a bare date in a list card’s header as the day placed', () => {
    const [received] =
      read(
        PDD_LIST,
        `<div data-order-sn="261126-119380247756021"><span>罗莱家纺官方店</span><span>已收货待扣款</span>
        <div><em>先用后付</em><span>将于12月09日自动扣款</span></div><div>实付:<span>￥</span><b>118</b>.00</div></div>`,
      ) ?? [];
    expect(received?.state).toBe('已收货待扣款');
    expect(received && interpretOrder('pinduoduo', received, Date.parse('2026-12-05T04:00:00Z'))).toMatchObject({
      state: 'awaiting-payment',
      deadline: '2026-12-09',
      amount: 11800,
    });
    const [dated] =
      read(
        TAOBAO_LIST,
        `<div class="Order--card--x1"><div><span>2026-11-30</span><span><span>订单号</span><span>: </span>
        <span>4128837462019385427</span></span></div><div><span>先用后付</span><span>卖家已发货</span>
        <span>实付款</span><span>¥</span><span>89.90</span></div></div>`,
      ) ?? [];
    expect(dated?.placed).toBe('2026-11-30');
  });

  it('finds an order whose number is only in its card’s attribute (data-order-sn)', () => {
    const orders = read(
      PDD_LIST,
      `<div class="_3kS2x"><div class="_1qEjd" data-order-sn="261201-597312048816432">
        <div><span>品质家居店</span><span>待付款</span></div><div>四件套 1.8m床</div>
        <div><span>先用后付</span><span>实付:</span><span>¥</span><span>259</span><span>.00</span></div>
        <div role="button">去付款</div></div>
      <div class="_1qEjd" data-order-sn="261130-597312048816433"><div><span>水果铺</span><span>已完成</span></div>
        <div><span>微信支付</span><span>实付:</span><span>¥</span><span>19</span><span>.90</span></div></div></div>`,
    );
    expect(orders).toEqual([
      { orderId: '261201-597312048816432', payment: '先用后付', amount: '实付:¥259.00', state: '待付款' },
    ]);
  });

  it('reads the page’s word that the deferred payment was made, wherever it stands', () => {
    const [order] =
      read(
        TMALL_DETAILS('3312457790012345678'),
        `<div class="status"><span>当前订单状态：</span><span>交易成功</span></div>
        <div class="notice">先享后付：已付款，于2026-11-30自动扣款</div>
        <div>付款方式：<span>先享后付</span></div><div>实付款：<span>¥</span><span>328.00</span></div>`,
      ) ?? [];
    expect(order?.settlement).toBe('先享后付：已付款');
    expect(order && interpretOrder('tmall', order, Date.parse('2026-12-05T04:00:00Z'))?.settled).toBe(true);
  });

  it('takes no word of what will happen for a payment made', () => {
    const [order] =
      read(
        TMALL_DETAILS('3312457790012345679'),
        `<div class="status">当前订单状态：卖家已发货</div>
        <div class="notice">先享后付订单扣款成功后将短信通知您</div><div>付款方式：先享后付</div>`,
      ) ?? [];
    expect(order?.settlement).toBeUndefined();
    expect(order && interpretOrder('tmall', order, Date.parse('2026-12-05T04:00:00Z'))?.settled).toBe(false);
  });
});

describe('amounts as lists draw them', () => {
  it('reads a price split across spans with space between, and a bold price under a column header', () => {
    const url = new URL(TAOBAO_LIST);
    const doc = parseHTML(`<!doctype html><html><body>
      <table class="bought-table-mod__table___AbC12"><tr><th>宝贝</th><th>单价</th><th>数量</th><th>实付款</th><th>交易状态</th></tr></table>
      <div class="index-mod__order-container___Xy91z"><table>
        <tr><td>2026-11-30</td><td>订单号: <span>3312457790012345001</span></td><td>优衣库官方旗舰店</td></tr>
        <tr><td>摇粒绒外套 男款</td><td><del>￥199.00</del><p><span>￥</span><span>129.00</span></p></td><td>1</td>
          <td><div><strong><span>￥</span>
            <span>99.90</span></strong><p>(含运费：￥0.00)</p><p>先用后付</p></div></td>
          <td><p>等待买家付款</p><p>剩余6天</p></td></tr></table></div>
      <div class="index-mod__order-container___Xy91z"><table>
        <tr><td>2026-11-28</td><td>订单号: <span>3312457790012345002</span></td></tr>
        <tr><td><span>先用后付</span></td><td><span>实付款</span><span>￥</span> <span>89</span> <span>.90</span></td><td>卖家已发货</td></tr></table></div>
      </body></html>`).document as unknown as Document;
    const orders = orderReaderFor(url)?.read(doc, url).orders;
    expect(orders?.map(({ orderId, amount, state }) => ({ orderId, amount, state }))).toEqual([
      { orderId: '3312457790012345001', amount: '￥ 99.90', state: '等待买家付款' },
      { orderId: '3312457790012345002', amount: '实付款￥ 89 .90', state: '卖家已发货' },
    ]);
    expect(orders?.map((order) => interpretOrder('taobao', order, Date.parse('2026-12-05T04:00:00Z'))?.amount)).toEqual(
      [9990, 8990],
    );
  });
});

describe('amounts on a details page', () => {
  it('takes 应付款 for the amount, and never a recommended item’s bold price', () => {
    const url = new URL(TAOBAO_DETAILS('4173502288916630417'));
    const page = (amount: string) =>
      parseHTML(`<!doctype html><html><body><div>已收货，待付款</div><div>支付方式：先用后付</div>${amount}
        <div class="recommend"><p>香薰精油 10ml*6瓶</p><b>¥19.90</b></div></body></html>`)
        .document as unknown as Document;
    const amountOf = (doc: Document) => orderReaderFor(url)?.read(doc, url).orders[0]?.amount;
    expect(amountOf(page('<div><span>应付款：</span><span>¥</span><span>89.90</span></div>'))).toBe('应付款：¥89.90');
    expect(amountOf(page(''))).toBeUndefined();
  });
});

describe('what pages by other hands showed', () => {
  const NOW = Date.parse('2026-12-05T04:00:00Z');
  const read = (url: string, body: string) =>
    orderReaderFor(new URL(url))?.read(
      parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document,
      new URL(url),
    ).orders ?? [];

  it('reads two states in one, the later step deciding: received, not yet paid', () => {
    expect(stateOf('已收货，待付款')).toBe('已收货，待付款');
    expect(stateOf('已付款，待发货')).toBe('已付款，待发货');
    expect(stateOf('已收货，请及时评价')).toBeUndefined();
    const [order] = read(
      TAOBAO_DETAILS('4173502288916630417'),
      `<div><div>当前订单状态：</div><div>已收货，待付款</div></div><div>付款方式：先用后付（支付宝）</div>
      <table><tr><td>加湿器 4L</td><td>99.00</td><td>已收货</td></tr></table>`,
    );
    expect(order?.state).toBe('已收货，待付款');
    expect(order && interpretOrder('taobao', order, NOW)?.state).toBe('awaiting-payment');
  });

  it('takes no goods title with a price per period for how an order is paid', () => {
    expect(isPaymentMark('花呗分期 ￥99/期 手机')).toBe(false);
  });

  it.each([
    '先享后付（支付宝）',
    '先用后付（支付宝）',
    '微信支付分·先享后付',
    '花呗分期 3期 · ￥433.00/期',
    '花呗分期 每期￥433.00',
    '京东白条不分期',
  ])('%s says how an order is paid', (text) => {
    expect(isPaymentMark(text)).toBe(true);
  });

  it('reads each card alone when a search box’s hint says 订单号 above them all', () => {
    const card = (id: string, time: string, amount: string, way: string, state: string) =>
      `<div class="ol-card"><div class="hd"><span>${time}</span><span>订单号：<a href="//details.jd.com/normal/item.action?orderid=${id}">${id}</a></span></div>
      <div class="bd"><div>${amount}</div><div>${way}</div><div>${state}</div></div></div>`;
    const orders = read(
      JD_LIST,
      `<div class="main"><div class="filter"><span>商品名称/商品编号/订单号 <input></span></div>
      ${card('318822640517', '2026-11-30 22:47:15', '总额 ¥2,399.00', '京东白条', '等待收货')}
      ${card('318755903162', '2026-11-25 14:20:09', '应付 ¥149.00', '先用后付', '<span>待付款</span><p>请于 2026-12-07 23:59 前付款</p>')}</div>`,
    );
    expect(orders).toEqual([
      {
        orderId: '318822640517',
        payment: '京东白条',
        amount: '总额 ¥2,399.00',
        state: '等待收货',
        placed: '2026-11-30 22:47:15',
      },
      {
        orderId: '318755903162',
        payment: '先用后付',
        amount: '应付 ¥149.00',
        state: '待付款',
        placed: '2026-11-25 14:20:09',
        deadline: '请于 2026-12-07 23:59 前付款',
      },
    ]);
  });

  it('takes a bare time for when the order was placed only in a list’s order, never on a details page', () => {
    const [order] = read(
      TMALL_DETAILS('3312457790012345678'),
      `<div>2026-12-05 06:42:10</div><div>付款方式：先享后付</div><div>当前订单状态：卖家已发货</div>`,
    );
    expect(order?.placed).toBeUndefined();
  });

  it('reads what is still to pay under 待付, 待支付 and 收货后付, and never a date or 先用后付 beside a price', () => {
    const amountOf = (line: string) =>
      read(PDD_LIST, `<div data-order-sn="261121-385820417736102"><span>先用后付</span>${line}</div>`)[0]?.amount;
    expect(amountOf('<span>共1件商品 待付:</span><span>¥</span><span>259</span><span>.00</span>')).toBe('待付:¥259.00');
    expect(amountOf('<span>确认收货后付:</span><span>¥</span><span>79.90</span>')).toBe('后付:¥79.90');
    expect(amountOf('<div><span>待支付</span> <span>¥119.00</span></div>')).toBe('待支付 ¥119.00');
    expect(amountOf('<span>待付款</span> <span>2026-12-07 前</span>')).toBeUndefined();
    expect(amountOf('<span>先用后付 ¥149.00 起</span>')).toBeUndefined();
  });

  it('reads 订单总价 only where no stronger label is, and 需付款 as what is to pay', () => {
    const amountOf = (lines: string) =>
      read(TMALL_DETAILS('4193718420556217836'), `<div>支付方式：先享后付<span>芝麻信用</span></div>${lines}`)[0]
        ?.amount;
    expect(
      amountOf(
        '<div><span>商品总价：</span><span>¥159.00</span></div><div><span>订单总价</span><span>：</span><span>¥129.00</span></div>',
      ),
    ).toBe('总价：¥129.00');
    expect(
      amountOf(
        '<div>订单总价：¥159.00</div><div><span>需付款</span><span>¥</span><span>198</span><span>.90</span></div>',
      ),
    ).toBe('需付款¥198.90');
  });

  it('takes the time a step bar gives 提交订单 or 拍下商品 for when the order was placed', () => {
    const placedOf = (step: string) =>
      read(JD_DETAILS('305719264381'), `<div>${step}<br>2026-11-11 00:07:42</div><div>付款方式：京东白条</div>`)[0]
        ?.placed;
    expect(placedOf('提交订单')).toBe('2026-11-11 00:07:42');
    expect(placedOf('拍下商品')).toBe('2026-11-11 00:07:42');
    expect(placedOf('商品出库')).toBeUndefined();
  });

  it('reads the order’s state, not the deferred payment’s beside the program’s name', () => {
    const [order] = read(
      TAOBAO_LIST,
      `<div><span>2026-11-08</span><span>订单号</span><span>: </span><span>4871564420938004803</span>
      <p><strong>￥68.50</strong></p><p><span>先用后付</span><span>已付款</span></p><p><span>交易成功</span></p></div>`,
    );
    expect(order?.state).toBe('交易成功');
    expect(order && interpretOrder('taobao', order, NOW)).toMatchObject({ state: 'completed', settled: true });
  });

  it('reads a card drawn as one link to the order, but never a tab’s word', () => {
    const orders = read(
      PDD_LIST,
      `<nav><a href="/orders.html?type=1">待付款</a></nav>
      <div><a href="/order.html?order_sn=261124-602157739148820"><div><span>南极人家纺专营店</span><div>交易成功</div></div>
        <div>南极人 加厚珊瑚绒毛毯 冬季午睡盖毯</div><div><span>先享后付</span>共1件商品 <span>实付:</span><span>¥58.60</span></div>
        <div><span>微信支付分</span><span> · </span><span>已扣款</span></div></a></div>
      <div><a href="/order.html?order_sn=261201-093618274401583"><div>鲜花店</div><div><span>先享后付</span><span>待支付:¥79.00</span></div></a></div>`,
    );
    expect(orders.map(({ state, settlement }) => ({ state, settlement }))).toEqual([
      { state: '交易成功', settlement: '微信支付分 · 已扣款' },
      { state: undefined, settlement: undefined },
    ]);
    expect(interpretOrder('pinduoduo', orders[0] as OrderFacts, NOW)?.settled).toBe(true);
  });

  it('reads 先用后付 · 已自动扣款 as the payment made', () => {
    const [order] = read(
      PDD_DETAILS('261118-482917365021847'),
      `<div>交易成功</div><div>先用后付 · 已自动扣款 ¥23.80，扣款时间 2026-11-26 10:12:05</div><div>支付方式 先用后付</div>`,
    );
    expect(order && interpretOrder('pinduoduo', order, NOW)?.settled).toBe(true);
  });

  it('reads a payment card whose own line says 已扣款, and not one that says 待扣款 or a 已付款 far from the program', () => {
    const settledBy = (card: string, rest = '') => {
      const [order] = read(
        PDD_DETAILS('261127-457210938864152'),
        `<div>交易成功</div>${card}<div><span>支付方式</span><span>微信支付分·先享后付</span></div>${rest}`,
      );
      return order && interpretOrder('pinduoduo', order, NOW)?.settled;
    };
    const card = (line: string) =>
      `<div><div><div><span>微信支付分</span> <span>先享后付</span></div><div>确认收货后自动从微信扣款</div></div>
      <div><span>${line}</span> <span>¥56.80</span></div></div>`;
    expect(settledBy(card('已扣款'))).toBe(true);
    expect(settledBy(card('待扣款'))).toBe(false);
    expect(settledBy(card('预计扣款'))).toBe(false);
    expect(
      settledBy('', `<div><p>${'好麦多 奇亚籽水果燕麦片 酸奶果粒 早餐即食冲饮 '.repeat(3)}</p><p>已付款</p></div>`),
    ).toBe(false);
  });

  it('reads 买家已收货，先用后付待付款 as awaiting payment, before a goods row’s 已收货', () => {
    const [order] = read(
      TMALL_DETAILS('3912457730218865143'),
      `<div>当前订单状态：<span>买家已收货，先用后付待付款</span></div><div>付款方式：先用后付（支付宝）</div>
      <table><tr><td>宝贝</td><td>已收货</td></tr></table>`,
    );
    expect(order && interpretOrder('tmall', order, NOW)?.state).toBe('awaiting-payment');
    expect(stateOf('先用后付待付款')).toBeUndefined();
  });

  it('settles a 白条 order whose own bill says 白条已还款, its 还款日期 the day repaid; never one that only owes', () => {
    const interpret = (strip: string) => {
      const [order] = read(
        JD_DETAILS('312845069271'),
        `<div>已完成</div><div>付款方式：京东白条（不分期）</div>${strip}`,
      );
      return order && interpretOrder('jd', order, NOW);
    };
    expect(interpret('<div><span>白条已还款</span><span>还款日期：2026-12-01</span></div>')).toMatchObject({
      settled: true,
    });
    expect(interpret('<div><span>白条已还款</span><span>还款日期：2026-12-01</span></div>')?.deadline).toBeUndefined();
    expect(interpret('<div><span>白条待还款</span><span>还款日期：2026-12-10</span></div>')).toMatchObject({
      settled: false,
      deadline: '2026-12-10',
    });
  });

  it('reads 商品已签收，等待买家付款 as not yet paid', () => {
    expect(stateOf('商品已签收，等待买家付款')).toBe('商品已签收，等待买家付款');
    expect(stateOf('商品已签收')).toBe('商品已签收');
    expect(stateOf('商品已签收，请评价')).toBeUndefined();
  });

  it('takes 还剩 … 自动扣款 and 最晚12月06日 for deadlines, never a countdown to the receipt or a delivery day', () => {
    const deadlineOf = (line: string) =>
      read(PDD_DETAILS('261128-604173258841972'), `<div>待付款</div><div>支付方式 先用后付</div><div>${line}</div>`)[0]
        ?.deadline;
    expect(deadlineOf('还剩<span>9</span>天<span>2</span>时自动扣款')).toBe('还剩9天2时');
    expect(deadlineOf('请在 1天 05:37:12 内支付（最晚12月06日23:59）')).toBe('最晚12月06日23:59');
    expect(deadlineOf('<dt>原应付款日</dt><dd>2026年11月28日</dd>')).toBe('应付款日2026年11月28日');
    expect(deadlineOf('商家已发货，还剩 9天23时 自动确认收货')).toBeUndefined();
    expect(deadlineOf('还剩9天4时 确认收货')).toBeUndefined();
    expect(deadlineOf('<p><span>还剩9天23时自动确认</span></p>')).toBeUndefined();
    expect(deadlineOf('预计最晚12月08日送达')).toBeUndefined();
  });

  it('reads 最晚扣款日, a countdown after 还剩：, and an amount label with a note in brackets', () => {
    const [order] = read(
      TMALL_DETAILS('3816205547712093981'),
      `<div>卖家已发货</div><div>付款方式：先用后付</div>
      <div>距自动扣款还剩：<em>3</em>天<em>13</em>时（最晚扣款日 2026年12月08日）</div>
      <div><span>商品总价：</span><span>¥149.00</span></div>
      <div><span>实付款（待扣款）：</span><span><span>¥</span>129.00</span></div>`,
    );
    expect(order?.amount).toBe('实付款（待扣款）：¥129.00');
    expect(order && interpretOrder('tmall', order, NOW)).toMatchObject({ amount: 12900, deadline: '2026-12-08' });
    const [counted] = read(
      TMALL_DETAILS('3816205547712093981'),
      '<div>卖家已发货</div><div>付款方式：先用后付</div><div>距自动扣款还剩：<em>3</em>天<em>13</em>时</div>',
    );
    expect(counted?.deadline).toBe('还剩：3天13时');
  });

  it('reads past a zero to pay on a cancelled order, and an amount with the program’s badge beside its label', () => {
    const [order] = read(
      PDD_DETAILS('261128-604173258841972'),
      `<div>已取消</div><div><span>订单金额<em>先用后付</em></span><span>¥</span><span>39</span><span>.90</span></div>
      <div><span>需付款</span><span>¥0.00（已取消，无需付款）</span></div><div>支付方式 先用后付</div>`,
    );
    expect(order?.amount).toBe('订单金额先用后付¥39.90');
    const [spaced] = read(
      PDD_DETAILS('261128-604173258841972'),
      `<div>已取消</div><div>订单金额 <em>先用后付</em> ¥39.90</div><div>支付方式 先用后付</div>`,
    );
    expect(spaced?.amount).toBe('订单金额 先用后付 ¥39.90');
    expect(order && interpretOrder('pinduoduo', order, NOW)?.amount).toBe(3990);
  });

  it('takes 通过「先用后付」完成付款, 付款状态：已付款 and 扣款状态：已扣款 for the payment made, and not 请…前完成付款', () => {
    const settledBy = (line: string) => {
      const [order] = read(
        JD_DETAILS('307218846530'),
        `<div>已完成</div><dl><dt>付款方式：</dt><dd>先用后付</dd></dl>${line}`,
      );
      return order && interpretOrder('jd', order, NOW)?.settled;
    };
    expect(settledBy('<div>本订单已通过「先用后付」完成付款。</div>')).toBe(true);
    expect(settledBy('<dl><dt>付款状态：</dt><dd>已付款</dd></dl>')).toBe(true);
    expect(settledBy('<div><span>扣款状态：</span><span>已扣款</span></div>')).toBe(true);
    expect(settledBy('<div><span>扣款状态：</span><span>待扣款</span></div>')).toBe(false);
    expect(settledBy('<div>先用后付订单，请在 2026-12-11 前完成付款</div>')).toBe(false);
    expect(settledBy('<dl><dt>付款状态：</dt><dd>未付款</dd></dl>')).toBe(false);
  });

  it('takes the order’s own 付款方式 line before a header’s link to the 京东白条 service', () => {
    const [order] = read(
      JD_DETAILS('312874650193'),
      `<div class="nav"><a href="//baitiao.jd.com/">京东白条</a></div><div>已取消</div>
      <div><span>付款方式：</span><div>先用后付</div></div><div>应付总额：¥139.00</div>`,
    );
    expect(order?.payment).toBe('付款方式：先用后付');
    expect(order && interpretOrder('jd', order, NOW)?.program).toBe('jd-paylater');
  });

  it('reads 已于12月03日扣款, 已提前付款, 待扣款 and 等待买家确认收货', () => {
    const [deducted, pending] = read(
      PDD_LIST,
      `<div><a href="/order.html?order_sn=261126-590318847201734"><div>交易成功</div><div><span>实付:</span><span>¥45.60</span></div>
        <div><span>微信支付分</span><span>先享后付 · 已于12月03日扣款 ¥45.60</span></div></a></div>
      <div><a href="/order.html?order_sn=261203-448206917352890"><div>待收货</div><div><span>待扣款:</span><span>¥59.00</span></div>
        <div><span>微信支付分</span><span>先享后付 · 确认收货后自动扣款</span></div></a></div>`,
    );
    expect(deducted && interpretOrder('pinduoduo', deducted, NOW)?.settled).toBe(true);
    expect(pending && interpretOrder('pinduoduo', pending, NOW)).toMatchObject({ amount: 5900, settled: false });
    const [early] = read(
      TAOBAO_DETAILS('4128853307156630917'),
      `<div>卖家已发货，等待买家确认收货</div><div><span>先用后付</span><span>已提前付款</span></div><div>付款方式：先用后付</div>`,
    );
    expect(early && interpretOrder('taobao', early, NOW)).toMatchObject({ state: 'awaiting-receipt', settled: true });
  });

  it('takes "最晚将于 … 从微信扣款" for the deadline', () => {
    const [order] = read(
      PDD_DETAILS('261128-418837025169340'),
      `<div>待收货</div><div><b>微信支付分 | 先享后付</b><div>确认收货后自动扣款，最晚将于 2026年12月15日 从微信扣款 ¥119.00</div></div>`,
    );
    expect(order?.deadline).toBe('最晚将于 2026年12月15日 从微信扣款');
    expect(order && interpretOrder('pinduoduo', order, NOW)?.deadline).toBe('2026-12-15');
  });
  it('reads an overdue order (已逾期) as still to pay, and its "请尽快付款 ¥58.00" as the amount', () => {
    const [order] = read(
      PDD_LIST,
      `<div><p data-test="订单状态">已逾期</p><a href="/order.html?order_sn=261120-097731864420539">苹果 5斤</a>
        <div><p><span>¥</span><span>58.00</span><span>×1</span></p></div>
        <div><span><b>先用后付</b> 已逾期 请尽快付款</span><span><span>¥</span><span>58</span><span>.00</span></span></div>
        <div>付款截止日 2026-12-01，已逾期4天</div></div>`,
    );
    expect(order && interpretOrder('pinduoduo', order, NOW)).toMatchObject({
      state: 'awaiting-payment',
      amount: 5800,
      deadline: '2026-12-01',
      settled: false,
    });
  });
  it('reads the order’s own state, not the deferred payment’s state under the program’s tag', () => {
    const [overdue] = read(
      TAOBAO_LIST,
      `<div><span>2026-11-09</span><span>订单号</span><span>: </span><span>4127365508812946371</span>
      <div><p><strong>￥129.00</strong></p><div><span>先用后付</span><p><span>已逾期</span></p>
      <p><span>请尽快付款</span> <span>￥</span><span>129.00</span></p></div></div><p><span>交易成功</span></p></div>`,
    );
    expect(overdue?.state).toBe('交易成功');
    expect(overdue && interpretOrder('taobao', overdue, NOW)).toMatchObject({ state: 'completed', settled: false });
  });

  it('reads what is still to pay once the order is received (确认收货后需付 ¥82.90)', () => {
    const [order] = read(
      PDD_DETAILS('251207-384920175630291'),
      `<div>待收货<span>先用后付</span></div><div><span>商品总价</span><b>¥89.90</b></div>
      <div><span>确认收货后需付</span><strong>¥82.90</strong></div><div><span>支付方式</span><span>先用后付</span></div>`,
    );
    expect(order && interpretOrder('pinduoduo', order, NOW)).toMatchObject({ program: 'pdd-paylater', amount: 8290 });
  });

  it('reads a labelled payment line by its lead, and never a recommended item’s tag', () => {
    const url = TMALL_DETAILS('3807164429518826471');
    const page = (line: string) =>
      read(
        url,
        `<div><h2>当前订单状态：卖家已发货，等待买家确认收货</h2></div>
        <dl><dt>付款方式：</dt><dd>${line}</dd><dt>创建时间：</dt><dd>2024-05-18 21:03:47</dd></dl>
        <div>实付款：<strong>￥3,299.00</strong></div>
        <div><h3>猜你喜欢</h3><div><div><p>戴森 吹风机</p><p>￥2,999.00</p><span>先用后付</span></div></div></div>`,
      );
    const [huabei] = page('花呗分期 · 12期 <span>免息</span> 每期 ￥274.92（已付款，分期账单请在支付宝查看）');
    expect(huabei?.payment).toMatch(/^(?:付款方式：)?花呗分期 · 12期 免息$/);
    expect(huabei && interpretOrder('tmall', huabei, NOW)).toMatchObject({
      program: 'alipay-huabei',
      amount: 329900,
      state: 'awaiting-receipt',
      settled: false,
    });
    // Paid from the balance: the recommended goods' 先用后付 tag is no order of the shopper's.
    expect(page('余额宝')).toEqual([]);
    // A goods name that begins with a program's name is no labelled line's lead.
    expect(page('支付宝余额 花呗 专享礼包')).toEqual([]);
  });
});
