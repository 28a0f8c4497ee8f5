import { describe, expect, it } from 'vitest';
import { jd } from '../../lib/sites/jd';
import { fixtureDocument } from './fixtures';

const CHECKOUT = new URL('https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1');

describe('jd adapter', () => {
  it('reads the payable total, the pay-later options and the wallets of a checkout', () => {
    const reading = jd.read(fixtureDocument('jd/checkout-paylater.html'), CHECKOUT);
    expect(reading?.signals).toEqual({
      site: 'jd',
      currency: 'CNY',
      total: 239900,
      options: [
        { program: 'jd-paylater', label: '先用后付确认收货后再付款', state: 'selectable' },
        { program: 'jd-baitiao', label: '京东白条最长30天免息', state: 'selectable' },
      ],
      wallets: ['jd-pay', 'wechat-pay'],
    });
    expect(reading?.paymentStep.id).toBe('payment-list');
  });

  it('reports an unavailable option with the page’s reason', () => {
    const reading = jd.read(fixtureDocument('jd/checkout-unavailable.html'), CHECKOUT);
    const paylater = reading?.signals.options.find((option) => option.program === 'jd-paylater');
    expect(paylater).toMatchObject({ state: 'unavailable', reason: expect.stringContaining('暂不可用') });
  });

  it('is a checkout only at the order-confirmation URL', () => {
    for (const url of jd.examples.checkout) expect(jd.isCheckout(new URL(url)), url).toBe(true);
    for (const url of jd.examples.notCheckout) expect(jd.isCheckout(new URL(url)), url).toBe(false);
  });
});
