import type { ProgramId, SiteId } from '../../lib/ids';

/** What a shopper sees a pay-later option as, on the page itself. */
export type PageState = 'offered' | 'unavailable' | 'unknown';

/**
 * One page of the detection corpus (tests/fixtures/corpus/<site>/<name>.html) and what a shopper
 * sees on it. Written from the page, never from what the reader happens to return.
 */
export interface CorpusPage {
  /** Path under tests/fixtures/corpus without `.html`, e.g. `jd/checkout-label-for`. */
  readonly page: string;
  /** The real address the page stands for; the e2e server serves it at this host and path. */
  readonly url: string;
  readonly site: SiteId;
  /**
   * `checkout`: a payment step is in the HTML as served. `late`: the payment step is drawn by the
   * page's own script after load (the HTML as served, without running scripts, shows no step).
   * `trap`: program names appear only outside any payment step; never a panel.
   */
  readonly kind: 'checkout' | 'late' | 'trap';
  /** How the payment step (or the trap) is built, in a few words: the structure this page stands for. */
  readonly structure: string;
  /** Null: no panel. Otherwise the payable total in minor units (null if the page shows none) and every program the payment step shows. */
  readonly expected: null | {
    readonly total: number | null;
    readonly programs: Partial<Record<ProgramId, PageState>>;
  };
  /**
   * A page at an order page's address (DESIGN.md, order pages) is one the orders panel reads: the
   * pay-later orders a shopper sees on it, by number, program and amount (minor units; null if none shows).
   */
  readonly orders?: readonly { readonly order: string; readonly program: ProgramId; readonly amount: number | null }[];
}
