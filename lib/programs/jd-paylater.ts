import type { Program } from './schema';
import { NO_SOURCE, SEED_TEXT } from './sources';

export const jdPaylater: Program = {
  id: 'jd-paylater',
  name: { en: 'JD Pay Later', zh: '京东先用后付' },
  provider: { en: 'JD.com', zh: '京东' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [
    { value: { kind: 'jd-plus' }, confidence: 'unverified', source: SEED_TEXT },
    { value: { kind: 'good-credit' }, confidence: 'unverified', source: SEED_TEXT },
    { value: { kind: 'real-name' }, confidence: 'unverified', source: SEED_TEXT },
  ],
  schedule: {
    // Receipt is assumed on the purchase day, so the estimate is the earliest the bill can be due.
    value: { kind: 'days-after-receipt', days: 15, expectedDeliveryDays: 0 },
    confidence: 'unverified',
    source: {
      title:
        'Content-farm pages disagree; 15 days after receipt is their usual claim. Receipt is assumed on the day of purchase until you confirm it',
    },
  },
  overdue: [
    {
      value: {
        en: 'No source in hand for what JD charges when this is paid late; check the order page.',
        zh: '尚无来源说明逾期的后果，请以京东订单页为准。',
      },
      confidence: 'unverified',
      source: NO_SOURCE,
    },
  ],
  whereToPay: {
    value: { en: 'JD app → My → My orders → To pay', zh: '京东 App → 我的 → 我的订单 → 待付款' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
