import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabUnlessAt } from '../../entrypoints/background/sessions';

// Every address any tab moves to reaches the worker (tabs.onUpdated has no filter in Chrome): what
// it does there must be one read, and end only the pages the tab left.

const TAB = 3;
const CHECKOUT = 'https://trade.jd.com/shopping/order/getOrderInfo.action';
const ORDERS = 'https://order.jd.com/center/list.action';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a tab moving on', () => {
  it('reads once and keeps what is at the new address', async () => {
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: { url: CHECKOUT }, [`orders:${TAB}`]: { url: ORDERS } });
    const reads = vi.spyOn(fakeBrowser.storage.session, 'get');
    const removals = vi.spyOn(fakeBrowser.storage.session, 'remove');
    await clearTabUnlessAt(TAB, CHECKOUT);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(removals.mock.calls).toEqual([[[`orders:${TAB}`]]]);
    reads.mockClear();
    await clearTabUnlessAt(TAB, 'https://www.jd.com/');
    // The second read asks which frame, if any, claimed the tab's panel.
    expect(reads).toHaveBeenCalledTimes(2);
    expect(removals.mock.calls.at(-1)).toEqual([[`tab:${TAB}`]]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('writes nothing for a tab that had no checkout or order page', async () => {
    const removals = vi.spyOn(fakeBrowser.storage.session, 'remove');
    await clearTabUnlessAt(TAB, 'https://example.com/');
    expect(removals).not.toHaveBeenCalled();
  });

  it('tells the panel frame that claimed the tab when its checkout ends', async () => {
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: { url: CHECKOUT }, [`panel:${TAB}`]: { frameId: 4 } });
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await clearTabUnlessAt(TAB, 'https://www.jd.com/');
    expect(told.mock.calls.map(([tab, , options]) => [tab, options])).toEqual([[TAB, { frameId: 4 }]]);
  });
});
