import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const MERCHANT_DOCS = {
  title: 'WeChat Pay merchant documentation: Pay Score, complete service order',
  url: 'https://pay.weixin.qq.com/',
};

export const wechatPayscore: Program = {
  id: 'wechat-payscore',
  name: { en: 'WeChat Pay Score (pay later)', zh: '微信支付分先享后付' },
  provider: { en: 'WeChat Pay', zh: '微信支付' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [],
  schedule: {
    // The debit follows the merchant completing the order; when that is, no source says.
    value: { kind: 'days-after-receipt', days: 0, expectedDeliveryDays: 0 },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
  overdue: [
    {
      value: {
        en: 'WeChat Pay keeps debiting until it succeeds; the debt does not lapse.',
        zh: '微信支付会反复扣款直到成功，欠款不会失效。',
      },
      confidence: 'official',
      source: MERCHANT_DOCS,
    },
  ],
  whereToPay: {
    value: {
      en: 'WeChat → Me → Services → Wallet → Pay Score, which lists what is due',
      zh: '微信 → 我 → 服务 → 钱包 → 支付分（列出待还款项目）',
    },
    confidence: 'reported',
    source: { title: 'Consumer guides' },
  },
};
