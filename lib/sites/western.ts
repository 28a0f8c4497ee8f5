import type { ProgramPattern, WalletPattern } from './dom';

// English names of the Western pay-later programs and wallets, shared by every Western shop. Each
// pattern is an alternation of plain words with their usual spellings (the reader joins patterns
// into one search and drops their flags, so case variants are spelt out). A lookahead only narrows
// a word: "Zip" is the provider, "Zip code" the address form beside it.

export const WESTERN_PROGRAMS: readonly ProgramPattern[] = [
  { program: 'klarna', pattern: /Klarna/ },
  // Afterpay trades as Clearpay in the UK, and as Cash App Afterpay in the US.
  { program: 'afterpay', pattern: /Afterpay|AfterPay|Clearpay|ClearPay/ },
  { program: 'affirm', pattern: /Affirm/ },
  // PayPal's plans sit inside PayPal: Pay in 4 (US), Pay in 3 (UK), and its "Pay Later" button. A
  // bare "Pay in 4" is no one's: Afterpay, Klarna, Zip and Sezzle all say it of themselves.
  { program: 'paypal-pay-in-4', pattern: /PayPal Pay Later|PayPal Pay in 4|PayPal Pay in 3|Pay Later/ },
  { program: 'zip', pattern: /Zip(?! ?[Cc]ode| ?\/| ?[Pp]ostal| ?\+)|Quadpay|QuadPay/ },
  { program: 'sezzle', pattern: /Sezzle/ },
];

/** Amazon and Walmart list Affirm's plans by what they are, often without its name. */
export const MONTHLY_PAYMENTS: ProgramPattern = { program: 'affirm', pattern: /Monthly payments|Pay over time/ };

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
