import type { Program } from './schema';
import { NO_SOURCE } from './sources';

// The research marks Zip's facts official/reported without telling them apart: take the lower.
const HELP = { title: { en: 'Zip US help centre', zh: 'Zip 美国帮助中心' }, url: 'https://help.us.zip.co/' };

export const zip: Program = {
  id: 'zip',
  name: { en: 'Zip', zh: 'Zip' },
  provider: { en: 'Zip', zh: 'Zip' },
  currency: 'USD',
  // US plans; no provider names a zone for its due dates, so the eastern US calendar is used.
  timeZone: 'America/New_York',
  requirements: [],
  amountLimits: { value: { min: 3_500, max: 150_000 }, confidence: 'reported', source: HELP },
  schedule: {
    // 25 % at checkout, then the rest every 2 weeks over 6 weeks.
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase', upFrontBasisPoints: 2500 },
    confidence: 'reported',
    source: HELP,
  },
  overdue: [
    { value: { en: 'A $7 initial late fee.', zh: '首次逾期收取 7 美元。' }, confidence: 'reported', source: HELP },
  ],
  whereToPay: {
    value: { en: 'The Zip app or zip.co', zh: 'Zip App 或 zip.co' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
