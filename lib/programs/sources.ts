import type { Source } from './schema';

// Sources named in research/programs.md, shared by several programs. Where the research has
// nothing, the source says so rather than pointing anywhere.
//
// Confidence: `official` only for the provider's own pages (Square's for Afterpay: both are
// Block's); `reported` for reputable third parties: payment processors' documentation, the press,
// and a merchant's copy of the provider's own terms (the provider's words, but not from the
// provider); `unverified` for anything else.

export const NO_SOURCE: Source = { title: 'No source in hand: an assumption for you to check and override' };

export const SEED_TEXT: Source = { title: 'An unsourced consumer guide; no official source found' };

export const ALIPAY_FAQ: Source = {
  title: 'Alipay open platform document 03ulp5, as mirrored in a public FAQ',
};

export const SFNEWS_BAITIAO: Source = {
  title: 'Shanghai Financial News: 白条 defers up to 30 days interest-free, or up to 24 installments',
  url: 'https://www.sfnews.sh.cn/jr/18376.html',
};

export const SBOYO_BAITIAO: Source = { title: 'm.sboyo.com consumer guide', url: 'https://m.sboyo.com/' };
