import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Script = Browser.scripting.RegisteredContentScript;
type Permissions = Browser.permissions.Permissions;

/** A browser event the test can fire; the fake browser leaves the permission events unimplemented. */
function event() {
  const listeners = new Set<(permissions: Permissions) => unknown>();
  return {
    addListener: (listener: (permissions: Permissions) => unknown) => void listeners.add(listener),
    removeListener: (listener: (permissions: Permissions) => unknown) => void listeners.delete(listener),
    hasListener: (listener: (permissions: Permissions) => unknown) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: async (permissions: Permissions) => {
      await Promise.all([...listeners].map((listener) => listener(permissions)));
    },
  };
}

/**
 * In-memory host permissions and registered content scripts for the fake browser, which has
 * neither: what the background's shop list does to them can then be read back. Granting and
 * taking back fire the permission events as a browser does.
 */
export function fakePermissionsAndScripts() {
  const granted = new Set<string>();
  const scripts = new Map<string, Script>();
  const copy = (script: Script): Script => structuredClone(script);
  const onAdded = event();
  const onRemoved = event();
  Object.assign(fakeBrowser.permissions, { onAdded, onRemoved });

  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
    origins: [...granted],
    permissions: [],
  }));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    const removed = origins.filter((origin) => granted.delete(origin));
    if (removed.length > 0) await onRemoved.trigger({ origins: removed, permissions: [] });
    return removed.length > 0;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)).map(copy),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (added) => {
    for (const script of added) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      scripts.set(script.id, copy(script));
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (changes) => {
    for (const change of changes) {
      const script = scripts.get(change.id);
      if (!script) throw new Error(`No script with ID '${change.id}'`);
      scripts.set(change.id, { ...script, ...copy(change) });
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
  });

  return {
    /** The shopper said yes: the origin is granted, and the browser tells the extension. */
    async grant(...origins: string[]) {
      for (const origin of origins) granted.add(origin);
      await onAdded.trigger({ origins, permissions: [] });
    },
    /** Granted without an event (as before the background was listening). */
    grantQuietly(...origins: string[]) {
      for (const origin of origins) granted.add(origin);
    },
    /** Taken back in the browser's own settings. */
    async revoke(...origins: string[]) {
      for (const origin of origins) granted.delete(origin);
      await onRemoved.trigger({ origins, permissions: [] });
    },
    /** Taken back while the extension was not running: no event told it. */
    revokeQuietly(...origins: string[]) {
      for (const origin of origins) granted.delete(origin);
    },
    granted: () => [...granted].sort(),
    /** The match patterns of every registered script. */
    matches: () => [...scripts.values()].flatMap((script) => script.matches ?? []).sort(),
    scripts: () => [...scripts.values()].map(copy),
    /** A browser update or a profile that lost its registrations. */
    dropScripts: () => scripts.clear(),
  };
}
