import type { SiteId } from '../ids';
import type { DueFrom } from '../provenance';
import { fill, type Locale } from './core';

// Where a due date came from, in words: the popup, the dashboard and the orders panel all say it.

const en = {
  'dueFrom.page.stated': 'From {site}’s order page, read {read}',
  'dueFrom.page.receipt': 'From the receipt date on {site}’s order page, read {read}',
  'dueFrom.page.placed': 'From the order date on {site}’s order page, read {read}',
  'dueFrom.estimate': 'Estimate',
  'dueFrom.rule': 'From the plan’s rule',
  'dueFrom.shopper': 'Entered by you',
  'dueFromShort.page': '{site} order page {read}',
  'dueFromShort.estimate': 'estimate',
  'dueFromShort.rule': 'rule',
  'dueFromShort.shopper': 'entered by you',
  'site.jd': 'JD',
  'site.taobao': 'Taobao',
  'site.tmall': 'Tmall',
  'site.alipay': 'Alipay',
  'site.pinduoduo': 'Pinduoduo',
  'site.shopify': 'Shopify',
  'site.woocommerce': 'the shop',
  'site.bigcommerce': 'the shop',
  'site.amazon': 'Amazon',
  'site.walmart': 'Walmart',
  'site.target': 'Target',
  'site.newegg': 'Newegg',
  'site.web': 'the shop',
} as const;

type Key = keyof typeof en;

const zh: Record<Key, string> = {
  'dueFrom.page.stated': '来自{site}订单页，{read} 读取',
  'dueFrom.page.receipt': '按{site}订单页的收货时间计算，{read} 读取',
  'dueFrom.page.placed': '按{site}订单页的下单时间计算，{read} 读取',
  'dueFrom.estimate': '估计',
  'dueFrom.rule': '按规则计算',
  'dueFrom.shopper': '你填写的',
  'dueFromShort.page': '{site}订单页 {read}',
  'dueFromShort.estimate': '估计',
  'dueFromShort.rule': '按规则',
  'dueFromShort.shopper': '你填写的',
  'site.jd': '京东',
  'site.taobao': '淘宝',
  'site.tmall': '天猫',
  'site.alipay': '支付宝',
  'site.pinduoduo': '拼多多',
  'site.shopify': 'Shopify',
  'site.woocommerce': '商店',
  'site.bigcommerce': '商店',
  'site.amazon': '亚马逊',
  'site.walmart': '沃尔玛',
  'site.target': 'Target',
  'site.newegg': '新蛋',
  'site.web': '商店',
};

const dictionaries: Record<Locale, Record<Key, string>> = { en, 'zh-CN': zh };

export function siteWord(site: SiteId, locale: Locale): string {
  return dictionaries[locale][`site.${site}`];
}

/** "From JD’s order page, read 12-02"; `short` for the popup's tag: "JD order page 12-02". */
export function dueFromWords(from: DueFrom | undefined, locale: Locale, short = false): string {
  const words = dictionaries[locale];
  if (from?.kind === 'page') {
    const params = { site: siteWord(from.site, locale), read: from.read.slice(5) };
    return fill(short ? words['dueFromShort.page'] : words[`dueFrom.page.${from.basis}`], params);
  }
  // Rows from before sources were kept (an old backup) were computed by the rule.
  const kind = from?.kind ?? 'rule';
  return short ? words[`dueFromShort.${kind}`] : words[`dueFrom.${kind}`];
}
