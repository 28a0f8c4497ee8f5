import { todayIn } from '../../lib/dates';
import { evaluate } from '../../lib/eligibility';
import { programById } from '../../lib/programs';
import type { PanelState, ProgramView } from '../../lib/protocol';
import { buildSchedule } from '../../lib/schedule';
import type { TabSession } from './sessions';

/** The panel's view of a tab's checkout: verdicts and schedules are derived on demand, never stored. */
export function panelStateFor(tabId: number, session: TabSession, now: number): PanelState {
  const { signals } = session;
  const programs: ProgramView[] = [];
  for (const option of signals.options) {
    const program = programById(option.program);
    if (!program) continue;
    const verdict = evaluate({ program, option, ...(signals.total !== undefined ? { total: signals.total } : {}) });
    const schedule =
      signals.total !== undefined && verdict.status !== 'ineligible'
        ? buildSchedule(program.schedule.value, { total: signals.total, purchased: todayIn(program.timeZone, now) })
        : [];
    programs.push({
      program: program.id,
      label: option.label,
      status: verdict.status,
      reasons: verdict.reasons,
      schedule,
      scheduleConfidence: program.schedule.confidence,
      tracked: session.trackedBills[program.id] !== undefined,
    });
  }
  return {
    tabId,
    site: signals.site,
    ...(signals.total !== undefined ? { total: signals.total } : {}),
    currency: signals.currency,
    wallets: signals.wallets,
    programs,
    tracked: programs.some((program) => program.tracked),
  };
}
