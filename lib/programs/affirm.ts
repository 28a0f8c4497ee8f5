import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const INVESTORS = {
  title: {
    en: 'Affirm investor relations: Pay in 4, every 2 weeks, no late fees',
    zh: 'Affirm 投资者关系页：分四期，每两周一期，不收滞纳金',
  },
  url: 'https://investors.affirm.com/',
};

export const affirm: Program = {
  id: 'affirm',
  name: { en: 'Affirm Pay in 4', zh: 'Affirm 分四期' },
  provider: { en: 'Affirm', zh: 'Affirm' },
  currency: 'USD',
  // US plans; no provider names a zone for its due dates, so the eastern US calendar is used.
  timeZone: 'America/New_York',
  requirements: [],
  amountLimits: {
    value: { min: 3_500, max: 2_000_000 },
    confidence: 'reported',
    source: { title: { en: 'NerdWallet: about $35 to $20,000', zh: 'NerdWallet：约 35 至 20,000 美元' } },
  },
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
    confidence: 'official',
    source: INVESTORS,
    note: {
      en: 'Affirm does not say when the first payment is due, so today is used',
      zh: 'Affirm 未说明首期何时到期，这里按今天计算',
    },
  },
  overdue: [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'official', source: INVESTORS }],
  whereToPay: {
    value: { en: 'The Affirm app or affirm.com', zh: 'Affirm App 或 affirm.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
