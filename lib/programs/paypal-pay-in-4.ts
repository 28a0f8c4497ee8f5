import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const DOCS = {
  title: {
    en: 'PayPal developer documentation, Pay Later (US): 4 payments every 2 weeks, $30–$1,500, no late fees',
    zh: 'PayPal 开发者文档，Pay Later（美国）：每两周一期共四期，30–1,500 美元，不收滞纳金',
  },
  url: 'https://developer.paypal.com/',
};

export const paypalPayIn4: Program = {
  id: 'paypal-pay-in-4',
  name: { en: 'PayPal Pay in 4', zh: 'PayPal 分四期' },
  provider: { en: 'PayPal', zh: 'PayPal' },
  currency: 'USD',
  // US plans; no provider names a zone for its due dates, so the eastern US calendar is used.
  timeZone: 'America/New_York',
  requirements: [],
  amountLimits: { value: { min: 3_000, max: 150_000 }, confidence: 'official', source: DOCS },
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
    confidence: 'official',
    source: DOCS,
    note: {
      en: 'PayPal does not say when the first payment is due, so today is used',
      zh: 'PayPal 未说明首期何时到期，这里按今天计算',
    },
  },
  overdue: [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'official', source: DOCS }],
  whereToPay: {
    value: { en: 'The PayPal app or paypal.com', zh: 'PayPal App 或 paypal.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
