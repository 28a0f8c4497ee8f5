import type { Translate } from '../lib/i18n';
import type { Settings } from '../lib/settings';

export type Reminders = Settings['reminders'];

/** Whole days before the due day, as typed ("3, 1, 0"; Chinese commas too): null when not 0–30, at most 10. */
export function parseDays(text: string): number[] | null {
  const parts = text
    .split(/[,，\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 10 || !parts.every((part) => /^\d{1,2}$/.test(part) && Number(part) <= 30)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

interface Props {
  reminders: Reminders;
  /** The days before the due day as typed, checked with parseDays on save. */
  days: string;
  t: Translate;
  onChange: (reminders: Reminders) => void;
  onDays: (days: string) => void;
}

/** When to be reminded: on or off, the days before, the time, overdue reminders and quiet hours (dashboard, welcome page). */
export function ReminderFields({ reminders, days, t, onChange, onDays }: Props) {
  const quiet = reminders.quietHours;
  return (
    <fieldset class="settings-group">
      <legend>{t('remindersTitle')}</legend>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={reminders.enabled}
          onChange={(event) => onChange({ ...reminders, enabled: event.currentTarget.checked })}
        />
        {t('remindersEnabled')}
      </label>
      <label>
        {t('reminderDaysBefore')}
        <input value={days} onInput={(event) => onDays(event.currentTarget.value)} />
      </label>
      <label>
        {t('reminderTime')}
        <input
          type="time"
          required
          value={reminders.time}
          onInput={(event) => onChange({ ...reminders, time: event.currentTarget.value })}
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
            onChange({
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
            onChange({ ...reminders, quietHours: { ...quiet, enabled: event.currentTarget.checked } })
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
            onInput={(event) => onChange({ ...reminders, quietHours: { ...quiet, start: event.currentTarget.value } })}
          />
        </label>
        <label>
          {t('quietTo')}
          <input
            type="time"
            required
            value={quiet.end}
            onInput={(event) => onChange({ ...reminders, quietHours: { ...quiet, end: event.currentTarget.value } })}
          />
        </label>
      </div>
    </fieldset>
  );
}
