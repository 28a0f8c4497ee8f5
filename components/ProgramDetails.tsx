import type { Basis, Reason } from '../lib/eligibility';
import { type Locale, localized } from '../lib/i18n/core';
import type { PanelTranslate } from '../lib/i18n/panel';
import { formatMoney } from '../lib/money';
import type { Fact, Localized, Source } from '../lib/programs/schema';
import { NO_SOURCE } from '../lib/programs/sources';
import type { ProgramView } from '../lib/protocol';
import './program-details.css';

const OUTCOME_MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

interface DetailsProps {
  view: ProgramView;
  currency: string;
  locale: Locale;
  t: PanelTranslate;
}

/**
 * A program's checklist, schedule, late costs and where to pay, each claim labelled with how far it
 * can be trusted and where it comes from: an unverified rule never reads as fact.
 */
export function ProgramDetails({ view, currency, locale, t }: DetailsProps) {
  const provider = localized(view.provider, locale);
  const scheduleBasis: Basis = view.scheduleConfidence;
  return (
    <>
      <ul class="reasons">
        {view.reasons.map((reason) => (
          <ReasonItem key={reason.text.en} reason={reason} provider={provider} locale={locale} t={t} />
        ))}
      </ul>
      {view.schedule.length > 0 && (
        <section class="facts">
          <h2 class="facts-title">{t('scheduleTitle')}</h2>
          {view.schedule.length > 1 && <p class="schedule-summary">{summary(view, currency, locale, t)}</p>}
          <ol class="schedule">
            {view.schedule.map((part) => (
              <li key={part.sequence}>
                <time dateTime={part.due}>{part.due}</time> · {formatMoney({ amount: part.amount, currency }, locale)}
                {part.estimated && <span class="tag">{t('estimated')}</span>}
              </li>
            ))}
          </ol>
          <BasisNote basis={scheduleBasis} provider={provider} t={t} source={view.scheduleSource} />
          {view.scheduleNote && <p class="muted small">{localized(view.scheduleNote, locale)}</p>}
        </section>
      )}
      <dl class="facts">
        <dt>{t('lateTitle')}</dt>
        {view.overdue.map((claim) => (
          <dd key={claim.value.en}>
            <FactText fact={claim} provider={provider} locale={locale} t={t} />
          </dd>
        ))}
        <dt>{t('whereTitle')}</dt>
        <dd>
          <FactText fact={view.whereToPay} provider={provider} locale={locale} t={t} />
        </dd>
        {view.creditCheck && (
          <>
            <dt>{t('creditTitle')}</dt>
            <dd>
              <FactText fact={view.creditCheck} provider={provider} locale={locale} t={t} />
            </dd>
          </>
        )}
        {view.monthlyPlans && (
          <>
            <dt>{t('plansTitle')}</dt>
            <dd>
              <FactText fact={view.monthlyPlans} provider={provider} locale={locale} t={t} />
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

/** "4 × $62.25", or "$62.28, then 3 × $62.25" when the first payment carries the odd cents. */
function summary(view: ProgramView, currency: string, locale: Locale, t: PanelTranslate): string {
  const [first, ...rest] = view.schedule;
  const amount = (value: number) => formatMoney({ amount: value, currency }, locale);
  const later = rest[0]?.amount;
  if (first === undefined || later === undefined) return '';
  if (first.amount === later) return t('scheduleSummary', { count: view.schedule.length, amount: amount(later) });
  return t('scheduleSummaryFirst', { first: amount(first.amount), count: rest.length, amount: amount(later) });
}

function ReasonItem({
  reason,
  provider,
  locale,
  t,
}: {
  reason: Reason;
  provider: string;
  locale: Locale;
  t: PanelTranslate;
}) {
  return (
    <li class={`reason reason-${reason.outcome}`}>
      <span class="mark" aria-hidden="true">
        {OUTCOME_MARK[reason.outcome]}
      </span>
      <span class="visually-hidden">{t(`outcome.${reason.outcome}`)}: </span>
      {localized(reason.text, locale)}
      {reason.pageText && <span class="page-text"> {t('pageSays', { text: reason.pageText })}</span>}
      {reason.confidence !== 'page' && (
        <BasisNote basis={reason.confidence} provider={provider} t={t} source={reason.source} />
      )}
    </li>
  );
}

interface FactProps {
  fact: Fact<Localized>;
  provider: string;
  locale: Locale;
  t: PanelTranslate;
}

function FactText({ fact, provider, locale, t }: FactProps) {
  return (
    <>
      {localized(fact.value, locale)}
      <BasisNote basis={fact.confidence} provider={provider} t={t} source={fact.source} />
    </>
  );
}

/**
 * "Reported by third parties, not confirmed by JD · Source: …", with a link where there is one. A
 * fact no source backs says it is an assumption instead.
 */
function BasisNote({
  basis,
  provider,
  t,
  source,
}: {
  basis: Basis;
  provider: string;
  t: PanelTranslate;
  source: Source | undefined;
}) {
  const assumed = source?.title === NO_SOURCE.title;
  return (
    <span class={`basis basis-${basis}`}>
      {' '}
      ({assumed ? t('basis.assumed', { provider }) : t(`basis.${basis}`, { provider })}
      {source && !assumed && (
        <>
          {' · '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('sourceLabel', { title: source.title })}
            </a>
          ) : (
            t('sourceLabel', { title: source.title })
          )}
        </>
      )}
      )
    </span>
  );
}
