import { describe, expect, it } from 'vitest';
import { type Surface, waitFor } from './drivers';
import { BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';
import { CHECKOUT, readStore, trackOnHonestCheckout } from './store';

// A checkout page that attacks the extension (tests/fixtures/hostile/probe.html). Its script
// records what it can learn into attributes of <html>, then forges messages and events, tampers
// with our element and frames panel.html itself. It must learn nothing, change nothing, and the
// shopper's own panel must keep working.

interface Probe {
  captured: string[];
  attributes: string[];
  shadow: string[];
  children: string[];
  frames: Record<string, string | number>[];
  messages: string[];
  resources: string[];
}

/** What a frame of ours shows and answers, asked from inside it (our code, not the page's). */
function inspectFrame(frame: Surface) {
  return frame.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const ask = async (type: string, data: unknown) => {
      const answer = (await api.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() })) as
        | { res?: unknown; err?: { message?: string } }
        | undefined;
      return answer?.err ? `rejected: ${answer.err.message ?? ''}` : JSON.stringify(answer?.res ?? null);
    };
    return {
      name: window.name,
      path: location.pathname,
      panel: document.querySelector('[data-testid="panel"]') !== null,
      text: (document.body.textContent ?? '').trim(),
      answers: {
        getPanelState: await ask('getPanelState', {}),
        track: await ask('track', { program: 'jd-paylater' }),
        claimPanel: await ask('claimPanel', { key: '0'.repeat(32) }),
        deleteAllData: await ask('deleteAllData', {}),
        markPaid: await ask('markPaid', { installmentId: 'x' }),
      },
    };
  });
}

describe.each(BROWSERS)('a hostile checkout in %s', (name) => {
  const { driver } = useBrowser(name);

  it('learns nothing about the shopper, drives nothing, and cannot disable the panel', async () => {
    const panelUrl = await trackOnHonestCheckout(driver());
    const before = await readStore(driver());
    expect(before.database.bills).toHaveLength(1);

    const hostile = new URL(shopUrl(CHECKOUT, 'hostile/probe'));
    hostile.searchParams.set('panel', panelUrl);
    const page = await driver().open(hostile.href);
    const panel = await page.panelFrame();
    await waitFor(() => panel.evaluate(() => document.querySelector('[data-testid="panel"]') !== null), 'our panel');
    await waitFor(() => page.evaluate(() => document.documentElement.dataset.done === 'true'), 'the attack', 20_000);
    const data = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    const parse = <T>(value: string | undefined): T => JSON.parse(value ?? 'null') as T;
    const beforeTamper = parse<Probe>(data.beforeTamper);
    const final = parse<Probe>(data.probeFinal);

    // Through the DOM: an empty element with no attributes, no readable shadow root, no frame URL.
    expect(beforeTamper.attributes).toEqual([]);
    expect(beforeTamper.shadow).toEqual([]);
    expect(beforeTamper.children).toEqual([]);
    expect(beforeTamper.captured).toEqual([]);
    // Through window.frames: each frame's URL, document, name and storage are out of reach.
    expect(final.frames.length).toBeGreaterThanOrEqual(1);
    for (const frame of final.frames) {
      expect(Object.keys(frame).sort()).toEqual(['hrefError', 'index', 'nameError', 'storageError', 'textError']);
    }
    // Through postMessage: nothing of ours is ever posted to the page.
    expect(final.messages).toEqual([]);
    // Through resource timing: at most our panel's bare URL, which carries no data.
    for (const resource of final.resources.filter((url) => /extension:/.test(url))) {
      expect(new URL(resource).pathname).toBe('/panel.html');
      expect(new URL(resource).search + new URL(resource).hash).toBe('');
    }

    // Tampering is undone: no attribute or child the page set survives, and the element stays.
    // The checkout reader is declared on checkouts, so Chrome lets no checkout load it; Firefox's
    // MV2 list cannot say where, and the page loaded it into its own world, where it started
    // nothing: still our one element.
    expect(parse<string>(data.reader)).toMatch(name === 'chromium' ? /^refused: / : /^loaded$/);
    expect(parse(data.afterTamper)).toEqual({ present: true, hosts: 1, attributes: [], children: 0 });

    // The page's own panel.html gets no key: it shows nothing, and the background refuses it all.
    const names = await Promise.all(page.childFrames().map((frame) => frame.evaluate(() => window.name)));
    const rogueFrame = page.childFrames()[names.indexOf('rogue')];
    if (!rogueFrame) throw new Error('the page framed no panel.html of its own');
    const rogue = await inspectFrame(rogueFrame);
    expect(rogue).toMatchObject({ path: '/panel.html', panel: false, text: '' });
    for (const answer of Object.values(rogue.answers)) expect(answer).toMatch(/^rejected: /);

    // Our own panel still works, and forged input changed nothing.
    expect(await panel.evaluate(() => document.querySelector('[data-testid="panel"]') !== null)).toBe(true);
    expect(await readStore(driver())).toEqual(before);
    await page.close();
  });
});
