import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../../lib/protocol';

type Sent =
  | 'reportCheckout'
  | 'leaveCheckout'
  | 'orderSubmitted'
  | 'registerPanel'
  // The order-page content script's (entrypoints/orders.content), which shares this client.
  | 'reportOrders'
  | 'leaveOrders'
  | 'orderPlaced';
type Received = 'panelLayout' | 'snapshotStep';
type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

let nextId = Math.floor(Math.random() * 10_000);

/**
 * The content script's end of the one message protocol. It speaks @webext-core/messaging's wire
 * format ({ id, type, data, timestamp }, answered with { res } or { err }) without that library's
 * client, which would take about 950 of the 8,192 gzip bytes this script may weigh on every matched
 * page. tests/unit/content-messenger.test.ts holds it to the library's own end.
 */
export const messenger = {
  async sendMessage<K extends Sent>(
    type: K,
    data: GetDataType<ProtocolMap[K]>,
  ): Promise<GetReturnType<ProtocolMap[K]>> {
    const answer = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
      | { res?: GetReturnType<ProtocolMap[K]>; err?: { message?: string } }
      | undefined;
    if (!answer || answer.err != null) throw new Error(answer?.err?.message ?? 'No response');
    return answer.res as GetReturnType<ProtocolMap[K]>;
  },

  onMessage<K extends Received>(
    type: K,
    listener: (message: { data: GetDataType<ProtocolMap[K]>; sender: Sender }) => GetReturnType<ProtocolMap[K]>,
  ): void {
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const { type: received, data } = (message ?? {}) as { type?: unknown; data?: GetDataType<ProtocolMap[K]> };
      // Not this message: stay silent, so that another listener may answer it.
      if (received !== type) return;
      sendResponse({ res: listener({ data: data as GetDataType<ProtocolMap[K]>, sender }) });
    });
  },
};
