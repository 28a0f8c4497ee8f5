import type { Program } from './schema';
import { CONSUMER_GUIDES, NO_SOURCE } from './sources';

const MERCHANT_DOCS = {
  title: {
    en: 'WeChat Pay merchant documentation: Pay Score, completing a service order',
    zh: '微信支付商户文档：支付分，完结服务订单',
  },
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
    note: {
      en: 'debited when the shop completes the order, which WeChat does not date, so today is used',
      zh: '商家完结订单后扣款，具体时间微信未说明，这里按今天计算',
    },
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
    source: CONSUMER_GUIDES,
  },
};
