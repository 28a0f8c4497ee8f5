import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Locale, localized } from '../lib/i18n/core';
import { type PanelTranslate, panelTranslator } from '../lib/i18n/panel';
import { formatMoney } from '../lib/money';
import type { PanelState, PanelView, ProgramView } from '../lib/protocol';
import { messenger } from './client';
import { PanelCorrections } from './PanelCorrections';
import { ProgramDetails } from './ProgramDetails';

const STATUS_KEYS = { eligible: 'statusEligible', ineligible: 'statusIneligible', unknown: 'statusUnknown' } as const;

interface PanelProps {
  /** What the background answered the frame's claim with. */
  initial: PanelView;
  /** Calls the listener whenever the view may have changed: see panel-changes.ts. */
  follow: (listener: () => void) => void;
}

export function Panel({ initial, follow }: PanelProps) {
  const [{ locale, checkout: state }, setView] = useState(initial);
  const t = panelTranslator(locale);
  const [collapsed, setCollapsed] = useState(false);
  const [error, setError] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Answers may come back out of order: only the latest request's is shown. A failed one leaves
    // the panel as it is until the next change asks again.
    let latest = 0;
    follow(() => {
      const request = ++latest;
      messenger.sendMessage('getPanelState', {}).then(
        (view) => request === latest && setView(view),
        () => undefined,
      );
    });
  }, [follow]);

  // Before the first paint: the document's language picks the fonts its Chinese text is set in.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The frame cannot size itself: the background passes our height to our tab's content script,
  // never through the page. Measured at once, not left to the observer's first report: a tab in
  // the background runs no observers, and its panel would stay zero pixels high until shown. With
  // or without a checkout the root is a different element.
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    // The observer's first report repeats the one made at once: each costs the background a
    // round trip to the tab, so only a new height is sent.
    let sent = -1;
    const report = () => {
      const height = element.getBoundingClientRect().height;
      if (height === sent) return;
      sent = height;
      void messenger.sendMessage('panelResized', { height }).catch(() => undefined);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [state === null]);

  const track = async (program: ProgramView['program']) => {
    setError(false);
    try {
      setView(await messenger.sendMessage('track', { program }));
    } catch {
      setError(true);
    }
  };

  if (state === null) {
    return (
      <div ref={root} class="panel">
        <p class="muted">{t('noCheckout')}</p>
      </div>
    );
  }

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
          <img class="logo" src="/icon/32.png" width={18} height={18} alt="" />
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
        <button
          type="button"
          class="icon-button"
          aria-expanded={!collapsed}
          aria-controls="panel-body"
          onClick={() => setCollapsed(!collapsed)}
          title={collapsed ? t('expand') : t('collapse')}
        >
          <span aria-hidden="true">{collapsed ? '▾' : '▴'}</span>
          <span class="visually-hidden">{collapsed ? t('expand') : t('collapse')}</span>
        </button>
      </header>
      <div id="panel-body" hidden={collapsed}>
        <ul class="programs">
          {state.programs.map((view) => (
            <ProgramRow key={view.program} view={view} state={state} locale={locale} t={t} onTrack={track} />
          ))}
        </ul>
        {error && (
          <p class="error" role="alert">
            {t('trackFailed')}
          </p>
        )}
        {state.wallets.length > 0 && (
          <p class="muted small">
            {t('otherWays', {
              list: state.wallets.map((wallet) => t(`wallet.${wallet}`)).join(locale === 'zh-CN' ? '、' : ', '),
            })}
          </p>
        )}
        <PanelCorrections correctable={state.correctable} locale={locale} t={t} onView={(view) => setView(view)} />
      </div>
    </section>
  );
}

interface RowProps {
  view: ProgramView;
  state: PanelState;
  locale: Locale;
  t: PanelTranslate;
  onTrack: (program: ProgramView['program']) => void;
}

function ProgramRow({ view, state, locale, t, onTrack }: RowProps) {
  const first = view.schedule[0];
  const name = localized(view.name, locale);
  const trackable = view.status !== 'ineligible' && view.schedule.length > 0;
  // The order went out with this program: ask, prominently, but leave the choice to the shopper.
  const prompted = trackable && !view.tracked && state.submitted === view.program;
  return (
    <li
      class={`program status-${view.status}`}
      data-program={view.program}
      data-status={view.status}
      {...(first ? { 'data-due': first.due } : {})}
    >
      <div class="program-head">
        <span class="program-name">{name}</span>
        <span class={`badge badge-${view.status}`}>{t(STATUS_KEYS[view.status])}</span>
      </div>
      <ProgramDetails view={view} currency={state.currency} locale={locale} t={t} />
      {prompted && (
        <p class="track-prompt" role="status">
          {t('trackPrompt', { program: name })}
        </p>
      )}
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
        </button>
      )}
    </li>
  );
}
