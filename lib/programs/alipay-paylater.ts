import type { Program } from './schema';
import { ALIPAY_FAQ, SEED_TEXT } from './sources';

const TMALL_LAUNCH = {
  title: {
    en: 'People’s Daily Online (2019) on the Tmall launch: Sesame score above 650, 7 days to try, then pay or return',
    zh: '人民网（2019）报道天猫上线：芝麻分 650 以上，先试用 7 天，再付款或退货',
  },
  url: 'https://en.people.cn/n3/2019/0320/c90000-9557996.html',
};

export const alipayPaylater: Program = {
  id: 'alipay-paylater',
  name: { en: 'Sesame Pay Later (Alipay)', zh: '芝麻先用后付' },
  provider: { en: 'Alipay (Sesame Credit)', zh: '支付宝（芝麻信用）' },
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  requirements: [{ value: { kind: 'sesame-score', min: 650 }, confidence: 'reported', source: TMALL_LAUNCH }],
  schedule: {
    // Seven days to try counts from receipt; until it is confirmed we assume the purchase day.
    value: { kind: 'days-after-receipt', days: 7, expectedDeliveryDays: 0 },
    confidence: 'reported',
    source: TMALL_LAUNCH,
    note: {
      en: 'reported at the 2019 launch, and other accounts say 7–14 days depending on the shop',
      zh: '这是 2019 年上线时的报道，另有说法称因商家而异，为 7–14 天',
    },
  },
  overdue: [
    {
      value: {
        en: 'If the debit keeps failing, Sesame Credit pays the merchant after 24–72 hours and you owe Sesame Credit instead.',
        zh: '扣款持续失败时，芝麻会在 24–72 小时后向商家垫付，你改为欠芝麻的款。',
      },
      confidence: 'official',
      source: ALIPAY_FAQ,
    },
    {
      value: {
        en: 'Being late is said to lower your 芝麻分 and may cost fees.',
        zh: '据称逾期会降低芝麻分，并可能产生费用。',
      },
      confidence: 'unverified',
      source: SEED_TEXT,
    },
  ],
  whereToPay: {
    value: {
      en: 'Debited automatically by Alipay; the setting is at Alipay → Me → Settings → Payment settings → Password-free payment',
      zh: '由支付宝自动扣款；入口：支付宝 → 我的 → 设置 → 支付设置 → 免密支付',
    },
    confidence: 'official',
    source: ALIPAY_FAQ,
  },
};
