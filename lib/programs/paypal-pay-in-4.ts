import type { Program, Source } from './schema';

const US: Source = {
  title: { en: 'PayPal: Buy now, pay later (United States)', zh: 'PayPal 官网：先买后付（美国）' },
  url: 'https://www.paypal.com/us/digital-wallet/ways-to-pay/buy-now-pay-later',
};
const US_HELP: Source = {
  title: {
    en: 'PayPal Help: Questions about Pay in 4 application and repayments',
    zh: 'PayPal 帮助中心：分四期的申请与还款',
  },
  url: 'https://www.paypal.com/us/cshelp/article/HELP464',
};
const UK: Source = {
  title: { en: 'PayPal: Buy now, pay later (UK)', zh: 'PayPal 官网：先买后付（英国）' },
  url: 'https://www.paypal.com/uk/digital-wallet/ways-to-pay/buy-now-pay-later',
};
const AU: Source = {
  title: { en: 'PayPal Help (Australia): What is Pay in 4?', zh: 'PayPal 帮助中心（澳大利亚）：什么是分四期？' },
  url: 'https://www.paypal.com/au/cshelp/article/what-is-pay-in-4-help463',
};
const AU_LATE_FEES: Source = {
  title: { en: 'Appliances Online: PayPal Pay in 4', zh: 'Appliances Online：PayPal 分四期' },
  url: 'https://appliancesonline.com.au/article/paypal-pay-in-4-promotion',
};
const FR: Source = {
  title: { en: 'PayPal: Pay in 4X terms and conditions (France)', zh: 'PayPal 官网：分四期条款（法国）' },
  url: 'https://www.paypal.com/fr/webapps/mpp/ua/pay-in-4x-full',
};
const FR_LATE_FEES: Source = {
  title: {
    en: 'Univers Freebox: PayPal permet désormais le paiement en quatre fois sans frais',
    zh: 'Univers Freebox：PayPal 现可免费分四期付款',
  },
  url: 'https://www.universfreebox.com/article/61494/paypal-permet-desormais-le-paiement-en-quatre-fois-sans-frais',
};

/** A quarter at checkout, then every two weeks. */
const PAY_IN_4 = { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' } as const;
const US_SCHEDULE = { value: PAY_IN_4, confidence: 'official', source: US } as const;
const US_LATE = [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'official', source: US }] as const;

export const paypalPayIn4: Program = {
  id: 'paypal-pay-in-4',
  name: { en: 'PayPal Pay in 4', zh: 'PayPal 分四期' },
  familyName: { en: 'PayPal Pay Later', zh: 'PayPal 先买后付' },
  provider: { en: 'PayPal', zh: 'PayPal' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [{ value: { kind: 'minimum-age', min: 18 }, confidence: 'official', source: FR }],
  schedule: US_SCHEDULE,
  overdue: [...US_LATE],
  whereToPay: {
    value: {
      en: 'In the PayPal app or at paypal.com; payments are taken automatically',
      zh: '在 PayPal App 或 paypal.com 付款；到期自动扣款',
    },
    confidence: 'official',
    source: US,
  },
  creditCheck: {
    value: {
      en: 'Applying may need a soft credit check, which does not affect your credit score.',
      zh: '申请时可能需要软查询，不影响信用评分。',
    },
    confidence: 'official',
    source: US_HELP,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      amountLimits: { value: { min: 3_000, max: 150_000 }, confidence: 'official', source: US },
      schedule: US_SCHEDULE,
      overdue: [...US_LATE],
      monthlyPlans: {
        value: {
          months: { min: 3, max: 24 },
          apr: { min: 999, max: 3599 },
          amountLimits: { min: 4_900, max: 1_000_000 },
        },
        confidence: 'official',
        source: US,
      },
    },
    {
      countries: ['GB'],
      currency: 'GBP',
      name: { en: 'PayPal Pay in 3', zh: 'PayPal 分三期' },
      amountLimits: { value: { min: 3_000, max: 200_000 }, confidence: 'official', source: UK },
      // A third at checkout, then on the same day of each of the next two months.
      schedule: {
        value: { kind: 'monthly-installments', count: 3, first: 'purchase' },
        confidence: 'official',
        source: UK,
      },
      overdue: [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'official', source: UK }],
    },
    {
      countries: ['AU'],
      currency: 'AUD',
      amountLimits: { value: { min: 3_000, max: 200_000 }, confidence: 'official', source: AU },
      schedule: { value: PAY_IN_4, confidence: 'official', source: AU },
      overdue: [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'reported', source: AU_LATE_FEES }],
    },
    {
      countries: ['FR'],
      currency: 'EUR',
      name: { en: 'PayPal Pay in 4X', zh: 'PayPal 4 期付款' },
      amountLimits: { value: { min: 3_000, max: 200_000 }, confidence: 'official', source: FR },
      // A first payment at checkout, then one a month for three months.
      schedule: {
        value: { kind: 'monthly-installments', count: 4, first: 'purchase' },
        confidence: 'official',
        source: FR,
      },
      overdue: [
        {
          value: {
            en: 'A late payment is said to cost 8 % of the missed amount.',
            zh: '据称逾期收取未付金额 8% 的费用。',
          },
          confidence: 'unverified',
          source: FR_LATE_FEES,
        },
      ],
    },
  ],
};
