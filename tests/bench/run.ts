import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { rolldown } from 'rolldown';
import { SITE_EXAMPLES, SITES } from '../../lib/sites';
import { SHOP_HOSTS } from '../e2e/drivers';
import { shopUrl, startFixtureServer } from '../e2e/server';
import { type BenchBrowser, EXTENSION_DIR, launch } from './browser';
import { CHECKOUT_FIXTURE, generatePages, PRODUCT_FIXTURE, TIMELINE } from './pages';
import { pairRatios, type Summary, summarize } from './stats';
import type { QueryTimes, SeedPlan, SeedResult } from './store-probe';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 12);
const WARMUP_PAIRS = 2;
const POPUP_OPENS = Number(process.env.BENCH_POPUP_OPENS ?? 10);
const STORE_RUNS = 20;
/** `BENCH_ONLY=pages` (or `popup`, `store`, comma-separated) measures only those parts: a quicker loop. */
const SECTIONS = new Set((process.env.BENCH_ONLY ?? 'pages,popup,store').split(','));
const PAGES = SECTIONS.has('pages');
/** After the page's script stops, the content script may still owe one debounced read. */
const SETTLE_MS = 300;
const OUT = 'artifacts/bench';
const CHECKOUT_URL = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000000';

/** Runs inside every frame: in the panel frame it records when the panel's content appeared. */
const PANEL_PROBE = `if (location.pathname === '/panel.html' && location.protocol === 'chrome-extension:') {
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
  readonly stepToHostMs?: number;
  readonly stepToPanelMs?: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One visit to a page: its own script runs to the end, then its renderer's CPU time and heap are read. */
async function visit(browser: BenchBrowser, url: string): Promise<Visit> {
  const page = await browser.browser.newPage();
  try {
    await page.evaluateOnNewDocument(PANEL_PROBE);
    const cdp = await page.createCDPSession();
    // Thread time, not wall time: another process taking the CPU does not count against the page.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__benchDone === true', { polling: 250, timeout: 60_000 });
    await sleep(SETTLE_MS);
    const timings = await page.evaluate('window.__bench');
    const { stepAt, hostAt } = timings as PageTimings;
    const panelAt = await panelRenderedAt(page);
    const counts = (await page.evaluate(
      '({ elements: document.getElementsByTagName("*").length, ticks: window.__bench.ticks })',
    )) as { elements: number; ticks: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    return {
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize'),
      elements: counts.elements,
      ticks: counts.ticks,
      ...(stepAt !== null && hostAt !== null ? { stepToHostMs: hostAt - stepAt } : {}),
      ...(stepAt !== null && panelAt !== null ? { stepToPanelMs: panelAt - stepAt } : {}),
    };
  } finally {
    await page.close();
  }
}

async function panelRenderedAt(page: Page): Promise<number | null> {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/panel.html'));
  if (!frame) return null;
  return (await frame.evaluate('window.__panelAt ?? null')) as number | null;
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

interface PairedResult {
  readonly url: string;
  readonly with: Visit[];
  readonly without: Visit[];
}

/** Alternating visits, the order swapped every pair so that neither side always goes first. */
async function pairs(
  withExt: BenchBrowser,
  withoutExt: BenchBrowser,
  url: string,
  label: string,
): Promise<PairedResult> {
  const result: PairedResult = { url, with: [], without: [] };
  for (let i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
    const order = i % 2 === 0 ? [withExt, withoutExt] : [withoutExt, withExt];
    const visits = new Map<BenchBrowser, Visit>();
    for (const browser of order) visits.set(browser, await visit(browser, url));
    const a = visits.get(withExt);
    const b = visits.get(withoutExt);
    if (i < WARMUP_PAIRS || !a || !b) continue;
    result.with.push(a);
    result.without.push(b);
    process.stdout.write(
      `  ${label} pair ${i - WARMUP_PAIRS + 1}/${PAIRS}: script ${a.scriptMs.toFixed(0)} / ${b.scriptMs.toFixed(0)} ms\n`,
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
function matchedNonCheckout(patterns: readonly string[]): string | undefined {
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
        !SITES.some((site) => site.isCheckout(url)),
    );
  const product = candidates.find((url) => /goods|item|detail/i.test(url.pathname));
  return (product ?? candidates[0])?.href;
}

interface Manifest {
  content_scripts?: { matches: string[]; js?: string[] }[];
}

async function contentScripts(): Promise<{ files: string[]; matches: string[]; bytes: number; gzipBytes: number }> {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  // The checkout's script, which runs on every matched shop page; the order pages have their own.
  const entries = (manifest.content_scripts ?? []).filter((entry) =>
    entry.js?.every((file) => file === 'content-scripts/content.js'),
  );
  const files = [...new Set(entries.flatMap((entry) => entry.js ?? []))];
  const code = Buffer.concat(await Promise.all(files.map((file) => readFile(join(EXTENSION_DIR, file)))));
  return {
    files,
    matches: entries.flatMap((entry) => entry.matches),
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
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

async function workerHeap(browser: BenchBrowser): Promise<number> {
  const target = await browser.browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'),
  );
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
}

function paired(result: PairedResult, pick: (visit: Visit) => number): Paired {
  const a = result.with.map(pick);
  const b = result.without.map(pick);
  return {
    with: summarize(a),
    without: summarize(b),
    ratio: summarize(pairRatios(a, b)),
    added: summarize(a.map((value, i) => value - (b[i] ?? Number.NaN))),
  };
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

type Row = readonly [measure: string, figure: string, spread: string, target: string, verdict: string];

function verdict(value: number, limit: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'met' : 'MISSED';
}

function ratioRows(name: string, figures: Paired, unit: string, limit: number): Row[] {
  return [
    [
      `${name}: with / without`,
      `${fmt(figures.with.median)} / ${fmt(figures.without.median)} ${unit}`,
      `IQR ${fmt(figures.with.p25)}–${fmt(figures.with.p75)} / ${fmt(figures.without.p25)}–${fmt(figures.without.p75)}`,
      '',
      '',
    ],
    [
      `${name}: per-pair added`,
      `${fmt(figures.added.median)} ${unit}`,
      `IQR ${fmt(figures.added.p25)}–${fmt(figures.added.p75)}`,
      '',
      '',
    ],
    [
      `${name}: per-pair ratio`,
      fmt(figures.ratio.median, 4),
      `IQR ${fmt(figures.ratio.p25, 4)}–${fmt(figures.ratio.p75, 4)}, range ${fmt(figures.ratio.min, 4)}–${fmt(figures.ratio.max, 4)}`,
      `≤ ${limit}`,
      verdict(figures.ratio.median, limit),
    ],
  ];
}

function printTable(rows: readonly Row[]): void {
  const header: Row = ['measure', 'median', 'spread', 'target', ''];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: Row) =>
    row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

export async function main(): Promise<void> {
  await generatePages();
  const scripts = await contentScripts();
  const productUrl = matchedNonCheckout(scripts.matches);
  const probe = await bundleProbe();
  const server = await startFixtureServer();
  const withExt = await launch(server.port, true);
  const withoutExt = await launch(server.port, false);
  const started = Date.now();
  const workerHeapAtStart = await workerHeap(withExt);
  try {
    const checkoutUrl = shopUrl(CHECKOUT_URL, CHECKOUT_FIXTURE);
    if (PAGES) console.log(`Checkout: ${PAIRS} pairs after ${WARMUP_PAIRS} warm-up pairs`);
    // Skipped, the page figures have no samples: their rows read n/a and are left out of the table.
    const checkout = PAGES
      ? await pairs(withExt, withoutExt, checkoutUrl, 'checkout')
      : { url: checkoutUrl, with: [], without: [] };
    let product: PairedResult | undefined;
    if (PAGES && productUrl) {
      console.log(`Non-checkout page on a matched host: ${productUrl}`);
      product = await pairs(withExt, withoutExt, shopUrl(productUrl, PRODUCT_FIXTURE), 'product');
    } else if (PAGES) {
      console.log('No non-checkout URL of any adapter is matched by the content script: nothing to measure there.');
    }
    const checkoutProfile = PAGES ? await profiledVisit(withExt, checkout.url) : undefined;
    const productProfile = product ? await profiledVisit(withExt, product.url) : undefined;
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

    const checkoutScript = paired(checkout, (v) => v.scriptMs);
    const checkoutTask = paired(checkout, (v) => v.taskMs);
    const checkoutHeap = paired(checkout, (v) => v.heapBytes / 1024 / 1024);
    const productScript = product ? paired(product, (v) => v.scriptMs) : undefined;
    const productTask = product ? paired(product, (v) => v.taskMs) : undefined;
    const toHost = summarize(checkout.with.map((v) => v.stepToHostMs ?? Number.NaN));
    const toPanel = summarize(checkout.with.map((v) => v.stepToPanelMs ?? Number.NaN));
    const elements = summarize(checkout.with.map((v) => v.elements)).median;

    const rows: Row[] = [
      [
        'content script size',
        `${scripts.bytes} B`,
        `gzip -9: ${scripts.gzipBytes} B`,
        '≤ 8192 B gzip',
        verdict(scripts.gzipBytes, 8192),
      ],
      ...ratioRows('checkout script time', checkoutScript, 'ms', 1.03),
      ...ratioRows('checkout task time', checkoutTask, 'ms', 1.03),
      ...(productScript && productTask
        ? [
            ...ratioRows('non-checkout script time', productScript, 'ms', 1.005),
            ...ratioRows('non-checkout task time', productTask, 'ms', 1.005),
          ]
        : [['non-checkout page', 'n/a', 'no matched non-checkout URL', '≤ 1.005', 'n/a'] as const]),
      ...[
        ...(checkoutProfile ? [['checkout', checkoutProfile] as const] : []),
        ...(productProfile ? [['non-checkout', productProfile] as const] : []),
      ].map(
        ([name, attribution]): Row => [
          `${name}: content script's own JS (profile)`,
          `${fmt(attribution.extensionMs)} ms`,
          `page's own JS ${fmt(attribution.pageMs)} ms, one profiled visit`,
          '',
          '',
        ],
      ),
      [
        'payment step → paylater-lens',
        `${fmt(toHost.median)} ms`,
        `IQR ${fmt(toHost.p25)}–${fmt(toHost.p75)}, n=${toHost.n}`,
        '',
        '',
      ],
      [
        'payment step → panel rendered',
        `${fmt(toPanel.median)} ms`,
        `IQR ${fmt(toPanel.p25)}–${fmt(toPanel.p75)}, n=${toPanel.n}`,
        '≤ 100 ms',
        verdict(toPanel.median, 100),
      ],
      ...Object.entries(popup).flatMap(([count, figures]): Row[] =>
        (count === '0' ? (['firstMs'] as const) : (['firstMs', 'allMs'] as const)).map((key): Row => {
          const ms = figures[key];
          const what = key === 'firstMs' ? (count === '0' ? 'empty state' : 'first rows') : 'all rows';
          return [
            `popup open → ${what}, ${count} installments`,
            `${fmt(ms.median)} ms`,
            `IQR ${fmt(ms.p25)}–${fmt(ms.p75)}, n=${ms.n}`,
            count === '10000' ? '≤ 150 ms' : '',
            count === '10000' ? verdict(ms.median, 150) : '',
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
      [
        'checkout JS heap: with / without',
        `${fmt(checkoutHeap.with.median, 2)} / ${fmt(checkoutHeap.without.median, 2)} MB`,
        `per-pair ratio ${fmt(checkoutHeap.ratio.median, 3)} (IQR ${fmt(checkoutHeap.ratio.p25, 3)}–${fmt(checkoutHeap.ratio.p75, 3)})`,
        '',
        '',
      ],
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
        .join(' ')} · commit ${commit}`,
    );
    if (PAGES)
      console.log(
        `Checkout: ${elements} elements, page rewrites ${TIMELINE.pricesPerTick} prices every ${TIMELINE.tickMs} ms ${TIMELINE.ticks} times, payment step at tick ${TIMELINE.paymentStepTick}. Medians of ${PAIRS} alternating pairs; script and task times are the renderer main thread's CPU time; the profile rows are wall time under the sampling profiler (diagnostic).`,
      );
    printTable(PAGES ? rows : rows.filter(([, figure]) => !figure.startsWith('n/a')));
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
      contentScript: scripts,
      checkout: {
        url: checkout.url,
        elements,
        scriptMs: checkoutScript,
        taskMs: checkoutTask,
        heapMB: checkoutHeap,
        stepToHostMs: toHost,
        stepToPanelMs: toPanel,
        profile: checkoutProfile,
        runs: { with: checkout.with, without: checkout.without },
      },
      nonCheckout: product
        ? {
            url: product.url,
            scriptMs: productScript,
            taskMs: productTask,
            profile: productProfile,
            runs: { with: product.with, without: product.without },
          }
        : null,
      popup,
      store: { seed: storeSeed, queries: store, samplesMs: queryTimes },
      serviceWorkerHeapBytes: { atStart: workerHeapAtStart, afterFlow: workerHeapBytes },
    };
    await writeFile(`${OUT}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nFigures written to ${OUT}/results.json`);
  } finally {
    await withExt.close();
    await withoutExt.close();
    await server.close();
  }
}
