import type { Source } from './schema';

// Sources shared by several programs, worded for the shopper who clicks through to them. A fact
// that nothing published backs says so rather than pointing anywhere.
//
// Confidence: `official` only for the provider's own pages (Square's for Afterpay: both are
// Block's); `reported` for reputable third parties: payment processors' documentation, the press,
// and a merchant's copy of the provider's own terms (the provider's words, but not from the
// provider); `unverified` for anything else.

export const NO_SOURCE: Source = {
  title: { en: 'Nothing published: a best guess for you to check', zh: '没有公开资料：仅为估计，请自行核对' },
};

export const SEED_TEXT: Source = {
  title: {
    en: 'A consumer guide online; the provider’s own pages do not say',
    zh: '网上的一篇消费指南；官方页面未作说明',
  },
};

export const ALIPAY_FAQ: Source = {
  title: {
    en: 'Alipay open platform documentation (document 03ulp5), as copied in a public FAQ',
    zh: '支付宝开放平台文档（03ulp5），见公开的常见问题转载',
  },
};

export const SFNEWS_BAITIAO: Source = {
  title: {
    en: 'Shanghai Financial News: Baitiao defers up to 30 days interest-free, or up to 24 installments',
    zh: '上海金融新闻网：白条最长 30 天免息，或最多分 24 期',
  },
  url: 'https://www.sfnews.sh.cn/jr/18376.html',
};

export const SBOYO_BAITIAO: Source = {
  title: { en: 'A consumer guide on m.sboyo.com', zh: 'm.sboyo.com 上的消费指南' },
  url: 'https://m.sboyo.com/',
};

export const CONSUMER_GUIDES: Source = { title: { en: 'Consumer guides', zh: '消费指南' } };
