import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const COMMONLY_CITED = { title: 'Commonly cited, but no source in hand' };

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
