import { useState } from 'preact/hooks';
import { type CalendarDate, isCalendarDate, localTimeZone, todayIn } from '../lib/dates';
import type { Locale, Translate } from '../lib/i18n';
import { PROGRAM_IDS, type ProgramId } from '../lib/ids';
import { messenger } from './client';
import { parseTypedAmount, programName } from './format';
import { useHomeCurrency } from './home-currency';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD', 'HKD', 'JPY', 'SEK'] as const;

interface Props {
  locale: Locale;
  t: Translate;
  onDone: (added: boolean) => void;
}

/** A bill the shopper enters by hand: a plan, an amount and the day it is due. */
export function AddBillForm({ locale, t, onDone }: Props) {
  const today = todayIn(localTimeZone(), Date.now());
  const [program, setProgram] = useState<ProgramId>('jd-paylater');
  const [amount, setAmount] = useState('');
  const home = useHomeCurrency();
  const [chosenCurrency, setCurrency] = useState<string | null>(null);
  const currency = chosenCurrency ?? home;
  const [purchased, setPurchased] = useState<string>(today);
  const [due, setDue] = useState('');
  const [merchant, setMerchant] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const total = parseTypedAmount(amount, currency);
    if (total === null || total === 0) return setError(t('invalidAmount'));
    if (!isCalendarDate(due) || !isCalendarDate(purchased)) return setError(t('invalidDate'));
    if (due < purchased) return setError(t('invalidDue'));
    setBusy(true);
    try {
      await messenger.sendMessage('addBill', {
        program,
        total,
        currency,
        purchased: purchased as CalendarDate,
        due: due as CalendarDate,
        ...(merchant.trim() ? { merchant: merchant.trim().slice(0, 200) } : {}),
      });
      onDone(true);
    } catch {
      setError(t('actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add-bill" onSubmit={submit} aria-labelledby="add-bill-title">
      <h2 id="add-bill-title">{t('addBill')}</h2>
      <label>
        {t('fieldProgram')}
        <select value={program} onChange={(event) => setProgram(event.currentTarget.value as ProgramId)}>
          {PROGRAM_IDS.map((id) => (
            <option key={id} value={id}>
              {programName(id, locale)}
            </option>
          ))}
        </select>
      </label>
      <div class="form-row">
        <label>
          {t('fieldAmount')}
          <input
            inputMode="decimal"
            required
            value={amount}
            placeholder="199.00"
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('fieldCurrency')}
          <select value={currency} onChange={(event) => setCurrency(event.currentTarget.value)}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-row">
        <label>
          {t('fieldPurchased')}
          <input type="date" required value={purchased} onInput={(event) => setPurchased(event.currentTarget.value)} />
        </label>
        <label>
          {t('fieldDue')}
          <input type="date" required value={due} onInput={(event) => setDue(event.currentTarget.value)} />
        </label>
      </div>
      <label>
        {t('fieldMerchant')}
        <input maxLength={200} value={merchant} onInput={(event) => setMerchant(event.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" onClick={() => onDone(false)}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
