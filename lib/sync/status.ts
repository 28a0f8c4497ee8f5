import { z } from 'zod';

// What the dashboard shows about sync and the two switches, kept in storage.local: the background
// writes the status after every sync run, the dashboard writes the switches.

/** storage.local keys. */
export const SYNC_PREFS_KEY = 'syncPrefs';
export const SYNC_STATUS_KEY = 'syncStatus';

// Built on first use (z.lazy), as the worker's other schemas are: not as the worker starts.
export const SyncPrefs = z.lazy(() =>
  z.object({
    /** Bills, payments and settings go through the browser's own sync storage. Off unless the shopper turns it on. */
    enabled: z.boolean().default(false),
    /** Profile answers (credit score bands and the like) sync too: a second, separate choice. */
    profile: z.boolean().default(false),
  }),
);
export type SyncPrefs = z.infer<typeof SyncPrefs>;

export function parseSyncPrefs(raw: unknown): SyncPrefs {
  const parsed = SyncPrefs.safeParse(raw ?? {});
  return parsed.success ? parsed.data : SyncPrefs.parse({});
}

/** Why a bill stays on this device only. */
export const NOT_SYNCED_REASONS = ['full', 'too-large', 'installment-ids', 'deleted-elsewhere', 'newer'] as const;
export type NotSyncedShown = (typeof NOT_SYNCED_REASONS)[number];

/** At most this many bills and skipped items are listed by name; the counts are always whole. */
export const MAX_LISTED = 50;

const bounded = () => z.string().max(200);

export const SyncStatus = z.lazy(() =>
  z.object({
    /** When changes from another browser were last taken in (epoch ms). */
    lastReceived: z.number().optional(),
    /** When this browser last wrote to sync storage. */
    lastSent: z.number().optional(),
    /** Sync storage in use, by every item in it, against the browser's quota. */
    bytesUsed: z.number().int().min(0),
    itemsUsed: z.number().int().min(0),
    quotaBytes: z.number().int().min(1),
    quotaItems: z.number().int().min(1),
    /** Paid bills older than PAID_KEPT_DAYS that stay here because sync storage is nearly full. */
    oldPaid: z.number().int().min(0),
    /** Other bills that do not sync, by name, and how many there are in all. */
    notSynced: z.array(z.object({ id: bounded(), reason: z.enum(NOT_SYNCED_REASONS) })).max(MAX_LISTED),
    notSyncedCount: z.number().int().min(0),
    /** Items in sync storage this version cannot read: skipped, left as they are. */
    skipped: z.array(z.object({ key: bounded(), problem: bounded() })).max(MAX_LISTED),
    skippedCount: z.number().int().min(0),
    /** Items from a newer version of the extension: left alone. */
    newer: z.number().int().min(0),
    /** Changes still to write (the write limits or the quota held them back). */
    pending: z.number().int().min(0),
    /** Why the last write failed, if it did; it is retried, and the bills here are untouched. */
    error: z.enum(['quota', 'rate', 'other']).optional(),
    retryAt: z.number().optional(),
  }),
);
export type SyncStatus = z.infer<typeof SyncStatus>;

export function parseSyncStatus(raw: unknown): SyncStatus | undefined {
  const parsed = SyncStatus.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
