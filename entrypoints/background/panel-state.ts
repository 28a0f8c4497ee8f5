import { todayIn } from '../../lib/dates';
import { evaluate } from '../../lib/eligibility';
import { effectiveRule, overridesSchedule } from '../../lib/profile';
import { programById } from '../../lib/programs';
import type { PanelState, ProgramView } from '../../lib/protocol';
import { buildSchedule } from '../../lib/schedule';
import { loadShopper, type Shopper } from './profile';
import type { TabSession } from './sessions';

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
    programs.push({
      program: program.id,
      label: option.label,
      status: verdict.status,
      reasons: verdict.reasons,
      schedule,
      scheduleConfidence: overridesSchedule(program, override) ? 'shopper' : program.schedule.confidence,
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

/** As `panelStateFrom`, with the shopper's profile and overrides as stored now. */
export async function panelStateFor(session: TabSession, now: number): Promise<PanelState> {
  return panelStateFrom(session, now, await loadShopper());
}
