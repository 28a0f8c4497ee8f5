import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PROFILE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { DATABASE_NAME } from '../../lib/store/db';
import { fakePermissionsAndScripts } from './fake-shops';

// Every checkout writes storage.session several times (the report, the panel's key and claim). The
// worker and the panel listen only to the areas they follow, so none of those writes reaches them
// as an event; a change of the shopper's settings still does.

const SESSION_WRITES = { 'tab:7': { url: 'https://trade.jd.com/x' }, 'panel:7': { key: 'k' } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  // The reminders a settings change re-plans ask for the language.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});

afterEach(async () => {
  vi.doUnmock('../../entrypoints/background/reminders');
  vi.restoreAllMocks();
  await Dexie.delete(DATABASE_NAME);
});

/** Whether anything listens to events that carry storage.session's changes. */
function hearsSessionWrites(): boolean {
  return fakeBrowser.storage.onChanged.hasListeners() || fakeBrowser.storage.session.onChanged.hasListeners();
}

describe('storage listeners', () => {
  it('leave the session writes unheard: the worker’s listeners and the panel’s', async () => {
    fakePermissionsAndScripts();
    const background = await import('../../entrypoints/background/index');
    background.default.main();
    const { watchPanelChanges } = await import('../../components/panel-changes');
    watchPanelChanges();
    expect(hearsSessionWrites()).toBe(false);
  });

  it('re-plans reminders when the settings change, not on the checkouts’ session writes', async () => {
    const runReminders = vi.fn(async () => undefined);
    vi.doMock('../../entrypoints/background/reminders', async (original) => ({
      ...(await original<typeof import('../../entrypoints/background/reminders')>()),
      runReminders,
    }));
    const { registerReminderListeners } = await import('../../entrypoints/background/reminder-listeners');
    registerReminderListeners();

    await fakeBrowser.storage.session.set(SESSION_WRITES);
    await fakeBrowser.storage.session.remove(Object.keys(SESSION_WRITES));
    expect(runReminders).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { reminders: { daysBefore: [1] } } });
    expect(runReminders).toHaveBeenCalledTimes(1);
  });

  it('notes a changed profile for sync', async () => {
    fakePermissionsAndScripts();
    const background = await import('../../entrypoints/background/index');
    background.default.main();
    const { db } = await import('../../entrypoints/background/database');
    await fakeBrowser.storage.session.set(SESSION_WRITES);
    await fakeBrowser.storage.local.set({ [PROFILE_KEY]: { country: 'CN' } });
    await vi.waitFor(async () => expect(await db().syncMeta.count()).toBe(1));
  });

  it('tells the panel of a changed profile, not of the checkouts’ session writes', async () => {
    const { watchPanelChanges } = await import('../../components/panel-changes');
    const listener = vi.fn();
    watchPanelChanges()(listener);

    await fakeBrowser.storage.session.set(SESSION_WRITES);
    expect(listener).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ [PROFILE_KEY]: { country: 'CN' } });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
