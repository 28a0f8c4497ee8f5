import type { Program, Source } from './schema';

const US_PAY_IN_4: Source = {
  title: { en: 'Klarna: Pay in 4 (United States)', zh: 'Klarna 官网：分四期（美国）' },
  url: 'https://www.klarna.com/us/pay-in-4/',
};
const US_AGREEMENT: Source = {
  title: {
    en: 'Klarna Pay Later in 4 Agreement (United States), as a merchant publishes it',
    zh: 'Klarna 分四期协议（美国，商家转载）',
  },
  url: 'https://syncbot.com/pages/klarna-pay-later-in-4-agreement',
};
const US_CREDIT_CHECK: Source = {
  title: {
    en: 'Klarna’s answers on Financing and credit checks (United States), as a merchant publishes them',
    zh: 'Klarna 关于分期贷款和信用查询的说明（美国，商家转载）',
  },
  url: 'https://www.flexipaysolutions.com/collections/klarna',
};
const CA_AGREEMENT: Source = {
  title: { en: 'Klarna Pay Later in 4 Agreement (Canada)', zh: 'Klarna 分四期协议（加拿大）' },
  url: 'https://www.klarna.com/ca/paylaterin4',
};
const CA_PAYMENTS: Source = {
  title: { en: 'Klarna Canada: payment methods', zh: 'Klarna 加拿大：付款方式' },
  url: 'https://www.klarna.com/ca/payments',
};
const CA_FINANCING: Source = {
  title: { en: 'Klarna Canada: Financing', zh: 'Klarna 加拿大：分期贷款' },
  url: 'https://www.klarna.com/ca/payments/financing',
};
const UK_TERMS: Source = {
  title: {
    en: 'Klarna Pay later in 3 instalments terms (UK), as a merchant publishes them',
    zh: 'Klarna 分三期条款（英国，商家转载）',
  },
  url: 'https://www.thefireplacesuperstore.co.uk/finance/',
};
const UK_LATE_FEES: Source = {
  title: {
    en: 'The Money Edit: Klarna to start charging late payment fees',
    zh: 'The Money Edit：Klarna 将开始收取滞纳金',
  },
  url: 'https://www.themoneyedit.com/banking/klarna-new-late-payment-fees',
};
const AU_FEES: Source = {
  title: { en: 'Klarna Australia: 4 interest-free instalments', zh: 'Klarna 澳大利亚：四期免息' },
  url: 'https://www.klarna.com/au/customer-service/csc/4-interest-free-instalments/',
};
const AU_TERMS: Source = {
  title: {
    en: 'Klarna Pay Later in 4 Instalments terms (Australia and New Zealand), as a merchant publishes them',
    zh: 'Klarna 分四期条款（澳大利亚和新西兰，商家转载）',
  },
  url: 'https://cavalloequestrian.shop/en-nz/pages/klarna',
};

const US_SCHEDULE = {
  // The first payment is taken when the merchant confirms the order, usually on shipping.
  value: { kind: 'installments', count: 4, intervalDays: 14, first: 'shipment' },
  confidence: 'official',
  source: US_PAY_IN_4,
} as const;

const US_LATE = [
  {
    value: {
      en: 'Up to $7 if a payment is still unpaid 10 days after it was due; late fees never add up to more than 25 % of the purchase.',
      zh: '逾期 10 天仍未付款，最多收取 7 美元；一笔订单的滞纳金合计不超过购买金额的 25%。',
    },
    confidence: 'reported',
    source: US_AGREEMENT,
  },
] as const;

export const klarna: Program = {
  id: 'klarna',
  name: { en: 'Klarna Pay in 4', zh: 'Klarna 分四期' },
  familyName: { en: 'Klarna', zh: 'Klarna' },
  provider: { en: 'Klarna', zh: 'Klarna' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [{ value: { kind: 'minimum-age', min: 18 }, confidence: 'official', source: US_PAY_IN_4 }],
  schedule: US_SCHEDULE,
  overdue: [...US_LATE],
  whereToPay: {
    value: { en: 'In the Klarna app', zh: '在 Klarna App 中' },
    confidence: 'official',
    source: CA_PAYMENTS,
  },
  creditCheck: {
    value: {
      en: 'Pay in 4 may need a soft credit check, which does not affect your credit score; monthly financing needs a full credit check.',
      zh: '分四期可能需要软查询，不影响信用评分；按月分期需要完整的信用审查。',
    },
    confidence: 'reported',
    source: US_CREDIT_CHECK,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      schedule: US_SCHEDULE,
      overdue: [...US_LATE],
      monthlyPlans: { value: { months: { min: 6, max: 24 } }, confidence: 'official', source: US_PAY_IN_4 },
    },
    {
      countries: ['CA'],
      currency: 'CAD',
      schedule: {
        value: { kind: 'installments', count: 4, intervalDays: 14, first: 'shipment' },
        confidence: 'official',
        source: CA_AGREEMENT,
      },
      overdue: [
        {
          value: {
            en: 'No late fees; a $5 fee if your bank refuses a payment.',
            zh: '不收滞纳金；如银行拒付某期款项，收取 5 加元。',
          },
          confidence: 'official',
          source: CA_AGREEMENT,
        },
      ],
      monthlyPlans: {
        value: { months: { min: 6, max: 12 }, apr: { min: 799, max: 3490 } },
        confidence: 'official',
        source: CA_FINANCING,
      },
    },
    {
      countries: ['GB'],
      currency: 'GBP',
      name: { en: 'Klarna Pay in 3', zh: 'Klarna 分三期' },
      schedule: {
        // The first third when the merchant confirms the order, the others 30 and 60 days later.
        value: { kind: 'installments', count: 3, intervalDays: 30, first: 'shipment' },
        confidence: 'reported',
        source: UK_TERMS,
      },
      overdue: [
        {
          value: {
            en: '£5 if a payment is still unpaid 7 days after it was due, at most twice per order and never more than 25 % of the order.',
            zh: '逾期 7 天仍未付款收取 5 英镑，每笔订单最多两次，且不超过订单金额的 25%。',
          },
          confidence: 'reported',
          source: UK_LATE_FEES,
        },
      ],
    },
    {
      countries: ['AU'],
      currency: 'AUD',
      schedule: {
        value: { kind: 'installments', count: 4, intervalDays: 14, first: 'shipment' },
        confidence: 'reported',
        source: AU_TERMS,
      },
      overdue: [
        {
          value: {
            en: 'A late fee for each late payment: $3 on orders under $60, $5 up to $99.99, $7 up to $199.99, $15 from $200; at most three per order.',
            zh: '每期逾期收取滞纳金：订单低于 60 澳元收 3 澳元，60–99.99 澳元收 5 澳元，100–199.99 澳元收 7 澳元，200 澳元及以上收 15 澳元；每笔订单最多三次。',
          },
          confidence: 'official',
          source: AU_FEES,
        },
      ],
    },
  ],
};
