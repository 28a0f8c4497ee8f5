import type { Program } from './schema';
import { NO_SOURCE, SBOYO_BAITIAO, SFNEWS_BAITIAO } from './sources';

export const jdBaitiao: Program = {
  id: 'jd-baitiao',
  name: { en: 'JD Baitiao', zh: '京东白条' },
  provider: { en: 'JD Technology', zh: '京东科技' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [],
  schedule: {
    // "Up to" 30 days: the statement may fall sooner, which the shopper can set in the options.
    value: { kind: 'days-after-purchase', days: 30 },
    confidence: 'reported',
    source: SFNEWS_BAITIAO,
    note: { en: 'up to 30 days, and your statement may fall sooner', zh: '最长 30 天，账单日可能更早' },
  },
  overdue: [
    {
      value: {
        en: 'Penalty interest from the day it is overdue, said to be 0.05 % a day.',
        zh: '自逾期之日起计罚息，据称每日 0.05%。',
      },
      confidence: 'unverified',
      source: SBOYO_BAITIAO,
    },
  ],
  whereToPay: {
    value: { en: 'JD app → My → Baitiao → Repay', zh: '京东 App → 我的 → 白条 → 还款' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
