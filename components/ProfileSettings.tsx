import { useId, useState } from 'preact/hooks';
import { countryName } from '../lib/countries';
import { type Locale, localized, type Translate, translator } from '../lib/i18n';
import { COUNTRY_CODES } from '../lib/ids';
import {
  AGE_BANDS,
  bandRange,
  PROFILE_QUESTIONS,
  Profile,
  type ProfileQuestion,
  parseProfile,
  ResidenceCountry,
  SCORE_BANDS,
  type ScoreBand,
} from '../lib/profile';
import { PROFILE_KEY } from '../lib/storage-keys';
import { useLocale } from './locale';
import { updateStoredValue, useStoredValue } from './shopper-storage';

type Status = 'saved' | 'failed' | null;

function bandLabel(band: ScoreBand, t: Translate): string {
  const [low, high] = bandRange(band);
  if (band === SCORE_BANDS[0]) return t('bandBelow', { score: high + 1 });
  if (band === SCORE_BANDS[SCORE_BANDS.length - 1]) return t('bandFrom', { score: low });
  return `${low}–${high}`;
}

/** The select's value for an answer: '' for none, 'yes' / 'no', or a band. */
function choiceOf(answer: Profile[keyof Profile]): string {
  if (answer === undefined) return '';
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  return answer;
}

function answerOf(question: ProfileQuestion, choice: string): Profile[keyof Profile] {
  if (choice === '') return undefined;
  switch (question.answer) {
    case 'yes-no':
      return choice === 'yes';
    case 'band':
      return SCORE_BANDS.find((band) => band === choice);
    case 'age':
      return AGE_BANDS.find((band) => band === choice);
    case 'country':
      return ResidenceCountry.options.find((country) => country === choice);
  }
}

/** The choices a question offers, as value and label, in the shopper's language. */
function choices(question: ProfileQuestion, t: Translate, locale: Locale): readonly [string, string][] {
  switch (question.answer) {
    case 'yes-no':
      return [
        ['yes', t('answerYes')],
        ['no', t('answerNo')],
      ];
    case 'band':
      return SCORE_BANDS.map((band) => [band, bandLabel(band, t)]);
    case 'age':
      return AGE_BANDS.map((band) => [band, t(`age.${band}`)]);
    case 'country':
      return [
        ...COUNTRY_CODES.map((code): [string, string] => [code, countryName(code, locale)]).sort(([, a], [, b]) =>
          a.localeCompare(b, locale),
        ),
        ['other', t('countryOther')],
      ];
  }
}

/**
 * The shopper's optional answers (real-name verification, JD PLUS, 芝麻分 band, …), each with why it
 * is asked. Stored in storage.local only; the background reads them for the checkout verdicts.
 */
export function ProfileSettings() {
  const locale = useLocale();
  const t = translator(locale);
  const profile = useStoredValue(PROFILE_KEY, parseProfile);
  const [status, setStatus] = useState<Status>(null);
  const id = useId();

  const write = async (change: (current: Profile) => Profile) => {
    try {
      await updateStoredValue(PROFILE_KEY, parseProfile, (current) => Profile.parse(change(current)));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const answer = (question: ProfileQuestion, choice: string) =>
    write((current) => {
      const { [question.key]: _previous, ...rest } = current;
      const value = answerOf(question, choice);
      return value === undefined ? rest : { ...rest, [question.key]: value };
    });

  return (
    <section class="profile-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('aboutYouTitle')}</h3>
      <p class="muted small">{t('profileIntro')}</p>
      {PROFILE_QUESTIONS.map((question) => {
        const field = `${id}-${question.key}`;
        return (
          <div class="question" key={question.key}>
            <label for={field}>{localized(question.question, locale)}</label>{' '}
            <select
              id={field}
              aria-describedby={`${field}-why`}
              value={choiceOf(profile[question.key])}
              onChange={(event) => void answer(question, event.currentTarget.value)}
            >
              <option value="">{t('answerUnset')}</option>
              {choices(question, t, locale).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <p id={`${field}-why`} class="muted small">
              {t('whyWeAsk', { why: localized(question.why, locale) })}
            </p>
          </div>
        );
      })}
      <button type="button" onClick={() => void write(() => ({}))} disabled={Object.keys(profile).length === 0}>
        {t('profileClear')}
      </button>
      <p role="status" class={status === 'failed' ? 'error' : 'muted small'}>
        {status === 'saved' ? t('profileSaved') : status === 'failed' ? t('saveFailed') : ''}
      </p>
    </section>
  );
}
