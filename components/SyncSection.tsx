import { useId, useMemo, useState } from 'preact/hooks';
import type { Locale, Translate } from '../lib/i18n';
import type { BillWithInstallments } from '../lib/store/bills';
import {
  parseSyncPrefs,
  parseSyncStatus,
  SYNC_PREFS_KEY,
  SYNC_STATUS_KEY,
  type SyncPrefs,
  type SyncStatus,
} from '../lib/sync/status';
import { messenger } from './client';
import { money, programName } from './format';
import { updateStoredValue, useStoredValue } from './shopper-storage';

interface Props {
  entries: readonly BillWithInstallments[];
  locale: Locale;
  t: Translate;
  onResult: (message: string) => void;
}

/**
 * The sync switches (off by default) and, while sync is on, what the background last reported:
 * when changes last arrived, how much of the browser's quota is used, which bills stay here and
 * why, and what in sync storage could not be read. The background does the syncing.
 */
export function SyncSection({ entries, locale, t, onResult }: Props) {
  const prefs = useStoredValue(SYNC_PREFS_KEY, parseSyncPrefs);
  const status = useStoredValue(SYNC_STATUS_KEY, parseSyncStatus);
  const [offerRemoval, setOfferRemoval] = useState(false);
  const id = useId();

  const save = async (change: Partial<SyncPrefs>) => {
    try {
      await updateStoredValue(SYNC_PREFS_KEY, parseSyncPrefs, (current) => ({ ...current, ...change }));
      if (change.enabled !== undefined) setOfferRemoval(!change.enabled);
    } catch {
      onResult(t('saveFailed'));
    }
  };

  const removeBills = async () => {
    try {
      const count = await messenger.sendMessage('removeSyncedBills', {});
      setOfferRemoval(false);
      onResult(t('syncRemoved', { count }));
    } catch {
      onResult(t('actionFailed'));
    }
  };

  const service = t(import.meta.env.FIREFOX ? 'syncServiceFirefox' : 'syncServiceChrome');
  return (
    <fieldset class="settings-group sync" data-testid="sync">
      <legend>{t('syncTitle')}</legend>
      <label class="checkbox">
        <input
          type="checkbox"
          data-setting="sync"
          aria-describedby={`${id}-explain`}
          checked={prefs.enabled}
          onChange={(event) => void save({ enabled: event.currentTarget.checked })}
        />
        {t('syncEnabled')}
      </label>
      <p id={`${id}-explain`} class="muted small sync-explain">
        {t('syncExplain', { service })}
      </p>
      <label class="checkbox">
        <input
          type="checkbox"
          data-setting="sync-profile"
          aria-describedby={`${id}-profile`}
          checked={prefs.profile}
          disabled={!prefs.enabled}
          onChange={(event) => void save({ profile: event.currentTarget.checked })}
        />
        {t('syncProfile')}
      </label>
      <p id={`${id}-profile`} class="muted small sync-explain">
        {t('syncProfileExplain')}
      </p>
      {offerRemoval && !prefs.enabled && (
        <div class="confirm" data-testid="sync-off">
          <p>{t('syncOffQuestion')}</p>
          <div class="button-row">
            <button type="button" data-action="sync-keep" onClick={() => setOfferRemoval(false)}>
              {t('syncOffKeep')}
            </button>
            <button type="button" class="danger" data-action="sync-remove" onClick={removeBills}>
              {t('syncOffRemove')}
            </button>
          </div>
        </div>
      )}
      {prefs.enabled && status && <SyncState status={status} entries={entries} locale={locale} t={t} />}
    </fieldset>
  );
}

function SyncState({
  status,
  entries,
  locale,
  t,
}: {
  status: SyncStatus;
  entries: readonly BillWithInstallments[];
  locale: Locale;
  t: Translate;
}) {
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const size = useMemo(() => {
    const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
    // Intl spells a byte out ("50 byte"): B reads better beside kB.
    const bytes = new Intl.NumberFormat(locale);
    return (count: number) => (count < 1024 ? `${bytes.format(count)} B` : kilobytes.format(count / 1024));
  }, [locale]);
  const bills = useMemo(() => new Map(entries.map((entry) => [entry.bill.id, entry.bill])), [entries]);
  const share = (status.bytesUsed / status.quotaBytes) * 100;
  // A few bills are well under 1 %: say so rather than "0 %".
  const percent = share > 0 && share < 1 ? '<1' : String(Math.round(share));
  const retry = status.retryAt === undefined ? '' : time.format(status.retryAt);
  return (
    <div class="sync-status" data-testid="sync-status" role="status" aria-live="polite">
      <p data-testid="sync-last-received">
        {status.lastReceived === undefined
          ? t('syncNothingReceived')
          : t('syncLastReceived', { time: time.format(status.lastReceived) })}
      </p>
      <p>
        <meter
          min={0}
          max={status.quotaBytes}
          high={status.quotaBytes * 0.8}
          value={status.bytesUsed}
          aria-label={t('syncUsageLabel')}
        />{' '}
        <span data-testid="sync-usage">
          {t('syncUsage', {
            used: size(status.bytesUsed),
            quota: size(status.quotaBytes),
            percent,
            items: status.itemsUsed,
            maxItems: status.quotaItems,
          })}
        </span>
      </p>
      {status.error && (
        <p class="error" data-testid="sync-error">
          {t(
            status.error === 'quota' ? 'syncErrorQuota' : status.error === 'rate' ? 'syncErrorRate' : 'syncErrorOther',
            {
              time: retry,
            },
          )}
        </p>
      )}
      {!status.error && status.pending > 0 && <p>{t('syncWaiting', { count: status.pending, time: retry })}</p>}
      {status.oldPaid > 0 && <p data-testid="sync-old-paid">{t('syncOldPaid', { count: status.oldPaid })}</p>}
      {status.notSyncedCount > 0 && (
        <>
          <h4>{t('syncNotSyncedTitle')}</h4>
          <ul class="small" data-testid="sync-not-synced">
            {status.notSynced.map(({ id, reason }) => {
              const bill = bills.get(id);
              return (
                <li key={id} data-not-synced={id} data-reason={reason}>
                  {bill ? (
                    <a href={`#bill-${id}`}>
                      {programName(bill.program, locale)} · {money(bill.total, bill.currency, locale)}
                      {bill.merchant ? ` · ${bill.merchant}` : ''} · {bill.purchased}
                    </a>
                  ) : (
                    id
                  )}
                  : {t(`syncReason.${reason}`)}
                </li>
              );
            })}
            {status.notSyncedCount > status.notSynced.length && (
              <li>{t('syncMore', { count: status.notSyncedCount - status.notSynced.length })}</li>
            )}
          </ul>
        </>
      )}
      {status.skippedCount > 0 && (
        <details data-testid="sync-skipped">
          <summary>{t('syncSkipped', { count: status.skippedCount })}</summary>
          <ul class="small">
            {status.skipped.map(({ key, problem }) => (
              <li key={key}>
                <code>{key}</code>: {problem}
              </li>
            ))}
          </ul>
        </details>
      )}
      {status.newer > 0 && <p class="muted small">{t('syncNewer', { count: status.newer })}</p>}
    </div>
  );
}
