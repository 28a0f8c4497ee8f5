import type { Program, Source } from './schema';

const US_FEES: Source = {
  title: {
    en: 'Zip Help (United States): Are there any fees to use Zip?',
    zh: 'Zip 帮助中心（美国）：使用 Zip 有费用吗？',
  },
  url: 'https://help.us.zip.co/hc/en-us/articles/4402386045979',
};
const US_FAQ: Source = {
  title: {
    en: 'Zip’s questions and answers (United States), as a merchant publishes them',
    zh: 'Zip 常见问题（美国，商家转载）',
  },
  url: 'https://www.robertwayne.com/pages/about-zip',
};
const US_MINIMUM: Source = {
  title: {
    en: 'Zip’s minimum order (United States), as a merchant publishes it',
    zh: 'Zip 最低订单金额（美国，商家转载）',
  },
  url: 'https://fibonaccibeauty.com/pages/zip-payment',
};
const AU_FEES: Source = {
  title: {
    en: 'Zip Help (Australia): What are the fees associated with Zip Pay, Zip Plus and Zip Money?',
    zh: 'Zip 帮助中心（澳大利亚）：Zip Pay、Zip Plus 和 Zip Money 的费用',
  },
  url: 'https://zip.co/hc/en-us/articles/7087561373199',
};
const AU_REPAYMENTS: Source = {
  title: {
    en: 'Zip Help (Australia): How do Zip Pay repayments work?',
    zh: 'Zip 帮助中心（澳大利亚）：Zip Pay 如何还款？',
  },
  url: 'https://help.zip.co/hc/en-us/articles/360001590956',
};
const NZ_CREDIT: Source = {
  title: {
    en: 'Zip Help (New Zealand): Will Zip’s credit check affect my credit score?',
    zh: 'Zip 帮助中心（新西兰）：Zip 的信用查询会影响信用评分吗？',
  },
  url: 'https://help-nz.zip.co/hc/en-us/articles/5709465733775',
};

/** The first payment at checkout, then the rest every two weeks: four payments over six weeks. */
const US_SCHEDULE = {
  value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
  confidence: 'reported',
  source: US_FAQ,
} as const;
const US_LATE = [
  {
    value: {
      en: 'A $7 late fee when a payment is late; every payment also carries a finance charge.',
      zh: '逾期收取 7 美元滞纳金；每期付款另含一笔融资费用。',
    },
    confidence: 'official',
    source: US_FEES,
  },
] as const;

export const zip: Program = {
  id: 'zip',
  name: { en: 'Zip', zh: 'Zip' },
  provider: { en: 'Zip', zh: 'Zip' },
  currency: 'USD',
  timeZone: 'shopper',
  requirements: [{ value: { kind: 'minimum-age', min: 18 }, confidence: 'reported', source: US_FAQ }],
  schedule: US_SCHEDULE,
  overdue: [...US_LATE],
  whereToPay: {
    value: { en: 'In the Zip app or the Zip customer portal', zh: '在 Zip App 或 Zip 客户门户付款' },
    confidence: 'reported',
    source: US_FAQ,
  },
  creditCheck: {
    value: {
      en: 'A credit check when you sign up and when your limit is raised, which does not affect your credit score (New Zealand).',
      zh: '注册和提额时会查询信用，不影响信用评分（新西兰）。',
    },
    confidence: 'official',
    source: NZ_CREDIT,
  },
  markets: [
    {
      countries: ['US'],
      currency: 'USD',
      amountLimits: { value: { min: 3_500 }, confidence: 'reported', source: US_MINIMUM },
      schedule: US_SCHEDULE,
      overdue: [...US_LATE],
    },
    {
      countries: ['AU'],
      currency: 'AUD',
      name: { en: 'Zip Pay', zh: 'Zip Pay' },
      // A statement on the 1st for last month's purchases, paid in full by the month's end to
      // avoid the monthly fee (at least $40 a month is the minimum).
      schedule: {
        value: { kind: 'monthly-statement', statementDay: 1, dueDay: 31 },
        confidence: 'official',
        source: AU_REPAYMENTS,
      },
      overdue: [
        {
          value: {
            en: 'A $9.95 monthly fee unless the statement is paid in full by its due date; $7.50 if the monthly minimum is still unpaid 7 days after it.',
            zh: '如未在到期日前还清账单，每月收取 9.95 澳元账户费；到期 7 天后仍未还最低还款额，收取 7.50 澳元。',
          },
          confidence: 'official',
          source: AU_FEES,
        },
      ],
    },
  ],
};
