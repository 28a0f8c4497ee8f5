import type { Program, Source } from './schema';

const HELP: Source = {
  title: { en: 'Shopify Help Center: Shop Pay Installments', zh: 'Shopify 帮助中心：Shop Pay 分期' },
  url: 'https://help.shopify.com/en/manual/payments/shop-pay-installments',
};
const CUSTOMER_FAQ: Source = {
  title: {
    en: 'Shop Pay Installments questions and answers, as a merchant publishes them',
    zh: 'Shop Pay 分期常见问题（商家转载）',
  },
  url: 'https://wheelchairsinmotion.com/products/wheel-a-bout-ramp',
};
const CUSTOMER_HELP: Source = {
  title: {
    en: 'Shop Pay Installments eligibility and payments, as a merchant publishes them',
    zh: 'Shop Pay 分期的申请条件与还款（商家转载）',
  },
  url: 'https://shootingtargets7.com/pages/shopify-install-pay',
};
const AFFIRM_FAQ: Source = {
  title: {
    en: 'Affirm’s questions and answers (United States), as a merchant publishes them',
    zh: 'Affirm 常见问题（美国，商家转载）',
  },
  url: 'https://www.apexi-usa.com/pages/affirm',
};

/**
 * Four payments two weeks apart, the first at checkout or, when Affirm decides so, two weeks
 * later: the earlier day is shown so that a reminder is never late.
 */
const SCHEDULE = {
  value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
  confidence: 'reported',
  source: CUSTOMER_HELP,
} as const;
const LATE = [
  {
    value: {
      en: 'No late fees; a late or partial payment may stop you from using it again and may affect your credit score.',
      zh: '不收滞纳金；逾期或部分还款可能导致无法再次使用，并可能影响信用评分。',
    },
    confidence: 'reported',
    source: CUSTOMER_FAQ,
  },
] as const;

export const shopPayInstallments: Program = {
  id: 'shop-pay-installments',
  name: { en: 'Shop Pay Installments', zh: 'Shop Pay 分期' },
  // Shopify's, lent by Affirm.
  provider: { en: 'Shopify', zh: 'Shopify' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [{ value: { kind: 'minimum-age', min: 18 }, confidence: 'reported', source: AFFIRM_FAQ }],
  schedule: SCHEDULE,
  overdue: [...LATE],
  whereToPay: {
    value: { en: 'In the Shop app, in your Shop Pay account', zh: '在 Shop App 的 Shop Pay 账户中付款' },
    confidence: 'reported',
    source: CUSTOMER_HELP,
  },
  creditCheck: {
    value: {
      en: 'Checking whether you can use it does not affect your credit score.',
      zh: '查询是否可用不会影响信用评分。',
    },
    confidence: 'reported',
    source: CUSTOMER_HELP,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      amountLimits: { value: { min: 5_000, max: 2_000_000 }, confidence: 'official', source: HELP },
      schedule: SCHEDULE,
      // Pay in 4 for orders up to $999.99; monthly plans from $150.
      scheduleLimits: { min: 5_000, max: 99_999 },
      overdue: [...LATE],
      monthlyPlans: {
        value: {
          months: { min: 3, max: 12 },
          apr: { min: 1000, max: 3600 },
          amountLimits: { min: 15_000, max: 2_000_000 },
        },
        confidence: 'official',
        source: HELP,
      },
    },
  ],
};
