import { describe, expect, it } from 'vitest';
import { SITES } from '../../lib/sites';
import { seriousViolations } from './axe';
import { type TestPage, waitFor } from './drivers';
import { ARTIFACTS, BROWSERS, useBrowser } from './harness';

// First run: installing the extension opens the welcome page once; it says what the extension
// does, where it reads and what it keeps, sets reminders, and leads to the dashboard, which links
// back to it.

function pathOf(page: TestPage): Promise<string> {
  return page.evaluate(() => location.pathname).catch(() => '');
}

describe.each(BROWSERS)('the welcome page in %s', (name) => {
  const { driver } = useBrowser(name);

  it('opens once on install, explains the extension, saves reminder settings and leads to the dashboard', async () => {
    const welcomeTabs = async () => {
      const paths = await Promise.all((await driver().extensionTabs()).map(async (tab) => [tab, await pathOf(tab)]));
      return paths.filter(([, path]) => path === '/welcome.html').map(([tab]) => tab as TestPage);
    };
    const [welcome] = await waitFor(async () => {
      const tabs = await welcomeTabs();
      return tabs.length > 0 && tabs;
    }, 'the welcome page the install opened');
    if (!welcome) throw new Error('no welcome page');
    expect(await welcomeTabs()).toHaveLength(1);

    await driver().background(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ settings: { language: 'en' } });
    });
    const page = await waitFor(
      () =>
        welcome.evaluate(() => {
          const root = document.querySelector('[data-testid="welcome"]');
          if (root?.querySelector('h1')?.textContent !== 'Welcome to PayLater Lens') return undefined;
          const days = [...document.querySelectorAll('label')].find((label) => label.textContent?.startsWith('Days'));
          return {
            lines: [...root.querySelectorAll('.welcome-lines li')].length,
            sites: [...root.querySelectorAll<HTMLElement>('[data-site]')].map((site) => site.dataset.site),
            text: (root as HTMLElement).innerText,
            remindersOn: root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked,
            days: days?.querySelector('input')?.value,
            time: root.querySelector<HTMLInputElement>('input[type="time"]')?.value,
            dashboard: root.querySelector<HTMLAnchorElement>('[data-action="open-dashboard"]')?.pathname,
          };
        }),
      'the welcome page in English',
    );
    expect(page).toMatchObject({
      lines: 3,
      sites: SITES.map((site) => site.id),
      remindersOn: true,
      days: '3, 1, 0',
      time: '09:00',
      dashboard: '/options.html',
    });
    expect(page.text).toContain('trade.jd.com');
    expect(page.text).toContain('in the extension’s own database in this browser');
    // It names sync, and says it is off until the shopper turns it on.
    expect(page.text).toContain('Only if you turn on sync (off by default)');
    expect(await seriousViolations(welcome)).toEqual([]);
    if (name === 'chromium') await welcome.screenshot(`${ARTIFACTS}/${name}-welcome-en.png`);

    // Reminder settings are the shopper's from here on.
    await welcome.evaluate(() => {
      const time = document.querySelector<HTMLInputElement>('input[type="time"]');
      if (!time) throw new Error('no time field');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(time, '08:30');
      time.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await welcome.click('[data-action="save-reminders"]');
    const saved = await waitFor(
      () =>
        driver().background(async () => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const { settings } = await api.storage.local.get('settings');
          return (settings as { reminders?: { time?: string } } | undefined)?.reminders?.time === '08:30' && settings;
        }),
      'the reminder time to be saved',
    );
    expect(saved).toMatchObject({ language: 'en', reminders: { enabled: true, daysBefore: [3, 1, 0], time: '08:30' } });

    // In Chinese when the shopper chooses it there.
    await welcome.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select');
      if (!select) throw new Error('no language field');
      select.value = 'zh-CN';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(
      () => welcome.evaluate(() => document.querySelector('h1')?.textContent === '欢迎使用先用后付助手'),
      'the welcome page in Chinese',
    );
    if (name === 'chromium') await welcome.screenshot(`${ARTIFACTS}/${name}-welcome-zh.png`);

    // The dashboard leads back to it.
    const dashboard = await driver().openExtensionPage('options.html');
    const link = await waitFor(
      () =>
        dashboard.evaluate(
          () => document.querySelector<HTMLAnchorElement>('[data-action="open-welcome"]')?.pathname ?? false,
        ),
      'the dashboard’s link to the welcome page',
    );
    expect(link).toBe('/welcome.html');
    await dashboard.close();
    await welcome.close();
  });
});
