import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, calendarDate, todayIn } from '../../lib/dates';
import { dueFromPage, planFromPage } from '../../lib/orders/due';
import { interpretOrder, orderState, type PageOrder } from '../../lib/orders/interpret';
import { deadlineDate, pageDate } from '../../lib/orders/when';
import { programById } from '../../lib/programs';

// What the page's words mean: dates in Asia/Shanghai with and without years, deadlines as shops
// write them, states, programs, amounts, and when an order's bill is due.

/** 2026-12-02 20:29 in Shanghai (12:29 UTC). */
const NOW = Date.UTC(2026, 11, 2, 12, 29);
const TODAY = calendarDate('2026-12-02');
const d = (value: string): CalendarDate => calendarDate(value);
const rule = (program: Parameters<typeof programById>[0]) => {
  const found = programById(program);
  if (!found) throw new Error(program);
  return found.schedule.value;
};

describe('dates on order pages', () => {
  it.each([
    ['2026-12-06', '2026-12-06'],
    ['2026-12-06 23:59:59', '2026-12-06'],
    ['2026/12/6 09:00', '2026-12-06'],
    ['2026.12.06', '2026-12-06'],
    ['2026年12月6日 23:59', '2026-12-06'],
    ['2026 年 12 月 06 日', '2026-12-06'],
    ['下单时间：2026-11-20 21:05:11', '2026-11-20'],
  ])('reads %s as %s', (text, date) => {
    expect(pageDate(text, TODAY, 'past')?.date).toBe(date);
    expect(pageDate(text, TODAY, 'future')?.date).toBe(date);
  });

  it('puts a date without its year in the year that makes sense', () => {
    // In the past: the latest such day up to tomorrow.
    expect(pageDate('11-28 09:12', TODAY, 'past')?.date).toBe('2026-11-28');
    expect(pageDate('12月03日', TODAY, 'past')?.date).toBe('2026-12-03');
    expect(pageDate('12月30日', TODAY, 'past')?.date).toBe('2025-12-30');
    expect(pageDate('12-30', d('2027-01-03'), 'past')?.date).toBe('2026-12-30');
    // A deadline: within half a year either way.
    expect(pageDate('12月08日', TODAY, 'future')?.date).toBe('2026-12-08');
    expect(pageDate('01-05', TODAY, 'future')?.date).toBe('2027-01-05');
    expect(pageDate('11-30', TODAY, 'future')?.date).toBe('2026-11-30');
    expect(pageDate('12-30', d('2027-01-03'), 'future')?.date).toBe('2026-12-30');
    // 29 February only in a leap year.
    expect(pageDate('02-29', d('2028-01-10'), 'future')?.date).toBe('2028-02-29');
    expect(pageDate('2026-02-29', TODAY, 'past')).toBeUndefined();
  });

  it('reads no date where there is none, or none that exists', () => {
    for (const text of ['', '剩余 3 天', '2026-13-01', '12月32日', '订单号：290000000011']) {
      expect(pageDate(text, TODAY, 'future')).toBeUndefined();
    }
  });

  it('always gives a real date within a year of today, or none, for any month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (month, day) => {
        for (const tense of ['past', 'future'] as const) {
          const found = pageDate(`${month}月${day}日`, TODAY, tense)?.date;
          if (found === undefined) continue;
          expect(found.slice(5)).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
          const offset = (Date.parse(found) - Date.parse(TODAY)) / 86_400_000;
          expect(Math.abs(offset)).toBeLessThanOrEqual(366);
          if (tense === 'past') expect(offset).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('deadlines as shops write them', () => {
  it.each([
    ['请于2026-12-09 23:59:59前付款', '2026-12-09'],
    ['请于12月08日 23:59前付款', '2026-12-08'],
    ['请于2026年12月10日前付款', '2026-12-10'],
    ['请在2026-12-12 23:59前完成付款', '2026-12-12'],
    ['最晚付款时间：2026-12-10 12:00', '2026-12-10'],
    ['最晚付款时间：12月09日', '2026-12-09'],
    ['还款日：2026-12-15', '2026-12-15'],
    // Before midnight: the last day to pay is the day before.
    ['请于2026-12-10 00:00前付款', '2026-12-09'],
    // What is left, from 20:29 in Shanghai.
    ['剩余 5 天', '2026-12-07'],
    ['剩余2天', '2026-12-04'],
    ['剩余 3 天 12 小时', '2026-12-06'],
    ['剩余 1 天 2 小时', '2026-12-03'],
    ['5天后自动扣款', '2026-12-07'],
  ])('%s is due %s', (text, due) => {
    expect(deadlineDate(text, NOW)).toBe(due);
  });

  it('counts what is left from the time in Shanghai, whatever zone the browser is in', () => {
    // 23:30 in Shanghai: 3 hours left is tomorrow there.
    const lateEvening = Date.UTC(2026, 11, 2, 15, 30);
    expect(deadlineDate('剩余 0 天 3 小时', lateEvening)).toBe('2026-12-03');
    expect(deadlineDate('剩余 0 天 3 小时', NOW)).toBe('2026-12-02');
  });

  it('reads no deadline from words that state none', () => {
    for (const text of ['确认收货后7天内付款', '先用后付', '']) expect(deadlineDate(text, NOW)).toBeUndefined();
  });
});

describe('order states', () => {
  it.each([
    ['等待付款', 'awaiting-payment'],
    ['待付款', 'awaiting-payment'],
    ['等待买家付款', 'awaiting-payment'],
    ['买家已付款', 'paid'],
    ['等待卖家发货', 'paid'],
    ['待发货', 'paid'],
    ['卖家已发货', 'awaiting-receipt'],
    ['等待收货', 'awaiting-receipt'],
    ['待收货', 'awaiting-receipt'],
    ['已完成', 'completed'],
    ['交易成功', 'completed'],
    ['已签收', 'completed'],
    ['已确认收货', 'completed'],
    ['待确认收货', 'awaiting-receipt'],
    ['买家已确认收货，待付款', 'awaiting-payment'],
    ['已取消', 'cancelled'],
    ['交易关闭', 'cancelled'],
  ] as const)('%s is %s', (text, state) => {
    expect(orderState(text)).toBe(state);
  });
});

describe('interpreting an order', () => {
  const facts = { orderId: '290000000012', payment: '先用后付' };

  it('reads program, amount, state, dates and deadline', () => {
    expect(
      interpretOrder(
        'jd',
        {
          ...facts,
          amount: '¥2,399.00',
          state: '等待付款',
          placed: '2026-11-20 21:05:11',
          received: '11-25 18:00',
          deadline: '请于2026-12-09 23:59:59前付款',
          merchant: '京东自营',
        },
        NOW,
      ),
    ).toEqual({
      orderId: '290000000012',
      program: 'jd-paylater',
      amount: 239900,
      currency: 'CNY',
      state: 'awaiting-payment',
      placed: '2026-11-20',
      received: '2026-11-25',
      deadline: '2026-12-09',
      settled: false,
      merchant: '京东自营',
    });
  });

  it('tells the programs apart by the site’s words', () => {
    expect(interpretOrder('jd', { ...facts, payment: '京东白条' }, NOW)?.program).toBe('jd-baitiao');
    expect(interpretOrder('taobao', { ...facts, payment: '芝麻先用后付' }, NOW)?.program).toBe('alipay-paylater');
    expect(interpretOrder('tmall', { ...facts, payment: '花呗分期(3期)' }, NOW)?.program).toBe('alipay-huabei');
    expect(interpretOrder('pinduoduo', { ...facts, payment: '先用后付' }, NOW)?.program).toBe('pdd-paylater');
    // A word of another shop's program, or none: no pay-later order.
    expect(interpretOrder('jd', { ...facts, payment: '花呗' }, NOW)).toBeUndefined();
    expect(interpretOrder('jd', { ...facts, payment: '在线支付' }, NOW)).toBeUndefined();
  });

  it('settles an order only on the page’s own word that the deferred payment was made', () => {
    const settled = (payment: string, state?: string, site: 'jd' | 'taobao' = 'jd') =>
      interpretOrder(site, { ...facts, payment, ...(state ? { state } : {}) }, NOW)?.settled;
    expect(settled('先用后付 已付款', '已完成')).toBe(true);
    expect(settled('先用后付', '买家已付款', 'taobao')).toBe(true);
    // Completed is not paid: 先用后付 is paid after the goods are received.
    expect(settled('先用后付', '已完成')).toBe(false);
    expect(settled('先用后付（待付款）', '交易成功')).toBe(false);
    // 白条 paid the shop at once; what is owed to 白条 is on 白条's own bill.
    expect(settled('京东白条 已支付', '已完成')).toBe(false);
    // A cancelled order is cancelled, not paid.
    expect(settled('先用后付 已付款', '已取消')).toBe(false);
  });

  it('gives no amount for an amount it cannot trust', () => {
    for (const amount of ['¥0.00', '-¥50.00', '共1件 合计 ¥59.00', '免费']) {
      expect(interpretOrder('jd', { ...facts, amount }, NOW)?.amount, amount).toBeUndefined();
    }
  });

  it('takes a Pinduoduo order’s day from its number when the page shows no date', () => {
    const order = interpretOrder('pinduoduo', { orderId: '261128-100000000000011', payment: '先用后付' }, NOW);
    expect(order?.placed).toBe('2026-11-28');
    expect(interpretOrder('pinduoduo', { orderId: '271128-1000000000011', payment: '先用后付' }, NOW)?.placed).toBe(
      undefined,
    );
    expect(interpretOrder('jd', { orderId: '261128100000', payment: '先用后付' }, NOW)?.placed).toBeUndefined();
  });
});

describe('when an order’s bill is due, by its page', () => {
  const order = (fields: Partial<PageOrder>): PageOrder => ({
    orderId: '290000000012',
    program: 'jd-paylater',
    currency: 'CNY',
    settled: false,
    amount: 8990,
    ...fields,
  });

  it('takes the deadline the page states', () => {
    expect(dueFromPage(order({ deadline: d('2026-12-09') }), rule('jd-paylater'), 'jd', TODAY)).toEqual({
      due: '2026-12-09',
      from: { kind: 'page', site: 'jd', read: TODAY, basis: 'stated' },
    });
  });

  it('computes it from the receipt date the page states', () => {
    expect(
      dueFromPage(order({ placed: d('2026-11-21'), received: d('2026-11-25') }), rule('jd-paylater'), 'jd', TODAY),
    ).toEqual({ due: '2026-12-10', from: { kind: 'page', site: 'jd', read: TODAY, basis: 'receipt' } });
  });

  it('computes it from the order date where the rule counts from the purchase or a statement', () => {
    expect(
      dueFromPage(order({ program: 'jd-baitiao', placed: d('2026-11-15') }), rule('jd-baitiao'), 'jd', TODAY),
    ).toEqual({ due: '2026-12-15', from: { kind: 'page', site: 'jd', read: TODAY, basis: 'placed' } });
    expect(
      dueFromPage(order({ program: 'alipay-huabei', placed: d('2026-11-20') }), rule('alipay-huabei'), 'taobao', TODAY),
    ).toEqual({ due: '2026-12-09', from: { kind: 'page', site: 'taobao', read: TODAY, basis: 'placed' } });
  });

  it('estimates it without a receipt: from today for goods on their way, from the order day otherwise', () => {
    const onTheWay = order({ placed: d('2026-11-28'), state: 'awaiting-receipt' });
    expect(dueFromPage(onTheWay, rule('jd-paylater'), 'jd', TODAY)).toEqual({
      due: addDays(TODAY, 15),
      from: { kind: 'estimate' },
    });
    const receivedSomeDay = order({ placed: d('2026-11-28'), state: 'awaiting-payment' });
    expect(dueFromPage(receivedSomeDay, rule('jd-paylater'), 'jd', TODAY)).toEqual({
      due: '2026-12-13',
      from: { kind: 'estimate' },
    });
  });

  it('gives none without a date to count from', () => {
    expect(dueFromPage(order({}), rule('jd-paylater'), 'jd', TODAY)).toBeUndefined();
  });

  it('plans a bill tracked from the page on the page’s date, or today where it shows none', () => {
    expect(
      planFromPage({ ...order({ deadline: d('2026-12-09') }), amount: 8990 }, rule('jd-paylater'), 'jd', TODAY),
    ).toEqual({
      purchased: TODAY,
      schedule: [{ sequence: 1, due: '2026-12-09', amount: 8990, estimated: false }],
      dueFrom: { kind: 'page', site: 'jd', read: TODAY, basis: 'stated' },
    });
    const planned = planFromPage({ ...order({}), amount: 8990 }, rule('jd-paylater'), 'jd', TODAY);
    expect(planned).toMatchObject({ purchased: TODAY, dueFrom: { kind: 'estimate' } });
    expect(planned.schedule[0]).toMatchObject({ due: addDays(TODAY, 15), estimated: true });
  });

  it('reads today in Shanghai, so the tests hold in every zone', () => {
    expect(todayIn('Asia/Shanghai', NOW)).toBe(TODAY);
  });
});
