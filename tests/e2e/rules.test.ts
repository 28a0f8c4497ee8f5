import { afterEach, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates';
import { type Surface, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';
import { shopUrl } from './server';

const JD_CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000001';

interface Row {
  readonly status?: string;
  readonly due?: string;
  readonly text: string;
  readonly failed: string[];
}

/** Every program row of the panel, by program id. */
function rows(panel: Surface): Promise<Record<string, Row>> {
  return panel.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => [
        row.dataset.program,
        {
          status: row.dataset.status,
          due: row.dataset.due,
          text: row.textContent ?? '',
          failed: [...row.querySelectorAll('.reason-fail')].map((item) => item.textContent ?? ''),
        },
      ]),
    ),
  );
}

async function rowOf(panel: Surface, program: string): Promise<Row | undefined> {
  return (await rows(panel))[program];
}

describe.each(BROWSERS)('program rules on a JD checkout in %s', (name) => {
  const { driver } = useBrowser(name);

  async function openPanel(fixture: string): Promise<{ panel: Surface; close: () => Promise<void> }> {
    const page = await driver().open(shopUrl(JD_CHECKOUT, fixture));
    const panel = await page.panelFrame();
    await waitFor(() => panel.evaluate(() => document.querySelector('[data-program]') !== null), 'the program rows');
    return { panel, close: () => page.close() };
  }

  afterEach(async () => {
    await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.remove(['profile', 'programOverrides', 'settings']);
    });
  });

  function chooseLanguage(language: 'zh-CN' | 'en') {
    const store = {
      'zh-CN': async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: { language: 'zh-CN' } });
      },
      en: async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: { language: 'en' } });
      },
    };
    return driver().background(store[language]);
  }

  const heading = (panel: Surface) =>
    panel.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent ?? '']);

  it('speaks the language chosen in the settings from its first render, and follows a change', async () => {
    await chooseLanguage('zh-CN');
    const { panel, close } = await openPanel('jd/checkout-paylater');
    expect((await heading(panel))[1]).toBe('本单的先用后付选项');
    await waitFor(async () => (await heading(panel))[0] === 'zh-CN', 'the document’s language');
    await chooseLanguage('en');
    await waitFor(
      async () => JSON.stringify(await heading(panel)) === JSON.stringify(['en', 'Pay later on this checkout']),
      'the panel in English',
    );
    await close();
  });

  it('shows 先用后付 unavailable as ineligible, with the page’s reason in the checklist', async () => {
    const { panel, close } = await openPanel('jd/checkout-unavailable');
    const row = await waitFor(() => rowOf(panel, 'jd-paylater'), 'the jd-paylater row');
    expect(row.status).toBe('ineligible');
    expect(row.due).toBeUndefined();
    expect(row.failed.join(' ')).toContain('暂不可用：信用评估未通过');
    await close();
  });

  it('gives the first due date of each computable schedule and labels unverified rules', async () => {
    const { panel, close } = await openPanel('jd/checkout-paylater');
    const today = todayIn('Asia/Shanghai', Date.now());
    const paylater = await waitFor(() => rowOf(panel, 'jd-paylater'), 'the jd-paylater row');
    // 15 days after receipt (unverified), receipt assumed on the day of purchase until confirmed.
    expect(paylater).toMatchObject({ status: 'eligible', due: addDays(today, 15) });
    expect(paylater.text).toMatch(/JD.com has not published this|京东未公开说明/);
    const baitiao = await waitFor(() => rowOf(panel, 'jd-baitiao'), 'the jd-baitiao row');
    expect(baitiao).toMatchObject({ status: 'eligible', due: addDays(today, 30) });
    expect(baitiao.text).toMatch(/2,399\.00/);
    if (name === 'chromium') await panel.screenshot(`${ARTIFACTS}/${name}-rules.png`);
    await close();
  });

  it('shows a total above the credit the shopper has left as ineligible', async () => {
    const { panel, close } = await openPanel('jd/checkout-large');
    await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ programOverrides: { 'jd-baitiao': { creditLimit: 1_000_000 } } });
      // The JD page states whether each option can be chosen, and that beats any limit. Stand in
      // for a page that lists the option without saying: the checks then decide.
      const sessions = (await api.storage.session.get(null)) as Record<
        string,
        { signals?: { total?: number; options: { state: string }[] } }
      >;
      for (const [key, session] of Object.entries(sessions)) {
        if (!key.startsWith('tab:') || session.signals?.total !== 5_299_900) continue;
        for (const option of session.signals.options) option.state = 'unknown';
        await api.storage.session.set({ [key]: session });
      }
    });
    const row = await waitFor(async () => {
      const current = await rowOf(panel, 'jd-baitiao');
      return current?.status === 'ineligible' && current;
    }, 'the over-limit verdict');
    expect(row.due).toBeUndefined();
    expect(row.failed.join(' ')).toMatch(/10,000\.00/);
    // 先用后付 has no known limit and no answered requirement: it cannot be told.
    expect(await rowOf(panel, 'jd-paylater')).toMatchObject({
      status: 'unknown',
      due: addDays(todayIn('Asia/Shanghai', Date.now()), 15),
    });
    await close();
  });

  it('follows numbers and answers the shopper gives on the options page', async () => {
    const { panel, close } = await openPanel('jd/checkout-paylater');
    const options = await driver().openExtensionPage('options.html');
    const typed = await waitFor(
      () =>
        options.evaluate(() => {
          const program = [...document.querySelectorAll('details')].find(
            (details) => details.querySelector('summary')?.textContent === 'JD Baitiao',
          );
          const label = [...(program?.querySelectorAll('label') ?? [])].find(
            (item) => item.textContent === 'Days to pay',
          );
          const input = label && document.getElementById(label.htmlFor);
          if (!(input instanceof HTMLInputElement)) return false;
          input.value = '20';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          const question = [...document.querySelectorAll('label')].find(
            (item) => item.textContent === 'Are you a JD PLUS member?',
          );
          const select = question && document.getElementById(question.htmlFor);
          if (!(select instanceof HTMLSelectElement)) return false;
          select.value = 'no';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }),
      'the options page’s fields',
    );
    expect(typed).toBe(true);
    const due = addDays(todayIn('Asia/Shanghai', Date.now()), 20);
    await waitFor(async () => (await rowOf(panel, 'jd-baitiao'))?.due === due, 'the due date from the options page');
    const stored = await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.get(['profile', 'programOverrides']);
    });
    expect(stored).toEqual({ profile: { jdPlus: false }, programOverrides: { 'jd-baitiao': { days: 20 } } });
    await options.close();
    await close();
  });
});
