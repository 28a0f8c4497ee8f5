import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { daysBetween } from '../lib/dates';
import { type Locale, type Translate, translator } from '../lib/i18n';
import { dueFromWords } from '../lib/i18n/provenance';
import { unpaidInstallments } from '../lib/store/bills';
import type { Installment, LensDatabase } from '../lib/store/db';
import { POPUP_FIRST_ROWS, POPUP_SOON_DAYS, type PopupSummary, popupSummary } from '../lib/store/queries';
import { groupUpcoming, type TodayOf, todayOf, totalsWithin } from '../lib/store/upcoming';
import { messenger } from './client';
import { money, programName } from './format';
import { useLoadedWhen } from './later';
import { useLiveQuery } from './live';
import { useLocale } from './locale';

type Notice = { kind: 'paid'; installmentId: string } | { kind: 'snoozed' } | { kind: 'added' } | { kind: 'failed' };

/** Rows rendered per frame after the first POPUP_FIRST_ROWS, so the popup opens fast with thousands. */
const MORE_ROWS = 1000;
/**
 * Rows per list element. Each list skips layout while off screen (content-visibility in
 * popup.css): on a few hundred lists that is cheap, where on thousands of rows it made
 * closing the popup take seconds.
 */
const CHUNK_ROWS = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) result.push(rows.slice(start, start + CHUNK_ROWS));
  return result;
}

// After the first rows: the form and "this shop" bring zod and the shop list with them.
const loadAddBillForm = () => import('./AddBillForm').then((module) => module.AddBillForm);
const loadThisShop = () => import('./ThisShop').then((module) => module.ThisShop);

export function Popup() {
  const locale = useLocale();
  // First the totals, group sizes and first screenful (the day totals and those rows), then, once
  // they are on screen, every row: thousands of rows are not read before first paint.
  const summaryQuery = useCallback((db: LensDatabase) => popupSummary(db, Date.now(), POPUP_FIRST_ROWS), []);
  const summary = useLiveQuery(summaryQuery);
  const all = useLiveQuery(summary.kind === 'ready' ? unpaidInstallments : null);
  const unavailable = summary.kind === 'unavailable' || all.kind === 'unavailable';
  const rows = all.kind === 'ready' ? all.value : null;
  const empty =
    rows !== null
      ? rows.length === 0
      : summary.kind === 'ready' && Object.values(summary.value.counts).every((count) => count === 0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [adding, setAdding] = useState(false);
  const shown = summary.kind !== 'loading';
  const AddBillForm = useLoadedWhen(shown || adding, loadAddBillForm);
  const ThisShop = useLoadedWhen(shown, loadThisShop);

  // Stable callbacks and translator, so the memoised rows re-render only when their installment changes.
  const t = useMemo(() => translator(locale), [locale]);
  const actions = useMemo(() => {
    const run = async (action: () => Promise<unknown>, success: Notice | null) => {
      try {
        await action();
        setNotice(success);
      } catch {
        setNotice({ kind: 'failed' });
      }
    };
    return {
      markPaid: (installmentId: string) =>
        run(() => messenger.sendMessage('markPaid', { installmentId }), { kind: 'paid', installmentId }),
      snooze: (installmentId: string) =>
        run(() => messenger.sendMessage('snooze', { installmentId }), { kind: 'snoozed' }),
      undoPaid: (installmentId: string) => run(() => messenger.sendMessage('markUnpaid', { installmentId }), null),
    };
  }, []);

  const openDashboard = async () => {
    // The dashboard is the options page: this focuses it if it is already open.
    await browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <div class="header-actions">
          <button
            type="button"
            onClick={() => setAdding(!adding)}
            aria-expanded={adding}
            disabled={summary.kind !== 'ready'}
          >
            {t('addBill')}
          </button>
          <button type="button" onClick={openDashboard}>
            {t('openDashboard')}
          </button>
        </div>
      </header>
      {unavailable && (
        <p class="error" role="alert">
          {t('storageUnavailable')}
        </p>
      )}
      {adding && AddBillForm && (
        <AddBillForm
          locale={locale}
          t={t}
          onDone={(added) => {
            setAdding(false);
            if (added) setNotice({ kind: 'added' });
          }}
        />
      )}
      {empty && !adding && (
        <div class="empty">
          <p>
            <strong>{t('emptyTitle')}</strong>
          </p>
          <p class="muted">{t('emptyBody')}</p>
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            {t('addBill')}
          </button>
        </div>
      )}
      {summary.kind === 'ready' && !empty && (
        <Upcoming
          summary={summary.value}
          rows={rows}
          locale={locale}
          t={t}
          onPaid={actions.markPaid}
          onSnooze={actions.snooze}
        />
      )}
      {ThisShop && <ThisShop t={t} />}
      <div class="toast" role="status" aria-live="polite">
        {notice?.kind === 'paid' && (
          <>
            {t('paidUndo')}{' '}
            <button type="button" data-action="undo" onClick={() => actions.undoPaid(notice.installmentId)}>
              {t('undo')}
            </button>
          </>
        )}
        {notice?.kind === 'snoozed' && t('snoozed')}
        {notice?.kind === 'added' && t('billAdded')}
        {notice?.kind === 'failed' && t('actionFailed')}
      </div>
    </main>
  );
}

interface UpcomingProps {
  /** Shown until every row is read. */
  summary: PopupSummary;
  /** Every unpaid row, earliest first, once read. */
  rows: Installment[] | null;
  locale: Locale;
  t: Translate;
  onPaid: (id: string) => void;
  onSnooze: (id: string) => void;
}

function Upcoming({ summary, rows, locale, t, onPaid, onSnooze }: UpcomingProps) {
  // Computed once per change of the list, not per render; "today" is per program's time zone.
  const today = useMemo(() => todayOf(Date.now()), [summary, rows]);
  const { groups, counts, totals7, totals30, available } = useMemo(() => {
    if (rows === null) {
      const { groups, counts, totals7, totals30 } = summary;
      return { groups, counts, totals7, totals30, available: POPUP_FIRST_ROWS };
    }
    const groups = groupUpcoming(rows, today);
    return {
      groups,
      counts: { overdue: groups.overdue.length, week: groups.week.length, later: groups.later.length },
      totals7: totalsWithin(rows, 7, today),
      totals30: totalsWithin(rows, POPUP_SOON_DAYS, today),
      available: rows.length,
    };
  }, [summary, rows, today]);
  const [limit, setLimit] = useState(POPUP_FIRST_ROWS);
  useEffect(() => {
    if (limit >= available) return;
    const frame = requestAnimationFrame(() => setLimit((current) => current + MORE_ROWS));
    return () => cancelAnimationFrame(frame);
  }, [limit, available]);

  let budget = limit;
  const take = (rows: Installment[]) => {
    const shown = rows.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return shown;
  };
  const sections = [
    { id: 'overdue', title: t('groupOverdue'), rows: take(groups.overdue), count: counts.overdue },
    { id: 'week', title: t('groupWeek'), rows: take(groups.week), count: counts.week },
    { id: 'later', title: t('groupLater'), rows: take(groups.later), count: counts.later },
  ];
  const rowProps = { locale, t, today, onPaid, onSnooze };
  return (
    <>
      <section class="totals" aria-labelledby="totals-title">
        <h2 id="totals-title" class="visually-hidden">
          {t('totalsTitle')}
        </h2>
        <Totals label={t('totalsNext7')} totals={totals7} locale={locale} t={t} />
        <Totals label={t('totalsNext30')} totals={totals30} locale={locale} t={t} />
      </section>
      <div class="installments">
        {sections.map(
          (section) =>
            section.count > 0 && (
              <section key={section.id} class={`group group-${section.id}`} aria-labelledby={`group-${section.id}`}>
                <h2 id={`group-${section.id}`} class="group-title">
                  {section.title} <span class="muted small">({section.count})</span>
                </h2>
                {chunks(section.rows).map((chunk) => (
                  <ul key={chunk[0]?.id} class="chunk">
                    {chunk.map((installment) => (
                      <InstallmentRow key={installment.id} installment={installment} {...rowProps} />
                    ))}
                  </ul>
                ))}
              </section>
            ),
        )}
      </div>
    </>
  );
}

function Totals({
  label,
  totals,
  locale,
  t,
}: {
  label: string;
  totals: Map<string, number>;
  locale: Locale;
  t: Translate;
}) {
  return (
    <div class="total">
      <span class="muted small">{label}</span>
      <span class="total-amounts">
        {totals.size === 0
          ? t('nothingDue')
          : [...totals].map(([currency, amount]) => (
              <span key={currency} data-total-currency={currency}>
                {money(amount, currency, locale)}
              </span>
            ))}
      </span>
    </div>
  );
}

interface RowProps {
  installment: Installment;
  locale: Locale;
  t: Translate;
  today: TodayOf;
  onPaid: (id: string) => void;
  onSnooze: (id: string) => void;
}

const InstallmentRow = memo(function InstallmentRow({ installment, locale, t, today, onPaid, onSnooze }: RowProps) {
  const days = daysBetween(today(installment.program), installment.due);
  const amount = money(installment.amount, installment.currency, locale);
  const when =
    days < 0
      ? t('overdueBy', { days: -days })
      : days === 0
        ? t('dueToday')
        : days === 1
          ? t('dueTomorrow')
          : t('dueInDays', { days });
  return (
    <li
      class="installment"
      data-installment={installment.id}
      data-program={installment.program}
      data-due={installment.due}
      data-amount={String(installment.amount)}
      data-currency={installment.currency}
      data-due-from={installment.dueFrom?.kind ?? 'rule'}
    >
      <div class="installment-main">
        <span class="program-name">{programName(installment.program, locale)}</span>
        <span class="amount">{amount}</span>
      </div>
      <div class="installment-meta">
        <span class="installment-when">
          <span class={`badge ${days < 0 ? 'badge-overdue' : days <= 3 ? 'badge-soon' : 'badge-later'}`}>{when}</span>
          <span class="muted">{installment.due}</span>
          {/* Where the date comes from: the shop's own page, an estimate, the rule or the shopper. */}
          <span
            class="tag"
            data-due-from={installment.dueFrom?.kind ?? 'rule'}
            title={dueFromWords(installment.dueFrom, locale)}
          >
            {dueFromWords(installment.dueFrom, locale, true)}
          </span>
        </span>
        <span class="row-actions">
          <button
            type="button"
            data-action="snooze"
            aria-label={t('snoozeLabel', { amount, date: installment.due })}
            title={t('snoozeDay')}
            onClick={() => onSnooze(installment.id)}
          >
            {t('snoozeShort')}
          </button>
          <button
            type="button"
            data-action="mark-paid"
            aria-label={t('markPaidLabel', { amount, date: installment.due })}
            onClick={() => onPaid(installment.id)}
          >
            {t('markPaid')}
          </button>
        </span>
      </div>
    </li>
  );
});
