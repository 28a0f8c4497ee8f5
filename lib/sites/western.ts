import type { ProgramPattern, WalletPattern } from './dom';

// English names of the Western pay-later programs and wallets, shared by every Western shop. Each
// pattern is an alternation of plain words with their usual spellings (the reader joins patterns
// into one search and drops their flags, so case variants are spelt out). A lookahead only narrows
// a word: "Zip" is the provider, "Zip code" and "ZIP:" the address form beside it.

// Klarna also takes payments at once (Sofort, Pay now, Lastschrift): an option named only so is not
// its pay-later program. Shopify's "Klarna - Sofort oder später bezahlen" offers both, and is.
const KLARNA: ProgramPattern = {
  program: 'klarna',
  pattern: /Klarna/,
  payNow: {
    words:
      /Sofort|Pay now|Pay in full|Lastschrift|Direct debit|Überweisung|Jetzt bezahlen|Betaal nu|Betala direkt|Betal nå|Betal nu|Maksa nyt|Payer maintenant|Paga ora|Paga ahora|Pagar ahora/i,
    unless:
      /later|später|Rechnung|Raten|\d+\s*(?:days|Tage|dagen|dagar|dage|päivä)|instal|Pay in \d|Slice|Financ|Finanz|Faktura|Delbetal|achteraf|factuur|flexib|credit|Kredit|plazos|\brate\b/i,
  },
};
// Afterpay trades as Clearpay in the UK, and as Cash App Afterpay in the US. In the euro and Nordic
// markets "AfterPay" is Riverty's invoice (Arvato's, renamed in 2023 and still shown so by many
// shops), another company's product: Afterpay's markets are those of lib/programs/afterpay.ts.
const AFTERPAY: ProgramPattern = {
  program: 'afterpay',
  pattern: /Afterpay|AfterPay|Clearpay|ClearPay|Clear Pay/,
  currencies: ['USD', 'CAD', 'GBP', 'AUD', 'NZD'],
};
const AFFIRM: ProgramPattern = { program: 'affirm', pattern: /Affirm/ };
// PayPal's plans sit inside PayPal: Pay in 4 (US), Pay in 3 (UK), 4X and Payer en 4 fois (France),
// Paga in 3 rate (Italy), Paga en 3 plazos (Spain), Paga en 4 (the US in Spanish), Betaal in 3
// termijnen (Netherlands), Zapłać później (Poland), Pague em 3 (Portugal), its "Pay Later" button,
// and "Pay in full or in 3 interest-free payments" under its name. A bare "Pay in 4" is no one's
// (Afterpay, Klarna, Zip and Sezzle all say it of themselves) unless it is shown inside PayPal's
// own option.
const PAYPAL: ProgramPattern = {
  program: 'paypal-pay-in-4',
  pattern: /PayPal Pay Later|PayPal Pay in 4|PayPal Pay in 3/,
};
const PAYPAL_PLANS: ProgramPattern = {
  program: 'paypal-pay-in-4',
  pattern:
    /Pay Later|Pay in 4|Pay in 3|in 3 interest-free|in 4 interest-free|4X|Paiement en 4|Payez en 4|Payer en 4|Payer en 3|Später bezahlen|Paga in 3|Paga en 3|Paga en 4|Betaal in 3|Zapłać później|Płać później|Pague em 3/,
  within: 'paypal',
};
const ZIP: ProgramPattern = { program: 'zip', pattern: /Zip(?! ?[Cc]ode| ?\/| ?[Pp]ostal| ?\+| ?:)|Quadpay|QuadPay/ };
const SEZZLE: ProgramPattern = { program: 'sezzle', pattern: /Sezzle/ };
// Inside Shop Pay: the longer name wins over the wallet's.
const SHOP_PAY_INSTALLMENTS: ProgramPattern = {
  program: 'shop-pay-installments',
  pattern: /Shop Pay Installments|Shop Pay installments/,
};
/**
 * Shop Pay's option offers its installments as "Pay in full or in installments" ("Paga el total o en
 * cuotas", "Shop Pay 分期付款" on a checkout in Chinese).
 */
const SHOP_PAY_PLANS: ProgramPattern = {
  program: 'shop-pay-installments',
  pattern: /installments|Installments|instalments|en cuotas|分期/,
  within: 'shop-pay',
};
/**
 * Amazon and Walmart list Affirm's plans by what they are, often without its name; Walmart's are
 * Klarna's since 2025 ("Pay over time with Klarna"), and then the option says so.
 */
const MONTHLY_PAYMENTS: ProgramPattern = {
  program: 'affirm',
  pattern: /Monthly payments|Pay over time/,
  offeredBy: ['klarna', 'affirm'],
};

// Lists of names, not built with spreads or calls, so a bundle that uses none of them drops them.
export const WESTERN_PROGRAMS: readonly ProgramPattern[] = [
  KLARNA,
  AFTERPAY,
  AFFIRM,
  PAYPAL,
  ZIP,
  SEZZLE,
  SHOP_PAY_INSTALLMENTS,
  PAYPAL_PLANS,
  SHOP_PAY_PLANS,
];
/** The same, where Affirm is also listed as "Monthly payments" or "Pay over time" (Amazon, Walmart). */
export const WESTERN_PROGRAMS_MONTHLY: readonly ProgramPattern[] = [
  KLARNA,
  AFTERPAY,
  AFFIRM,
  MONTHLY_PAYMENTS,
  PAYPAL,
  ZIP,
  SEZZLE,
  SHOP_PAY_INSTALLMENTS,
  PAYPAL_PLANS,
  SHOP_PAY_PLANS,
];

export const WESTERN_WALLETS: readonly WalletPattern[] = [
  { wallet: 'paypal', pattern: /PayPal|Paypal/ },
  { wallet: 'apple-pay', pattern: /Apple Pay/ },
  { wallet: 'google-pay', pattern: /Google Pay/ },
  { wallet: 'shop-pay', pattern: /Shop Pay|ShopPay/ },
  { wallet: 'amazon-pay', pattern: /Amazon Pay/ },
  {
    wallet: 'card',
    pattern: /Credit or debit card|Credit or Debit Card|Credit card|Credit Card|Debit card|Debit Card/,
  },
];
