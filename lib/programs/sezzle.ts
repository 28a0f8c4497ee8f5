import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const HELP = {
  title: { en: 'Sezzle shopper help centre', zh: 'Sezzle 购物者帮助中心' },
  url: 'https://shopper-help.sezzle.com/',
};

export const sezzle: Program = {
  id: 'sezzle',
  name: { en: 'Sezzle', zh: 'Sezzle' },
  provider: { en: 'Sezzle', zh: 'Sezzle' },
  currency: 'USD',
  // US plans; no provider names a zone for its due dates, so the eastern US calendar is used.
  timeZone: 'America/New_York',
  requirements: [],
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase', upFrontBasisPoints: 2500 },
    confidence: 'official',
    source: HELP,
  },
  overdue: [
    {
      value: {
        en: '48 hours’ grace after a failed payment, then $10; one free reschedule per order.',
        zh: '扣款失败后有 48 小时宽限期，之后收取 10 美元；每笔订单可免费改期一次。',
      },
      confidence: 'official',
      source: HELP,
    },
  ],
  whereToPay: {
    value: { en: 'The Sezzle app or sezzle.com', zh: 'Sezzle App 或 sezzle.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
