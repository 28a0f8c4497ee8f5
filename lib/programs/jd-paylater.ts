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
      title: { en: 'Consumer guides online, which disagree with each other', zh: '网上的消费指南，说法互相矛盾' },
    },
    note: { en: 'guides disagree, and most say 15 days after delivery', zh: '各方说法不一，多数称收货后 15 天' },
  },
  overdue: [
    {
      value: {
        en: 'JD does not say what paying late costs; check the order page.',
        zh: '京东未说明逾期的后果，请以订单页为准。',
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
