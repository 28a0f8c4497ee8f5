import { useEffect, useMemo, useState } from 'preact/hooks';
import { addDays, localTimeZone, todayIn } from '../lib/dates';
import { translator } from '../lib/i18n';
import { allBills } from '../lib/store/bills';
import { checkBudget, todayOf, weeklyTotals } from '../lib/store/upcoming';
import { BillList } from './BillList';
import { CorrectionsSection } from './CorrectionsSection';
import { DataSection, DELETED_HASH } from './DataSection';
import { DueChart } from './DueChart';
import { DueTimeline } from './DueTimeline';
import { money } from './format';
import { useLiveQuery } from './live';
import { useLocale } from './locale';
import { ProfileSettings } from './ProfileSettings';
import { ProgramOverrides } from './ProgramOverrides';
import { SettingsSection } from './SettingsSection';
import { ShopsSection } from './ShopsSection';
import { SyncSection } from './SyncSection';
import { useSettings } from './settings';

const CHART_WEEKS = 12;
const TIMELINE_DAYS = 60;

/** The dashboard (the options page): every bill, what is due when, and the settings. */
export function Dashboard() {
  const locale = useLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const settings = useSettings();
  const load = useLiveQuery(allBills);
  const [result, setResult] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('dashboardTitle')} · ${t('appName')}`;
    if (location.hash === DELETED_HASH) {
      setResult(t('deletedAll'));
      history.replaceState(null, '', location.pathname);
    }
  }, [t]);

  // A notification's click opens #bill=<id>: bring that bill into view once it is rendered.
  const ready = load.kind === 'ready';
  useEffect(() => {
    const match = /^#bill=(.+)$/.exec(location.hash);
    if (!ready || !match?.[1]) return;
    const element = document.getElementById(`bill-${decodeURIComponent(match[1])}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [ready]);

  const entries = load.kind === 'ready' ? load.value : [];
  const today = useMemo(() => todayOf(Date.now()), [entries]);
  const unpaid = useMemo(
    () =>
      entries
        .flatMap((entry) => entry.installments)
        .filter((row) => row.status === 'upcoming')
        .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
    [entries],
  );
  const localToday = todayIn(localTimeZone(), Date.now());
  const weeks = useMemo(() => weeklyTotals(unpaid, localToday, CHART_WEEKS), [unpaid, localToday]);
  const budget = settings.budget;
  const check = budget ? checkBudget(unpaid, budget, today) : undefined;

  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <h1>{t('dashboardTitle')}</h1>
        <nav aria-label={t('dashboardTitle')}>
          <a href="#bills">{t('billsTitle')}</a>
          <a href="#due">{t('chartTitle')}</a>
          <a href="#shops">{t('shopsTitle')}</a>
          <a href="#settings">{t('settingsTitle')}</a>
          <a href="/welcome.html" data-action="open-welcome">
            {t('welcomeLink')}
          </a>
        </nav>
      </header>
      <div class="toast" role="status" aria-live="polite">
        {result}
      </div>
      {load.kind === 'unavailable' && (
        <p class="error" role="alert">
          {t('storageUnavailable')}
        </p>
      )}
      <main>
        {budget && check?.over && (
          <p class="warning" role="alert" data-testid="budget-warning">
            {t('budgetWarning', {
              amount: money(check.due, budget.currency, locale),
              budget: money(budget.amount, budget.currency, locale),
            })}
          </p>
        )}
        {budget && check && !check.over && (
          <p class="muted">
            {t('budgetOk', {
              amount: money(check.due, budget.currency, locale),
              budget: money(budget.amount, budget.currency, locale),
            })}
          </p>
        )}
        <div class="overview">
          <section id="due" aria-labelledby="due-title" class="card">
            <h2 id="due-title">{t('chartTitle')}</h2>
            <DueChart weeks={weeks} locale={locale} t={t} />
          </section>
          <section aria-labelledby="timeline-title" class="card">
            <h2 id="timeline-title">{t('timelineTitle')}</h2>
            <DueTimeline installments={unpaid} locale={locale} t={t} until={addDays(localToday, TIMELINE_DAYS)} />
          </section>
        </div>
        <section id="bills" aria-labelledby="bills-title" class="card">
          <h2 id="bills-title">{t('billsTitle')}</h2>
          {load.kind === 'ready' && (
            <BillList entries={entries} locale={locale} t={t} today={today} onResult={setResult} />
          )}
        </section>
        <ShopsSection locale={locale} t={t} />
        <section id="settings" aria-labelledby="settings-title" class="card">
          <h2 id="settings-title">{t('settingsTitle')}</h2>
          <SettingsSection settings={settings} t={t} onResult={setResult} />
          <SyncSection entries={entries} locale={locale} t={t} onResult={setResult} />
          <ProfileSettings />
          <ProgramOverrides />
          <CorrectionsSection />
          <h3>{t('dataTitle')}</h3>
          <DataSection entries={entries} locale={locale} t={t} onResult={setResult} />
        </section>
      </main>
    </div>
  );
}
