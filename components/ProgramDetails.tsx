import type { Basis, Reason } from '../lib/eligibility';
import { type Locale, localized } from '../lib/i18n';
import { formatMoney } from '../lib/money';
import type { Confidence, Localized, Program, Source } from '../lib/programs/schema';
import type { ProgramView } from '../lib/protocol';
import type { Translate } from './locale';
import './program-details.css';

const OUTCOME_MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

interface DetailsProps {
  view: ProgramView;
  program: Program;
  currency: string;
  locale: Locale;
  t: Translate;
}

/**
 * A program's checklist, schedule, late costs and where to pay, each claim labelled with how far it
 * can be trusted and where it comes from: an unverified rule never reads as fact.
 */
export function ProgramDetails({ view, program, currency, locale, t }: DetailsProps) {
  const provider = localized(program.provider, locale);
  const scheduleBasis: Basis = view.scheduleConfidence;
  return (
    <>
      <ul class="reasons">
        {view.reasons.map((reason) => (
          <ReasonItem key={reason.text.en} reason={reason} provider={provider} locale={locale} t={t} />
        ))}
      </ul>
      {view.schedule.length > 0 && (
        <section class="facts" aria-label={t('scheduleTitle')}>
          <h2 class="facts-title">{t('scheduleTitle')}</h2>
          <ol class="schedule">
            {view.schedule.map((part) => (
              <li key={part.sequence}>
                <time dateTime={part.due}>{part.due}</time> · {formatMoney({ amount: part.amount, currency }, locale)}
                {part.estimated && <span class="tag">{t('estimated')}</span>}
              </li>
            ))}
          </ol>
          <BasisNote
            basis={scheduleBasis}
            provider={provider}
            t={t}
            source={scheduleBasis === 'shopper' ? undefined : program.schedule.source}
          />
        </section>
      )}
      <section class="facts" aria-label={t('lateTitle')}>
        <h2 class="facts-title">{t('lateTitle')}</h2>
        <ul class="plain">
          {program.overdue.map((claim) => (
            <FactItem
              key={claim.value.en}
              text={claim.value}
              confidence={claim.confidence}
              source={claim.source}
              provider={provider}
              locale={locale}
              t={t}
            />
          ))}
        </ul>
      </section>
      <section class="facts" aria-label={t('whereTitle')}>
        <h2 class="facts-title">{t('whereTitle')}</h2>
        <ul class="plain">
          <FactItem
            text={program.whereToPay.value}
            confidence={program.whereToPay.confidence}
            source={program.whereToPay.source}
            provider={provider}
            locale={locale}
            t={t}
          />
        </ul>
      </section>
    </>
  );
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
  t: Translate;
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
  text: Localized;
  confidence: Confidence;
  source: Source;
  provider: string;
  locale: Locale;
  t: Translate;
}

function FactItem({ text, confidence, source, provider, locale, t }: FactProps) {
  return (
    <li>
      {localized(text, locale)}
      <BasisNote basis={confidence} provider={provider} t={t} source={source} />
    </li>
  );
}

/** "Reported by third parties, not confirmed by JD · Source: …", with a link where there is one. */
function BasisNote({
  basis,
  provider,
  t,
  source,
}: {
  basis: Basis;
  provider: string;
  t: Translate;
  source: Source | undefined;
}) {
  return (
    <span class={`basis basis-${basis}`}>
      {' '}
      ({t(`basis.${basis}`, { provider })}
      {source && (
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
