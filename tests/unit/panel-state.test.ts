import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelStateFrom, panelViewFor } from '../../entrypoints/background/panel-state';
import { type TabSession, writeSession } from '../../entrypoints/background/sessions';
import { calendarDate, instantAt } from '../../lib/dates';
import { programById } from '../../lib/programs';
import { OVERRIDES_KEY, PANEL_DETAILS_KEY, PROFILE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';

// 00:30 on 21 November in Shanghai is still the 20th in UTC and in Los Angeles: the day is Shanghai's.
const NOW = instantAt(calendarDate('2026-11-21'), '00:30', 'Asia/Shanghai');

const session: TabSession = {
  url: 'https://trade.jd.com/shopping/order/getOrderInfo.action',
  seenAt: NOW,
  trackedBills: {},
  signals: {
    site: 'jd',
    total: 239_900,
    currency: 'CNY',
    wallets: [],
    options: [
      { program: 'jd-paylater', label: '先用后付', state: 'selectable' },
      { program: 'jd-baitiao', label: '京东白条', state: 'unknown' },
    ],
  },
};

/** The panel's checkout for a tab showing `session`, as the background answers it. */
async function storedState() {
  await writeSession(3, session);
  const { checkout } = await panelViewFor(3, NOW);
  if (!checkout) throw new Error('no checkout in the panel’s view');
  return checkout;
}

describe('panel state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('dates schedules in the program’s zone and labels them with the rule’s confidence', () => {
    const state = panelStateFrom(session, NOW, { profile: {}, overrides: {} });
    expect(
      state.programs.map(({ program, status, schedule, scheduleConfidence }) => ({
        program,
        status,
        due: schedule[0]?.due,
        scheduleConfidence,
      })),
    ).toEqual([
      { program: 'jd-paylater', status: 'eligible', due: '2026-12-06', scheduleConfidence: 'unverified' },
      { program: 'jd-baitiao', status: 'unknown', due: '2026-12-21', scheduleConfidence: 'reported' },
    ]);
  });

  it('carries the program facts the panel shows, each with its source', () => {
    const [paylater] = panelStateFrom(session, NOW, { profile: {}, overrides: {} }).programs;
    const program = programById('jd-paylater');
    expect(paylater).toMatchObject({
      name: program?.name,
      provider: program?.provider,
      scheduleSource: program?.schedule.source,
      scheduleNote: program?.schedule.note,
      purchased: '2026-11-21',
      overdue: program?.overdue,
      whereToPay: program?.whereToPay,
    });
  });

  it('follows the shopper’s stored numbers and drops the schedule of what cannot be used', async () => {
    await fakeBrowser.storage.local.set({
      [PROFILE_KEY]: { jdPlus: false },
      [OVERRIDES_KEY]: { 'jd-paylater': { days: 7 }, 'jd-baitiao': { creditLimit: 100_000 } },
    });
    const state = await storedState();
    const [paylater, baitiao] = state.programs;
    expect(paylater).toMatchObject({ status: 'eligible', scheduleConfidence: 'shopper' });
    // The shopper's own numbers set the schedule: no rule's source stands behind it.
    expect(paylater?.scheduleSource).toBeUndefined();
    expect(paylater?.scheduleNote).toBeUndefined();
    expect(paylater?.schedule[0]?.due).toBe('2026-11-28');
    expect(baitiao).toMatchObject({ status: 'ineligible', schedule: [] });
  });

  it('ignores a malformed stored profile rather than failing the panel', async () => {
    await fakeBrowser.storage.local.set({
      [PROFILE_KEY]: 'nonsense',
      [OVERRIDES_KEY]: { 'jd-baitiao': { days: 'x' } },
    });
    const state = await storedState();
    expect(state.programs[1]).toMatchObject({ status: 'unknown', scheduleConfidence: 'reported' });
  });

  it('answers the tab’s checkout, or none, in the language chosen in the options or else the browser’s', async () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('zh-CN');
    expect(await panelViewFor(3, NOW)).toEqual({ locale: 'zh-CN', checkout: null, openDetails: [] });
    await writeSession(3, session);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    const view = await panelViewFor(3, NOW);
    expect(view.locale).toBe('en');
    expect(view.checkout).toEqual(panelStateFrom(session, NOW, { profile: {}, overrides: {} }));
  });

  it('says which programs’ details the shopper left open, ignoring whatever else is stored', async () => {
    await writeSession(3, session);
    await fakeBrowser.storage.local.set({ [PANEL_DETAILS_KEY]: ['jd-baitiao', '<img>', 'jd-baitiao'] });
    expect((await panelViewFor(3, NOW)).openDetails).toEqual(['jd-baitiao']);
    await fakeBrowser.storage.local.set({ [PANEL_DETAILS_KEY]: { 'jd-baitiao': true } });
    expect((await panelViewFor(3, NOW)).openDetails).toEqual([]);
  });
});
