import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const KLARNA_US = {
  title: { en: 'Klarna US: Pay in 4 and late fees', zh: 'Klarna 美国官网：分四期与滞纳金' },
  url: 'https://www.klarna.com/us/',
};

export const klarna: Program = {
  id: 'klarna',
  name: { en: 'Klarna Pay in 4', zh: 'Klarna 分四期' },
  provider: { en: 'Klarna', zh: 'Klarna' },
  currency: 'USD',
  // US plans; no provider names a zone for its due dates, so the eastern US calendar is used.
  timeZone: 'America/New_York',
  requirements: [],
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'shipment' },
    confidence: 'official',
    source: KLARNA_US,
    note: {
      en: 'the first payment is due when the shop ships, counted as today until then',
      zh: '首期在商家发货时扣款，发货前按今天计算',
    },
  },
  overdue: [
    {
      value: {
        en: 'Up to $7 once a payment is 10 days unpaid; late fees never exceed 25 % of the purchase.',
        zh: '逾期 10 天未付最多收取 7 美元；滞纳金总额不超过购买金额的 25%。',
      },
      confidence: 'official',
      source: KLARNA_US,
    },
  ],
  whereToPay: {
    value: { en: 'The Klarna app or klarna.com', zh: 'Klarna App 或 klarna.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
