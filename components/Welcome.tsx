import { useEffect, useMemo, useState } from 'preact/hooks';
import { localized, translator } from '../lib/i18n';
import { ORDER_READERS } from '../lib/orders';
import { PLACEMENT_MATCHES } from '../lib/orders/placement';
import { SITES } from '../lib/sites';
import type { SiteAdapter } from '../lib/sites/types';
import { LanguageField } from './LanguageField';
import { useLocale } from './locale';
import { parseDays, ReminderFields, type Reminders } from './ReminderFields';
import { saveSettings, useSettings } from './settings';

/** The hosts a shop's match patterns name, as a shopper would write them: "pay.jd.com", "alipay.com". */
function hostsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^[^:]+:\/\/(\*\.)?([^/]+)\/.*$/, '$2')))];
}

/** Every page of a shop the extension reads: its checkouts, its order pages, and JD's pages after placing an order. */
function patternsOf(site: SiteAdapter): string[] {
  return [
    ...site.matches,
    ...ORDER_READERS.filter((reader) => reader.site === site.id).flatMap((reader) => reader.matches),
    ...(site.id === 'jd' ? PLACEMENT_MATCHES : []),
  ];
}

/**
 * The first-run page, opened once on install: what the extension does, where it reads, what it
 * keeps where, and when it reminds. Reachable later from the dashboard. It reaches no network.
 */
export function Welcome() {
  const locale = useLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const settings = useSettings();
  const [reminders, setReminders] = useState<Reminders>(settings.reminders);
  const [days, setDays] = useState(settings.reminders.daysBefore.join(', '));
  // A key, not words: a language chosen after saving re-words the message.
  const [result, setResult] = useState<'settingsSaved' | 'actionFailed' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('welcomeTitle')} · ${t('appName')}`;
  }, [t]);

  // Follow settings saved elsewhere (the dashboard in another tab), as the dashboard does.
  useEffect(() => {
    setReminders(settings.reminders);
    setDays(settings.reminders.daysBefore.join(', '));
  }, [settings]);

  const save = async (event: Event) => {
    event.preventDefault();
    const daysBefore = parseDays(days);
    if (daysBefore === null) return setError(t('invalidDays'));
    setError(null);
    try {
      await saveSettings({ reminders: { ...reminders, daysBefore } });
      setResult('settingsSaved');
    } catch {
      setResult('actionFailed');
    }
  };

  return (
    <main class="welcome" data-testid="welcome">
      <header class="welcome-header">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <h1>{t('welcomeTitle')}</h1>
        <LanguageField language={settings.language} t={t} onResult={() => setResult('actionFailed')} />
      </header>
      <section aria-labelledby="welcome-what" class="card">
        <h2 id="welcome-what">{t('welcomeWhat')}</h2>
        <ol class="welcome-lines">
          <li>{t('welcomeWhat1')}</li>
          <li>{t('welcomeWhat2')}</li>
          <li>{t('welcomeWhat3')}</li>
        </ol>
      </section>
      <div class="welcome-columns">
        <section aria-labelledby="welcome-shops" class="card">
          <h2 id="welcome-shops">{t('welcomeShopsTitle')}</h2>
          <p>{t('welcomeShopsIntro')}</p>
          <ul class="welcome-shops">
            {SITES.map((site) => (
              <li key={site.id} data-site={site.id}>
                <strong>{localized(site.name, locale)}</strong>{' '}
                <span class="muted">{hostsOf(patternsOf(site)).join(locale === 'zh-CN' ? '、' : ', ')}</span>
              </li>
            ))}
          </ul>
          <p>{t('welcomeShopsAdd')}</p>
        </section>
        <section aria-labelledby="welcome-stores" class="card">
          <h2 id="welcome-stores">{t('welcomeStoresTitle')}</h2>
          <ul>
            <li>{t('welcomeStoresBills')}</li>
            <li>{t('welcomeStoresSettings')}</li>
            <li>{t('welcomeStoresSession')}</li>
            <li>{t('welcomeStoresSync')}</li>
          </ul>
          <p>{t('welcomeStoresDelete')}</p>
        </section>
      </div>
      <section aria-labelledby="welcome-reminders" class="card">
        <h2 id="welcome-reminders">{t('welcomeRemindersTitle')}</h2>
        <p>{t('welcomeRemindersIntro')}</p>
        <form class="settings-form" onSubmit={save}>
          <ReminderFields reminders={reminders} days={days} t={t} onChange={setReminders} onDays={setDays} />
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="primary" data-action="save-reminders">
            {t('save')}
          </button>
        </form>
        <p class="toast" role="status" aria-live="polite">
          {result && t(result)}
        </p>
      </section>
      <p class="welcome-next">
        <a href="/options.html" class="button-link" data-action="open-dashboard">
          {t('welcomeDashboard')}
        </a>
      </p>
    </main>
  );
}
