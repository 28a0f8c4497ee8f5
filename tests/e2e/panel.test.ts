import { afterEach, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates';
import { seriousViolations } from './axe';
import { type Surface, type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

// The panel at a glance: one line per program, details on demand (kept open once the shopper
// opens them), usable from the keyboard, and in one language throughout.

const JD_CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000017';
/** "About 160 px" for two programs at 1280 px wide, with a few pixels for font differences. */
const TWO_PROGRAMS_MAX_HEIGHT = 170;

interface RowState {
  readonly program: string;
  readonly expanded: string | null;
  readonly detailsShown: boolean;
  readonly trackShown: boolean;
  readonly text: string;
}

function rowStates(panel: Surface): Promise<RowState[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => {
      const shown = (element: Element | null) =>
        element instanceof HTMLElement && element.offsetParent !== null && element.getBoundingClientRect().height > 0;
      const toggle = row.querySelector('.details-toggle');
      const details = document.getElementById(toggle?.getAttribute('aria-controls') ?? '');
      return {
        program: row.dataset.program ?? '',
        expanded: toggle?.getAttribute('aria-expanded') ?? null,
        detailsShown: shown(details),
        trackShown: shown(row.querySelector('[data-action="track"]')),
        text: row.querySelector('.row')?.textContent ?? '',
      };
    }),
  );
}

/** The panel's visible words, every program's details open. */
function visibleText(panel: Surface): Promise<string> {
  return panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="panel"]')?.innerText ?? '');
}

/** The shop's own controls that the panel's frame overlaps: none, since it sits in the page's flow. */
function coveredControls(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const element = document.querySelector('paylater-lens');
    const host = element?.getBoundingClientRect();
    if (!element || !host) return ['no panel'];
    return [...document.querySelectorAll<HTMLElement>('button, a, input, select, label, [role], [class*="pay"]')]
      .filter((control) => {
        // A container the panel sits in is not covered by it.
        if (control.contains(element)) return false;
        const box = control.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        return box.left < host.right && host.left < box.right && box.top < host.bottom && host.top < box.bottom;
      })
      .map((control) => control.outerHTML.slice(0, 80));
  });
}

function frameHeight(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelector('paylater-lens')?.getBoundingClientRect().height ?? 0);
}

describe.each(BROWSERS)('the panel at a glance in %s', (name) => {
  const { driver } = useBrowser(name);

  afterEach(async () => {
    await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.remove(['settings', 'panelDetails']);
    });
  });

  function chooseLanguage(language: 'zh-CN' | 'en') {
    const store = {
      'zh-CN': async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.remove('panelDetails');
        await api.storage.local.set({ settings: { language: 'zh-CN' } });
      },
      en: async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.remove('panelDetails');
        await api.storage.local.set({ settings: { language: 'en' } });
      },
    };
    return driver().background(store[language]);
  }

  async function openCheckout(fixture = 'jd/checkout-paylater') {
    const page = await driver().open(shopUrl(JD_CHECKOUT, fixture));
    const panel = await page.panelFrame();
    await waitFor(async () => (await rowStates(panel)).length > 0, 'the program rows');
    // The frame takes the panel's height once the content script hears it.
    await waitFor(async () => (await frameHeight(page)) > 40, 'the frame to take the panel’s height');
    return { page, panel };
  }

  it('shows one line per program, two in about 160 px at 1280 px wide, with the track button in it', async () => {
    await chooseLanguage('en');
    const { page, panel } = await openCheckout();
    const rows = await rowStates(panel);
    expect(rows.map((row) => row.program)).toEqual(['jd-paylater', 'jd-baitiao']);
    for (const row of rows) expect(row).toMatchObject({ expanded: 'false', detailsShown: false, trackShown: true });
    const due = addDays(todayIn('Asia/Shanghai', Date.now()), 15);
    expect(await panel.evaluate(() => document.querySelector<HTMLElement>('[data-program]')?.dataset.due)).toBe(due);
    // Name, verdict, first payment and its day, marked as an estimate: 15 days from a delivery not yet known.
    expect(rows[0]?.text).toMatch(
      /^JD Pay Later\s*Likely available\s*CN¥2,399\.00 due \w{3} \d{1,2}(, \d{4})?\s*estimate/,
    );
    expect(page.url()).toContain('trade.jd.com');
    const width = await page.evaluate(() => innerWidth);
    expect(width).toBe(1280);
    const height = await waitFor(async () => {
      const current = await frameHeight(page);
      return current > 60 && current;
    }, 'the frame’s height');
    console.log(`${name}: the panel with two programs is ${height} px high at ${width} px wide`);
    expect(height).toBeLessThanOrEqual(TWO_PROGRAMS_MAX_HEIGHT);
    expect(await coveredControls(page)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);
    if (name === 'chromium') await page.screenshot(`${ARTIFACTS}/${name}-panel-en.png`, 'body');
    await page.close();
  });

  it('opens details from the keyboard, keeps them open for the next checkout, and tracks from the row', async () => {
    await chooseLanguage('en');
    const first = await openCheckout();
    await first.panel.press('[data-program="jd-paylater"] .details-toggle', 'Enter');
    await waitFor(
      async () => (await rowStates(first.panel))[0]?.detailsShown === true,
      'the details to open from the keyboard',
    );
    const [paylater, baitiao] = await rowStates(first.panel);
    expect(paylater?.expanded).toBe('true');
    expect(baitiao).toMatchObject({ expanded: 'false', detailsShown: false });
    // Plain words for what the provider never published, and the source one key press away.
    const details = () => visibleText(first.panel);
    expect(await details()).toContain('JD.com has not published this; guides disagree, and most say 15 days');
    expect(await details()).not.toContain('Consumer guides online');
    await first.panel.press('[data-program="jd-paylater"] .source-toggle', ' ');
    await waitFor(async () => (await details()).includes('Consumer guides online'), 'the source to show');
    expect(await seriousViolations(first.panel)).toEqual([]);
    // Taller now, and still in the page's flow: the shop's controls moved down, none is covered.
    await waitFor(async () => (await frameHeight(first.page)) > TWO_PROGRAMS_MAX_HEIGHT, 'the frame to grow');
    expect(await coveredControls(first.page)).toEqual([]);
    const stored = await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.storage.local.get('panelDetails')).panelDetails;
    });
    expect(stored).toEqual(['jd-paylater']);
    if (name === 'chromium') await first.page.screenshot(`${ARTIFACTS}/${name}-panel-details.png`, 'body');
    await first.page.close();

    const second = await openCheckout();
    expect((await rowStates(second.panel)).map((row) => [row.program, row.detailsShown])).toEqual([
      ['jd-paylater', true],
      ['jd-baitiao', false],
    ]);
    await second.panel.press('[data-program="jd-paylater"] [data-action="track"]', 'Enter');
    await waitFor(
      () =>
        second.panel.evaluate(
          () => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true',
        ),
      'the panel to say tracked',
    );
    await second.panel.click('[data-program="jd-paylater"] .details-toggle');
    await waitFor(async () => (await rowStates(second.panel))[0]?.detailsShown === false, 'the details to close');
    await second.page.close();
  });

  it('speaks one language throughout: all Chinese when Chinese is chosen, all English otherwise', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      await chooseLanguage(language);
      const { page, panel } = await openCheckout();
      if (name === 'chromium' && language === 'zh-CN')
        await page.screenshot(`${ARTIFACTS}/${name}-panel-zh.png`, 'body');
      for (const program of ['jd-paylater', 'jd-baitiao']) {
        await panel.click(`[data-program="${program}"] .details-toggle[aria-expanded="false"]`);
      }
      const sources = await panel.evaluate(() => document.querySelectorAll('.source-toggle').length);
      for (let opened = 0; opened < sources; opened++) await panel.click('.source-toggle[aria-expanded="false"]');
      const text = await visibleText(panel);
      if (language === 'zh-CN') {
        expect(text).toContain('京东未公开说明，各方说法不一');
        // Latin letters only in the app's name for a phone app and the source's web address.
        const latin = text.replace(/App|[\w.-]+\.(com|cn)\b|CN¥/g, '').match(/[A-Za-z]{2,}/g);
        expect(latin).toBeNull();
      } else {
        expect(text).toContain('JD.com has not published this');
        expect(text.match(/[\u4e00-\u9fff]/g)).toBeNull();
      }
      await page.close();
    }
  });
});
