// A hybrid logical clock: wall time plus a counter plus the device's id. Every change this device
// makes gets a version greater than any it made or received before, and close to real time, so
// "last writer wins" means the change made last, not the device whose clock runs fast.

/** A version: fixed-width base 36 (wall ms, counter, device), so comparing strings compares versions. */
export type Version = string;

const WALL_DIGITS = 9; // 36^9 ms reaches the year 5138
const COUNTER_DIGITS = 3;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
export const DEVICE_DIGITS = 6;

export const VERSION_PATTERN = new RegExp(`^[0-9a-z]{${WALL_DIGITS + COUNTER_DIGITS + DEVICE_DIGITS}}$`);
const DEVICE_PATTERN = new RegExp(`^[0-9a-z]{${DEVICE_DIGITS}}$`);

/** The clock as kept between events (in the database, so a restarted worker goes on from it). */
export interface Clock {
  readonly wall: number;
  readonly counter: number;
}

export const ZERO_CLOCK: Clock = { wall: 0, counter: 0 };

/** A remote version further ahead of our time than this does not move our clock: a device with a wrong clock cannot drag ours into the future. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

function pad(value: number, digits: number): string {
  return value.toString(36).padStart(digits, '0');
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_PATTERN.test(value);
}

/** A random device id (about 31 bits): a shopper's few browsers will not share one. */
export function newDeviceId(random: () => number = Math.random): string {
  return pad(Math.floor(random() * 36 ** DEVICE_DIGITS), DEVICE_DIGITS);
}

export function formatVersion(clock: Clock, device: string): Version {
  if (!isDeviceId(device)) throw new RangeError(`not a device id: ${device}`);
  return `${pad(clock.wall, WALL_DIGITS)}${pad(clock.counter, COUNTER_DIGITS)}${device}`;
}

export function isVersion(value: unknown): value is Version {
  return typeof value === 'string' && VERSION_PATTERN.test(value);
}

/** The wall time (epoch ms) a version was made at. */
export function wallOf(version: Version): number {
  return Number.parseInt(version.slice(0, WALL_DIGITS), 36);
}

function clockOf(version: Version): Clock {
  return {
    wall: wallOf(version),
    counter: Number.parseInt(version.slice(WALL_DIGITS, WALL_DIGITS + COUNTER_DIGITS), 36),
  };
}

function later(a: Clock, b: Clock): Clock {
  return a.wall !== b.wall ? (a.wall > b.wall ? a : b) : a.counter >= b.counter ? a : b;
}

/**
 * The version of a change made at `physical` (epoch ms): after every version this clock has
 * given or seen, and at `physical` when the clock is not ahead of it.
 */
export function tick(clock: Clock, physical: number): Clock {
  const wall = Math.max(clock.wall, Math.max(0, Math.floor(physical)));
  if (wall > clock.wall) return { wall, counter: 0 };
  if (clock.counter < MAX_COUNTER) return { wall, counter: clock.counter + 1 };
  return { wall: wall + 1, counter: 0 };
}

/** The clock after seeing a remote version, so that this device's next change comes after it. */
export function receive(clock: Clock, remote: Version, physical: number): Clock {
  const seen = clockOf(remote);
  if (seen.wall > physical + MAX_DRIFT_MS) return clock;
  return later(clock, seen);
}
