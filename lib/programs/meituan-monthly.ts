import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const SFNEWS = {
  title: {
    en: 'Shanghai Financial News and others: statement on the 1st, due on the 8th, up to 38 interest-free days',
    zh: '上海金融新闻网等：每月 1 日出账，8 日还款，最长 38 天免息',
  },
  url: 'https://www.sfnews.sh.cn/jr/31446.html',
};

export const meituanMonthly: Program = {
  id: 'meituan-monthly',
  name: { en: 'Meituan Monthly Pay', zh: '美团月付' },
  provider: { en: 'Meituan', zh: '美团' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [],
  schedule: {
    value: { kind: 'monthly-statement', statementDay: 1, dueDay: 8 },
    confidence: 'reported',
    source: SFNEWS,
  },
  overdue: [
    {
      value: {
        en: 'Overdue bills are reported to the central bank’s credit record (征信).',
        zh: '逾期会上报征信。',
      },
      confidence: 'reported',
      source: SFNEWS,
    },
  ],
  whereToPay: {
    value: { en: 'Meituan app → Me → Monthly Pay', zh: '美团 App → 我的 → 美团月付' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
