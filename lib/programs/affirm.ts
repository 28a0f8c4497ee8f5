import type { Program, Source } from './schema';

const PLANS: Source = {
  title: {
    en: 'Affirm’s “How payment plans work” table, as a merchant publishes it',
    zh: 'Affirm 的“分期计划说明”表格（商家转载）',
  },
  url: 'https://shopsaloncity.com/es/pages/afirmar',
};
const FAQ: Source = {
  title: {
    en: 'Affirm’s questions and answers (United States), as a merchant publishes them',
    zh: 'Affirm 常见问题（美国，商家转载）',
  },
  url: 'https://www.apexi-usa.com/pages/affirm',
};
const MINIMUM: Source = {
  title: {
    en: 'Stripe documentation: Affirm site messaging (minimum 50 USD or 50 CAD)',
    zh: 'Stripe 文档：Affirm 站内提示（最低 50 美元或 50 加元）',
  },
  url: 'https://docs.stripe.com/payments/affirm/site-messaging',
};
const GATEWAY: Source = {
  title: { en: 'Mastercard Gateway documentation: Affirm', zh: '万事达卡支付网关文档：Affirm' },
  url: 'https://developer.mastercard.com/mastercard-gateway/documentation/payment-methods/alt-pay-methods/a2a/affirm/',
};
const COUNTRIES: Source = {
  title: {
    en: 'Adyen documentation: Affirm (Canada, the UK and the US)',
    zh: 'Adyen 文档：Affirm（加拿大、英国和美国）',
  },
  url: 'https://docs.adyen.com/payment-methods/affirm',
};
const CANADA: Source = {
  title: { en: 'Affirm Canada’s disclosure, as a merchant publishes it', zh: 'Affirm 加拿大的披露说明（商家转载）' },
  url: 'https://movewithascend.com/pages/how-to-check-out-with-affirm',
};

/** Pay in 4: the first payment at checkout, then every two weeks. */
const PAY_IN_4 = { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' } as const;
const NO_LATE_FEES = [
  {
    value: {
      en: 'No late fees; a missed payment may be reported to credit bureaus and make your next purchase harder to get approved.',
      zh: '不收滞纳金；逾期可能会被报告给征信机构，并影响之后的审批。',
    },
    confidence: 'reported',
    source: FAQ,
  },
] as const;

export const affirm: Program = {
  id: 'affirm',
  name: { en: 'Affirm', zh: 'Affirm' },
  provider: { en: 'Affirm', zh: 'Affirm' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [
    // 19 in Alabama, and in Canada's provinces where that is the age of majority.
    { value: { kind: 'minimum-age', min: 18 }, confidence: 'reported', source: FAQ },
    { value: { kind: 'residence', countries: ['US', 'CA', 'GB'] }, confidence: 'reported', source: COUNTRIES },
  ],
  schedule: { value: PAY_IN_4, confidence: 'reported', source: PLANS },
  overdue: [...NO_LATE_FEES],
  whereToPay: {
    value: { en: 'In the Affirm app or at affirm.com', zh: '在 Affirm App 或 affirm.com 付款' },
    confidence: 'reported',
    source: FAQ,
  },
  creditCheck: {
    value: {
      en: 'A soft credit check, which does not affect your credit score; the loans you take and how you repay them may be reported to credit bureaus.',
      zh: '软查询，不影响信用评分；借款及还款情况可能会报告给征信机构。',
    },
    confidence: 'reported',
    source: GATEWAY,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      amountLimits: { value: { min: 5_000 }, confidence: 'reported', source: MINIMUM },
      schedule: { value: PAY_IN_4, confidence: 'reported', source: PLANS },
      overdue: [...NO_LATE_FEES],
      monthlyPlans: {
        value: { months: { min: 3, max: 60 }, apr: { min: 0, max: 3600 }, amountLimits: { min: 5_000 } },
        confidence: 'reported',
        source: PLANS,
      },
    },
    {
      countries: ['CA'],
      currency: 'CAD',
      amountLimits: { value: { min: 5_000 }, confidence: 'reported', source: MINIMUM },
      schedule: { value: PAY_IN_4, confidence: 'reported', source: CANADA },
      overdue: [...NO_LATE_FEES],
      monthlyPlans: {
        value: { months: { min: 3, max: 12 }, apr: { min: 0, max: 3199 } },
        confidence: 'reported',
        source: CANADA,
      },
    },
  ],
};
