import { useId, useState } from 'preact/hooks';
import type { Basis, Reason } from '../lib/eligibility';
import { type Locale, localized } from '../lib/i18n/core';
import type { PanelTranslate } from '../lib/i18n/panel';
import { formatMoney } from '../lib/money';
import { dayWords } from '../lib/panel-summary';
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
 * A program's checklist, schedule, late costs and where to pay. Each claim says in plain words how
 * far it can be trusted, with its source a click away: an unpublished rule never reads as fact.
 */
export function ProgramDetails({ view, currency, locale, t }: DetailsProps) {
  const provider = localized(view.provider, locale);
  const note = { provider, locale, t };
  return (
    <dl class="facts">
      <dt>{t('checksTitle')}</dt>
      <dd>
        <ul class="reasons">
          {view.reasons.map((reason) => (
            <ReasonItem key={reason.text.en} reason={reason} {...note} />
          ))}
        </ul>
      </dd>
      {view.schedule.length > 0 && (
        <>
          <dt>{t('scheduleTitle')}</dt>
          <dd>
            <ol class="schedule">
              {view.schedule.map((part) => (
                <li key={part.sequence}>
                  <time dateTime={part.due}>{dayWords(part.due, view.purchased, locale, t)}</time>
                  {' · '}
                  {formatMoney({ amount: part.amount, currency }, locale)}
                  {part.estimated && <span class="tag">{t('estimated')}</span>}
                </li>
              ))}
            </ol>
            <BasisNote
              basis={view.scheduleConfidence}
              source={view.scheduleSource}
              note={view.scheduleCaveat}
              {...note}
            />
            {view.schedule.some((part) => part.estimated) && <span class="basis"> {t('estimatedNote')}</span>}
            {view.scheduleNote && <span class="basis"> {localized(view.scheduleNote, locale)}</span>}
          </dd>
        </>
      )}
      <dt>{t('lateTitle')}</dt>
      {view.overdue.map((claim) => (
        <dd key={claim.value.en}>
          <FactText fact={claim} {...note} />
        </dd>
      ))}
      <dt>{t('whereTitle')}</dt>
      <dd>
        <FactText fact={view.whereToPay} {...note} />
      </dd>
      {view.creditCheck && (
        <>
          <dt>{t('creditTitle')}</dt>
          <dd>
            <FactText fact={view.creditCheck} {...note} />
          </dd>
        </>
      )}
      {view.monthlyPlans && (
        <>
          <dt>{t('plansTitle')}</dt>
          <dd>
            <FactText fact={view.monthlyPlans} {...note} />
          </dd>
        </>
      )}
    </dl>
  );
}

interface NoteProps {
  provider: string;
  locale: Locale;
  t: PanelTranslate;
}

function ReasonItem({ reason, provider, locale, t }: NoteProps & { reason: Reason }) {
  return (
    <li class={`reason reason-${reason.outcome}`}>
      <span class="mark" aria-hidden="true">
        {OUTCOME_MARK[reason.outcome]}
      </span>
      <span class="visually-hidden">{t(`outcome.${reason.outcome}`)}: </span>
      {localized(reason.text, locale)}
      {reason.pageText && <span class="page-text"> {t('pageSays', { text: reason.pageText })}</span>}
      {reason.confidence !== 'page' && (
        <BasisNote
          basis={reason.confidence}
          source={reason.source}
          note={reason.note}
          provider={provider}
          locale={locale}
          t={t}
        />
      )}
    </li>
  );
}

function FactText({ fact, provider, locale, t }: NoteProps & { fact: Fact<Localized> }) {
  return (
    <>
      {localized(fact.value, locale)}
      <BasisNote
        basis={fact.confidence}
        source={fact.source}
        note={fact.note}
        provider={provider}
        locale={locale}
        t={t}
      />
    </>
  );
}

interface BasisProps extends NoteProps {
  basis: Basis;
  source: Source | undefined;
  note: Localized | undefined;
}

/**
 * "JD has not published this; guides disagree, most say 15 days after delivery. Source ▸": how far
 * the claim can be trusted, in plain words, and a button that shows where it comes from. A fact
 * nothing published backs says it is a guess, and has no source to show.
 */
function BasisNote({ basis, source, note, provider, locale, t }: BasisProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const guess = source?.title.en === NO_SOURCE.title.en;
  const words = guess ? t('basis.assumed', { provider }) : t(`basis.${basis}`, { provider });
  const sentence = note
    ? t('basisWithNote', { basis: words, note: localized(note, locale) })
    : t('basisAlone', { basis: words });
  return (
    <span class={`basis basis-${guess ? 'unverified' : basis}`}>
      {' '}
      {sentence}
      {source && !guess && (
        <>
          {' '}
          <button
            type="button"
            class="source-toggle"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {t('source')}
          </button>
          <span id={id} class="source" hidden={!open}>
            {' '}
            {localized(source.title, locale)}
            {source.url && (
              <>
                {' · '}
                <a href={source.url} target="_blank" rel="noopener noreferrer" title={t('sourceLink')}>
                  {new URL(source.url).host}
                </a>
              </>
            )}
          </span>
        </>
      )}
    </span>
  );
}
