import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per Chromium process, read from /proc (Linux). Chromium's processes are told apart by
 * their command lines: the browser has no `--type`; a renderer that hosts extension pages and
 * workers carries `--extension-process`; the others are the page's renderers (plus the spare one
 * Chromium keeps ready and the blank first tab's), the GPU process and utility processes (network,
 * storage, audio, …).
 */
export const PROCESS_KINDS = ['page', 'extension', 'browser', 'gpu', 'utility', 'other'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export function kindOf(commandLine: readonly string[]): ProcessKind {
  const type = commandLine.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return 'browser';
  if (type === 'renderer') {
    if (commandLine.includes('--extension-process')) return 'extension';
    // The browser's own WebUI, not a web page's.
    return commandLine.includes('--top-chrome-webui') ? 'other' : 'page';
  }
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') return 'utility';
  // The zygotes (which fork renderers) and crash reporting: little, but part of "all".
  return 'other';
}

/** One process at one moment: its kind and the CPU time all its live threads have used, in ms. */
export interface ProcessSample {
  readonly pid: number;
  readonly kind: ProcessKind;
  /** Distinguishes a pid that was reused by a new process (start time in clock ticks since boot). */
  readonly startTicks: number;
  readonly cpuMs: number;
}

export type Snapshot = ReadonlyMap<number, ProcessSample>;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process or thread ended between listing and reading.
    return undefined;
  }
}

/** `/proc/PID/stat`'s fields after the command name (which may hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * Nanoseconds on a CPU from each thread's schedstat (exact, unlike stat's 10 ms clock ticks). A
 * thread that ended is no longer listed; /proc/PID/stat, which keeps it, serves as a floor.
 */
function cpuMs(pid: number, fields: readonly string[], ticksPerSecond: number): number {
  let ns = 0;
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return Number.NaN;
  }
  for (const tid of tasks) ns += Number(read(`/proc/${pid}/task/${tid}/schedstat`)?.split(' ')[0] ?? 0);
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Math.max(ns / 1e6, (ticks * 1000) / ticksPerSecond);
}

/** Every process descended from `rootPid` (the browser) with its kind and CPU time so far. */
export function snapshot(rootPid: number, ticksPerSecond = 100): Snapshot {
  const parents = new Map<number, number>();
  const fieldsOf = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const fields = statFields(pid);
    if (!fields) continue;
    fieldsOf.set(pid, fields);
    parents.set(pid, Number(fields[1]));
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, depth = 0; at !== undefined && at > 1 && depth < 16; depth++) {
      if (at === rootPid) return true;
      at = parents.get(at);
    }
    return false;
  };
  const samples = new Map<number, ProcessSample>();
  for (const [pid, fields] of fieldsOf) {
    if (!inTree(pid)) continue;
    // Chromium rewrites its title: the arguments may be one string, separated by spaces.
    const commandLine = read(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? [];
    samples.set(pid, {
      pid,
      kind: kindOf(commandLine),
      // starttime is field 22 of stat, 20 after the name.
      startTicks: Number(fields[19]),
      cpuMs: cpuMs(pid, fields, ticksPerSecond),
    });
  }
  return samples;
}

export type CpuByKind = Record<ProcessKind | 'all', number>;

/**
 * CPU used per kind of process between `before` and `after`. A process that started in between
 * counts whole; one that ended in between counts up to `last`, a snapshot taken just before it
 * could end (the page's renderer, read before its tab closes), or not at all without one.
 */
export function cpuBetween(before: Snapshot, after: Snapshot, last?: Snapshot): CpuByKind {
  const used: CpuByKind = { page: 0, extension: 0, browser: 0, gpu: 0, utility: 0, other: 0, all: 0 };
  const ends = new Map(last);
  for (const [pid, sample] of after) ends.set(pid, sample);
  for (const [pid, end] of ends) {
    const start = before.get(pid);
    const from = start && start.startTicks === end.startTicks ? start.cpuMs : 0;
    const ms = Math.max(0, end.cpuMs - from);
    if (!Number.isFinite(ms)) continue;
    used[end.kind] += ms;
    used.all += ms;
  }
  return used;
}
