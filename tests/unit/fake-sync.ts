import type { LocalArea, SyncArea } from '../../lib/sync/engine';
import { itemBytes } from '../../lib/sync/item';
import { SYNC_QUOTA } from '../../lib/sync/quota';

// A stand-in for the browsers' sync storage and the sync service behind it. Each device has its own
// copy of the items (as in Chrome and Firefox), which enforces the quotas as Chrome does: bytes in
// all and per item, items, and writes per minute and per hour, refusing a whole call that would
// break one. What a device writes goes to the service when the test says so, and from there to the
// other devices as deliveries the test hands over late, twice, out of order or never; `settle`
// then gives every device the service's state, as the real service does once devices reconnect.

export interface Delivery {
  readonly key: string;
  /** undefined: the item was removed. */
  readonly value: string | undefined;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class FakeSyncArea implements SyncArea {
  /** Values as JSON text: what is read back is a copy, as from real storage. */
  readonly items = new Map<string, string>();
  /** What this device wrote that the service has not taken yet. */
  readonly outbox: Delivery[] = [];
  /** Deliveries from the service not yet applied here. */
  inbox: Delivery[] = [];
  readonly writeTimes: number[] = [];
  /** Calls refused for a quota, with the browser's message. */
  readonly refused: string[] = [];
  /** Listeners to changes, as storage.onChanged. */
  readonly listeners: ((keys: string[]) => void)[] = [];
  setCalls = 0;

  constructor(private readonly now: () => number) {}

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.items].map(([key, text]) => [key, JSON.parse(text)]));
  }

  private countWrite(): void {
    const now = this.now();
    const lastMinute = this.writeTimes.filter((at) => at > now - MINUTE).length;
    const lastHour = this.writeTimes.filter((at) => at > now - HOUR).length;
    // The browser counts the call whether or not it then succeeds.
    this.writeTimes.push(now);
    if (lastMinute >= SYNC_QUOTA.writesPerMinute)
      this.refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (lastHour >= SYNC_QUOTA.writesPerHour)
      this.refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
  }

  private refuse(message: string): never {
    this.refused.push(message);
    throw new Error(message);
  }

  bytesInUse(items: ReadonlyMap<string, string> = this.items): number {
    let bytes = 0;
    for (const [key, text] of items) bytes += itemBytes(key, JSON.parse(text));
    return bytes;
  }

  async set(values: Record<string, unknown>): Promise<void> {
    this.countWrite();
    this.setCalls += 1;
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(values)) {
      if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) this.refuse('Resource::kQuotaBytesPerItem quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    if (next.size > SYNC_QUOTA.items) this.refuse('MAX_ITEMS quota exceeded');
    if (this.bytesInUse(next) > SYNC_QUOTA.bytes) this.refuse('QUOTA_BYTES quota exceeded');
    for (const [key, value] of Object.entries(values)) {
      const text = JSON.stringify(value);
      this.items.set(key, text);
      this.outbox.push({ key, value: text });
    }
    this.changed(Object.keys(values));
  }

  async remove(keys: string[]): Promise<void> {
    this.countWrite();
    for (const key of keys) {
      this.items.delete(key);
      this.outbox.push({ key, value: undefined });
    }
    this.changed(keys);
  }

  /** What the sync service does to this device's copy: no quota, no write count. */
  receive(delivery: Delivery): void {
    if (delivery.value === undefined) this.items.delete(delivery.key);
    else this.items.set(delivery.key, delivery.value);
    this.changed([delivery.key]);
  }

  /** Puts an item here as another install (or a corrupt profile) would have: any value at all. */
  plant(key: string, value: unknown): void {
    this.items.set(key, JSON.stringify(value));
  }

  private changed(keys: string[]): void {
    for (const listener of this.listeners) listener(keys);
  }
}

/** The sync service: the latest write of every item, and the deliveries to the other devices. */
export class FakeSyncService {
  readonly state = new Map<string, string>();

  constructor(readonly devices: FakeSyncArea[]) {}

  /** Takes `count` (default all) of a device's pending writes and queues them for the others. */
  upload(from: FakeSyncArea, count = from.outbox.length): void {
    for (const delivery of from.outbox.splice(0, count)) {
      if (delivery.value === undefined) this.state.delete(delivery.key);
      else this.state.set(delivery.key, delivery.value);
      for (const device of this.devices) if (device !== from) device.inbox.push(delivery);
    }
  }

  /** Applies one queued delivery (by index, so out of order); `again` keeps it queued to arrive twice. */
  deliver(to: FakeSyncArea, index: number, again = false): void {
    if (to.inbox.length === 0) return;
    const at = index % to.inbox.length;
    const delivery = to.inbox[at] as Delivery;
    if (!again) to.inbox.splice(at, 1);
    to.receive(delivery);
  }

  /** A queued delivery that never arrives. */
  drop(to: FakeSyncArea, index: number): void {
    if (to.inbox.length > 0) to.inbox.splice(index % to.inbox.length, 1);
  }

  /** Every device reconnects: pending writes reach the service and each device gets its state. */
  settle(): void {
    for (const device of this.devices) this.upload(device);
    for (const device of this.devices) {
      device.inbox = [];
      for (const key of [...device.items.keys()]) if (!this.state.has(key)) device.receive({ key, value: undefined });
      for (const [key, value] of this.state) if (device.items.get(key) !== value) device.receive({ key, value });
    }
  }
}

/** storage.local for one device. */
export class FakeLocalArea implements LocalArea {
  readonly items = new Map<string, unknown>();

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of keys) if (this.items.has(key)) result[key] = structuredClone(this.items.get(key));
    return result;
  }

  async set(values: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(values)) this.items.set(key, structuredClone(value));
  }
}
