import type { Program, Source } from './schema';

const FAILED_PAYMENT: Source = {
  title: { en: 'Sezzle Shopper Help: My payment failed, now what?', zh: 'Sezzle 购物者帮助中心：扣款失败怎么办？' },
  url: 'https://shopper-help.sezzle.com/hc/en-us/articles/360046782511',
};
const FAQ: Source = {
  title: { en: 'Sezzle’s questions and answers, as a merchant publishes them', zh: 'Sezzle 常见问题（商家转载）' },
  url: 'https://dreamerdesigns.com/en-gr/pages/pay-later-with-sezzle',
};
const SCHEDULE_FAQ: Source = {
  title: {
    en: 'Sezzle’s “How does Sezzle work?”, as a merchant publishes it',
    zh: 'Sezzle 的“Sezzle 如何运作”（商家转载）',
  },
  url: 'https://lillyandroseboutique.com/pages/how-sezzle-works',
};
const CREDIT_FAQ: Source = {
  title: {
    en: 'Sezzle’s answer on credit checks, as a merchant publishes it',
    zh: 'Sezzle 关于信用查询的说明（商家转载）',
  },
  url: 'https://petitcoulou.com/en/pages/comment-fonctionne-sezzle',
};

/** A quarter at checkout, then three more two weeks apart. */
const SCHEDULE = {
  value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
  confidence: 'reported',
  source: SCHEDULE_FAQ,
} as const;
const LATE = [
  {
    value: {
      en: 'A failed payment costs $10 unless you pay it within 48 hours.',
      zh: '扣款失败后 48 小时内未补缴，收取 10 美元。',
    },
    confidence: 'official',
    source: FAILED_PAYMENT,
  },
  {
    value: {
      en: 'You can move a payment once per order for free; each further move costs $5.',
      zh: '每笔订单可免费改期一次，之后每次改期收取 5 美元。',
    },
    confidence: 'reported',
    source: FAQ,
  },
] as const;

export const sezzle: Program = {
  id: 'sezzle',
  name: { en: 'Sezzle', zh: 'Sezzle' },
  provider: { en: 'Sezzle', zh: 'Sezzle' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [
    // 19 in Alabama, and for wards of the state in Nebraska.
    { value: { kind: 'minimum-age', min: 18 }, confidence: 'reported', source: FAQ },
    { value: { kind: 'residence', countries: ['US', 'CA'] }, confidence: 'reported', source: FAQ },
  ],
  schedule: SCHEDULE,
  overdue: [...LATE],
  whereToPay: {
    value: { en: 'In the Sezzle app or at sezzle.com', zh: '在 Sezzle App 或 sezzle.com 付款' },
    confidence: 'reported',
    source: FAQ,
  },
  creditCheck: {
    value: {
      en: 'A soft credit check, which does not affect your credit score.',
      zh: '软查询，不影响信用评分。',
    },
    confidence: 'reported',
    source: CREDIT_FAQ,
  },
  markets: [
    { countries: ['US'], currency: 'USD', schedule: SCHEDULE, overdue: [...LATE] },
    { countries: ['CA'], currency: 'CAD', schedule: SCHEDULE, overdue: [...LATE] },
  ],
};
