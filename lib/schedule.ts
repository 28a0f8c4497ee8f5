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
  readonly total: number;
  readonly purchased: CalendarDate;
  /** The day the shopper confirmed receipt, for rules that count from it. */
  readonly received?: CalendarDate;
}

/** The first statement date strictly after a purchase made on or after the statement day. */
function statementDate(purchased: CalendarDate, statementDay: number): CalendarDate {
  const thisMonths = withDayOfMonth(purchased, statementDay);
  return dayOfMonth(purchased) < dayOfMonth(thisMonths)
    ? thisMonths
    : withDayOfMonth(addMonths(purchased, 1), statementDay);
}

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
      const sameMonthDue = withDayOfMonth(statement, rule.dueDay);
      const due = sameMonthDue > statement ? sameMonthDue : withDayOfMonth(addMonths(statement, 1), rule.dueDay);
      return [{ sequence: 1, due, amount: total, estimated: false }];
    }
    case 'installments': {
      const first = rule.firstAtPurchase ? purchased : addDays(purchased, rule.intervalDays);
      return splitEvenly(total, rule.count).map((amount, index) => ({
        sequence: index + 1,
        due: addDays(first, index * rule.intervalDays),
        amount,
        estimated: false,
      }));
    }
  }
}
