import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const GUIDES = {
  title: {
    en: 'Consumer guides, which partly disagree: debited through WeChat Pay Score once you confirm delivery',
    zh: '消费指南（说法不完全一致）：确认收货后通过微信支付分扣款',
  },
};

export const pddPaylater: Program = {
  id: 'pdd-paylater',
  name: { en: 'Pinduoduo Pay Later', zh: '拼多多先用后付' },
  provider: { en: 'Pinduoduo with WeChat Pay Score', zh: '拼多多（微信支付分）' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [],
  schedule: {
    // Due on confirmed receipt; until then we assume the purchase day, the earliest it can be.
    value: { kind: 'days-after-receipt', days: 0, expectedDeliveryDays: 0 },
    confidence: 'unverified',
    source: GUIDES,
    note: {
      en: 'debited once you confirm delivery, counted as today until then',
      zh: '确认收货后扣款，确认前按今天计算',
    },
  },
  overdue: [
    {
      value: {
        en: 'Pinduoduo does not say what paying late costs; check the order in Pinduoduo.',
        zh: '拼多多未说明逾期的后果，请以拼多多订单为准。',
      },
      confidence: 'unverified',
      source: NO_SOURCE,
    },
  ],
  whereToPay: {
    value: {
      en: 'Debited through WeChat Pay Score: WeChat → Me → Services → Wallet → Pay Score',
      zh: '通过微信支付分扣款：微信 → 我 → 服务 → 钱包 → 支付分',
    },
    confidence: 'unverified',
    source: GUIDES,
  },
};
