import type { CDPSession } from 'puppeteer-core';
import type { BenchBrowser } from './browser';
import type { ProcessKind } from './processes';

/**
 * Where each process's time goes: a trace of the whole browser (every process) over one visit,
 * summed as each event's own thread time (its duration on the CPU less its children's), by process
 * kind and event name. Diagnostic: tracing slows everything down, so its totals are larger than
 * the timed rounds' and only the shares mean something.
 */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  'navigation',
  'extensions',
  'ServiceWorker',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.compile',
  'v8',
  'mojom',
  'ipc',
  '__metadata',
];

interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly cat?: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly tts?: number;
  readonly args?: {
    name?: string;
    data?: { url?: string; functionName?: string };
    url?: string;
    src_file?: string;
    src_func?: string;
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  return chunks.join('');
}

/** Runs `during` with the whole browser traced; returns the trace's events. */
export async function traced(browser: BenchBrowser, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await browser.browser.target().createCDPSession();
  try {
    const complete = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream ?? '')),
    );
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
    });
    await during();
    await cdp.send('Tracing.end');
    const stream = await complete;
    const text = await readStream(cdp, stream);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await cdp.detach();
  }
}

/**
 * Own thread time (ms) per process kind and event name (scripts named by their file), and per
 * process kind and thread name.
 */
export interface Breakdown {
  readonly events: Map<ProcessKind, Map<string, number>>;
  readonly threads: Map<ProcessKind, Map<string, number>>;
}

function label(event: TraceEvent): string {
  const url = event.args?.data?.url ?? event.args?.url;
  if (url && /^(FunctionCall|EvaluateScript|v8\.compile|v8\.produceModuleCache|v8\.compileModule)/.test(event.name)) {
    const file = url.startsWith('chrome-extension://') ? `ext:${new URL(url).pathname}` : 'page';
    return `${event.name} ${file}`;
  }
  // A task's own time is the scheduler's; where it was posted from says whose work it is.
  const posted = event.args?.src_func;
  if (posted && /RunTask$/.test(event.name))
    return `${event.name} ← ${event.args?.src_file?.split('/').pop()}:${posted}`;
  return event.name;
}

/**
 * Sums each complete event's own thread time. Events on one thread nest by time; an event's own
 * time is its thread duration less the thread durations of the events directly inside it.
 */
export function breakdown(events: readonly TraceEvent[], kindOfPid: (pid: number) => ProcessKind): Breakdown {
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || event.tdur === undefined) continue;
    const key = `${event.pid}:${event.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(event);
    byThread.set(key, list);
  }
  const threadNames = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name)
      // Numbered pool threads are one pool.
      threadNames.set(`${event.pid}:${event.tid}`, event.args.name.replace(/\d+$/, ''));
  const result: Breakdown = { events: new Map(), threads: new Map() };
  const sum = (into: Map<ProcessKind, Map<string, number>>, kind: ProcessKind, name: string, ms: number) => {
    const names = into.get(kind) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + ms);
    into.set(kind, names);
  };
  const add = (event: TraceEvent, us: number) => {
    const kind = kindOfPid(event.pid);
    sum(result.events, kind, label(event), us / 1000);
    sum(result.threads, kind, threadNames.get(`${event.pid}:${event.tid}`) ?? 'unnamed', us / 1000);
  };
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { event: TraceEvent; childTdur: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0) {
        const top = stack.at(-1);
        if (!top || top.event.ts + (top.event.dur ?? 0) > upTo) break;
        stack.pop();
        add(top.event, Math.max(0, (top.event.tdur ?? 0) - top.childTdur));
      }
    };
    for (const event of list) {
      close(event.ts);
      const parent = stack.at(-1);
      if (parent) parent.childTdur += event.tdur ?? 0;
      stack.push({ event, childTdur: 0 });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return result;
}

/** The process kind of each pid in the trace, from its command line where /proc still has it. */
export function kindsFromTrace(
  events: readonly TraceEvent[],
  known: ReadonlyMap<number, ProcessKind>,
): (pid: number) => ProcessKind {
  const labels = new Map<number, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'process_name' && event.args?.name) labels.set(event.pid, event.args.name);
  return (pid) => {
    const kind = known.get(pid);
    if (kind) return kind;
    const name = labels.get(pid) ?? '';
    if (name === 'Browser') return 'browser';
    if (name === 'GPU Process') return 'gpu';
    if (name.includes('Extension')) return 'extension';
    if (name === 'Renderer') return 'page';
    return name.includes('Service') || name.includes('Utility') ? 'utility' : 'other';
  };
}

/** What a content script costs the page's main thread as it starts, in thread time (ms). */
export interface ScriptStart {
  /** Creating the extension's isolated world in the page, which any content script pays. */
  readonly worldMs: number;
  /** Compiling and running the extension's scripts in it. */
  readonly scriptMs: number;
}

/**
 * The start of an extension's content script in one traced visit: its scripts' evaluation, and the
 * script context created last before the first of them on that thread (its isolated world; the
 * page's own world starts with the page's first script, long before).
 */
export function contentScriptStart(events: readonly TraceEvent[]): ScriptStart | undefined {
  const complete = events.filter((event) => event.ph === 'X' && event.tdur !== undefined);
  const scripts = complete
    .filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const first = scripts[0];
  if (!first) return undefined;
  const world = complete
    .filter(
      (event) =>
        event.name === 'RenderFrameImpl::DidCreateScriptContext' &&
        event.pid === first.pid &&
        event.tid === first.tid &&
        event.ts < first.ts,
    )
    .sort((a, b) => b.ts - a.ts)[0];
  const ms = (list: readonly TraceEvent[]) => list.reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000;
  return {
    worldMs: world ? ms([world]) : 0,
    scriptMs: ms(scripts.filter((event) => event.pid === first.pid && event.tid === first.tid)),
  };
}

/** What the extension's service worker did in one traced visit, in thread time (ms). */
export interface WorkerActivity {
  /** Everything on the worker's thread. */
  readonly threadMs: number;
  /** Evaluating the worker's script, which only a worker that had stopped does. */
  readonly scriptMs: number;
}

export function workerActivity(events: readonly TraceEvent[]): WorkerActivity {
  const workerThreads = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && /ServiceWorker/.test(event.args?.name ?? ''),
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const complete = events
    .filter((event) => event.ph === 'X' && event.tdur !== undefined && workerThreads.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let threadUs = 0;
  let scriptUs = 0;
  // Events nest by time on a thread: the outermost ones hold all of its time.
  const ends = new Map<string, number>();
  for (const event of complete) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ts >= (ends.get(thread) ?? Number.NEGATIVE_INFINITY)) {
      ends.set(thread, event.ts + (event.dur ?? 0));
      threadUs += event.tdur ?? 0;
    }
    if (event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith('chrome-extension://'))
      scriptUs += event.tdur ?? 0;
  }
  return { threadMs: threadUs / 1000, scriptMs: scriptUs / 1000 };
}
