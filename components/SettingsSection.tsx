import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import { isCurrencyCode, toDecimalString } from '../lib/money';
import type { Settings } from '../lib/settings';
import { parseTypedAmount } from './format';
import { useHomeCurrency } from './home-currency';
import { LanguageField } from './LanguageField';
import { parseDays, ReminderFields, type Reminders } from './ReminderFields';
import { saveSettings } from './settings';

interface Props {
  settings: Settings;
  t: Translate;
  onResult: (message: string) => void;
}

/** Reminder times, quiet hours, language and budget; saved to storage, where the background follows them. */
export function SettingsSection({ settings, t, onResult }: Props) {
  const [reminders, setReminders] = useState<Reminders>(settings.reminders);
  const [days, setDays] = useState(settings.reminders.daysBefore.join(', '));
  const [budget, setBudget] = useState(settings.budget ? toDecimalString(settings.budget) : '');
  const home = useHomeCurrency();
  const [chosenCurrency, setBudgetCurrency] = useState<string | null>(settings.budget?.currency ?? null);
  const budgetCurrency = chosenCurrency ?? home;
  const [error, setError] = useState<string | null>(null);

  // Follow changes saved elsewhere (another tab, an import) while nothing is being edited here.
  useEffect(() => {
    setReminders(settings.reminders);
    setDays(settings.reminders.daysBefore.join(', '));
    setBudget(settings.budget ? toDecimalString(settings.budget) : '');
    setBudgetCurrency(settings.budget?.currency ?? null);
  }, [settings]);

  const save = async (event: Event) => {
    event.preventDefault();
    const daysBefore = parseDays(days);
    if (daysBefore === null) return setError(t('invalidDays'));
    if (budget.trim() !== '' && !isCurrencyCode(budgetCurrency)) return setError(t('invalidCurrency'));
    const amount = budget.trim() === '' ? null : parseTypedAmount(budget, budgetCurrency);
    if (amount === null && budget.trim() !== '') return setError(t('invalidAmount'));
    setError(null);
    try {
      await saveSettings({
        reminders: { ...reminders, daysBefore },
        budget: amount === null ? null : { amount, currency: budgetCurrency },
      });
      onResult(t('settingsSaved'));
    } catch {
      onResult(t('actionFailed'));
    }
  };

  return (
    <>
      <LanguageField language={settings.language} t={t} onResult={onResult} />
      <form class="settings-form" onSubmit={save}>
        <ReminderFields reminders={reminders} days={days} t={t} onChange={setReminders} onDays={setDays} />
        <fieldset class="settings-group">
          <legend>{t('budgetTitle')}</legend>
          <div class="form-row">
            <label>
              {t('budgetAmount')}
              <input
                inputMode="decimal"
                value={budget}
                placeholder={t('budgetNone')}
                onInput={(event) => setBudget(event.currentTarget.value)}
              />
            </label>
            <label>
              {t('fieldCurrency')}
              <input
                maxLength={3}
                pattern="[A-Z]{3}"
                value={budgetCurrency}
                onInput={(event) => setBudgetCurrency(event.currentTarget.value.toUpperCase())}
              />
            </label>
          </div>
        </fieldset>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </form>
    </>
  );
}
