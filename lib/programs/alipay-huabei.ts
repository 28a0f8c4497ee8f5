import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const COMMONLY_CITED = {
  title: { en: 'Widely repeated online, without a link to Alipay’s terms', zh: '网上广泛流传，但没有支付宝条款出处' },
};

export const alipayHuabei: Program = {
  id: 'alipay-huabei',
  name: { en: 'Huabei (Alipay)', zh: '花呗' },
  provider: { en: 'Alipay', zh: '支付宝' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [],
  schedule: {
    // Said to be due on the 9th or the 10th: the 9th, so a reminder is never late.
    value: { kind: 'monthly-statement', statementDay: 1, dueDay: 9 },
    confidence: 'unverified',
    source: COMMONLY_CITED,
    note: {
      en: 'said to be due on the 9th or the 10th, and the 9th is used so that a reminder is never late',
      zh: '据称 9 日或 10 日到期，这里按 9 日计算，提醒不会晚',
    },
  },
  overdue: [
    {
      value: { en: 'Said to cost 0.05 % of the amount a day.', zh: '据称每日收取 0.05% 的逾期费用。' },
      confidence: 'unverified',
      source: COMMONLY_CITED,
    },
  ],
  whereToPay: {
    value: { en: 'Alipay → Me → Huabei', zh: '支付宝 → 我的 → 花呗' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
