import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { Correction, parseCorrections, readOf, withCorrection } from '../../lib/corrections';
import { todayIn } from '../../lib/dates';
import { effectiveRule } from '../../lib/profile';
import { dueZone, programById } from '../../lib/programs';
import { termsFor } from '../../lib/programs/terms';
import {
  BillRef,
  BillUpdate,
  CheckoutReport,
  CorrectionRequest,
  DismissRequest,
  Empty,
  ImportRequest,
  InstallmentRef,
  ManualBill,
  PanelKey,
  PanelSize,
  type ProtocolMap,
  ReceivedRequest,
  TrackRequest,
} from '../../lib/protocol';
import { buildSchedule } from '../../lib/schedule';
import { ShopRequest } from '../../lib/shops';
import { siteById } from '../../lib/sites';
import { shopPlatformById } from '../../lib/sites/platforms';
import { CORRECTIONS_KEY } from '../../lib/storage-keys';
import { trackBill } from '../../lib/store/bills';
import {
  addManualBill,
  deleteAllData,
  editBill,
  goodsReceived,
  importEntries,
  markPaid,
  markUnpaid,
  removeBill,
  setDismissed,
  snooze,
} from './bill-actions';
import { db } from './database';
import { handle, rejectSender } from './handle';
import { messenger } from './messenger';
import { recordSubmitted, recordTracked } from './order-sessions';
import { registerOrderHandlers } from './orders';
import { claimedPanelTab, claimPanel, registerPanel } from './panel-claims';
import { panelViewFor } from './panel-state';
import { loadShopper } from './profile';
import { runReminders } from './reminders';
import { contentScriptTab, extensionPage, orderPageTab } from './senders';
import { clearSession, readSession, reportSession, writeSession } from './sessions';
import { addShop, removeShop } from './shops';
import { removeSyncedBills } from './sync';

/**
 * The checkout's address: the one the content script reports if it is on the sender's origin. After
 * history.pushState the sender's URL is still the document's first; the page can move only within
 * its origin, so a reported URL there claims nothing the page could not.
 */
function checkoutUrl(reported: string | undefined, sender: URL): URL | undefined {
  if (reported === undefined) return sender;
  const url = URL.canParse(reported) ? new URL(reported) : undefined;
  return url?.origin === sender.origin ? url : undefined;
}

/** Listeners are added synchronously in main(), so the message that woke the worker is not missed. */
export function registerMessageHandlers(): void {
  handle('reportCheckout', CheckoutReport, async ({ panelKey, ...signals }, sender) => {
    const from = await contentScriptTab(sender);
    const url = from && checkoutUrl(signals.url, from.url);
    // A built-in shop's page by its own adapter; an added shop's by its platform's addresses.
    const site = from?.added ? shopPlatformById(signals.site) : siteById(signals.site);
    if (!from || !url || !site?.isCheckout(url)) rejectSender('reportCheckout');
    await reportSession(
      from.tabId,
      (previous) => ({
        url: url.href,
        signals,
        seenAt: Date.now(),
        // The same checkout re-read (an option toggled) keeps what was tracked from it.
        trackedBills: previous?.url === url.href ? previous.trackedBills : {},
        ...(previous?.url === url.href && previous.submitted ? { submitted: previous.submitted } : {}),
      }),
      panelKey,
    );
  });

  handle('orderSubmitted', TrackRequest, async ({ program }, sender) => {
    const from = await contentScriptTab(sender);
    if (!from) rejectSender('orderSubmitted');
    const session = await readSession(from.tabId);
    // Only a program this checkout offers; the flag asks the shopper, it tracks nothing by itself.
    const offered = session?.signals.options.some(
      (option) => option.program === program && option.state !== 'unavailable',
    );
    if (!session || new URL(session.url).origin !== from.url.origin || !offered) return;
    await writeSession(from.tabId, { ...session, submitted: program });
    // The page that follows names the order: it is this program's bill (see orderPlaced).
    await recordSubmitted(from.tabId, program, Date.now());
  });

  handle('leaveCheckout', Empty, async (_data, sender) => {
    const from = await contentScriptTab(sender);
    if (!from) rejectSender('leaveCheckout');
    await clearSession(from.tabId);
  });

  handle('registerPanel', PanelKey, async ({ key }, sender) => {
    const from = (await contentScriptTab(sender)) ?? orderPageTab(sender);
    if (!from) rejectSender('registerPanel');
    await registerPanel(from.tabId, key);
  });

  handle('claimPanel', PanelKey, async ({ key }, sender) => {
    const tabId = await claimPanel(sender, key);
    if (tabId === undefined) rejectSender('claimPanel');
    return panelViewFor(tabId, Date.now());
  });

  handle('panelResized', PanelSize, async (size, sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender('panelResized');
    await messenger.sendMessage('panelLayout', size, { tabId, frameId: 0 }).catch(() => undefined);
  });

  handle('getPanelState', Empty, async (_data, sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender('getPanelState');
    return panelViewFor(tabId, Date.now());
  });

  handle('correctReading', CorrectionRequest, async ({ program, shows }, sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender('correctReading');
    const session = await readSession(tabId);
    const site = session && siteById(session.signals.site);
    // Only this shop's own programs, on a checkout the tab still shows.
    if (session && site?.programs.includes(program)) {
      const correction = Correction.parse({
        shop: new URL(session.url).origin,
        site: site.id,
        program,
        shows,
        read: readOf(session.signals, program),
        at: Date.now(),
      });
      const stored = await browser.storage.local.get(CORRECTIONS_KEY);
      await browser.storage.local.set({
        [CORRECTIONS_KEY]: withCorrection(parseCorrections(stored[CORRECTIONS_KEY]), correction),
      });
    }
    return panelViewFor(tabId, Date.now());
  });

  handle('stepReport', Empty, async (_data, sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender('stepReport');
    // From the content script that read the page, which alone sees its markup; '' if it cannot answer.
    const report = await messenger.sendMessage('snapshotStep', {}, { tabId, frameId: 0 }).catch(() => '');
    return typeof report === 'string' ? report.slice(0, 40_000) : '';
  });

  handle('track', TrackRequest, async ({ program: programId }, sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender('track');
    const answer = () => panelViewFor(tabId, Date.now());
    const session = await readSession(tabId);
    const program = programById(programId);
    const { signals } = session ?? {};
    if (!session || !signals || !program || signals.total === undefined) return answer();
    const option = signals.options.find((offered) => offered.program === programId);
    if (!option) return answer();
    const now = Date.now();
    const purchased = todayIn(dueZone(program), now);
    const shopper = await loadShopper();
    const { country } = shopper.profile;
    // The order's own market's plan (PayPal Pay in 3 in the UK, monthly where the page says so), as the panel showed it.
    const terms = termsFor(program, {
      currency: signals.currency,
      total: signals.total,
      ...(country ? { country } : {}),
      label: option.label,
    });
    const bill = await trackBill(
      db(),
      {
        site: signals.site,
        program: programId,
        total: signals.total,
        currency: signals.currency,
        purchased,
        ...(signals.merchant ? { merchant: signals.merchant } : {}),
        ...(signals.orderId ? { orderId: signals.orderId } : {}),
        // The shopper's own numbers for this program (options page) set the schedule it is tracked with.
        schedule: buildSchedule(effectiveRule(program, shopper.overrides[programId], terms.schedule.value), {
          total: signals.total,
          purchased,
        }),
      },
      now,
      () => crypto.randomUUID(),
    );
    await writeSession(tabId, { ...session, trackedBills: { ...session.trackedBills, [programId]: bill.id } });
    await recordTracked(tabId, programId, bill.id, now);
    await runReminders(now);
    return answer();
  });

  registerOrderHandlers();
  registerBillHandlers();
}

/** Popup and dashboard → background: changes to bills. Only our own extension pages may ask. */
function registerBillHandlers(): void {
  const fromPage = <K extends keyof ProtocolMap, S extends z.ZodType>(
    type: K,
    schema: S,
    handler: (data: z.output<S>) => Promise<ReturnType<ProtocolMap[K]>>,
  ) =>
    handle(type, schema, (data, sender) => {
      if (!extensionPage(sender)) rejectSender(type);
      return handler(data);
    });
  fromPage('markPaid', InstallmentRef, ({ installmentId }) => markPaid(installmentId));
  fromPage('markUnpaid', InstallmentRef, ({ installmentId }) => markUnpaid(installmentId));
  fromPage('snooze', InstallmentRef, ({ installmentId }) => snooze(installmentId));
  fromPage('dismissReminders', DismissRequest, ({ installmentId, dismissed }) =>
    setDismissed(installmentId, dismissed),
  );
  fromPage('addBill', ManualBill, (bill) => addManualBill(bill));
  fromPage('updateBill', BillUpdate, ({ billId, ...edit }) => editBill(billId, edit));
  fromPage('deleteBill', BillRef, ({ billId }) => removeBill(billId));
  fromPage('confirmReceived', ReceivedRequest, ({ billId, received }) => goodsReceived(billId, received));
  fromPage('importBills', ImportRequest, ({ entries }) => importEntries(entries));
  fromPage('deleteAllData', Empty, () => deleteAllData());
  fromPage('addShop', ShopRequest, ({ origin }) => addShop(origin));
  fromPage('removeShop', ShopRequest, ({ origin }) => removeShop(origin));
  fromPage('removeSyncedBills', Empty, () => removeSyncedBills());
}
