import { addDays, addMonths, type CalendarDate, dayOfMonth, withDayOfMonth } from './dates';
import { splitEvenly } from './money';
import type { ScheduleRule } from './programs/schema';

export interface PlannedInstallment {
  /** 1-based position in the plan. */
  readonly sequence: number;
  readonly due: CalendarDate;
  /** Minor units; the plan's amounts add up exactly to the total. */
  readonly amount: number;
  /** True while the date rests on a guess (e.g. the delivery day) rather than a known event. */
  readonly estimated: boolean;
}

export interface ScheduleInput {
  /** Minor units. */
  readonly total: number;
  /** The purchase day in the program's time zone. */
  readonly purchased: CalendarDate;
  /** The day the shopper confirmed receipt, for rules that count from it. */
  readonly received?: CalendarDate;
}

/** The statement a purchase lands on: this month's if made before the statement day, else next month's. */
export function statementDate(purchased: CalendarDate, statementDay: number): CalendarDate {
  const thisMonths = withDayOfMonth(purchased, statementDay);
  return dayOfMonth(purchased) < dayOfMonth(thisMonths)
    ? thisMonths
    : withDayOfMonth(addMonths(purchased, 1), statementDay);
}

/**
 * The statement's due date: later in the statement's month when the due day comes on or after the
 * statement day (花呗: 1st → 9th), else in the month after (a card: 20th → 10th). Decided on the
 * rule's days, not the clamped dates, so a short February cannot make a bill due on its statement day.
 */
function statementDue(statement: CalendarDate, statementDay: number, dueDay: number): CalendarDate {
  return withDayOfMonth(dueDay >= statementDay ? statement : addMonths(statement, 1), dueDay);
}

/**
 * The payments a rule makes of a purchase. Calendar dates only, so the browser's time zone and
 * daylight-saving changes cannot move a day.
 */
export function buildSchedule(rule: ScheduleRule, input: ScheduleInput): PlannedInstallment[] {
  const { total, purchased } = input;
  switch (rule.kind) {
    case 'days-after-purchase':
      return [{ sequence: 1, due: addDays(purchased, rule.days), amount: total, estimated: false }];
    case 'days-after-receipt': {
      const received = input.received ?? addDays(purchased, rule.expectedDeliveryDays);
      return [
        { sequence: 1, due: addDays(received, rule.days), amount: total, estimated: input.received === undefined },
      ];
    }
    case 'monthly-statement': {
      const statement = statementDate(purchased, rule.statementDay);
      return splitEvenly(total, rule.count ?? 1).map((amount, index) => ({
        sequence: index + 1,
        // Each part on a statement of its own, a month apart, due on the rule's day of each.
        due: statementDue(
          withDayOfMonth(addMonths(statement, index), rule.statementDay),
          rule.statementDay,
          rule.dueDay,
        ),
        amount,
        estimated: false,
      }));
    }
    case 'installments': {
      const skip = rule.first === 'one-interval' ? 1 : 0;
      return splitEvenly(total, rule.count).map((amount, index) => ({
        sequence: index + 1,
        due: addDays(purchased, (index + skip) * rule.intervalDays),
        amount,
        // The shipping day is not known at checkout: the purchase day stands in for it.
        estimated: rule.first === 'shipment',
      }));
    }
    case 'monthly-installments': {
      const skip = rule.first === 'one-month' ? 1 : 0;
      return splitEvenly(total, rule.count).map((amount, index) => ({
        sequence: index + 1,
        // Counted from the purchase day each time, so the 31st falls on each month's last day and
        // comes back to the 31st: never drifting to the 28th after February.
        due: addMonths(purchased, index + skip),
        amount,
        estimated: false,
      }));
    }
  }
}
