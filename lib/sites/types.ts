import type { ProgramId, SiteId, WalletId } from '../ids';

/** How the page presents a pay-later option. */
export type OptionState = 'selectable' | 'unavailable' | 'unknown';

export interface DetectedOption {
  readonly program: ProgramId;
  /** The option's visible text, trimmed and bounded: shown as text, never as HTML. */
  readonly label: string;
  readonly state: OptionState;
  /** The page's own words for why the option is unavailable (暂不可用, 额度不足, …). */
  readonly reason?: string;
  readonly selected?: boolean;
  /** Set by the background, never by a page: the shopper said what the page shows (see corrections.ts). */
  readonly corrected?: true;
}

/** What a checkout page shows, read from its DOM. Plain data: it crosses into the background. */
export interface CheckoutSignals {
  readonly site: SiteId;
  /** Payable total in minor units; absent when the page shows none we can trust. */
  readonly total?: number;
  readonly currency: string;
  readonly options: readonly DetectedOption[];
  readonly wallets: readonly WalletId[];
  readonly merchant?: string;
  readonly orderId?: string;
  /**
   * The page's address when read. Single-page shops reach the checkout by history.pushState, which
   * the browser's message sender URL (the document's first address) does not follow.
   */
  readonly url?: string;
}

export interface CheckoutReading {
  readonly signals: CheckoutSignals;
  /** The element that lists the ways to pay: observed for changes, and the panel goes after it. */
  readonly paymentStep: Element;
  /** The element showing the payable total: observed too, since a coupon or an installment plan changes it. */
  readonly totalElement?: Element;
}

/** Real URLs that are checkouts, and real URLs of the same shop that are not (product, cart, help). */
export interface SiteExamples {
  readonly checkout: readonly string[];
  readonly notCheckout: readonly string[];
}

/**
 * Where a shop's checkouts are: all the content script declared on every matched page needs, so
 * that its bundle carries no reader (see pages.ts).
 */
export interface SitePages {
  readonly id: SiteId;
  /** Manifest match patterns for the hosts (and paths where precise) this adapter reads. */
  readonly matches: readonly string[];
  /**
   * Where `matches` holds pages that are no checkout (from which a checkout is reached in the page,
   * or beside one), the patterns of the checkouts alone. There the reader is declared itself; on the
   * rest of `matches` a URL check loads it. Left out when every matched page is a checkout.
   */
  readonly checkouts?: readonly string[];
  /** A URL check only: it runs on every matched page, so it must be cheap. */
  isCheckout(url: URL): boolean;
}

export interface SiteAdapter extends SitePages {
  readonly name: { readonly en: string; readonly zh: string };
  /**
   * Words any of this shop's pay-later options contains. A cheap test of whether content the page
   * adds may hold the payment step, before paying for a full read.
   */
  readonly programWords: RegExp;
  /** The programs this shop's checkouts may offer, for the shopper to correct a reading. */
  readonly programs: readonly ProgramId[];
  /** A redacted outline of a reading's payment step, for a report (see report.ts). */
  report(reading: CheckoutReading): string;
  /** Null until the page shows its payment step. `previous`, the last reading, scopes a re-read to its step and total. */
  read(doc: Document, url: URL, previous?: CheckoutReading | null): CheckoutReading | null;
}
