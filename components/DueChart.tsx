import type { CalendarDate } from '../lib/dates';
import type { Locale, Translate } from '../lib/i18n';
import type { WeekTotal } from '../lib/store/upcoming';
import { money } from './format';

interface Props {
  weeks: readonly WeekTotal[];
  locale: Locale;
  t: Translate;
}

const WIDTH = 640;
const HEIGHT = 180;
const BAR_GAP = 6;
const LABEL_HEIGHT = 20;

/** What is due in each of the next 12 weeks, one bar chart per currency, in plain SVG. */
export function DueChart({ weeks, locale, t }: Props) {
  const currencies = [...new Set(weeks.flatMap((week) => [...week.totals.keys()]))].sort();
  if (currencies.length === 0) return <p class="muted">{t('chartEmpty')}</p>;
  return (
    <>
      {currencies.map((currency) => (
        <CurrencyChart key={currency} currency={currency} weeks={weeks} locale={locale} t={t} />
      ))}
    </>
  );
}

function shortDate(date: CalendarDate): string {
  return date.slice(5).replace('-', '/');
}

function CurrencyChart({ currency, weeks, locale, t }: Props & { currency: string }) {
  const values = weeks.map((week) => week.totals.get(currency) ?? 0);
  const max = Math.max(...values, 1);
  const barWidth = WIDTH / weeks.length - BAR_GAP;
  const plot = HEIGHT - LABEL_HEIGHT * 2;
  const titleId = `chart-${currency}`;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
        width="100%"
      >
        <title id={titleId}>{`${t('chartTitle')} (${currency})`}</title>
        {weeks.map((week, index) => {
          const value = values[index] ?? 0;
          const height = Math.round((value / max) * plot);
          const x = index * (barWidth + BAR_GAP) + BAR_GAP / 2;
          const label = t('chartWeek', { date: week.start, amount: money(value, currency, locale) });
          return (
            <g key={week.start}>
              <title>{label}</title>
              <rect
                class={value > 0 ? 'bar' : 'bar bar-empty'}
                x={x}
                y={LABEL_HEIGHT + plot - height}
                width={barWidth}
                height={Math.max(height, 1)}
                rx={3}
              />
              <text class="chart-label" x={x + barWidth / 2} y={HEIGHT - 4} text-anchor="middle">
                {shortDate(week.start)}
              </text>
            </g>
          );
        })}
        <text class="chart-label" x={4} y={14}>
          {money(max, currency, locale)}
        </text>
      </svg>
      {/* The same numbers as a table, for screen readers and for copying. */}
      <table class="visually-hidden">
        <caption>{`${t('chartTitle')} (${currency})`}</caption>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={week.start}>
              <th scope="row">{week.start}</th>
              <td>{money(values[index] ?? 0, currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
