import { describe, expect, it } from 'vitest';
import type { SiteId } from '../../lib/ids';
import { siteById, siteForUrl } from '../../lib/sites';
import type { CheckoutSignals } from '../../lib/sites/types';
import { fixtureDocument } from './fixtures';

interface Case {
  readonly fixture: string;
  readonly url: string;
  readonly expected: Omit<CheckoutSignals, 'site' | 'currency'>;
}

// Every checkout fixture with what a shopper sees on it. Structures differ per site on purpose:
// list items, radios beside labels, labels wrapping radios, ARIA radios and switches, plan buttons.
const CHECKOUTS: readonly Case[] = [
  {
    fixture: 'jd/checkout-paylater',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1',
    expected: {
      total: 239900,
      options: [
        { program: 'jd-paylater', label: '先用后付确认收货后再付款', state: 'selectable' },
        { program: 'jd-baitiao', label: '京东白条最长30天免息', state: 'selectable' },
      ],
      wallets: ['jd-pay', 'wechat-pay'],
    },
  },
  {
    fixture: 'jd/checkout-unavailable',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    expected: {
      total: 239900,
      options: [
        {
          program: 'jd-paylater',
          label: '先用后付暂不可用：信用评估未通过',
          state: 'unavailable',
          reason: '先用后付暂不可用：信用评估未通过',
        },
        { program: 'jd-baitiao', label: '京东白条最长30天免息', state: 'selectable' },
      ],
      wallets: ['jd-pay', 'wechat-pay'],
    },
  },
  {
    fixture: 'jd/checkout-radios',
    url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
    expected: {
      total: 129900,
      options: [
        { program: 'jd-baitiao', label: '京东白条3期免息 每期￥433.00', state: 'selectable', selected: true },
        {
          program: 'jd-paylater',
          label: '先用后付本单暂不支持先用后付，部分商品不参与',
          state: 'unavailable',
          reason: '先用后付本单暂不支持先用后付，部分商品不参与',
        },
      ],
      wallets: ['jd-pay', 'unionpay-quickpass'],
    },
  },
  {
    fixture: 'jd/cashier-baitiao',
    url: 'https://pcashier.jd.com/cashier/index.action?orderId=290000000001',
    expected: {
      total: 8990,
      options: [
        {
          program: 'jd-baitiao',
          label: '京东白条可用额度 ¥6,000.00 不分期3期 ¥30.56/期',
          state: 'selectable',
          selected: true,
        },
        {
          program: 'jd-paylater',
          label: '先用后付暂不可用 <img src=x onerror=alert(1)>',
          state: 'unavailable',
          reason: '先用后付暂不可用 <img src=x onerror=alert(1)>',
        },
      ],
      wallets: ['jd-pay', 'wechat-pay'],
    },
  },
  {
    fixture: 'taobao/checkout-basic',
    url: 'https://buy.taobao.com/auction/buy_now.jhtml',
    expected: {
      total: 8990,
      options: [
        { program: 'alipay-paylater', label: '先用后付 0元下单，确认收货后再付款', state: 'selectable' },
        { program: 'alipay-huabei', label: '花呗分期 不分期 3期 含服务费', state: 'selectable' },
      ],
      wallets: [],
    },
  },
  {
    fixture: 'taobao/checkout-radios',
    url: 'https://buy.taobao.com/auction/confirm_order.htm',
    expected: {
      total: 14900,
      options: [
        { program: 'alipay-huabei', label: '花呗 可用额度 2,000.00', state: 'selectable' },
        {
          program: 'alipay-paylater',
          label: '先用后付 芝麻分不足，暂时无法使用',
          state: 'unavailable',
          reason: '芝麻分不足，暂时无法使用',
        },
      ],
      wallets: ['alipay'],
    },
  },
  {
    fixture: 'tmall/checkout-list',
    url: 'https://buy.tmall.com/order/confirm_order.htm',
    expected: {
      total: 599900,
      options: [
        { program: 'alipay-huabei', label: '花呗分期 12期免息 ¥499.92/期', state: 'selectable', selected: true },
        { program: 'alipay-paylater', label: '先享后付 芝麻信用 650分以上可用', state: 'selectable' },
      ],
      wallets: ['alipay', 'unionpay-quickpass'],
    },
  },
  {
    fixture: 'tmall/checkout-aria',
    url: 'https://buy.tmall.com/order/confirm_order.htm',
    expected: {
      total: 8990,
      options: [
        { program: 'alipay-paylater', label: '先用后付确认收货后7天内付款', state: 'selectable', selected: true },
        {
          program: 'alipay-huabei',
          label: '花呗额度不足，请选择其他付款方式',
          state: 'unavailable',
          reason: '花呗额度不足，请选择其他付款方式',
        },
      ],
      wallets: ['alipay'],
    },
  },
  {
    fixture: 'tmall/checkout-labels',
    url: 'https://buy.tmall.com/order/confirm_order.htm',
    expected: {
      total: 15800,
      options: [
        { program: 'alipay-huabei', label: '花呗分期3期6期', state: 'selectable', selected: true },
        { program: 'alipay-paylater', label: '先用后付确认收货后付款', state: 'selectable' },
      ],
      wallets: ['alipay'],
    },
  },
  {
    fixture: 'alipay/cashier-list',
    url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm?orderId=1',
    expected: {
      total: 8990,
      options: [{ program: 'alipay-huabei', label: '花呗 可用额度 4,100.00元', state: 'selectable', selected: true }],
      wallets: [],
    },
  },
  {
    fixture: 'alipay/cashier-radios',
    url: 'https://excashier.alipay.com/standard/auth.htm?payOrderId=1',
    expected: {
      total: 129900,
      options: [{ program: 'alipay-huabei', label: '花呗分期 6期 每期 ¥225.16', state: 'selectable', selected: true }],
      wallets: [],
    },
  },
  {
    fixture: 'pinduoduo/checkout-aria',
    url: 'https://mobile.yangkeduo.com/order_checkout.html?goods_id=1',
    expected: {
      total: 1990,
      options: [
        { program: 'pdd-paylater', label: '先用后付0元下单，确认收货后再付款', state: 'selectable', selected: true },
      ],
      wallets: ['wechat-pay', 'alipay'],
    },
  },
  {
    fixture: 'pinduoduo/checkout-list',
    url: 'https://mobile.yangkeduo.com/order_checkout.html',
    expected: {
      total: 5900,
      options: [
        {
          program: 'pdd-paylater',
          label: '先用后付 暂不可用：本商品不支持先用后付',
          state: 'unavailable',
          reason: '暂不可用：本商品不支持先用后付',
        },
        { program: 'wechat-payscore', label: '微信支付分 先享后付 550分及以上可用', state: 'selectable' },
      ],
      wallets: ['wechat-pay', 'unionpay-quickpass'],
    },
  },
  {
    fixture: 'pinduoduo/checkout-labels',
    url: 'https://mobile.yangkeduo.com/order_checkout.html',
    expected: {
      total: 3980,
      options: [
        {
          program: 'pdd-paylater',
          label: '先用后付确认收货后再付款 · 微信支付分提供服务',
          state: 'selectable',
          selected: true,
        },
      ],
      wallets: ['wechat-pay', 'alipay'],
    },
  },
  {
    // Plain divs with hashed classes, and a goods line that names 先用后付 right above the list.
    fixture: 'pinduoduo/checkout-divs',
    url: 'https://mobile.yangkeduo.com/order_checkout.html',
    expected: {
      total: 2990,
      options: [
        { program: 'pdd-paylater', label: '先用后付确认收货后再付款', state: 'selectable' },
        {
          program: 'wechat-payscore',
          label: '微信支付分 先享后付暂不支持',
          state: 'unavailable',
          reason: '先享后付暂不支持',
        },
      ],
      wallets: ['wechat-pay'],
    },
  },
];

/** Pages whose payment step is drawn by script after load: nothing to read in the served HTML. */
const LATE = [
  { fixture: 'jd/checkout-late', url: 'https://trade.jd.com/shopping/order/getOrderInfo.action' },
  { fixture: 'taobao/checkout-late', url: 'https://buy.taobao.com/auction/confirm_order.htm' },
  { fixture: 'alipay/cashier-late', url: 'https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm' },
  { fixture: 'pinduoduo/spa', url: 'https://mobile.yangkeduo.com/goods.html?goods_id=1' },
];

/** Pages that talk about pay-later without being a checkout, at their real addresses. */
const NOT_CHECKOUTS = [
  { fixture: 'jd/product-baitiao', url: 'https://item.jd.com/100012043978.html' },
  { fixture: 'jd/cart', url: 'https://cart.jd.com/cart_index' },
  { fixture: 'jd/order-list', url: 'https://order.jd.com/center/list.action' },
  { fixture: 'jd/help', url: 'https://help.jd.com/user/issue/list-162.html' },
  { fixture: 'taobao/product', url: 'https://item.taobao.com/item.htm?id=650000000001' },
  { fixture: 'taobao/cart', url: 'https://cart.taobao.com/cart.htm' },
  { fixture: 'tmall/product', url: 'https://detail.tmall.com/item.htm?id=600000000001' },
  { fixture: 'alipay/help', url: 'https://cshall.alipay.com/lab/help_detail.htm?help_id=201602061474' },
  { fixture: 'pinduoduo/goods', url: 'https://mobile.yangkeduo.com/goods.html?goods_id=300000000001' },
  { fixture: 'pinduoduo/orders', url: 'https://mobile.yangkeduo.com/orders.html?type=0' },
];

function siteOf(fixture: string): SiteId {
  return fixture.split('/')[0] as SiteId;
}

describe('site adapters on checkout fixtures', () => {
  it.each(CHECKOUTS)('$fixture', ({ fixture, url, expected }) => {
    const site = siteForUrl(new URL(url));
    expect(site?.id).toBe(siteOf(fixture));
    const reading = site?.read(fixtureDocument(`${fixture}.html`), new URL(url));
    expect(reading?.signals).toEqual({ site: siteOf(fixture), currency: 'CNY', ...expected });
    // The panel goes after the payment step, so it must hold every option read, and nothing above it.
    expect(reading?.paymentStep.tagName).not.toBe('BODY');
  });

  it.each(LATE)('$fixture has nothing to read until its script draws the payment step', ({ fixture, url }) => {
    const site = siteById(siteOf(fixture));
    expect(site?.read(fixtureDocument(`${fixture}.html`), new URL(url))).toBeNull();
  });

  it.each(NOT_CHECKOUTS)('$fixture is not a checkout of any shop', ({ url }) => {
    expect(siteForUrl(new URL(url))).toBeUndefined();
  });
});
