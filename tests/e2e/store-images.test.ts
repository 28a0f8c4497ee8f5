import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, todayIn } from '../../lib/dates';
import type { BillWithInstallments } from '../../lib/store/bills';
import { toJsonBackup } from '../../lib/transfer';
import { type Driver, launchChromium, type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS } from './harness';
import { type FixtureServer, shopUrl, startFixtureServer } from './server';

// The images the stores ask for, taken from the built extension in Chromium: five screenshots at
// 1280×800 and a 440×280 promo tile, in Chinese and in English, under artifacts/store/<language>/.
// `npm run release` copies them next to the packages.

export const STORE_ARTIFACTS = 'artifacts/store';
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000080';

type Language = 'en' | 'zh-CN';

/** Words that only the composed images carry (the others are the extension's own). */
const WORDS: Record<Language, { popupTitle: string; popupLine: string; tagline: string; name: string }> = {
  en: {
    name: 'PayLater Lens',
    tagline: 'Know what each pay-later option costs you, and never pay late.',
    popupTitle: 'Every pay-later bill in one list',
    popupLine: 'A reminder before each due date, overdue bills first, one click to mark paid.',
  },
  'zh-CN': {
    name: '先用后付助手',
    tagline: '看清每种先用后付方式，按时还款不逾期。',
    popupTitle: '先用后付账单，一目了然',
    popupLine: '每个还款日前提醒你，逾期的排在最前，一键标记已还。',
  },
};

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function dataUrl(path: string): string {
  return `data:image/png;base64,${readFileSync(path).toString('base64')}`;
}

/** A few bills as a backup file, so the popup and dashboard show what a shopper's would. */
function demoBackup(today: CalendarDate): string {
  const now = Date.now();
  const bill = (
    id: string,
    program: BillWithInstallments['bill']['program'],
    merchant: string,
    total: number,
    purchased: CalendarDate,
    due: CalendarDate,
  ): BillWithInstallments => ({
    bill: {
      id,
      program,
      merchant,
      total,
      currency: 'CNY',
      created: now,
      updated: now,
      purchased,
      awaitingReceipt: false,
      status: 'open',
    },
    installments: [
      {
        id: `${id}#1`,
        billId: id,
        program,
        sequence: 1,
        amount: total,
        currency: 'CNY',
        due,
        status: 'upcoming',
        estimated: false,
      },
    ],
  });
  return toJsonBackup(
    [
      // One overdue, so that the popup shows what it puts first.
      bill('demo-huabei', 'alipay-huabei', '天猫超市', 32_680, addDays(today, -30), addDays(today, -1)),
      bill('demo-pdd', 'pdd-paylater', '拼多多 · 水果', 8_990, addDays(today, -2), addDays(today, 5)),
      bill('demo-meituan', 'meituan-monthly', '美团外卖', 5_800, addDays(today, -1), addDays(today, 24)),
    ],
    now,
  );
}

describe.runIf(BROWSERS.includes('chromium'))('store images', () => {
  let server: FixtureServer | undefined;
  let browser: Driver | undefined;
  const driver = () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startFixtureServer();
    browser = await launchChromium(server.port, { viewport: SCREEN });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function compose(html: string, size: { width: number; height: number }, path: string): Promise<void> {
    const context = driver().context;
    if (!context) throw new Error('no Playwright context');
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.setContent(html);
    await page.screenshot({ path });
    await page.close();
  }

  async function setLanguage(language: Language): Promise<void> {
    const store = {
      en: async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: { language: 'en' }, panelDetails: [] });
      },
      'zh-CN': async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: { language: 'zh-CN' }, panelDetails: [] });
      },
    };
    await driver().background(store[language]);
  }

  async function importBills(dashboard: TestPage, backup: string): Promise<void> {
    await dashboard.evaluate(
      new Function(
        `const input = document.querySelector('[data-action="import-file"]');
         const transfer = new DataTransfer();
         transfer.items.add(new File([${JSON.stringify(backup)}], 'bills.json'));
         input.files = transfer.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));`,
      ) as () => void,
    );
    await dashboard.click('[data-action="confirm-import"]');
  }

  it.each(['en', 'zh-CN'] as const)(
    'takes the %s screenshots at 1280×800 and the 440×280 promo tile',
    async (language) => {
      const out = `${STORE_ARTIFACTS}/${language}`;
      await mkdir(out, { recursive: true });
      await setLanguage(language);
      const words = WORDS[language];

      // 1. The checkout, the panel at a glance.
      const page = await driver().open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
      const panel = await page.panelFrame();
      await waitFor(() => panel.evaluate(() => document.querySelectorAll('[data-program]').length === 2), 'the rows');
      await waitFor(
        () => page.evaluate(() => (document.querySelector('paylater-lens')?.getBoundingClientRect().height ?? 0) > 60),
        'the panel’s height',
      );
      await page.screenshot(`${out}/1-checkout-panel.png`);

      // 2. One program's details, its source shown.
      await panel.click('[data-program="jd-paylater"] .details-toggle');
      await panel.click('[data-program="jd-paylater"] .source-toggle');
      await waitFor(
        () => page.evaluate(() => (document.querySelector('paylater-lens')?.getBoundingClientRect().height ?? 0) > 250),
        'the details’ height',
      );
      await page.screenshot(`${out}/2-panel-details.png`);
      await panel.click('[data-program="jd-paylater"] [data-action="track"]');
      await waitFor(() => panel.evaluate(() => document.querySelector('[data-tracked="true"]') !== null), 'tracked');
      await page.close();

      // 3. The popup, with the tracked bill and a few others.
      const dashboard = await driver().openExtensionPage('options.html');
      await waitFor(() => dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length === 1), 'the bill');
      await importBills(dashboard, demoBackup(todayIn('Asia/Shanghai', Date.now())));
      await waitFor(
        () => dashboard.evaluate(() => document.querySelectorAll('[data-bill]').length === 4),
        'the import',
      );
      const popup = await driver().openExtensionPage('popup.html');
      await waitFor(() => popup.evaluate(() => document.querySelectorAll('[data-installment]').length === 4), 'popup');
      // The list scrolls past 420 px; the image shows all four rows rather than one cut in half.
      await popup.evaluate(() =>
        document.querySelector<HTMLElement>('.installments')?.style.setProperty('max-height', 'none'),
      );
      await popup.screenshot(`${ARTIFACTS}/chromium-store-popup-${language}.png`, 'body');
      await popup.close();
      await compose(
        `<html lang="${language}"><body style="margin:0;height:800px;display:flex;align-items:center;justify-content:center;gap:72px;background:#fff7ed;font-family:system-ui,'Noto Sans CJK SC',sans-serif;color:#431407">
        <div style="max-width:440px"><h1 style="font-size:40px;margin:0 0 16px">${words.popupTitle}</h1>
        <p style="font-size:22px;line-height:1.5;margin:0">${words.popupLine}</p></div>
        <img src="${dataUrl(`${ARTIFACTS}/chromium-store-popup-${language}.png`)}" style="border:1px solid #fed7aa;border-radius:12px;box-shadow:0 12px 40px rgb(67 20 7 / 20%);max-height:700px">
      </body></html>`,
        SCREEN,
        `${out}/3-popup.png`,
      );

      // 4. The dashboard, opened afresh (without the import's message).
      await dashboard.close();
      const fresh = await driver().openExtensionPage('options.html');
      await waitFor(() => fresh.evaluate(() => document.querySelectorAll('[data-bill]').length === 4), 'the bills');
      await fresh.screenshot(`${out}/4-dashboard.png`);

      // 5. The welcome page.
      const welcome = await driver().openExtensionPage('welcome.html');
      await waitFor(
        () => welcome.evaluate(() => document.querySelector('[data-testid="welcome"]') !== null),
        'welcome',
      );
      await welcome.screenshot(`${out}/5-welcome.png`);
      await welcome.close();

      // The promo tile.
      await compose(
        `<html lang="${language}"><body style="margin:0;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:#fff7ed;font-family:system-ui,'Noto Sans CJK SC',sans-serif;color:#431407">
        <img src="${dataUrl('public/icon/128.png')}" width="128" height="128" style="margin:-16px">
        <div style="margin-left:12px"><div style="font-size:34px;font-weight:700;color:#9a3412">${words.name}</div>
        <div style="font-size:18px;line-height:1.45;margin-top:8px">${words.tagline}</div></div>
      </body></html>`,
        TILE,
        `${out}/promo-440x280.png`,
      );

      // Leave the profile as it was found: no bills, no settings.
      await fresh.click('[data-action="delete-all"]');
      await fresh.click('[data-action="confirm-delete-all"]');
      await waitFor(() => fresh.evaluate(() => document.querySelectorAll('[data-bill]').length === 0), 'deleted');
      await fresh.close();

      for (const name of ['1-checkout-panel', '2-panel-details', '3-popup', '4-dashboard', '5-welcome']) {
        expect(pngSize(`${out}/${name}.png`), name).toEqual(SCREEN);
      }
      expect(pngSize(`${out}/promo-440x280.png`)).toEqual(TILE);
    },
  );
});
