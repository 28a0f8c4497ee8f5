import type { Program, Source } from './schema';

const AU_LATE_FEES: Source = {
  title: {
    en: 'Afterpay Help (Australia): Does Afterpay want me to miss payments so it can earn money from late fees?',
    zh: 'Afterpay 帮助中心（澳大利亚）：Afterpay 是否希望我逾期以赚取滞纳金？',
  },
  url: 'https://help.afterpay.com/hc/en-au/articles/360016272971',
};
const US_CREDIT: Source = {
  title: {
    en: 'Afterpay Help (United States): Does Afterpay conduct credit checks?',
    zh: 'Afterpay 帮助中心（美国）：Afterpay 是否查询信用？',
  },
  url: 'https://help.afterpay.com/hc/en-us/articles/4487846176793',
};
const NZ_TERMS: Source = {
  title: { en: 'Afterpay Terms of Service (New Zealand)', zh: 'Afterpay 服务条款（新西兰）' },
  url: 'https://www.afterpay.com/en-NZ/terms-of-service',
};
const CA_AGREEMENT: Source = {
  title: { en: 'Afterpay Canada Installment Agreement', zh: 'Afterpay 加拿大分期协议' },
  url: 'https://www.afterpay.com/en-CA/instalment-agreement',
};
/** Square and Afterpay are both Block's. */
const LIMITS: Source = {
  title: {
    en: 'Square developer documentation: Afterpay minimums and maximums',
    zh: 'Square 开发者文档：Afterpay 最低和最高金额',
  },
  url: 'https://developer.squareup.com/docs/payment-minimums',
};
const US_LATE_FEES: Source = {
  title: {
    en: 'Afterpay late fees (United States), as a merchant publishes them',
    zh: 'Afterpay 滞纳金（美国，商家转载）',
  },
  url: 'https://www.ecrustyle.com/blogs/afterpay/what-if-i-am-unable-to-pay-for-my-afterpay-installment',
};
const UK_LATE_FEES: Source = {
  title: {
    en: 'Clearpay Help: What happens if I can’t make a payment?',
    zh: 'Clearpay 帮助中心：无法按时付款会怎样？',
  },
  url: 'https://help.clearpay.co.uk/hc/en-gb/articles/360026685811',
};
const PAYPAL_DOCS: Source = {
  title: {
    en: 'PayPal developer documentation: Afterpay supported countries and payment options',
    zh: 'PayPal 开发者文档：Afterpay 支持的国家和付款方式',
  },
  url: 'https://developer.paypal.com/limited-release/alternative-payment-methods/afterpay/reference/supported-countries-payment-options',
};
const PROCESSORS: Source = {
  title: {
    en: 'Stripe documentation: Afterpay and Clearpay payments (business locations AU, CA, GB, NZ, US)',
    zh: 'Stripe 文档：Afterpay 和 Clearpay 付款（商家所在地：澳大利亚、加拿大、英国、新西兰、美国）',
  },
  url: 'https://docs.stripe.com/payments/afterpay-clearpay',
};

/** A quarter at checkout, then a quarter every two weeks. */
const PAY_IN_4 = { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' } as const;

/** "4 interest-free instalments over 6 weeks". */
const SCHEDULE = { value: PAY_IN_4, confidence: 'reported', source: PAYPAL_DOCS } as const;
const US_LATE = [
  {
    value: {
      en: '$8 if a payment is missed, and $8 more if it is still unpaid 7 days later; never more than 25 % of the order.',
      zh: '逾期一期收取 8 美元，7 天后仍未付再收 8 美元；合计不超过订单金额的 25%。',
    },
    confidence: 'reported',
    source: US_LATE_FEES,
  },
  {
    value: {
      en: 'You cannot buy with Afterpay again until the missed payment is made.',
      zh: '在补缴逾期款项之前，无法再使用 Afterpay 购物。',
    },
    confidence: 'official',
    source: NZ_TERMS,
  },
] as const;

const AU_NZ_FEES = {
  en: '$10 if a payment is missed, and $7 more if it is still unpaid 7 days later; all late fees on an order stay below 25 % of it and $68.',
  zh: '逾期一期收取 10 元，7 天后仍未付再收 7 元；一笔订单的滞纳金合计不超过订单金额的 25%，且不超过 68 元。',
};

export const afterpay: Program = {
  id: 'afterpay',
  name: { en: 'Afterpay', zh: 'Afterpay' },
  provider: { en: 'Afterpay', zh: 'Afterpay' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [
    { value: { kind: 'minimum-age', min: 18 }, confidence: 'official', source: NZ_TERMS },
    {
      value: { kind: 'residence', countries: ['US', 'CA', 'GB', 'AU', 'NZ'] },
      confidence: 'reported',
      source: PROCESSORS,
    },
  ],
  schedule: SCHEDULE,
  overdue: [...US_LATE],
  whereToPay: {
    value: {
      en: 'In the Afterpay app or at afterpay.com (Clearpay in the UK); payments are also taken automatically on their due dates',
      zh: '在 Afterpay App 或 afterpay.com 付款（英国为 Clearpay）；到期日也会自动扣款',
    },
    confidence: 'official',
    source: NZ_TERMS,
  },
  creditCheck: {
    value: {
      en: 'A soft credit check when you first sign up, which does not affect your credit score (United States).',
      zh: '首次注册时进行软查询，不影响信用评分（美国）。',
    },
    confidence: 'official',
    source: US_CREDIT,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      amountLimits: { value: { min: 100, max: 200_000 }, confidence: 'official', source: LIMITS },
      schedule: SCHEDULE,
      overdue: [...US_LATE],
    },
    {
      countries: ['CA'],
      currency: 'CAD',
      amountLimits: { value: { min: 100, max: 200_000 }, confidence: 'official', source: LIMITS },
      schedule: { value: PAY_IN_4, confidence: 'official', source: CA_AGREEMENT },
      overdue: [
        {
          value: { en: 'No default charges outside Quebec.', zh: '魁北克省以外不收违约费用。' },
          confidence: 'official',
          source: CA_AGREEMENT,
        },
      ],
    },
    {
      countries: ['GB'],
      currency: 'GBP',
      name: { en: 'Clearpay', zh: 'Clearpay' },
      amountLimits: { value: { min: 100, max: 100_000 }, confidence: 'official', source: LIMITS },
      schedule: SCHEDULE,
      overdue: [
        {
          value: {
            en: '£6 if a payment is missed, and £6 more if it is still unpaid 7 days later; never more than £24 or 25 % of the order, whichever is less.',
            zh: '逾期一期收取 6 英镑，7 天后仍未付再收 6 英镑；合计不超过 24 英镑与订单金额 25% 中的较低者。',
          },
          confidence: 'official',
          source: UK_LATE_FEES,
        },
      ],
    },
    {
      countries: ['AU'],
      currency: 'AUD',
      amountLimits: { value: { min: 100, max: 200_000 }, confidence: 'official', source: LIMITS },
      schedule: SCHEDULE,
      overdue: [{ value: AU_NZ_FEES, confidence: 'official', source: AU_LATE_FEES }],
    },
    {
      countries: ['NZ'],
      currency: 'NZD',
      schedule: SCHEDULE,
      overdue: [{ value: AU_NZ_FEES, confidence: 'official', source: NZ_TERMS }],
    },
  ],
};
