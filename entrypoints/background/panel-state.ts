import { browser } from 'wxt/browser';
import { applyCorrections, readOf } from '../../lib/corrections';
import { localTimeZone, todayIn } from '../../lib/dates';
import { evaluate } from '../../lib/eligibility';
import { parseOpenDetails } from '../../lib/panel-details';
import { effectiveRule, overridesSchedule } from '../../lib/profile';
import { dueZone, programById } from '../../lib/programs';
import { describeMonthlyPlans, termsFor } from '../../lib/programs/terms';
import type { PanelState, PanelView, ProgramView } from '../../lib/protocol';
import { buildSchedule } from '../../lib/schedule';
import { siteById } from '../../lib/sites';
import { PANEL_DETAILS_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { ordersViewFor } from './orders-view';
import { SHOPPER_KEYS, type Shopper, shopperFrom } from './profile';
import { readSession, type TabSession } from './sessions';
import { localeFrom } from './settings';

/** The panel's view of a tab's checkout: verdicts and schedules are derived on demand, never stored. */
export function panelStateFrom(session: TabSession, now: number, shopper: Shopper): PanelState {
  const shop = new URL(session.url).origin;
  const { signals, corrected } = applyCorrections(session.signals, shop, shopper.corrections);
  const programs: ProgramView[] = [];
  // Asked once: the engine works the zone out afresh on every call.
  const shopperZone = localTimeZone();
  for (const option of signals.options) {
    const program = programById(option.program);
    if (!program) continue;
    const override = shopper.overrides[program.id];
    const { country } = shopper.profile;
    const terms = termsFor(program, {
      currency: signals.currency,
      ...(signals.total !== undefined ? { total: signals.total } : {}),
      ...(country ? { country } : {}),
      label: option.label,
    });
    const purchased = todayIn(dueZone(program, shopperZone), now);
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
        ? buildSchedule(effectiveRule(program, override, terms.schedule.value), { total: signals.total, purchased })
        : [];
    const shoppersSchedule = overridesSchedule(program, override);
    programs.push({
      program: program.id,
      label: option.label,
      name: terms.name,
      provider: program.provider,
      status: verdict.status,
      reasons: verdict.reasons,
      schedule,
      scheduleConfidence: shoppersSchedule ? 'shopper' : terms.schedule.confidence,
      ...(shoppersSchedule ? {} : { scheduleSource: terms.schedule.source }),
      ...(terms.note ? { scheduleNote: terms.note } : {}),
      ...(!shoppersSchedule && terms.schedule.note ? { scheduleCaveat: terms.schedule.note } : {}),
      purchased,
      overdue: terms.overdue,
      whereToPay: program.whereToPay,
      ...(program.creditCheck ? { creditCheck: program.creditCheck } : {}),
      ...(terms.monthlyPlans ? { monthlyPlans: describeMonthlyPlans(terms.monthlyPlans) } : {}),
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
    correctable: (siteById(signals.site)?.programs ?? []).flatMap((id) => {
      const program = programById(id);
      const shows = corrected[id];
      return program
        ? [{ program: id, name: program.name, read: readOf(session.signals, id), ...(shows ? { shows } : {}) }]
        : [];
    }),
  };
}

/**
 * What a tab's panel shows now: its checkout, if any, with the shopper's profile, numbers,
 * language and open details as stored; or, on an order page, its orders.
 */
export async function panelViewFor(tabId: number, now: number): Promise<PanelView> {
  // One read of storage.local for everything the panel's view depends on.
  const [session, stored] = await Promise.all([
    readSession(tabId),
    browser.storage.local.get([...SHOPPER_KEYS, SETTINGS_KEY, PANEL_DETAILS_KEY]),
  ]);
  const locale = localeFrom(stored);
  const openDetails = parseOpenDetails(stored[PANEL_DETAILS_KEY]);
  if (session) return { locale, checkout: panelStateFrom(session, now, shopperFrom(stored)), openDetails };
  const orders = await ordersViewFor(tabId, now);
  return { locale, checkout: null, openDetails, ...(orders ? { orders } : {}) };
}
