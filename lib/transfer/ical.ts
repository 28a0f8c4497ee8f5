import ical, { ICalAlarmType } from 'ical-generator';
import type { BillWithInstallments } from '../store/bills';

export interface CalendarText {
  /** The calendar's name. */
  readonly name: string;
  /** An event's title, e.g. "京东先用后付：还款 ¥2,399.00". */
  readonly summary: (entry: BillWithInstallments, index: number) => string;
}

/** Seconds before an all-day event's start: its alarm rings at 09:00 the day before. */
const ALARM_BEFORE_SECONDS = 15 * 60 * 60;

/**
 * One all-day event per unpaid installment, each with an alarm, for any calendar app. Paid and
 * cancelled ones are left out: a calendar should not ring for a bill that is settled.
 */
export function toICalendar(entries: readonly BillWithInstallments[], text: CalendarText, now: number): string {
  const calendar = ical({ name: text.name, prodId: { company: 'paylater-lens', product: 'paylater-lens' } });
  for (const entry of entries) {
    entry.installments.forEach((installment, index) => {
      if (installment.status !== 'upcoming') return;
      const summary = text.summary(entry, index);
      calendar.createEvent({
        id: `${installment.id}@paylater-lens`,
        stamp: new Date(now),
        start: installment.due,
        allDay: true,
        summary,
        ...(entry.bill.merchant ? { description: entry.bill.merchant } : {}),
        alarms: [{ type: ICalAlarmType.display, triggerBefore: ALARM_BEFORE_SECONDS, description: summary }],
      });
    });
  }
  return calendar.toString();
}
