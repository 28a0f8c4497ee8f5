import { browser } from '@wxt-dev/browser';
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type Locale, localized } from '../lib/i18n/core';
import { type PanelTranslate, panelTranslator } from '../lib/i18n/panel';
import type { ProgramId } from '../lib/ids';
import { formatMoney } from '../lib/money';
import { withDetails } from '../lib/panel-details';
import { scheduleSummary } from '../lib/panel-summary';
import type { PanelState, PanelView, ProgramView } from '../lib/protocol';
import { PANEL_DETAILS_KEY } from '../lib/storage-keys';
import { messenger } from './client';
import { PanelCorrections } from './PanelCorrections';
import { ProgramDetails } from './ProgramDetails';
import { useFollowedView, useFrameSize } from './panel-frame';

const STATUS_KEYS = { eligible: 'statusEligible', ineligible: 'statusIneligible', unknown: 'statusUnknown' } as const;

interface PanelProps {
  /** What the background answered the frame's claim with. */
  initial: PanelView;
  /** Calls the listener whenever the view may have changed: see panel-changes.ts. */
  follow: (listener: () => void) => void;
}

/**
 * One line per program (name, verdict, what would be due first, details, track), with everything
 * else a click away: a shopper at a checkout decides in seconds.
 */
export function Panel({ initial, follow }: PanelProps) {
  const [{ locale, checkout: state }, setView] = useFollowedView(initial, follow);
  const t = panelTranslator(locale);
  // The shopper's choice is ours from the first render on: later views may predate its write.
  const [openDetails, setOpenDetails] = useState<readonly ProgramId[]>(initial.openDetails);
  const [error, setError] = useState(false);
  const root = useRef<HTMLElement>(null);

  useFrameSize(root, locale, state === null);

  const track = async (program: ProgramId) => {
    setError(false);
    try {
      setView(await messenger.sendMessage('track', { program }));
    } catch {
      setError(true);
    }
  };

  const toggleDetails = (program: ProgramId, open: boolean) => {
    const next = withDetails(openDetails, program, open);
    setOpenDetails(next);
    // Remembered for the next checkout; if storage refuses, this panel still shows what was asked.
    browser.storage.local.set({ [PANEL_DETAILS_KEY]: next }).catch(() => undefined);
  };

  if (state === null) {
    return (
      <div ref={root as Ref<HTMLDivElement>} class="panel">
        <p class="muted">{t('noCheckout')}</p>
      </div>
    );
  }

  const separator = locale === 'zh-CN' ? '、' : ', ';
  return (
    <section
      ref={root}
      class="panel"
      data-testid="panel"
      data-site={state.site}
      data-currency={state.currency}
      {...(state.total !== undefined ? { 'data-total': String(state.total) } : {})}
      {...(state.tracked ? { 'data-tracked': 'true' } : {})}
      aria-labelledby="panel-title"
    >
      <header class="panel-header">
        <h1 id="panel-title">
          {/* The extension's own icon: an emoji would need a font the system may not have. */}
          <img class="logo" src="/icon/32.png" width={16} height={16} alt="" />
          {t('panelTitle')}
        </h1>
        <span class="total">
          {state.total !== undefined ? (
            <>
              <span class="muted">{t('orderTotal')} </span>
              <strong>{formatMoney({ amount: state.total, currency: state.currency }, locale)}</strong>
            </>
          ) : (
            <span class="muted">{t('totalUnknown')}</span>
          )}
        </span>
      </header>
      <ul class="programs">
        {state.programs.map((view) => (
          <ProgramRow
            key={view.program}
            view={view}
            state={state}
            locale={locale}
            t={t}
            open={openDetails.includes(view.program)}
            onToggle={toggleDetails}
            onTrack={track}
          />
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {t('trackFailed')}
        </p>
      )}
      {/* One row: the other ways to pay, and actions about the whole panel at its end. */}
      <footer class="panel-footer">
        {state.wallets.length > 0 && (
          <p class="muted">
            {t('otherWays', { list: state.wallets.map((wallet) => t(`wallet.${wallet}`)).join(separator) })}
          </p>
        )}
        <PanelCorrections correctable={state.correctable} locale={locale} t={t} onView={(view) => setView(view)} />
      </footer>
    </section>
  );
}

interface RowProps {
  view: ProgramView;
  state: PanelState;
  locale: Locale;
  t: PanelTranslate;
  open: boolean;
  onToggle: (program: ProgramId, open: boolean) => void;
  onTrack: (program: ProgramId) => void;
}

/** What the collapsed row says beside the verdict: what is due first, or why the option is out. */
function rowSummary(view: ProgramView, state: PanelState, locale: Locale, t: PanelTranslate): string {
  if (view.schedule.length > 0) return scheduleSummary(view.schedule, view.purchased, state.currency, locale, t);
  const failed = view.reasons.find((reason) => reason.outcome === 'fail');
  return failed ? (failed.pageText ?? localized(failed.text, locale)) : '';
}

function ProgramRow({ view, state, locale, t, open, onToggle, onTrack }: RowProps) {
  const first = view.schedule[0];
  const name = localized(view.name, locale);
  const trackable = view.status !== 'ineligible' && view.schedule.length > 0;
  // A date that rests on a guess (delivery, shipping) or on a rule the provider never published.
  const estimate =
    view.schedule.some((part) => part.estimated) || (first !== undefined && view.scheduleConfidence === 'unverified');
  // The order went out with this program: ask, prominently, but leave the choice to the shopper.
  const prompted = trackable && !view.tracked && state.submitted === view.program;
  const detailsId = `details-${view.program}`;
  return (
    <li
      class={`program status-${view.status}`}
      data-program={view.program}
      data-status={view.status}
      {...(first ? { 'data-due': first.due } : {})}
    >
      <div class="row">
        <span class="program-name">{name}</span>
        <span class={`badge badge-${view.status}`}>{t(STATUS_KEYS[view.status])}</span>
        <span class="summary">
          {rowSummary(view, state, locale, t)}
          {estimate && <span class="tag">{t('estimated')}</span>}
        </span>
        <button
          type="button"
          class="details-toggle"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => onToggle(view.program, !open)}
        >
          {t('details')}
          <span class="visually-hidden"> {name}</span>
          <span class="chevron" aria-hidden="true">
            {open ? '▴' : '▾'}
          </span>
        </button>
        {trackable && (
          <button
            type="button"
            class={prompted ? 'primary prompted' : 'primary'}
            data-action="track"
            {...(prompted ? { 'data-prompt': 'true' } : {})}
            disabled={view.tracked}
            onClick={() => onTrack(view.program)}
          >
            {view.tracked ? `✓ ${t('tracked')}` : t('track')}
            <span class="visually-hidden"> {name}</span>
          </button>
        )}
      </div>
      {prompted && (
        <p class="track-prompt" role="status">
          {t('trackPrompt', { program: name })}
        </p>
      )}
      <div id={detailsId} class="details" hidden={!open}>
        <ProgramDetails view={view} currency={state.currency} locale={locale} t={t} />
      </div>
    </li>
  );
}
