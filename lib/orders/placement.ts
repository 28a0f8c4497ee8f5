import type { SiteId } from '../ids';
import { JD_ORDER_NUMBER } from './jd-list';

/**
 * Pages that follow placing an order and name it in their address: JD's cashier (白条 and other
 * ways to pay at once) and its success page (先用后付 and cash on delivery, nothing to pay yet).
 * They link the order number to the bill the shopper tracked at the checkout a moment before.
 */
export const PLACEMENT_MATCHES = ['*://pcashier.jd.com/cashier/*', '*://success.jd.com/success/*'] as const;

export interface PlacedOrder {
  readonly site: SiteId;
  readonly orderId: string;
}

export function placedOrder(url: URL): PlacedOrder | undefined {
  const orderId = url.searchParams.get('orderId') ?? url.searchParams.get('orderid') ?? '';
  const placement =
    (url.hostname === 'pcashier.jd.com' && url.pathname.startsWith('/cashier/')) ||
    (url.hostname === 'success.jd.com' && url.pathname === '/success/success.action');
  return placement && JD_ORDER_NUMBER.test(orderId) ? { site: 'jd', orderId } : undefined;
}

export const PLACEMENT_EXAMPLES = {
  pages: [
    'https://pcashier.jd.com/cashier/index.action?orderId=290000000001&reqInfo=eyJ9',
    'https://success.jd.com/success/success.action?orderId=44392478919&rid=0.746903008460361',
  ],
  notPages: [
    'https://pcashier.jd.com/cashier/index.action',
    'https://success.jd.com/success/success.action',
    'https://trade.jd.com/shopping/order/getOrderInfo.action',
  ],
} as const;
