import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { rolldown } from 'rolldown';
import { SITE_EXAMPLES, SITES } from '../../lib/sites';
import { ADDED_SHOP_HOSTS, SHOP_HOSTS } from '../e2e/drivers';
import { shopUrl, startFixtureServer } from '../e2e/server';
import { type BenchBrowser, EXTENSION_DIR, launch } from './browser';
import { CHECKOUT_FIXTURE, generatePages, PRODUCT_FIXTURE, SMALL_CHECKOUT_FIXTURE, TIMELINE } from './pages';
import { type CpuByKind, cpuBetween, PROCESS_KINDS, type ProcessKind, type Snapshot, snapshot } from './processes';
import { medianInterval, pairRatios, type Summary, summarize } from './stats';
import type { QueryTimes, SeedPlan, SeedResult } from './store-probe';
import {
  type Breakdown,
  breakdown,
  contentScriptStart,
  kindsFromTrace,
  type ScriptStart,
  traced,
  type WorkerActivity,
  workerActivity,
} from './trace';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 12);
const WARMUP_PAIRS = 2;
const POPUP_OPENS = Number(process.env.BENCH_POPUP_OPENS ?? 10);
const STORE_RUNS = 20;
/**
 * `BENCH_ONLY=pages` (or `popup`, `store`, comma-separated) measures only those parts: a quicker loop.
 * `trace` (not run by default) traces one visit per page in every process and prints where the time went.
 * `cold` (not run by default) visits the small checkout after the worker stopped for idleness.
 */
const SECTIONS = new Set((process.env.BENCH_ONLY ?? 'pages,popup,store').split(','));
const PAGES = SECTIONS.has('pages');
/** `BENCH_PAGES=checkout,smallCheckout,nonCheckout` (any of them) narrows the pages measured. */
const PAGE_KEYS = new Set((process.env.BENCH_PAGES ?? 'checkout,smallCheckout,nonCheckout').split(','));
/** `BENCH_PROFILE=0` skips the one profiled visit per page. */
const PROFILE = process.env.BENCH_PROFILE !== '0';
/** How many of each process's largest differences a trace prints. */
const TRACE_TOP = Number(process.env.BENCH_TRACE_TOP ?? 14);
/**
 * `BENCH_BASELINE=DIR` (another build's chrome-mv3 folder) adds a third browser with that build to
 * every round: two builds compared side by side in one run, as a noisy machine requires.
 */
const BASELINE_DIR = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;
/** After the page's script stops, the content script may still owe one debounced read. */
const SETTLE_MS = 300;
/** After its tab closes, the worker and the browser still clear up after it. */
const CLOSE_SETTLE_MS = 300;
const OUT = 'artifacts/bench';
const CHECKOUT_URL = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000000';

/** Runs inside every frame: in the panel frame it records when the panel's content appeared. */
const PANEL_PROBE = `if (location.pathname === '/panel.html' && location.protocol === 'chrome-extension:') {
  const now = () => performance.timeOrigin + performance.now();
  // Where the panel's time goes: its document starts, its modules have run, its key arrives.
  window.__panelMarks = { document: performance.timeOrigin };
  document.addEventListener('DOMContentLoaded', () => { window.__panelMarks.modules = now(); });
  addEventListener('message', () => { window.__panelMarks.key ??= now(); }, true);
  const seen = () => {
    if (window.__panelAt || !document.querySelector('[data-testid="panel"]')) return false;
    window.__panelAt = performance.timeOrigin + performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}`;

interface PageTimings {
  readonly stepAt: number | null;
  readonly hostAt: number | null;
}

interface Visit {
  readonly scriptMs: number;
  readonly taskMs: number;
  readonly heapBytes: number;
  readonly elements: number;
  readonly ticks: number;
  /** CPU time per kind of process over the visit, from opening the tab to just after closing it. */
  readonly cpu: CpuByKind;
  readonly stepToHostMs?: number;
  readonly stepToPanelMs?: number;
  /** When, after the payment step, the panel's document started, its modules had run and its key came. */
  readonly stepToPanelMarks?: PanelMarks;
}

interface PanelMarks {
  readonly document?: number;
  readonly modules?: number;
  readonly key?: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * One visit to a page: its own script runs to the end, then its renderer's main-thread time and
 * heap are read. Every process's CPU time is read before the tab opens, before it closes (the
 * page's renderer ends with it) and once the browser has closed it, so the window holds the
 * worker's and the browser's work after the tab is gone too.
 */
async function visit(browser: BenchBrowser, url: string, seen?: (processes: Snapshot) => void): Promise<Visit> {
  const before = snapshot(browser.pid);
  const page = await browser.browser.newPage();
  try {
    await page.evaluateOnNewDocument(PANEL_PROBE);
    const cdp = await page.createCDPSession();
    // Thread time, not wall time: another process taking the CPU does not count against the page.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__benchDone === true', { polling: 250, timeout: 60_000 });
    await sleep(SETTLE_MS);
    const beforeClose = snapshot(browser.pid);
    seen?.(beforeClose);
    const timings = await page.evaluate('window.__bench');
    const { stepAt, hostAt } = timings as PageTimings;
    const panelAt = await panelRenderedAt(page);
    const marks = await panelMarks(page);
    const counts = (await page.evaluate(
      '({ elements: document.getElementsByTagName("*").length, ticks: window.__bench.ticks })',
    )) as { elements: number; ticks: number };
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Performance.getMetrics')).metrics;
    const metric = (name: string, from = metrics) => from.find((entry) => entry.name === name)?.value ?? Number.NaN;
    await page.close();
    await sleep(CLOSE_SETTLE_MS);
    return {
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize', heap),
      elements: counts.elements,
      ticks: counts.ticks,
      cpu: cpuBetween(before, snapshot(browser.pid), beforeClose),
      ...(stepAt !== null && hostAt !== null ? { stepToHostMs: hostAt - stepAt } : {}),
      ...(stepAt !== null && panelAt !== null ? { stepToPanelMs: panelAt - stepAt } : {}),
      ...(stepAt !== null && marks
        ? {
            stepToPanelMarks: Object.fromEntries(
              Object.entries(marks).map(([name, at]) => [name, (at as number) - stepAt]),
            ) as PanelMarks,
          }
        : {}),
    };
  } finally {
    if (!page.isClosed()) await page.close();
  }
}

async function panelRenderedAt(page: Page): Promise<number | null> {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/panel.html'));
  if (!frame) return null;
  return (await frame.evaluate('window.__panelAt ?? null')) as number | null;
}

async function panelMarks(page: Page): Promise<PanelMarks | null> {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/panel.html'));
  if (!frame) return null;
  return (await frame.evaluate('window.__panelMarks ?? null')) as PanelMarks | null;
}

/** Where the page's main-thread JavaScript time went, from a sampling profile: ours versus the page's. */
interface Attribution {
  readonly extensionMs: number;
  readonly pageMs: number;
}

/**
 * One extra visit under the sampling profiler (its overhead keeps it out of the timed pairs): the
 * self time of functions from chrome-extension:// URLs is the content script's own cost.
 */
async function profiledVisit(browser: BenchBrowser, url: string): Promise<Attribution> {
  const page = await browser.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__benchDone === true', { polling: 250, timeout: 60_000 });
    await sleep(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
    let extensionMs = 0;
    let pageMs = 0;
    profile.samples?.forEach((nodeId, i) => {
      const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
      const source = urlOf.get(nodeId) ?? '';
      if (source.startsWith('chrome-extension://')) extensionMs += ms;
      else if (source.startsWith('http')) pageMs += ms;
    });
    return { extensionMs, pageMs };
  } finally {
    await page.close();
  }
}

/** Traced visits to the matched non-checkout page per build, for its content script's start. */
const SCRIPT_START_VISITS = 6;
/** A shop the shopper added, and a page of it that is no checkout (the same product page). */
const ADDED_SHOP = `https://${ADDED_SHOP_HOSTS[0]}`;
const ADDED_SHOP_PRODUCT_URL = `${ADDED_SHOP}/products/west-lake-longjing`;

/**
 * The content script's start on `url` in traced visits (after one untraced): far below what the
 * paired main-thread figures can tell apart on a page whose own script runs for hundreds of ms, but
 * exact, since the trace names the extension's own events.
 */
async function scriptStarts(browser: BenchBrowser, url: string): Promise<ScriptStart[]> {
  await visit(browser, url);
  const starts: ScriptStart[] = [];
  for (let i = 0; i < SCRIPT_START_VISITS; i++) {
    const start = contentScriptStart(await traced(browser, () => visit(browser, url).then(() => undefined)));
    if (start) starts.push(start);
  }
  return starts;
}

/**
 * The same on a product page of a shop the shopper added, whose content script the background
 * registers: none for a build that does not (a stand-in).
 */
async function addedShopStarts(browser: BenchBrowser): Promise<ScriptStart[]> {
  if (!(await browser.addShop(ADDED_SHOP))) return [];
  return scriptStarts(browser, shopUrl(ADDED_SHOP_PRODUCT_URL, PRODUCT_FIXTURE));
}

/**
 * Chromium stops an extension's service worker after 30 s without events, so most real checkouts
 * find it stopped and pay its start: its script's evaluation, its listeners, its first storage
 * calls. Traced visits after this long idle, each followed by one with the worker still running.
 */
const WORKER_IDLE_MS = 40_000;
const COLD_VISITS = Number(process.env.BENCH_COLD_VISITS ?? 4);

/** The extension process's CPU time (ms) for visits after idle, and for the visits right after them. */
interface ProcessStarts {
  readonly cold: number[];
  readonly warm: number[];
}

interface WorkerStarts {
  /** Traced: the worker's thread. */
  readonly cold: WorkerActivity[];
  readonly warm: WorkerActivity[];
  /** Untraced (tracing costs CPU of its own): the extension process as a whole, against the issue's target. */
  readonly process: ProcessStarts;
  /** The same for the build in BENCH_BASELINE (the stand-in: the floor), idle as long. */
  readonly baselineProcess?: ProcessStarts;
}

async function workerStarts(port: number, tlsPort: number, url: string): Promise<WorkerStarts> {
  // Browsers of their own: a DevTools session on the worker (the heap figures) would keep it running.
  const browser = await launch(port, tlsPort, EXTENSION_DIR);
  const baseline = BASELINE_DIR ? await launch(port, tlsPort, BASELINE_DIR) : undefined;
  const cold: WorkerActivity[] = [];
  const warm: WorkerActivity[] = [];
  const process: ProcessStarts = { cold: [], warm: [] };
  const baselineProcess: ProcessStarts = { cold: [], warm: [] };
  try {
    await visit(browser, url);
    if (baseline) await visit(baseline, url);
    for (let i = 0; i < COLD_VISITS; i++) {
      await sleep(WORKER_IDLE_MS);
      cold.push(workerActivity(await traced(browser, () => visit(browser, url).then(() => undefined))));
      warm.push(workerActivity(await traced(browser, () => visit(browser, url).then(() => undefined))));
      await sleep(WORKER_IDLE_MS);
      for (const [each, into] of [
        [browser, process],
        ...(baseline ? ([[baseline, baselineProcess]] as const) : []),
      ] as const)
        into.cold.push((await visit(each, url)).cpu.extension);
      for (const [each, into] of [
        [browser, process],
        ...(baseline ? ([[baseline, baselineProcess]] as const) : []),
      ] as const)
        into.warm.push((await visit(each, url)).cpu.extension);
    }
  } finally {
    await browser.close();
    await baseline?.browser.close();
  }
  return { cold, warm, process, ...(baseline ? { baselineProcess } : {}) };
}

/**
 * One visit to `url` traced in each browser (with and without the extension): each process kind's
 * own thread time by event, with minus without, the largest first. The trace with the extension is
 * written out whole for chrome://tracing or Perfetto.
 */
async function traceVisits(variants: readonly Variant[], spec: PageSpec): Promise<void> {
  const totals = new Map<Variant['name'], Breakdown>();
  for (const variant of variants) {
    if (variant.name === 'baseline') continue;
    // One untraced visit first, so that neither trace holds a first visit's compilation.
    await visit(variant.browser, spec.url);
    const kinds = new Map<number, ProcessKind>();
    const events = await traced(variant.browser, async () => {
      await visit(variant.browser, spec.url, (processes) => {
        for (const [pid, sample] of processes) kinds.set(pid, sample.kind);
      });
    });
    totals.set(variant.name, breakdown(events, kindsFromTrace(events, kinds)));
    if (variant.name === 'with') await writeFile(`${OUT}/trace-${spec.key}.json`, JSON.stringify(events));
  }
  const withExt = totals.get('with');
  const withoutExt = totals.get('without');
  console.log(`\nTrace of one visit to the ${spec.label}: own thread time per process, with − without (ms)`);
  const sum = (names: ReadonlyMap<string, number>) => [...names.values()].reduce((x, y) => x + y, 0);
  const differences = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, top: number) =>
    [...new Set([...a.keys(), ...b.keys()])]
      .map((name) => [name, (a.get(name) ?? 0) - (b.get(name) ?? 0), a.get(name) ?? 0] as const)
      .filter(([, difference]) => Math.abs(difference) >= 0.5)
      .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
      .slice(0, top);
  const none = new Map<string, number>();
  for (const kind of PROCESS_KINDS) {
    const a = withExt?.events.get(kind) ?? none;
    const b = withoutExt?.events.get(kind) ?? none;
    console.log(`  ${kind}: ${fmt(sum(a))} with, ${fmt(sum(b))} without, ${signed(sum(a) - sum(b))}`);
    const threads = differences(withExt?.threads.get(kind) ?? none, withoutExt?.threads.get(kind) ?? none, 6);
    console.log(`    threads: ${threads.map(([name, difference]) => `${name} ${signed(difference)}`).join(', ')}`);
    for (const [name, difference, withMs] of differences(a, b, TRACE_TOP))
      console.log(`    ${signed(difference).padStart(8)}  (${fmt(withMs)} with)  ${name}`);
  }
}

/** A browser the pages are visited in: without the extension, with this build, or with another build. */
interface Variant {
  readonly name: 'without' | 'with' | 'baseline';
  readonly browser: BenchBrowser;
}

/** Each variant's visits, index by index from the same round. */
type Rounds = Record<Variant['name'], Visit[]>;

/**
 * Rounds of one visit per variant, the order rotated every round so that none always goes first
 * (with two variants: alternating pairs).
 */
async function rounds(variants: readonly Variant[], url: string, label: string): Promise<Rounds> {
  const result: Rounds = { without: [], with: [], baseline: [] };
  for (let i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
    const order = variants.map((_, j) => variants[(i + j) % variants.length] as Variant);
    const visits = new Map<Variant['name'], Visit>();
    for (const variant of order) visits.set(variant.name, await visit(variant.browser, url));
    if (i < WARMUP_PAIRS) continue;
    for (const [name, visited] of visits) result[name].push(visited);
    const a = visits.get('with');
    const b = visits.get('without');
    const base = visits.get('baseline');
    process.stdout.write(
      `  ${label} ${i - WARMUP_PAIRS + 1}/${PAIRS}: script ${fmt(a?.scriptMs ?? Number.NaN, 0)} / ${fmt(b?.scriptMs ?? Number.NaN, 0)} ms, all processes ${fmt(a?.cpu.all ?? Number.NaN, 0)} / ${fmt(b?.cpu.all ?? Number.NaN, 0)} ms${base ? ` (baseline build ${fmt(base.scriptMs, 0)} ms, ${fmt(base.cpu.all, 0)} ms)` : ''}\n`,
    );
  }
  return result;
}

/** Chrome match patterns: scheme `*` (http and https) or exact, host exact or `*.` suffix, path glob. */
function matchesPattern(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme = '', host = '', path = ''] = parsed;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : host === '*' || url.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(url.pathname + url.search);
}

/**
 * A shop URL the content script is injected into but that is no checkout, where it must do no more
 * than check the URL: a product page where an adapter lists one (the commonest such page), else any.
 */
function matchedNonCheckout(patterns: readonly string[], excludes: readonly string[]): string | undefined {
  const candidates = Object.values(SITE_EXAMPLES)
    .flatMap((examples) => examples.notCheckout)
    .map((example) => {
      const url = new URL(example);
      url.protocol = 'http:';
      return url;
    })
    .filter(
      (url) =>
        SHOP_HOSTS.includes(url.hostname) &&
        patterns.some((pattern) => matchesPattern(pattern, url)) &&
        !excludes.some((pattern) => matchesPattern(pattern, url)) &&
        !SITES.some((site) => site.isCheckout(url)),
    );
  const product = candidates.find((url) => /goods|item|detail/i.test(url.pathname));
  return (product ?? candidates[0])?.href;
}

interface Manifest {
  content_scripts?: { matches: string[]; exclude_matches?: string[]; js?: string[] }[];
}

interface ScriptSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

async function sizeOf(file: string): Promise<ScriptSize> {
  const code = await readFile(join(EXTENSION_DIR, file));
  return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/**
 * The content script of the shops' matched pages that are no checkout (the order pages have their
 * own), the reader, declared on checkouts and loaded by the other after an in-page move to one, and
 * the pages the first runs on.
 */
async function contentScripts(): Promise<{
  declared: ScriptSize;
  reader: ScriptSize;
  shopLoader: ScriptSize;
  matches: string[];
  excludes: string[];
}> {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const entries = (manifest.content_scripts ?? []).filter((entry) => entry.js?.every((file) => file === 'loader.js'));
  return {
    declared: await sizeOf('loader.js'),
    reader: await sizeOf('detector.js'),
    shopLoader: await sizeOf('shop-loader.js'),
    matches: entries.flatMap((entry) => entry.matches),
    excludes: entries.flatMap((entry) => entry.exclude_matches ?? []),
  };
}

/** The store probe as one script, with Dexie and our lib/ code inlined, to evaluate in the worker. */
async function bundleProbe(): Promise<string> {
  const bundle = await rolldown({ input: 'tests/bench/store-probe.ts', platform: 'browser', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  const [chunk] = output;
  if (chunk?.type !== 'chunk') throw new Error('store probe did not bundle');
  return chunk.code;
}

async function inWorker<T>(browser: BenchBrowser, expression: string): Promise<T> {
  const worker = await browser.serviceWorker();
  return (await worker.evaluate(expression)) as T;
}

async function seed(browser: BenchBrowser, probe: string, plan: SeedPlan): Promise<SeedResult> {
  await inWorker(browser, `if (!globalThis.__lensBench) { ${probe} }`);
  return inWorker<SeedResult>(browser, `globalThis.__lensBench.seed(${JSON.stringify(plan)})`);
}

/**
 * Runs in the popup before its own scripts. The popup renders a first screenful, then the rest a
 * batch per frame: record the page's clock (which starts at navigation) at the first frame after
 * the first row (or, with nothing stored, the empty state) is in the DOM, and after all of them are.
 */
function popupProbe(expected: number): void {
  const marks: { firstAt?: number; allAt?: number } = {};
  Object.assign(window, { __popupMarks: marks });
  const stamp = (key: 'firstAt' | 'allAt') =>
    requestAnimationFrame(() => Object.assign(marks, { [key]: performance.now() }));
  let sawFirst = false;
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-installment]').length;
    if (!sawFirst && (expected === 0 ? document.querySelector('.empty') !== null : rows > 0)) {
      sawFirst = true;
      stamp('firstAt');
    }
    if (sawFirst && rows >= expected) {
      observer.disconnect();
      stamp('allAt');
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface PopupOpen {
  readonly firstMs: number;
  readonly allMs: number;
}

/** Milliseconds from opening popup.html to its first rows and to all of them on screen; NaN if never. */
async function openPopup(browser: BenchBrowser, expected: number): Promise<PopupOpen> {
  const page = await browser.browser.newPage();
  try {
    await page.evaluateOnNewDocument(popupProbe, expected);
    await page.goto(`chrome-extension://${browser.extension?.id}/popup.html`);
    const handle = await page.waitForFunction('window.__popupMarks.allAt && window.__popupMarks', {
      polling: 50,
      timeout: 30_000,
    });
    const marks = (await handle.jsonValue()) as { firstAt: number; allAt: number };
    return { firstMs: marks.firstAt, allMs: marks.allAt };
  } catch {
    return { firstMs: Number.NaN, allMs: Number.NaN };
  } finally {
    await page.close();
  }
}

/** The worker's heap after a garbage collection; NaN if the worker is not running (it stops when idle). */
async function workerHeap(browser: BenchBrowser): Promise<number> {
  const target = browser.browser
    .targets()
    .find((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'));
  if (!target) return Number.NaN;
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

interface Paired {
  readonly with: Summary;
  readonly without: Summary;
  readonly ratio: Summary;
  /** Per-pair difference: what the extension adds in absolute terms, whatever the page's own weight. */
  readonly added: Summary;
  /** The 95 % interval of that median difference. */
  readonly addedInterval: readonly [number, number];
}

function paired(a: readonly Visit[], b: readonly Visit[], pick: (visit: Visit) => number): Paired {
  const x = a.map(pick);
  const y = b.map(pick);
  const added = x.map((value, i) => value - (y[i] ?? Number.NaN));
  return {
    with: summarize(x),
    without: summarize(y),
    ratio: summarize(pairRatios(x, y)),
    added: summarize(added),
    addedInterval: medianInterval(added),
  };
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function signed(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(digits)}` : 'n/a';
}

/** "+22.7 (+3.9…+59.0)": a paired median difference and its 95 % interval. */
function withInterval(figures: Paired, digits = 1): string {
  const [low, high] = figures.addedInterval;
  return `${signed(figures.added.median, digits)} (${signed(low, digits)}…${signed(high, digits)})`;
}

type Row = readonly [measure: string, figure: string, spread: string, target: string, verdict: string];

function verdict(value: number, limit: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'met' : 'MISSED';
}

function printGrid(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

/** What each page is measured for, and what the extension may add to it (ms of CPU per load). */
interface PageSpec {
  readonly key: 'checkout' | 'smallCheckout' | 'nonCheckout';
  readonly label: string;
  readonly url: string;
  readonly scriptTarget: number;
  readonly allTarget?: number;
  readonly extensionTarget?: number;
  readonly checkout: boolean;
}

/** The columns of the per-process table: the page's main thread, then each kind of process. */
const COLUMNS: readonly (readonly [string, (visit: Visit) => number])[] = [
  ['main-thread script', (v) => v.scriptMs],
  ['main-thread tasks', (v) => v.taskMs],
  ['page renderer', (v) => v.cpu.page],
  ['extension', (v) => v.cpu.extension],
  ['browser', (v) => v.cpu.browser],
  ['GPU', (v) => v.cpu.gpu],
  ['utility', (v) => v.cpu.utility],
  ['all processes', (v) => v.cpu.all],
];

interface PageResult {
  readonly spec: PageSpec;
  readonly rounds: Rounds;
  readonly elements: number;
  readonly columns: Record<string, Paired>;
  /** This build against the other build (BENCH_BASELINE), where one was given. */
  readonly againstBaseline?: Record<string, Paired>;
  /** What the other build adds over no extension (a stand-in's floor, or main's cost). */
  readonly baselineAdded?: Record<string, Paired>;
  readonly toHost: Summary;
  readonly toPanel: Summary;
  /** The same for the other build, in the same rounds. */
  readonly baselineToPanel?: Summary;
  readonly profile?: Attribution;
  /**
   * The content script's start, traced, by this build and the other (matched non-checkout page
   * only), and on the same page of a shop the shopper added.
   */
  readonly scriptStarts?: {
    readonly with: ScriptStart[];
    readonly baseline: ScriptStart[];
    readonly addedShopWith: ScriptStart[];
    readonly addedShopBaseline: ScriptStart[];
  };
}

function pageResult(
  spec: PageSpec,
  measured: Rounds,
  profile: Attribution | undefined,
  starts: PageResult['scriptStarts'],
): PageResult {
  const columns = (a: Visit[], b: Visit[]) =>
    Object.fromEntries(COLUMNS.map(([name, pick]) => [name, paired(a, b, pick)]));
  return {
    spec,
    rounds: measured,
    elements: summarize(measured.with.map((v) => v.elements)).median,
    columns: columns(measured.with, measured.without),
    ...(measured.baseline.length > 0
      ? {
          againstBaseline: columns(measured.with, measured.baseline),
          baselineAdded: columns(measured.baseline, measured.without),
        }
      : {}),
    toHost: summarize(measured.with.map((v) => v.stepToHostMs ?? Number.NaN)),
    toPanel: summarize(measured.with.map((v) => v.stepToPanelMs ?? Number.NaN)),
    ...(measured.baseline.length > 0
      ? { baselineToPanel: summarize(measured.baseline.map((v) => v.stepToPanelMs ?? Number.NaN)) }
      : {}),
    ...(profile ? { profile } : {}),
    ...(starts ? { scriptStarts: starts } : {}),
  };
}

function pageRows(result: PageResult): Row[] {
  const { spec, columns } = result;
  const script = columns['main-thread script'] as Paired;
  const all = columns['all processes'] as Paired;
  const extension = columns.extension as Paired;
  const rows: Row[] = [
    [
      `${spec.label}: main-thread script with / without`,
      `${fmt(script.with.median)} / ${fmt(script.without.median)} ms`,
      `IQR ${fmt(script.with.p25)}–${fmt(script.with.p75)} / ${fmt(script.without.p25)}–${fmt(script.without.p75)}`,
      '',
      '',
    ],
    [
      `${spec.label}: main-thread script added`,
      `${signed(script.added.median)} ms`,
      `95 % ${signed(script.addedInterval[0])}…${signed(script.addedInterval[1])}; ratio ${fmt(script.ratio.median, 3)}`,
      `≤ +${spec.scriptTarget} ms`,
      verdict(script.added.median, spec.scriptTarget),
    ],
  ];
  if (spec.extensionTarget !== undefined)
    rows.push([
      `${spec.label}: extension process added`,
      `${signed(extension.added.median)} ms`,
      `95 % ${signed(extension.addedInterval[0])}…${signed(extension.addedInterval[1])}`,
      `≤ +${spec.extensionTarget} ms`,
      verdict(extension.added.median, spec.extensionTarget),
    ]);
  rows.push([
    `${spec.label}: all processes added`,
    `${signed(all.added.median)} ms`,
    `95 % ${signed(all.addedInterval[0])}…${signed(all.addedInterval[1])}; without ${fmt(all.without.median, 0)} ms`,
    spec.allTarget !== undefined ? `≤ +${spec.allTarget} ms` : '',
    spec.allTarget !== undefined ? verdict(all.added.median, spec.allTarget) : '',
  ]);
  if (result.profile)
    rows.push([
      `${spec.label}: our own JS on the main thread (profile)`,
      `${fmt(result.profile.extensionMs)} ms`,
      `page's own JS ${fmt(result.profile.pageMs)} ms, one profiled visit`,
      '',
      '',
    ]);
  for (const [page, build, starts] of [
    [spec.label, 'this build', result.scriptStarts?.with ?? []],
    [spec.label, 'baseline build', result.scriptStarts?.baseline ?? []],
    [`${spec.label} of an added shop`, 'this build', result.scriptStarts?.addedShopWith ?? []],
    [`${spec.label} of an added shop`, 'baseline build', result.scriptStarts?.addedShopBaseline ?? []],
  ] as const)
    if (starts.length > 0) {
      const world = summarize(starts.map((start) => start.worldMs));
      const script = summarize(starts.map((start) => start.scriptMs));
      const total = summarize(starts.map((start) => start.worldMs + start.scriptMs));
      rows.push([
        `${page}: ${build}'s content script starting (traced)`,
        `${fmt(total.median, 2)} ms`,
        `isolated world ${fmt(world.median, 2)} + script ${fmt(script.median, 2)} ms, IQR ${fmt(total.p25, 2)}–${fmt(total.p75, 2)}, n=${total.n}`,
        '',
        '',
      ]);
    }
  if (spec.checkout)
    rows.push(
      [
        `${spec.label}: payment step → paylater-lens`,
        `${fmt(result.toHost.median)} ms`,
        `IQR ${fmt(result.toHost.p25)}–${fmt(result.toHost.p75)}, n=${result.toHost.n}`,
        '',
        '',
      ],
      [
        `${spec.label}: payment step → panel rendered`,
        `${fmt(result.toPanel.median)} ms`,
        `IQR ${fmt(result.toPanel.p25)}–${fmt(result.toPanel.p75)}, n=${result.toPanel.n}`,
        '≤ 100 ms',
        verdict(result.toPanel.median, 100),
      ],
    );
  if (spec.checkout)
    for (const [build, visits] of [
      ['this build', result.rounds.with],
      ['baseline build', result.rounds.baseline],
    ] as const)
      if (visits.length > 0)
        rows.push([`${spec.label}: ${build}'s panel, ms after the step`, ...panelTimeline(visits)]);
  const other = result.baselineToPanel;
  if (spec.checkout && other)
    rows.push([
      `${spec.label}: payment step → baseline build's panel rendered`,
      `${fmt(other.median)} ms`,
      `IQR ${fmt(other.p25)}–${fmt(other.p75)}, n=${other.n}`,
      '',
      '',
    ]);
  return rows;
}

/** Medians of when, after the payment step, each stage of showing the panel was reached. */
function panelTimeline(visits: readonly Visit[]): [string, string, string, string] {
  const median = (pick: (visit: Visit) => number | undefined) =>
    fmt(summarize(visits.map((visit) => pick(visit) ?? Number.NaN)).median, 0);
  return [
    median((v) => v.stepToPanelMs),
    `host ${median((v) => v.stepToHostMs)} · document ${median((v) => v.stepToPanelMarks?.document)} · modules run ${median((v) => v.stepToPanelMarks?.modules)} · key ${median((v) => v.stepToPanelMarks?.key)} · rendered`,
    '',
    '',
  ];
}

/** One line per page, one column per process: what the extension adds, with its 95 % interval. */
function printProcesses(
  results: readonly PageResult[],
  pick: (result: PageResult) => Record<string, Paired> | undefined,
): void {
  printGrid(
    ['page', ...COLUMNS.map(([name]) => name)],
    results.flatMap((result) => {
      const columns = pick(result);
      return columns
        ? [
            [
              `${result.spec.label} (${result.elements} el.)`,
              ...COLUMNS.map(([name]) => withInterval(columns[name] as Paired)),
            ],
          ]
        : [];
    }),
  );
}

export async function main(): Promise<void> {
  await generatePages();
  const scripts = await contentScripts();
  const productUrl = matchedNonCheckout(scripts.matches, scripts.excludes);
  const probe = await bundleProbe();
  const server = await startFixtureServer();
  const withExt = await launch(server.port, server.tlsPort, EXTENSION_DIR);
  const withoutExt = await launch(server.port, server.tlsPort, undefined);
  const baselineExt = BASELINE_DIR ? await launch(server.port, server.tlsPort, BASELINE_DIR) : undefined;
  const variants: Variant[] = [
    { name: 'with', browser: withExt },
    { name: 'without', browser: withoutExt },
    ...(baselineExt ? [{ name: 'baseline', browser: baselineExt } as const] : []),
  ];
  const started = Date.now();
  const workerHeapAtStart = await workerHeap(withExt);
  try {
    const specs: PageSpec[] = [
      {
        key: 'checkout',
        label: 'large checkout',
        url: shopUrl(CHECKOUT_URL, CHECKOUT_FIXTURE),
        scriptTarget: 6,
        allTarget: 150,
        extensionTarget: 50,
        checkout: true,
      },
      {
        key: 'smallCheckout',
        label: 'small checkout',
        url: shopUrl(CHECKOUT_URL, SMALL_CHECKOUT_FIXTURE),
        scriptTarget: 3,
        allTarget: 150,
        extensionTarget: 50,
        checkout: true,
      },
      ...(productUrl
        ? [
            {
              key: 'nonCheckout',
              label: 'matched non-checkout',
              url: shopUrl(productUrl, PRODUCT_FIXTURE),
              scriptTarget: 0.5,
              checkout: false,
            } as const,
          ]
        : []),
    ];
    if (PAGES && !productUrl)
      console.log('No non-checkout URL of any adapter is matched by the content script: nothing to measure there.');
    const pages: PageResult[] = [];
    for (const spec of PAGES ? specs.filter((candidate) => PAGE_KEYS.has(candidate.key)) : []) {
      console.log(`${spec.label} (${spec.url}): ${PAIRS} rounds after ${WARMUP_PAIRS} warm-up rounds`);
      const measured = await rounds(variants, spec.url, spec.label);
      const profile = PROFILE ? await profiledVisit(withExt, spec.url) : undefined;
      const starts =
        spec.key === 'nonCheckout'
          ? {
              with: await scriptStarts(withExt, spec.url),
              baseline: baselineExt ? await scriptStarts(baselineExt, spec.url) : [],
              addedShopWith: await addedShopStarts(withExt),
              addedShopBaseline: baselineExt ? await addedShopStarts(baselineExt) : [],
            }
          : undefined;
      pages.push(pageResult(spec, measured, profile, starts));
    }
    const workers = SECTIONS.has('cold')
      ? await workerStarts(server.port, server.tlsPort, shopUrl(CHECKOUT_URL, SMALL_CHECKOUT_FIXTURE))
      : undefined;
    if (SECTIONS.has('trace')) {
      await mkdir(OUT, { recursive: true });
      for (const spec of specs.filter((candidate) => PAGE_KEYS.has(candidate.key))) await traceVisits(variants, spec);
    }
    const workerHeapBytes = await workerHeap(withExt);

    const popup: Record<string, { seed: SeedResult; firstMs: Summary; allMs: Summary }> = {};
    for (const count of SECTIONS.has('popup') ? [0, 1000, 10_000] : []) {
      // All unpaid, due from a week ago to half a year ahead: every one is listed.
      const seeded = await seed(withExt, probe, {
        installments: count,
        perBill: 4,
        fromDay: -7,
        toDay: 180,
        pastUnpaidEvery: 1,
      });
      // The first open warms caches; if it never shows every row, timing more opens would say nothing.
      const shown = Number.isFinite((await openPopup(withExt, seeded.unpaid)).allMs);
      const opens: PopupOpen[] = [];
      for (let i = 0; shown && i < POPUP_OPENS; i++) opens.push(await openPopup(withExt, seeded.unpaid));
      popup[count] = {
        seed: seeded,
        firstMs: summarize(opens.map((open) => open.firstMs)),
        allMs: summarize(opens.map((open) => open.allMs)),
      };
      console.log(
        `Popup with ${count} installments: ${fmt(popup[count].firstMs.median)} / ${fmt(popup[count].allMs.median)} ms`,
      );
    }

    // Four years of history and three months ahead; past ones paid except one in 200 (overdue).
    const storeSeed = SECTIONS.has('store')
      ? await seed(withExt, probe, {
          installments: 100_000,
          perBill: 4,
          fromDay: -1460,
          toDay: 90,
          pastUnpaidEvery: 200,
        })
      : undefined;
    const queryTimes = storeSeed
      ? await inWorker<QueryTimes>(withExt, `globalThis.__lensBench.timeQueries(${STORE_RUNS}, 3)`)
      : {};
    const store = Object.fromEntries(Object.entries(queryTimes).map(([name, times]) => [name, summarize(times)]));
    // Leave the profile's database empty again (the profile is deleted anyway, but the worker's handle is not).
    if (storeSeed)
      await seed(withExt, probe, { installments: 0, perBill: 1, fromDay: 0, toDay: 0, pastUnpaidEvery: 1 });

    const checkout = pages.find((result) => result.spec.key === 'checkout');
    const checkoutHeap = checkout
      ? paired(checkout.rounds.with, checkout.rounds.without, (v) => v.heapBytes / 1024 / 1024)
      : undefined;
    const rows: Row[] = [
      [
        'content script loader.js (matched pages but checkouts)',
        `${scripts.declared.bytes} B`,
        `gzip -9: ${scripts.declared.gzipBytes} B`,
        '≤ 8192 B gzip',
        verdict(scripts.declared.gzipBytes, 8192),
      ],
      [
        'checkout reader detector.js (declared on checkouts)',
        `${scripts.reader.bytes} B`,
        `gzip -9: ${scripts.reader.gzipBytes} B`,
        '',
        '',
      ],
      [
        'added shops’ content script shop-loader.js (their every page)',
        `${scripts.shopLoader.bytes} B`,
        `gzip -9: ${scripts.shopLoader.gzipBytes} B`,
        '≤ 8192 B gzip',
        verdict(scripts.shopLoader.gzipBytes, 8192),
      ],
      ...pages.flatMap(pageRows),
      ...(workers
        ? [
            [
              `small checkout after ${WORKER_IDLE_MS / 1000} s idle: service worker thread (traced)`,
              `${fmt(summarize(workers.cold.map((w) => w.threadMs)).median)} ms`,
              `its script's evaluation ${fmt(summarize(workers.cold.map((w) => w.scriptMs)).median)} ms; the next visit, worker running: ${fmt(summarize(workers.warm.map((w) => w.threadMs)).median)} ms; n=${workers.cold.length}`,
              '',
              '',
            ] satisfies Row,
            [
              `small checkout after ${WORKER_IDLE_MS / 1000} s idle: extension process (worker and panel)`,
              `+${fmt(summarize(workers.process.cold).median)} ms`,
              `the next visit, worker running: +${fmt(summarize(workers.process.warm).median)} ms; ${
                workers.baselineProcess
                  ? `BENCH_BASELINE: +${fmt(summarize(workers.baselineProcess.cold).median)} after idle, +${fmt(summarize(workers.baselineProcess.warm).median)} running; `
                  : ''
              }n=${workers.process.cold.length}`,
              '≤ +50 ms',
              verdict(summarize(workers.process.cold).median, 50),
            ] satisfies Row,
          ]
        : []),
      ...Object.entries(popup).flatMap(([count, figures]): Row[] =>
        (count === '0' ? (['firstMs'] as const) : (['firstMs', 'allMs'] as const)).map((key): Row => {
          const ms = figures[key];
          const what = key === 'firstMs' ? (count === '0' ? 'empty state' : 'first rows') : 'all rows';
          const target = count === '10000' && key === 'firstMs';
          return [
            `popup open → ${what}, ${count} installments`,
            `${fmt(ms.median)} ms`,
            `IQR ${fmt(ms.p25)}–${fmt(ms.p75)}, n=${ms.n}`,
            target ? '≤ 100 ms' : '',
            target ? verdict(ms.median, 100) : '',
          ];
        }),
      ),
      ...Object.entries(store).map(
        ([name, figures]): Row => [
          `store query "${name}", 100k installments`,
          `${fmt(figures.median, 2)} ms`,
          `IQR ${fmt(figures.p25, 2)}–${fmt(figures.p75, 2)}, max ${fmt(figures.max, 2)}`,
          '≤ 10 ms',
          verdict(figures.median, 10),
        ],
      ),
      ...(checkoutHeap
        ? [
            [
              'large checkout JS heap: with / without',
              `${fmt(checkoutHeap.with.median, 2)} / ${fmt(checkoutHeap.without.median, 2)} MB`,
              `per-pair ratio ${fmt(checkoutHeap.ratio.median, 3)} (IQR ${fmt(checkoutHeap.ratio.p25, 3)}–${fmt(checkoutHeap.ratio.p75, 3)})`,
              '',
              '',
            ] as const,
          ]
        : []),
      [
        'service worker JS heap after the flow',
        `${fmt(workerHeapBytes / 1024 / 1024, 2)} MB`,
        `after GC; ${fmt(workerHeapAtStart / 1024 / 1024, 2)} MB at start`,
        '',
        '',
      ],
    ];

    const chromium = await withExt.browser.version();
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    console.log(
      `\nPayLater Lens benchmark · ${chromium} · ${cpus().length} cores, load ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')} · commit ${commit}${BASELINE_DIR ? ` · baseline build ${BASELINE_DIR}` : ''}`,
    );
    if (pages.length > 0) {
      console.log(
        `Pages rewrite up to ${TIMELINE.pricesPerTick} prices every ${TIMELINE.tickMs} ms ${TIMELINE.ticks} times; checkouts insert their payment step at tick ${TIMELINE.paymentStepTick}. ${PAIRS} rounds. Main-thread figures are the page renderer's main-thread CPU time; process figures are CPU time of all of a kind of process's threads from /proc, from opening the tab to ${CLOSE_SETTLE_MS} ms after closing it.`,
      );
      console.log(
        '\nWhat the extension adds per page load, ms of CPU: median of per-round differences (95 % interval)',
      );
      printProcesses(pages, (result) => result.columns);
      if (baselineExt) {
        console.log(
          '\nThis build against the baseline build, ms of CPU: median of per-round differences (95 % interval)',
        );
        printProcesses(pages, (result) => result.againstBaseline);
        console.log(
          '\nWhat the baseline build adds per page load, ms of CPU: median of per-round differences (95 % interval)',
        );
        printProcesses(pages, (result) => result.baselineAdded);
      }
    }
    printGrid(['measure', 'median', 'spread', 'target', ''], rows);
    if (storeSeed)
      console.log(
        `\n(store: ${storeSeed.installments} installments, ${storeSeed.unpaid} unpaid, ${storeSeed.sentReminders} sent reminders)`,
      );

    await mkdir(OUT, { recursive: true });
    const results = {
      date: new Date().toISOString(),
      commit,
      chromium,
      cores: cpus().length,
      loadAverage: loadavg(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      pairs: PAIRS,
      warmupPairs: WARMUP_PAIRS,
      timeline: TIMELINE,
      ...(BASELINE_DIR ? { baseline: BASELINE_DIR } : {}),
      contentScript: scripts,
      pages: Object.fromEntries(
        pages.map((result) => [
          result.spec.key,
          {
            url: result.spec.url,
            elements: result.elements,
            added: result.columns,
            ...(result.againstBaseline
              ? { againstBaseline: result.againstBaseline, baselineAdded: result.baselineAdded }
              : {}),
            ...(result.spec.checkout ? { stepToHostMs: result.toHost, stepToPanelMs: result.toPanel } : {}),
            profile: result.profile,
            runs: result.rounds,
          },
        ]),
      ),
      checkoutHeapMB: checkoutHeap,
      popup,
      store: { seed: storeSeed, queries: store, samplesMs: queryTimes },
      serviceWorkerHeapBytes: { atStart: workerHeapAtStart, afterFlow: workerHeapBytes },
      ...(workers ? { serviceWorkerAfterIdle: workers } : {}),
    };
    await writeFile(`${OUT}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nFigures written to ${OUT}/results.json`);
  } finally {
    for (const variant of variants) await variant.browser.close();
    await server.close();
  }
}
