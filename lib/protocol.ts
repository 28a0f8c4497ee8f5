import { z } from 'zod';
import { type Read, SHOWN, type Shown } from './corrections';
import type { CalendarDate } from './dates';
import type { Reason, Status } from './eligibility';
import type { Locale } from './i18n';
import { PROGRAM_IDS, SITE_IDS, WALLET_IDS } from './ids';
import { isCurrencyCode, MAX_MINOR_UNITS } from './money';
import type { OrderState } from './orders/interpret';
import type { BillChange } from './orders/reconcile';
import type { OrderPageKind } from './orders/types';
import type { Confidence, Fact, Localized, Source } from './programs/schema';
import type { DueFrom } from './provenance';
import type { PlannedInstallment } from './schedule';
import type { ShopRequest } from './shops';
import type { CheckoutSignals } from './sites/types';
import { BillEntries, calendarDate as transferDate } from './transfer/schema';

// Everything here arrives from another context, and what a content script sends is only as
// trustworthy as the page it read: bounded strings, bounded arrays, integer money.
//
// Each schema is built when a message first needs it (z.lazy): building them all as the worker
// starts took a third of its script's evaluation, and a checkout's messages need three of them.

const pageText = () => z.string().max(200);
const minorUnits = () => z.number().int().min(0).max(MAX_MINOR_UNITS);
const currency = () => z.string().refine(isCurrencyCode, 'not an ISO 4217 currency');

const panelKey = () => z.string().regex(/^[0-9a-f]{32}$/);

/**
 * A checkout's report: what it shows and, with the first report of a new panel, the key only that
 * panel's frame will be given (one message, not two, when the panel appears).
 */
export const CheckoutReport = z.lazy(() =>
  z
    .object({
      site: z.enum(SITE_IDS),
      total: minorUnits().optional(),
      currency: currency(),
      options: z
        .array(
          z
            .object({
              program: z.enum(PROGRAM_IDS),
              label: pageText(),
              state: z.enum(['selectable', 'unavailable', 'unknown']),
              reason: pageText().optional(),
              selected: z.boolean().optional(),
            })
            .strict(),
        )
        .max(PROGRAM_IDS.length),
      wallets: z.array(z.enum(WALLET_IDS)).max(WALLET_IDS.length),
      merchant: pageText().optional(),
      orderId: z.string().max(64).optional(),
      url: z.string().max(2048).optional(),
      panelKey: panelKey().optional(),
    })
    .strict(),
);

export const PanelSize = z.lazy(() => z.object({ height: z.number().min(0).max(10_000) }).strict());
export const TrackRequest = z.lazy(() => z.object({ program: z.enum(PROGRAM_IDS) }).strict());
/** The shopper says what the checkout really shows of a program. */
export const CorrectionRequest = z.lazy(() =>
  z.object({ program: z.enum(PROGRAM_IDS), shows: z.enum(SHOWN) }).strict(),
);
/** The random key (128 bits, hex) that binds a panel frame to the content script that created it. */
export const PanelKey = z.lazy(() => z.object({ key: panelKey() }).strict());
const installmentRef = () => z.object({ installmentId: z.string().min(1).max(100) }).strict();
export const InstallmentRef = z.lazy(installmentRef);
export const Empty = z.lazy(() => z.undefined().or(z.null()).or(z.object({}).strict()));

// Order pages (order-page content script → background): the page's words, bounded; the background interprets them.
const factText = () => z.string().max(80);
export const OrdersReport = z.lazy(() =>
  z
    .object({
      /** The reader's id (`jd-list`): the background checks it is the one for the page's address. */
      page: z.string().max(40),
      orders: z
        .array(
          z
            .object({
              orderId: z.string().regex(/^[0-9][0-9-]{5,40}$/, 'not an order number'),
              payment: factText().min(1),
              amount: factText().optional(),
              state: factText().optional(),
              placed: factText().optional(),
              received: factText().optional(),
              deadline: factText().optional(),
              settlement: factText().optional(),
              merchant: factText().optional(),
            })
            .strict(),
        )
        .max(100),
      url: z.string().max(2048),
    })
    .strict(),
);
const orderRef = () => z.object({ orderId: z.string().min(1).max(41) }).strict();
export const OrderRef = z.lazy(orderRef);
export const OrderLink = z.lazy(() =>
  orderRef()
    .extend({ billId: z.string().min(1).max(100) })
    .strict(),
);
export const UpdateRef = z.lazy(() => z.object({ updateId: z.string().min(1).max(100) }).strict());

// Bills and reminders (popup and dashboard → background).
const billRef = () => z.object({ billId: z.string().min(1).max(100) }).strict();
export const BillRef = z.lazy(billRef);
export const DismissRequest = z.lazy(() => installmentRef().extend({ dismissed: z.boolean() }).strict());
export const ManualBill = z.lazy(() =>
  z
    .object({
      program: z.enum(PROGRAM_IDS),
      merchant: pageText().optional(),
      total: minorUnits().min(1),
      currency: currency(),
      purchased: transferDate,
      due: transferDate,
      notes: z.string().max(2000).optional(),
    })
    .strict()
    .refine((bill) => bill.due >= bill.purchased, { path: ['due'], message: 'before the purchase date' }),
);
export const BillUpdate = z.lazy(() =>
  billRef()
    .extend({
      merchant: pageText().optional(),
      notes: z.string().max(2000).optional(),
      orderId: z.string().max(64).optional(),
      installments: z
        .array(z.object({ id: z.string().min(1).max(100), due: transferDate, amount: minorUnits() }).strict())
        .max(120)
        .optional(),
    })
    .strict(),
);
export const ReceivedRequest = z.lazy(() => billRef().extend({ received: transferDate }).strict());
export const ImportRequest = z.lazy(() => z.object({ entries: BillEntries }).strict());

/**
 * What the panel shows for one program on this checkout, worked out and worded by the background:
 * the panel only renders it, so its bundle carries no program data, rules or validation.
 */
export interface ProgramView {
  readonly program: (typeof PROGRAM_IDS)[number];
  /** The option's words on the page. */
  readonly label: string;
  readonly name: Localized;
  readonly provider: Localized;
  readonly status: Status;
  readonly reasons: readonly Reason[];
  readonly schedule: readonly PlannedInstallment[];
  /** How far the schedule's rule can be trusted; `shopper` when the shopper's own numbers set it. */
  readonly scheduleConfidence: Confidence | 'shopper';
  /** Where the schedule's rule comes from; absent when the shopper's own numbers set it. */
  readonly scheduleSource?: Source;
  /** Said beside the schedule when it is not this order's own terms (another country's, a shorter plan). */
  readonly scheduleNote?: Localized;
  /** What is uncertain about the schedule's rule, in plain words; absent when the shopper's own numbers set it. */
  readonly scheduleCaveat?: Localized;
  /** The purchase day in the zone the due dates are in, that the schedule counts from ("first payment today"). */
  readonly purchased: CalendarDate;
  readonly overdue: readonly Fact<Localized>[];
  readonly whereToPay: Fact<Localized>;
  /** Whether and how the provider checks credit. */
  readonly creditCheck?: Fact<Localized>;
  /** The longer monthly plans beside the main one, in words. */
  readonly monthlyPlans?: Fact<Localized>;
  readonly tracked: boolean;
}

export interface PanelState {
  readonly site: (typeof SITE_IDS)[number];
  readonly total?: number;
  readonly currency: string;
  readonly wallets: readonly (typeof WALLET_IDS)[number][];
  readonly programs: readonly ProgramView[];
  readonly tracked: boolean;
  /** The program the shopper placed the order with on this page: the panel offers (never does) tracking. */
  readonly submitted?: (typeof PROGRAM_IDS)[number];
  /** This shop's programs, for the shopper to say what the page really shows ("Not right?"). */
  readonly correctable: readonly CorrectableProgram[];
}

export interface CorrectableProgram {
  readonly program: (typeof PROGRAM_IDS)[number];
  readonly name: Localized;
  /** What the extension read on the page. */
  readonly read: Read;
  /** What the shopper said it shows, where that still applies. */
  readonly shows?: Shown;
}

/** A bill an order on the page may be, for the shopper to choose. */
export interface CandidateView {
  readonly billId: string;
  readonly purchased: string;
  readonly total: number;
  readonly currency: string;
  readonly merchant?: string;
}

/** One pay-later order the page shows, as the panel shows it (`data-state` and the rest of the contract). */
export interface OrderRowView {
  readonly orderId: string;
  readonly program: (typeof PROGRAM_IDS)[number];
  readonly name: Localized;
  readonly amount?: number;
  readonly currency: string;
  /** The tracked bill's next due date, or what the page gives for an untracked order. */
  readonly due?: string;
  readonly dueFrom?: DueFrom;
  readonly state: 'untracked' | 'tracked' | 'paid';
  readonly orderState?: OrderState;
  /** The order is cancelled: nothing is owed. */
  readonly cancelled: boolean;
  /** One click tracks it: unpaid, not tracked, with an amount. */
  readonly trackable: boolean;
  /** Bills it may be, when that is for the shopper to say. */
  readonly candidates: readonly CandidateView[];
}

/** What an order page changed in a tracked bill, with undo. */
export interface OrderChangeView {
  readonly id: string;
  readonly orderId: string;
  readonly name: Localized;
  readonly currency: string;
  readonly changes: readonly BillChange[];
  readonly undone: boolean;
}

export interface OrdersView {
  readonly site: (typeof SITE_IDS)[number];
  readonly siteName: Localized;
  readonly kind: OrderPageKind;
  readonly rows: readonly OrderRowView[];
  readonly changes: readonly OrderChangeView[];
}

/**
 * What the panel frame is sent: its tab's checkout (null when there is none) in the shopper's
 * language, or, on an order page, its orders (absent elsewhere).
 */
export interface PanelView {
  readonly locale: Locale;
  readonly checkout: PanelState | null;
  /** The programs whose details the shopper last left open: the panel opens them again. */
  readonly openDetails: readonly (typeof PROGRAM_IDS)[number][];
  readonly orders?: OrdersView;
}

/** The one message protocol between content script, extension pages and background. */
export interface ProtocolMap {
  /** Content script → background: the checkout this tab shows now (and a new panel's key). */
  reportCheckout(data: CheckoutSignals & { panelKey?: string }): void;
  /** Content script → background: this tab left its checkout (single-page navigation). */
  leaveCheckout(data: Record<string, never>): void;
  /** Content script → background: the shopper submitted the order with this program selected. */
  orderSubmitted(data: z.input<typeof TrackRequest>): void;
  /** Content script → background: the key only its own panel frame will be given (on an order page, or a reload). */
  registerPanel(data: z.input<typeof PanelKey>): void;
  /**
   * Panel → background: this frame was given the key, so it is the tab's panel (rejected otherwise).
   * Answers what the panel shows, so it renders without asking again.
   */
  claimPanel(data: z.input<typeof PanelKey>): PanelView;
  /** Panel → background: the panel's own tab's checkout, with verdicts. */
  getPanelState(data: Record<string, never>): PanelView;
  /** Panel → background: the shopper says what this checkout shows of a program; answers the corrected view. */
  correctReading(data: z.input<typeof CorrectionRequest>): PanelView;
  /** Panel → background → the tab's content script: a redacted outline of the payment step, for a report. */
  stepReport(data: Record<string, never>): string;
  /** Background → the panel's tab's content script: the outline stepReport asks for ('' when no step is read). */
  snapshotStep(data: Record<string, never>): string;
  /** Panel → background: track the bill for one program of this tab's checkout. */
  track(data: z.input<typeof TrackRequest>): PanelView;
  /** Popup or dashboard → background. */
  markPaid(data: z.input<typeof InstallmentRef>): void;
  markUnpaid(data: z.input<typeof InstallmentRef>): void;
  /** No reminder about this installment for a day. */
  snooze(data: z.input<typeof InstallmentRef>): void;
  /** Stop (or resume) reminders about this installment. */
  dismissReminders(data: z.input<typeof DismissRequest>): void;
  /** A bill the shopper enters by hand; answers its id. */
  addBill(data: z.input<typeof ManualBill>): string;
  updateBill(data: z.input<typeof BillUpdate>): void;
  deleteBill(data: z.input<typeof BillRef>): void;
  /** The goods arrived: recompute a receipt-based schedule from that day. */
  confirmReceived(data: z.input<typeof ReceivedRequest>): void;
  /** Writes validated bills in one transaction; answers how many. */
  importBills(data: z.input<typeof ImportRequest>): number;
  /** Deletes every bill, reminder, setting and session, and forgets the added shops. */
  deleteAllData(data: Record<string, never>): void;
  /** Popup or dashboard → background, once the browser granted the shop's origin: read its checkouts. */
  addShop(data: z.input<typeof ShopRequest>): void;
  /** Dashboard → background: stop reading the shop and give its permission back. */
  removeShop(data: z.input<typeof ShopRequest>): void;
  /** Dashboard → background: remove this browser's bills from sync storage (on turning sync off); answers how many. */
  removeSyncedBills(data: Record<string, never>): number;
  /** Panel → background: the frame's content height. (Firefox gives framed extension pages no tabs API.) */
  panelResized(data: z.input<typeof PanelSize>): void;
  /** Background → a tab's panel frame: its checkout changed, ask again. */
  panelStateChanged(data: Record<string, never>): void;
  /** Background → the panel's tab's content script: the height to give the frame. */
  panelLayout(data: z.input<typeof PanelSize>): void;
  /** Order-page content script → background: the pay-later orders this page shows; answers how many rows the panel has. */
  reportOrders(data: z.input<typeof OrdersReport>): { rows: number };
  /** Order-page content script → background: this tab left its order page. */
  leaveOrders(data: Record<string, never>): void;
  /** Order-page content script → background: this page follows placing an order and names it (in its address). */
  orderPlaced(data: Record<string, never>): void;
  /** Orders panel → background: track one order the page shows (a new bill, if it has none). */
  trackOrder(data: z.input<typeof OrderRef>): PanelView;
  /** Orders panel → background: track every untracked, unpaid order the page shows. */
  trackAllOrders(data: Record<string, never>): PanelView;
  /** Orders panel → background: the shopper says which bill this order is. */
  linkOrder(data: z.input<typeof OrderLink>): PanelView;
  /** Orders panel → background: undo what the page changed in a bill. */
  undoOrderUpdate(data: z.input<typeof UpdateRef>): PanelView;
}
