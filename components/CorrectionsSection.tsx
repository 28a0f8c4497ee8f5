import { useId } from 'preact/hooks';
import { parseCorrections, withoutCorrection } from '../lib/corrections';
import { translator } from '../lib/i18n';
import { localized } from '../lib/i18n/core';
import { programById } from '../lib/programs';
import { CORRECTIONS_KEY } from '../lib/storage-keys';
import { useLocale } from './locale';
import { updateStoredValue, useStoredValue } from './shopper-storage';

/**
 * What the shopper told the panel a checkout really shows ("Not right?"), per shop and program,
 * each with undo. Stored in storage.local only.
 */
export function CorrectionsSection() {
  const locale = useLocale();
  const t = translator(locale);
  const corrections = useStoredValue(CORRECTIONS_KEY, parseCorrections);
  const id = useId();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section class="corrections-list" aria-labelledby={`${id}-title`} data-testid="corrections">
      <h3 id={`${id}-title`}>{t('correctionsTitle')}</h3>
      {corrections.length === 0 ? (
        <p class="muted small">{t('correctionsEmpty')}</p>
      ) : (
        <ul>
          {corrections.map((correction) => {
            const program = programById(correction.program);
            return (
              <li key={`${correction.shop} ${correction.program}`} data-correction={correction.program}>
                <span>
                  {t('correctionLine', {
                    shop: new URL(correction.shop).host,
                    program: program ? localized(program.name, locale) : correction.program,
                    shows: t(`correctionShows.${correction.shows}`),
                    date: date.format(correction.at),
                  })}
                </span>{' '}
                <button
                  type="button"
                  data-action="undo-correction"
                  onClick={() =>
                    void updateStoredValue(CORRECTIONS_KEY, parseCorrections, (list) =>
                      withoutCorrection(list, correction.shop, correction.program),
                    )
                  }
                >
                  {t('undo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
