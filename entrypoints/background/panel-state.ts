import { todayIn } from '../../lib/dates';
import { evaluate } from '../../lib/eligibility';
import { effectiveRule, overridesSchedule } from '../../lib/profile';
import { programById } from '../../lib/programs';
import type { PanelState, PanelView, ProgramView } from '../../lib/protocol';
import { buildSchedule } from '../../lib/schedule';
import { ordersViewFor } from './orders-view';
import { loadShopper, type Shopper } from './profile';
import { readSession, type TabSession } from './sessions';
import { loadLocale } from './settings';

/** The panel's view of a tab's checkout: verdicts and schedules are derived on demand, never stored. */
export function panelStateFrom(session: TabSession, now: number, shopper: Shopper): PanelState {
  const { signals } = session;
  const programs: ProgramView[] = [];
  for (const option of signals.options) {
    const program = programById(option.program);
    if (!program) continue;
    const override = shopper.overrides[program.id];
    const verdict = evaluate({
      program,
      option,
      currency: signals.currency,
      profile: shopper.profile,
      ...(signals.total !== undefined ? { total: signals.total } : {}),
      ...(override ? { override } : {}),
    });
    const schedule =
      signals.total !== undefined && verdict.status !== 'ineligible'
        ? buildSchedule(effectiveRule(program, override), {
            total: signals.total,
            purchased: todayIn(program.timeZone, now),
          })
        : [];
    const shoppersSchedule = overridesSchedule(program, override);
    programs.push({
      program: program.id,
      label: option.label,
      name: program.name,
      provider: program.provider,
      status: verdict.status,
      reasons: verdict.reasons,
      schedule,
      scheduleConfidence: shoppersSchedule ? 'shopper' : program.schedule.confidence,
      ...(shoppersSchedule ? {} : { scheduleSource: program.schedule.source }),
      overdue: program.overdue,
      whereToPay: program.whereToPay,
      tracked: session.trackedBills[program.id] !== undefined,
    });
  }
  return {
    site: signals.site,
    ...(signals.total !== undefined ? { total: signals.total } : {}),
    currency: signals.currency,
    wallets: signals.wallets,
    programs,
    tracked: programs.some((program) => program.tracked),
    ...(session.submitted ? { submitted: session.submitted } : {}),
  };
}

/**
 * What a tab's panel shows now: its checkout, if any, with the shopper's profile, numbers and
 * language as stored; or, on an order page, its orders.
 */
export async function panelViewFor(tabId: number, now: number): Promise<PanelView> {
  const [session, shopper, locale] = await Promise.all([readSession(tabId), loadShopper(), loadLocale()]);
  if (session) return { locale, checkout: panelStateFrom(session, now, shopper) };
  const orders = await ordersViewFor(tabId, now);
  return { locale, checkout: null, ...(orders ? { orders } : {}) };
}
