import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { daysBetween, todayIn } from '../lib/dates';
import { type Locale, localized } from '../lib/i18n';
import { formatMoney } from '../lib/money';
import { programById } from '../lib/programs';
import { unpaidInstallments } from '../lib/store/bills';
import { type Installment, openDatabase } from '../lib/store/db';
import { messenger } from './client';
import { type Translate, translator, useLocale } from './locale';

type Load = { kind: 'loading' } | { kind: 'ready'; installments: Installment[] } | { kind: 'unavailable' };

function daysUntil(installment: Installment, now: number): number {
  const timeZone = programById(installment.program)?.timeZone ?? 'Asia/Shanghai';
  return daysBetween(todayIn(timeZone, now), installment.due);
}

export function Popup() {
  const locale = useLocale();
  const t = translator(locale);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [undo, setUndo] = useState<string | null>(null);

  useEffect(() => {
    // Reads go straight to the database (fast, no worker wake-up); writes go through the background.
    let db: ReturnType<typeof openDatabase>;
    try {
      db = openDatabase();
    } catch {
      setLoad({ kind: 'unavailable' });
      return;
    }
    const subscription = liveQuery(() => unpaidInstallments(db)).subscribe({
      next: (installments) => setLoad({ kind: 'ready', installments }),
      error: () => setLoad({ kind: 'unavailable' }),
    });
    return () => subscription.unsubscribe();
  }, []);

  const markPaid = async (installmentId: string) => {
    await messenger.sendMessage('markPaid', { installmentId });
    setUndo(installmentId);
  };

  const undoPaid = async () => {
    if (undo === null) return;
    await messenger.sendMessage('markUnpaid', { installmentId: undo });
    setUndo(null);
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <span class="muted small">{t('appName')}</span>
      </header>
      {load.kind === 'unavailable' && (
        <p class="error" role="alert">
          {t('storageUnavailable')}
        </p>
      )}
      {load.kind === 'ready' && load.installments.length === 0 && (
        <div class="empty">
          <p>
            <strong>{t('emptyTitle')}</strong>
          </p>
          <p class="muted">{t('emptyBody')}</p>
        </div>
      )}
      {load.kind === 'ready' && load.installments.length > 0 && (
        <ul class="installments">
          {load.installments.map((installment) => (
            <InstallmentRow key={installment.id} installment={installment} locale={locale} t={t} onPaid={markPaid} />
          ))}
        </ul>
      )}
      <div class="toast" role="status" aria-live="polite">
        {undo !== null && (
          <>
            {t('paidUndo')}{' '}
            <button type="button" onClick={undoPaid}>
              {t('undo')}
            </button>
          </>
        )}
      </div>
    </main>
  );
}

interface RowProps {
  installment: Installment;
  locale: Locale;
  t: Translate;
  onPaid: (id: string) => void;
}

function InstallmentRow({ installment, locale, t, onPaid }: RowProps) {
  const program = programById(installment.program);
  const days = daysUntil(installment, Date.now());
  const amount = formatMoney({ amount: installment.amount, currency: installment.currency }, locale);
  const when =
    days < 0 ? t('overdue') : days === 0 ? t('dueToday') : days === 1 ? t('dueTomorrow') : t('dueInDays', { days });
  return (
    <li
      class="installment"
      data-installment={installment.id}
      data-program={installment.program}
      data-due={installment.due}
      data-amount={String(installment.amount)}
      data-currency={installment.currency}
    >
      <div class="installment-main">
        <span class="program-name">{program ? localized(program.name, locale) : installment.program}</span>
        <span class="amount">{amount}</span>
      </div>
      <div class="installment-meta">
        <span class={`badge ${days < 0 ? 'badge-overdue' : days <= 3 ? 'badge-soon' : 'badge-later'}`}>{when}</span>
        <span class="muted">{t('dueOn', { date: installment.due })}</span>
        {installment.estimated && <span class="tag">{t('estimated')}</span>}
        <button
          type="button"
          data-action="mark-paid"
          aria-label={t('markPaidLabel', { amount, date: installment.due })}
          onClick={() => onPaid(installment.id)}
        >
          {t('markPaid')}
        </button>
      </div>
    </li>
  );
}
