import { useState } from 'preact/hooks';
import { type Locale, localized } from '../lib/i18n/core';
import type { PanelTranslate } from '../lib/i18n/panel';
import { SHOWN, type Shown } from '../lib/ids';
import type { CorrectableProgram, PanelView } from '../lib/protocol';
import { messenger } from './client';

interface Props {
  correctable: readonly CorrectableProgram[];
  locale: Locale;
  t: PanelTranslate;
  onView: (view: PanelView) => void;
}

/** The page's reading as the shopper's form shows it: what they said, else what was read. */
function chosen(program: CorrectableProgram): Shown | undefined {
  if (program.shows) return program.shows;
  return program.read === 'unknown' ? undefined : program.read;
}

/**
 * "Not right?": the shopper says what the checkout really shows of each of the shop's programs, and
 * the verdict follows at once; and a redacted report of the payment step, to copy (never sent).
 */
export function PanelCorrections({ correctable, locale, t, onView }: Props) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [report, setReport] = useState<{ text: string; copied: boolean } | undefined>();

  const correct = async (program: CorrectableProgram['program'], shows: Shown) => {
    setFailed(false);
    try {
      onView(await messenger.sendMessage('correctReading', { program, shows }));
    } catch {
      setFailed(true);
    }
  };

  const copyReport = async () => {
    const text = await messenger.sendMessage('stepReport', {}).catch(() => '');
    let copied = false;
    if (text) {
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // A frame may not be allowed the clipboard: the report is shown to copy by hand.
      }
    }
    setReport({ text, copied });
  };

  return (
    <div class="panel-actions">
      <div class="panel-action-buttons">
        <button
          type="button"
          class="link-button"
          aria-expanded={open}
          aria-controls="panel-corrections"
          data-action="not-right"
          onClick={() => setOpen(!open)}
        >
          {t('notRight')}
        </button>
        <button type="button" class="link-button" data-action="copy-report" onClick={() => void copyReport()}>
          {t('copyReport')}
        </button>
      </div>
      {report && (
        <div class="report" role="status">
          {!report.text ? (
            <p class="muted small">{t('reportNone')}</p>
          ) : (
            // The report is shown as well as copied: the shopper sees exactly what it holds.
            <label class="muted small">
              {t(report.copied ? 'reportCopied' : 'reportBelow')}
              <textarea readOnly rows={6} data-report={report.copied ? 'copied' : 'text'} value={report.text} />
            </label>
          )}
        </div>
      )}
      {open && (
        <div id="panel-corrections" class="corrections">
          <p class="corrections-title">{t('correctTitle')}</p>
          {correctable.map((program) => (
            <fieldset key={program.program} data-correct={program.program}>
              <legend>{localized(program.name, locale)}</legend>
              {SHOWN.map((shows) => (
                <label key={shows}>
                  <input
                    type="radio"
                    name={`correct-${program.program}`}
                    value={shows}
                    checked={chosen(program) === shows}
                    onChange={() => void correct(program.program, shows)}
                  />
                  {t(`shows.${shows}`)}
                </label>
              ))}
            </fieldset>
          ))}
          {failed && (
            <p class="error" role="alert">
              {t('correctFailed')}
            </p>
          )}
          <p class="muted small">{t('correctNote')}</p>
        </div>
      )}
    </div>
  );
}
