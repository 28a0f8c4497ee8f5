import type { Program } from './schema';

export const jdBaitiao: Program = {
  id: 'jd-baitiao',
  name: { en: 'JD Baitiao', zh: '京东白条' },
  provider: { en: 'JD Technology', zh: '京东科技' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  schedule: {
    value: { kind: 'days-after-purchase', days: 30 },
    confidence: 'reported',
    source: { title: 'Up to 30 days interest-free deferral', url: 'https://www.sfnews.sh.cn/jr/18376.html' },
  },
  whereToPay: {
    value: { en: 'JD app → My → Baitiao → Repay', zh: '京东 App → 我的 → 白条 → 还款' },
    confidence: 'unverified',
    source: { title: 'Consumer guides' },
  },
};
