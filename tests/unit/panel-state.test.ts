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
    const state = panelStateFrom(session, NOW, { profile: {}, overrides: {}, corrections: [] });
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
    const [paylater] = panelStateFrom(session, NOW, { profile: {}, overrides: {}, corrections: [] }).programs;
    const program = programById('jd-paylater');
    expect(paylater).toMatchObject({
      name: program?.name,
      provider: program?.provider,
      scheduleSource: program?.schedule.source,
      scheduleCaveat: program?.schedule.note,
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
    expect(paylater?.scheduleCaveat).toBeUndefined();
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
    expect(view.checkout).toEqual(panelStateFrom(session, NOW, { profile: {}, overrides: {}, corrections: [] }));
  });
});

describe('panel state on a Western checkout', () => {
  const western = (currency: string, total: number): TabSession => ({
    url: 'https://shop.example/checkouts/cn/abc',
    seenAt: NOW,
    trackedBills: {},
    signals: {
      site: 'jd',
      total,
      currency,
      wallets: [],
      options: [{ program: 'paypal-pay-in-4', label: 'PayPal Pay Later', state: 'unknown' }],
    },
  });

  it('shows the order’s own market: its name, plan, late fees and longer plans, dated in the shopper’s zone', () => {
    vi.stubEnv('TZ', 'Europe/London');
    const [view] = panelStateFrom(western('GBP', 10_000), NOW, {
      profile: {},
      overrides: {},
      corrections: [],
    }).programs;
    vi.unstubAllEnvs();
    expect(view?.name.en).toBe('PayPal Pay in 3');
    expect(view?.schedule.map((part) => [part.due, part.amount])).toEqual([
      ['2026-11-20', 3334],
      ['2026-12-20', 3333],
      ['2027-01-20', 3333],
    ]);
    expect(view?.scheduleConfidence).toBe('official');
    expect(view?.scheduleNote).toBeUndefined();
    expect(view?.overdue[0]?.source.url).toContain('paypal.com/uk');
    expect(view?.creditCheck?.value.en).toContain('soft credit check');
    expect(view?.monthlyPlans).toBeUndefined();
    const [us] = panelStateFrom(western('USD', 24_900), NOW, { profile: {}, overrides: {}, corrections: [] }).programs;
    expect(us?.monthlyPlans?.value.en).toContain('9.99%–35.99% APR');
  });

  it('says so when the terms shown are another country’s', () => {
    const [view] = panelStateFrom(western('EUR', 10_000), NOW, {
      profile: {},
      overrides: {},
      corrections: [],
    }).programs;
    expect(view?.scheduleConfidence).toBe('unverified');
    expect(view?.scheduleNote?.en).toContain('Add your country in your profile');
    const [french] = panelStateFrom(western('EUR', 10_000), NOW, {
      profile: { country: 'FR' },
      overrides: {},
      corrections: [],
    }).programs;
    expect(french?.name.en).toBe('PayPal Pay in 4X');
    expect(french?.schedule).toHaveLength(4);
    expect(french?.scheduleNote).toBeUndefined();
  });

  it('says which programs’ details the shopper left open, ignoring whatever else is stored', async () => {
    await writeSession(3, session);
    await fakeBrowser.storage.local.set({ [PANEL_DETAILS_KEY]: ['jd-baitiao', '<img>', 'jd-baitiao'] });
    expect((await panelViewFor(3, NOW)).openDetails).toEqual(['jd-baitiao']);
    await fakeBrowser.storage.local.set({ [PANEL_DETAILS_KEY]: { 'jd-baitiao': true } });
    expect((await panelViewFor(3, NOW)).openDetails).toEqual([]);
  });
});
