import { useState } from 'preact/hooks';
import { localTimeZone, todayIn } from '../lib/dates';
import type { Locale, Translate } from '../lib/i18n';
import type { BillWithInstallments } from '../lib/store/bills';
import { MAX_IMPORT_BYTES, parseImport, toCsv, toICalendar, toJsonBackup } from '../lib/transfer';
import { messenger } from './client';
import { money, programName } from './format';

interface Props {
  entries: readonly BillWithInstallments[];
  locale: Locale;
  t: Translate;
  onResult: (message: string) => void;
}

/** The dashboard opens with this hash after deleting everything, to say so. */
export const DELETED_HASH = '#deleted';

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export, import (validated, previewed, then written at once) and deleting everything. */
export function DataSection({ entries, locale, t, onResult }: Props) {
  const [preview, setPreview] = useState<BillWithInstallments[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const stamp = todayIn(localTimeZone(), Date.now());

  const exportAs = (kind: 'ics' | 'csv' | 'json') => {
    const now = Date.now();
    if (kind === 'json') download(toJsonBackup(entries, now), 'application/json', `paylater-lens-${stamp}.json`);
    if (kind === 'csv') download(`\uFEFF${toCsv(entries)}`, 'text/csv', `paylater-lens-${stamp}.csv`);
    if (kind === 'ics') {
      const text = toICalendar(
        entries,
        {
          name: t('appName'),
          summary: ({ bill, installments }, index) => {
            const row = installments[index];
            return t('calendarEvent', {
              program: programName(bill.program, locale),
              amount: row ? money(row.amount, row.currency, locale) : '',
            });
          },
        },
        now,
      );
      download(text, 'text/calendar', `paylater-lens-${stamp}.ics`);
    }
  };

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPreview(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setProblem(t('importUnreadable', { message: 'file too large' }));
    const result = parseImport(await file.text());
    if (result.ok) return setPreview(result.value);
    const { row, field, message } = result.problem;
    setProblem(row > 0 ? t('importError', { row, field, message }) : t('importUnreadable', { message }));
  };

  const confirmImport = async () => {
    if (!preview) return;
    try {
      const count = await messenger.sendMessage('importBills', { entries: preview });
      onResult(t('importDone', { count }));
      setPreview(null);
    } catch {
      setProblem(t('actionFailed'));
    }
  };

  const deleteEverything = async () => {
    try {
      await messenger.sendMessage('deleteAllData', {});
      // Start afresh, and say what happened.
      location.hash = DELETED_HASH;
      location.reload();
    } catch {
      onResult(t('actionFailed'));
    }
  };

  return (
    <>
      <p class="muted">{t('dataLocal')}</p>
      <div class="button-row">
        <button type="button" data-action="export-ics" onClick={() => exportAs('ics')}>
          {t('exportIcs')}
        </button>
        <button type="button" data-action="export-csv" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" data-action="export-json" onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
      </div>
      <label class="file">
        {t('importFile')}
        <input type="file" accept=".json,.csv,application/json,text/csv" data-action="import-file" onChange={choose} />
      </label>
      {problem && (
        <p class="error" role="alert" data-testid="import-error">
          {problem}
        </p>
      )}
      {preview && (
        <div class="import-preview" data-testid="import-preview">
          <p>
            {t('importPreview', {
              count: preview.length,
              installments: preview.reduce((sum, entry) => sum + entry.installments.length, 0),
            })}
          </p>
          <ul class="small">
            {preview.slice(0, 10).map(({ bill }) => (
              <li key={bill.id}>
                {programName(bill.program, locale)} · {money(bill.total, bill.currency, locale)} · {bill.purchased}
                {bill.merchant ? ` · ${bill.merchant}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setPreview(null)}>
            {t('cancel')}
          </button>
          <button type="button" class="primary" data-action="confirm-import" onClick={confirmImport}>
            {t('importConfirm')}
          </button>
        </div>
      )}
      <div class="danger-zone">
        {confirmDelete ? (
          <fieldset class="confirm">
            <legend>{t('confirmDeleteAll')}</legend>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('cancel')}
            </button>
            <button type="button" class="danger" data-action="confirm-delete-all" onClick={deleteEverything}>
              {t('confirmDeleteAllYes')}
            </button>
          </fieldset>
        ) : (
          <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirmDelete(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>
    </>
  );
}
