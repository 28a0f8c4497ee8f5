import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWelcome } from '../../entrypoints/background/welcome';

describe('the welcome page', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    registerWelcome();
  });

  it('opens once, on the first install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
  });

  it.each([
    ['an update', { reason: 'update', previousVersion: '0.0.9' }],
    ['a browser update', { reason: 'chrome_update' }],
  ] as const)('stays closed on %s', async (_name, details) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger(details);
    expect(create).not.toHaveBeenCalled();
  });
});
