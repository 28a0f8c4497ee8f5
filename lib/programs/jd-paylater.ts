import type { Program } from './schema';

export const jdPaylater: Program = {
  id: 'jd-paylater',
  name: { en: 'JD Pay Later', zh: '京东先用后付' },
  provider: { en: 'JD.com', zh: '京东' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  schedule: {
    value: { kind: 'days-after-purchase', days: 15 },
    confidence: 'unverified',
    source: { title: 'Consumer guides (disagree with each other); no official JD source found' },
  },
  whereToPay: {
    value: { en: 'JD app → My → My orders → To pay', zh: '京东 App → 我的 → 我的订单 → 待付款' },
    confidence: 'unverified',
    source: { title: 'Consumer guides' },
  },
};
