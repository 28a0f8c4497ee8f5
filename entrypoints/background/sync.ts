import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { CORRECTIONS_KEY, OVERRIDES_KEY, PROFILE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { DATABASE_NAME } from '../../lib/store/db';
import { kvDirtyKey, removeOwnBills, type SyncContext, syncCycle } from '../../lib/sync/engine';
import { KV_RECORDS } from '../../lib/sync/kv-records';
import { parseSyncPrefs, SYNC_PREFS_KEY, SYNC_STATUS_KEY, type SyncPrefs } from '../../lib/sync/status';
import { db } from './database';
import { notificationId, runReminders } from './reminders';

// Wiring for the optional sync through the browser's own storage.sync (lib/sync does the work).
// Off by default; while off, nothing is read from or written to sync storage. Runs are one at a
// time and started by events, never by state held in memory: a worker that dies before its timer
// fires is woken by the fallback alarm, and every change waits in the database until a run takes it.

export const SYNC_ALARM = 'sync';
/** Changes made in a burst (an import, a few clicks) go out in one run. */
const DEBOUNCE_MS = 1000;
/** If this worker dies before its timer fires, the alarm runs sync this much later. */
const FALLBACK_MS = 60_000;
const AFTER_ERROR_MS = 5 * 60_000;

async function loadSyncPrefs(): Promise<SyncPrefs> {
  const stored = await browser.storage.local.get(SYNC_PREFS_KEY);
  return parseSyncPrefs(stored[SYNC_PREFS_KEY]);
}

function context(prefs: SyncPrefs): SyncContext {
  const sync = browser.storage.sync;
  return {
    db: db(),
    area: {
      get: () => sync.get(null),
      set: (items) => sync.set(items),
      remove: (keys) => sync.remove(keys),
    },
    local: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
    },
    now: Date.now,
    profile: prefs.profile,
  };
}

/** Runs sync at `at` at the latest (epoch ms), keeping an earlier alarm: created idempotently. */
async function alarmBy(at: number): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing && existing.scheduledTime <= at) return;
  await browser.alarms.create(SYNC_ALARM, { when: at });
}

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;
let again = false;

/** Asks for a run soon; a burst of asks makes one run. */
export function requestSync(delayMs = DEBOUNCE_MS): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void runSync();
  }, delayMs);
  void loadSyncPrefs()
    .then((prefs) => (prefs.enabled ? alarmBy(Date.now() + FALLBACK_MS) : undefined))
    .catch(() => undefined);
}

/** One run at a time; an ask during a run makes one more run after it. */
export function runSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncOnce();
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

async function syncOnce(): Promise<void> {
  const prefs = await loadSyncPrefs();
  if (!prefs.enabled) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  try {
    const run = await syncCycle(context(prefs));
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: run.status });
    await Promise.all(run.quieted.map((id) => browser.notifications.clear(notificationId(id))));
    // Bills or reminder settings changed here: reminders, alarms and the badge follow the database.
    if (run.received || run.quieted.length > 0) await runReminders();
    if (run.retryAt !== undefined) await alarmBy(run.retryAt);
    else await browser.alarms.clear(SYNC_ALARM);
  } catch (error) {
    // Sync storage or the database failed us: nothing local is lost; try again later.
    console.warn('PayLater Lens: sync run failed', error);
    await alarmBy(Date.now() + AFTER_ERROR_MS);
  }
}

/** The shopper's choice on turning sync off: this browser's bills leave sync storage. */
export async function removeSyncedBills(): Promise<number> {
  const prefs = await loadSyncPrefs();
  const result = await removeOwnBills(context(prefs));
  if (result.retryAt !== undefined) throw new Error('sync storage write limit reached; try again in a minute');
  return result.removed;
}

/** Notes when a settings record changed here, for its version (whether sync is on or not). */
async function noteSettingsChange(keys: readonly string[]): Promise<void> {
  const at = Date.now();
  const records = KV_RECORDS.filter((record) => keys.includes(record.storageKey));
  await db().syncMeta.bulkPut(records.map((record) => ({ key: kvDirtyKey(record), value: { at } })));
}

async function prefsChanged(before: SyncPrefs, after: SyncPrefs): Promise<void> {
  if (!after.enabled) {
    await browser.alarms.clear(SYNC_ALARM);
    await browser.storage.local.remove(SYNC_STATUS_KEY);
    return;
  }
  // Profile answers stop syncing: their item leaves sync storage too (other browsers keep theirs).
  if (before.profile && !after.profile) {
    const stored = await browser.storage.sync.get('p');
    if ('p' in stored) await browser.storage.sync.remove('p');
  }
  requestSync(0);
}

const WATCHED_TABLES = ['bills', 'installments'].map((table) => `idb://${DATABASE_NAME}/${table}/`);

/** Added synchronously in main(), so the change that woke the worker is not missed. */
export function registerSyncListeners(): void {
  // Each area's own event, not storage.onChanged: that one would also wake the worker for each of its
  // own writes to storage.session, several on every checkout.
  browser.storage.sync.onChanged.addListener(() => requestSync());
  browser.storage.local.onChanged.addListener((changes) => {
    // A removed key is "delete all my data" clearing storage: nothing to sync, and the database stays empty.
    const settingsKeys = [SETTINGS_KEY, OVERRIDES_KEY, PROFILE_KEY, CORRECTIONS_KEY].filter(
      (key) => changes[key]?.newValue !== undefined,
    );
    if (settingsKeys.length > 0) {
      noteSettingsChange(settingsKeys)
        .then(() => requestSync())
        .catch((error: unknown) => console.warn('PayLater Lens: settings change not noted for sync', error));
    }
    const prefs = changes[SYNC_PREFS_KEY];
    if (prefs) {
      prefsChanged(parseSyncPrefs(prefs.oldValue), parseSyncPrefs(prefs.newValue)).catch((error: unknown) =>
        console.warn('PayLater Lens: sync switch', error),
      );
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runSync();
  });
  browser.runtime.onStartup.addListener(() => requestSync(0));
  browser.runtime.onInstalled.addListener(() => requestSync(0));
  // Any write to bills here (tracking, paying, editing, importing, deleting) asks for a run.
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => WATCHED_TABLES.some((table) => part.startsWith(table)))) requestSync();
  });
}
