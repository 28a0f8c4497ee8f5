import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messenger as contentScript } from '../../entrypoints/content/messenger';
import type { ProtocolMap } from '../../lib/protocol';

// The content script's own client must stay wire-compatible with @webext-core/messaging, which
// the background and extension pages use. Messages here pass the way a browser passes them: the
// first listener to answer (at once, or later after returning true) answers the sender.

type Sender = chrome.runtime.MessageSender;
const TAB_SENDER: Sender = { id: fakeBrowser.runtime.id, tab: { id: 4 } as chrome.tabs.Tab, frameId: 0 };
const BACKGROUND_SENDER: Sender = { id: fakeBrowser.runtime.id };

function deliver(message: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve).then((results: unknown[]) => {
      // A listener returning true answers later; with none, the sender gets nothing.
      if (!results.includes(true)) resolve(undefined);
    });
  });
}

function contentScriptSendsThroughBrowser(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    deliver(message, TAB_SENDER)) as typeof fakeBrowser.runtime.sendMessage);
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('content script messenger', () => {
  it('reaches the library end of the background, with its data and sender', async () => {
    contentScriptSendsThroughBrowser();
    const background = defineExtensionMessaging<ProtocolMap>();
    const received = vi.fn();
    background.onMessage('registerPanel', ({ data, sender }) => received(data, sender.tab?.id));

    await expect(contentScript.sendMessage('registerPanel', { key: 'k'.repeat(32) })).resolves.toBeUndefined();
    expect(received).toHaveBeenCalledWith({ key: 'k'.repeat(32) }, 4);
  });

  it("gets the background's refusal as an error", async () => {
    contentScriptSendsThroughBrowser();
    const background = defineExtensionMessaging<ProtocolMap>();
    background.onMessage('reportCheckout', () => {
      throw new Error('not a checkout');
    });

    await expect(
      contentScript.sendMessage('reportCheckout', { site: 'jd', currency: 'CNY', options: [], wallets: [] }),
    ).rejects.toThrow('not a checkout');
  });

  it('fails when nothing answers', async () => {
    contentScriptSendsThroughBrowser();
    defineExtensionMessaging<ProtocolMap>().onMessage('registerPanel', () => undefined);

    await expect(contentScript.sendMessage('leaveCheckout', {})).rejects.toThrow('No response');
  });

  it("receives the library's tab messages and answers them", async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      ((_tab: number, message: unknown, _options: unknown, callback: (answer: unknown) => void) =>
        void deliver(message, BACKGROUND_SENDER).then(callback)) as unknown as typeof fakeBrowser.tabs.sendMessage,
    );
    const layout = vi.fn();
    contentScript.onMessage('panelLayout', ({ data, sender }) => layout(data, sender));

    await expect(background.sendMessage('panelLayout', { height: 120 }, { tabId: 4, frameId: 0 })).resolves.toBe(
      undefined,
    );
    expect(layout).toHaveBeenCalledWith({ height: 120 }, BACKGROUND_SENDER);
  });

  it('stays silent on messages of other types', async () => {
    const layout = vi.fn();
    contentScript.onMessage('panelLayout', layout);

    await expect(
      deliver({ id: 1, type: 'panelStateChanged', data: {}, timestamp: Date.now() }, BACKGROUND_SENDER),
    ).resolves.toBeUndefined();
    expect(layout).not.toHaveBeenCalled();
  });
});
