import type { Program } from './schema';
import { NO_SOURCE } from './sources';

const HELP = { title: { en: 'Afterpay help centre', zh: 'Afterpay 帮助中心' }, url: 'https://help.afterpay.com/' };

export const afterpay: Program = {
  id: 'afterpay',
  name: { en: 'Afterpay', zh: 'Afterpay' },
  provider: { en: 'Afterpay (Block)', zh: 'Afterpay（Block）' },
  // The late fees in hand are Australia's.
  currency: 'AUD',
  timeZone: 'Australia/Sydney',
  requirements: [],
  schedule: {
    value: { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase', upFrontBasisPoints: 2500 },
    confidence: 'official',
    source: HELP,
  },
  overdue: [
    {
      value: {
        en: 'Australia: $10, then $7 more if still unpaid 7 days later, capped at the lower of 25 % of the order or $68; the account is paused at once.',
        zh: '澳大利亚：10 澳元，7 天后仍未付再加 7 澳元，上限为订单金额的 25% 与 68 澳元中的较低者；账户立即暂停。',
      },
      confidence: 'official',
      source: HELP,
    },
  ],
  whereToPay: {
    value: { en: 'The Afterpay app or afterpay.com', zh: 'Afterpay App 或 afterpay.com' },
    confidence: 'unverified',
    source: NO_SOURCE,
  },
};
