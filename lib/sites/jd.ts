import { parsePrice } from '../money';
import { commonAncestor, findOptions, findWallets, type ProgramPattern, type WalletPattern } from './dom';
import type { SiteAdapter } from './types';

const PROGRAMS: readonly ProgramPattern[] = [
  { program: 'jd-paylater', pattern: /先用后付/ },
  { program: 'jd-baitiao', pattern: /白条/ },
];

const WALLETS: readonly WalletPattern[] = [
  { wallet: 'jd-pay', pattern: /京东支付/ },
  { wallet: 'wechat-pay', pattern: /微信支付/ },
  { wallet: 'unionpay-quickpass', pattern: /云闪付/ },
];

export const jd: SiteAdapter = {
  id: 'jd',
  name: { en: 'JD.com', zh: '京东' },
  matches: ['*://trade.jd.com/shopping/order/getOrderInfo.action*'],
  examples: {
    checkout: [
      'https://trade.jd.com/shopping/order/getOrderInfo.action',
      'https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1700000000000&source=cart',
    ],
    notCheckout: [
      'https://item.jd.com/100012043978.html',
      'https://cart.jd.com/cart_index',
      'https://trade.jd.com/shopping/order/submitOrder.action',
      'https://order.jd.com/center/list.action',
      'https://help.jd.com/user/issue/list-162.html',
    ],
  },
  isCheckout(url) {
    return url.hostname === 'trade.jd.com' && url.pathname === '/shopping/order/getOrderInfo.action';
  },
  read(doc) {
    const found = findOptions(doc.body, PROGRAMS);
    const paymentStep = commonAncestor(found.map(({ element }) => element));
    if (!paymentStep) return null;
    const totalElement = doc.getElementById('sumPayPriceId');
    const total = totalElement ? parsePrice(totalElement.textContent ?? '') : null;
    return {
      paymentStep,
      signals: {
        site: 'jd',
        currency: 'CNY',
        ...(total !== null ? { total } : {}),
        options: found.map(({ option }) => option),
        wallets: findWallets(paymentStep, WALLETS),
      },
    };
  },
};
