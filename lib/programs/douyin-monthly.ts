import type { Program } from './schema';

import { CONSUMER_GUIDES } from './sources';

const GUIDES = {
  title: {
    en: 'Consumer guides: debited from the bound card at the start of next month',
    zh: '消费指南：次月初从绑定的银行卡扣款',
  },
};

export const douyinMonthly: Program = {
  id: 'douyin-monthly',
  name: { en: 'Douyin Monthly Pay', zh: '抖音月付' },
  provider: { en: 'Douyin Pay', zh: '抖音支付' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [{ value: { kind: 'bound-card' }, confidence: 'unverified', source: GUIDES }],
  schedule: {
    // "The start of next month": the 1st, the earliest reading.
    value: { kind: 'monthly-statement', statementDay: 1, dueDay: 1 },
    confidence: 'unverified',
    source: GUIDES,
    note: {
      en: '“the start of next month” is taken as the 1st, the earliest it can be',
      zh: '“次月初”按最早的 1 日计算',
    },
  },
  overdue: [
    {
      value: { en: 'Said to cost late fees and harm your credit record.', zh: '据称会产生逾期费用并影响信用记录。' },
      confidence: 'unverified',
      source: CONSUMER_GUIDES,
    },
  ],
  whereToPay: {
    value: { en: 'Debited automatically from the bound bank card', zh: '从绑定的银行卡自动扣款' },
    confidence: 'unverified',
    source: GUIDES,
  },
};
