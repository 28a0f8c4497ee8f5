import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import { isCurrencyCode, toDecimalString } from '../lib/money';
import type { Language, Settings } from '../lib/settings';
import { parseTypedAmount } from './format';
import { useHomeCurrency } from './home-currency';
import { saveSettings } from './settings';

interface Props {
  settings: Settings;
  t: Translate;
  onResult: (message: string) => void;
}

type Reminders = Settings['reminders'];

function parseDays(text: string): number[] | null {
  const parts = text
    .split(/[,，\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 10 || !parts.every((part) => /^\d{1,2}$/.test(part) && Number(part) <= 30)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
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

  const setLanguage = (language: Language) => {
    saveSettings({ language }).catch(() => onResult(t('actionFailed')));
  };

  const quiet = reminders.quietHours;
  return (
    <>
      <fieldset class="settings-group">
        <legend>{t('languageTitle')}</legend>
        <select
          aria-label={t('languageTitle')}
          value={settings.language}
          onChange={(event) => setLanguage(event.currentTarget.value as Language)}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </fieldset>
      <form class="settings-form" onSubmit={save}>
        <fieldset class="settings-group">
          <legend>{t('remindersTitle')}</legend>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={reminders.enabled}
              onChange={(event) => setReminders({ ...reminders, enabled: event.currentTarget.checked })}
            />
            {t('remindersEnabled')}
          </label>
          <label>
            {t('reminderDaysBefore')}
            <input value={days} onInput={(event) => setDays(event.currentTarget.value)} />
          </label>
          <label>
            {t('reminderTime')}
            <input
              type="time"
              required
              value={reminders.time}
              onInput={(event) => setReminders({ ...reminders, time: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('reminderOverdue')}
            <input
              type="number"
              min={0}
              max={30}
              required
              value={reminders.overdueDays}
              onInput={(event) =>
                setReminders({
                  ...reminders,
                  overdueDays: Math.min(30, Math.max(0, Math.trunc(Number(event.currentTarget.value) || 0))),
                })
              }
            />
          </label>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={quiet.enabled}
              onChange={(event) =>
                setReminders({ ...reminders, quietHours: { ...quiet, enabled: event.currentTarget.checked } })
              }
            />
            {t('quietHours')}
          </label>
          <div class="form-row">
            <label>
              {t('quietFrom')}
              <input
                type="time"
                required
                value={quiet.start}
                onInput={(event) =>
                  setReminders({ ...reminders, quietHours: { ...quiet, start: event.currentTarget.value } })
                }
              />
            </label>
            <label>
              {t('quietTo')}
              <input
                type="time"
                required
                value={quiet.end}
                onInput={(event) =>
                  setReminders({ ...reminders, quietHours: { ...quiet, end: event.currentTarget.value } })
                }
              />
            </label>
          </div>
        </fieldset>
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
