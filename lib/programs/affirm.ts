import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const INVESTORS = {
  title: 'Affirm investor relations: Pay in 4 every 2 weeks, no late fees (first payment assumed at purchase)',
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
    source: { title: 'NerdWallet: about $35 to $20,000' },
  },
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
    confidence: 'official',
    source: INVESTORS,
  },
  overdue: [{ value: { en: 'No late fees.', zh: '不收滞纳金。' }, confidence: 'official', source: INVESTORS }],
  whereToPay: {
    value: { en: 'The Affirm app or affirm.com', zh: 'Affirm App 或 affirm.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
