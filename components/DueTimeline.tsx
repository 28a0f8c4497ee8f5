import type { CalendarDate } from '../lib/dates';
import type { Locale, Translate } from '../lib/i18n';
import type { Installment } from '../lib/store/db';
import { money, programName } from './format';

interface Props {
  /** Unpaid installments, earliest first. */
  installments: readonly Installment[];
  locale: Locale;
  t: Translate;
  /** The last day shown. */
  until: CalendarDate;
}

/** Due dates as a timeline: one entry per day that has something due, each linking to its bills. */
export function DueTimeline({ installments, locale, t, until }: Props) {
  const days = new Map<CalendarDate, Installment[]>();
  for (const row of installments) {
    if (row.due > until) break;
    const list = days.get(row.due) ?? [];
    list.push(row);
    days.set(row.due, list);
  }
  if (days.size === 0) return <p class="muted">{t('timelineEmpty')}</p>;
  return (
    <ol class="timeline">
      {[...days].map(([day, rows]) => (
        <li key={day} class="timeline-day">
          <time dateTime={day} class="timeline-date">
            {day}
          </time>
          <ul>
            {rows.map((row) => (
              <li key={row.id}>
                <a href={`#bill-${row.billId}`}>
                  {programName(row.program, locale)} · {money(row.amount, row.currency, locale)}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
