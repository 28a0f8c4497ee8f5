import type { CorpusPage, PageState } from './types';

/** The pay-later programs of the Western shops, as this table names them. */
export type WesternProgram =
  | 'klarna'
  | 'afterpay'
  | 'affirm'
  | 'paypal-pay-in-4'
  | 'zip'
  | 'sezzle'
  | 'shop-pay-installments';

/**
 * One Western page of the corpus (tests/fixtures/corpus/<site>/<name>.html) and what a shopper sees
 * on it: the fields mean what they mean in CorpusPage, with the Western sites, the order's ISO
 * currency beside its total, and the Western programs. Clearpay is Afterpay's UK name; PayPal's
 * "Pay Later", "Pay in 3" and "4X" count as paypal-pay-in-4.
 */
export type WesternCorpusPage = Omit<CorpusPage, 'site' | 'expected'> & {
  readonly site: 'shopify' | 'woocommerce' | 'bigcommerce' | 'amazon' | 'walmart' | 'target' | 'newegg' | 'web';
  readonly expected: null | {
    readonly total: number | null;
    readonly currency: string;
    readonly programs: Partial<Record<WesternProgram, PageState>>;
  };
};

export const READINGS_WEST: readonly WesternCorpusPage[] = [
  // Shopify, built-in host (*.myshopify.com)
  {
    page: 'shopify/checkout-one-page-klarna-afterpay',
    url: 'https://kestrel-outfitters.myshopify.com/checkouts/cn/hWNvZhVsal5ZlrGvPzgUyB7K',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'one-page, label[for] radios, collapsed panels; Shop Pay "Pay in full or in installments", Klarna, Afterpay',
    expected: {
      total: 21605,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', klarna: 'offered', afterpay: 'offered' },
    },
  },
  {
    page: 'shopify/checkout-classic-iso-code-total',
    url: 'https://pale-moon-candle.myshopify.com/12345678/checkouts/9f1c2e7ab34d4f0a8e9b11c0d2e3f4a5',
    site: 'shopify',
    kind: 'checkout',
    structure: 'classic content-box radios, Klarna with a "Pay in 4" sub-row; total written "USD 89.90" with no symbol',
    expected: { total: 8990, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/checkout-classic-payment-method',
    url: 'https://harborvine.myshopify.com/27440913/checkouts/4f1a9c2e7b6d48e0a3c5b19f0d2e8a76?step=payment_method',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'classic checkout.liquid gateway rows, logo-only Afterpay label (img alt), Affirm, Sezzle; hidden subfields',
    expected: {
      total: 23276,
      currency: 'USD',
      programs: { afterpay: 'offered', affirm: 'offered', sezzle: 'offered' },
    },
  },
  {
    page: 'shopify/checkout-one-page-gbp-clearpay',
    url: 'https://thistle-and-pine.myshopify.com/checkouts/cn/hWNZxK2aXM8ZoIscH1i3oCKB',
    site: 'shopify',
    kind: 'checkout',
    structure: 'en-GB one-page checkout in £: Clearpay and Klarna rows beside card and PayPal; VAT-inclusive total',
    expected: { total: 16895, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'shopify/late-one-page-checkout',
    url: 'https://marigold-paper-co.myshopify.com/checkouts/cn/hWNcckSe9haXhMUCHrOiMy68',
    site: 'shopify',
    kind: 'late',
    structure:
      'client-rendered one-page checkout: skeleton as served, the whole checkout drawn after 1.5 s; Sezzle and Klarna',
    expected: { total: 15702, currency: 'USD', programs: { sezzle: 'offered', klarna: 'offered' } },
  },
  {
    page: 'shopify/trap-product-installments-banner',
    url: 'https://kestrel-outfitters.myshopify.com/products/ridgeline-45l-backpack',
    site: 'shopify',
    kind: 'trap',
    structure: 'Dawn product page: shopify-payment-terms installments banner, Afterpay placement, variant radios',
    expected: null,
  },
  {
    page: 'shopify/trap-checkout-footer-logos-summary-widgets',
    url: 'https://kindred-candle-co.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkdBN1FQM1RXUjhLNVc',
    site: 'shopify',
    kind: 'trap',
    structure:
      'card/PayPal radiogroup only; Afterpay and Klarna logos in a banner sentence, the summary\'s pay-in-4 widgets and a "We accept" footer strip',
    expected: null,
  },
  // Shopify on a shop's own domain
  {
    page: 'shopify/own-domain-checkout-shop-pay-installments',
    url: 'https://www.lumenandoak.com/checkouts/cn/hWNwdZRoe4OjoYHYPrXTFlk2',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'one-page checkout, Shop Pay Installments selected and expanded with its plans; "Affirm Pay over time" row',
    expected: {
      total: 36289,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'shopify/own-domain-checkout-cad-three-step',
    url: 'https://www.northboundsupply.com/checkouts/cn/hWNbydJ87Adu7SzUcax8U3na',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'three-page checkout, payment step: radios wrapped in labels, CSS-hidden bodies; GST/QST lines, CAD total',
    expected: { total: 110146, currency: 'CAD', programs: { afterpay: 'offered', sezzle: 'offered' } },
  },
  {
    page: 'shopify/own-domain-checkout-de-klarna',
    url: 'https://www.bergfeldkaffee.com/checkouts/cn/hWNDQe1eCtn3QmJEN6zOvYMH',
    site: 'shopify',
    kind: 'checkout',
    structure: 'de-DE one-page checkout, "Klarna - Sofort oder später bezahlen" selected; total 1.129,00 €',
    expected: { total: 112900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/own-domain-checkout-afterpay-unavailable',
    url: 'https://www.coastlinecycles.com/checkouts/cn/hWNzsxonoTCGMh6L05942KRY',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'one-page checkout over $2,000: Afterpay greyed, disabled radio and reason; Shop Pay installments, Klarna',
    expected: {
      total: 255034,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'unavailable', klarna: 'offered' },
    },
  },
  {
    page: 'shopify/trap-cart-klarna-messaging',
    url: 'https://www.lumenandoak.com/cart',
    site: 'shopify',
    kind: 'trap',
    structure: 'cart page: Shop Pay installments terms and a klarna-placement pay-in-4 message under the total',
    expected: null,
  },
  {
    page: 'shopify/trap-checkout-cards-only-banner',
    url: 'https://www.fieldandfoundry.com/checkouts/cn/hWNtxIVR7t7e03dC6YF9PixH',
    site: 'shopify',
    kind: 'trap',
    structure: 'checkout with card and PayPal only; header banner names Afterpay and Klarna for in-store purchases',
    expected: null,
  },
  // WooCommerce
  {
    page: 'woocommerce/checkout-classic-afterpay-affirm',
    url: 'https://www.saltandcedar.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'classic wc_payment_methods radios + label[for], hidden payment_box; Afterpay logo, Affirm "Monthly Payments"',
    expected: { total: 40769, currency: 'USD', programs: { afterpay: 'offered', affirm: 'offered' } },
  },
  {
    page: 'woocommerce/checkout-blocks-gbp-paypal-pay-in-3',
    url: 'https://www.wrenandwillow.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure: 'block checkout radio accordion: PayPal open with Pay in 3, Clearpay logo + secondary label, Klarna; £',
    expected: {
      total: 12900,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', afterpay: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'woocommerce/checkout-classic-de-klarna',
    url: 'https://www.holzwerk-manufaktur.de/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'de-DE Germanized classic checkout: Klarna selected with its category widget, total 1.393,90 € inkl. MwSt.',
    expected: { total: 139390, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/checkout-classic-fr-4x-paypal',
    url: 'https://www.atelier-lumiere.fr/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'fr-FR, radios wrapped in labels: PayPal open with "4X PayPal", Klarna "Payer en 3 fois"; total 1 161,90 €',
    expected: { total: 116190, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'woocommerce/checkout-classic-aud-zip-afterpay-unavailable',
    url: 'https://www.bushwalkco.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure: 'en-AU checkout in A$: Zip selectable, Afterpay radio disabled "Not available for this order"',
    expected: { total: 248600, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/late-blocks-checkout',
    url: 'https://www.fernandfable.com/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      'block checkout: skeleton as served, payment options drawn after 1.8 s; Affirm "Pay over time", Sezzle logo',
    expected: { total: 17757, currency: 'USD', programs: { affirm: 'offered', sezzle: 'offered' } },
  },
  {
    page: 'woocommerce/trap-product-clearpay-klarna',
    url: 'https://www.wrenandwillow.co.uk/product/washed-linen-duvet-cover-double/',
    site: 'woocommerce',
    kind: 'trap',
    structure: 'product page: Clearpay and Klarna instalment messages under the price',
    expected: null,
  },
  {
    page: 'woocommerce/trap-cart-paypal-pay-later',
    url: 'https://www.saltandcedar.com/cart/',
    site: 'woocommerce',
    kind: 'trap',
    structure: 'cart page: PayPal Pay in 4 message, Afterpay message and a Pay Later button under the totals',
    expected: null,
  },
  {
    page: 'woocommerce/trap-checkout-cards-only-footer',
    url: 'https://www.peakroastcoffee.com/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure: 'checkout with card and PayPal only; promo strip and footer logos name Klarna and Afterpay',
    expected: null,
  },
  {
    page: 'woocommerce/trap-checkout-summary-widget-notices',
    url: 'https://www.summittrailsupply.com/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      'classic card/Apple Pay/PayPal radios; Affirm logo in a notice sentence, Sezzle widget in the review table, Zip and Klarna in a trust blurb',
    expected: null,
  },
  {
    page: 'woocommerce/trap-help-pay-later-faq',
    url: 'https://www.peakroastcoffee.com/pay-later/',
    site: 'woocommerce',
    kind: 'trap',
    structure: 'shop help page about Klarna and Afterpay with FAQ details',
    expected: null,
  },
  // BigCommerce
  {
    page: 'bigcommerce/checkout-optimized-affirm-klarna',
    url: 'https://www.granitepeaksupply.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'optimized checkout form-checklist, provider logo (img alt) + name: Affirm "Pay over time", Klarna pay in 4',
    expected: { total: 22789, currency: 'USD', programs: { affirm: 'offered', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-optimized-sezzle-zip-paylater',
    url: 'https://www.brightlinehome.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure: 'optimized checkout: PayPal "Pay Later" open, Sezzle, Zip "Pay in 4 installments"; coupon line',
    expected: {
      total: 26614,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered', zip: 'offered' },
    },
  },
  {
    page: 'bigcommerce/checkout-optimized-gbp-clearpay-disabled',
    url: 'https://www.oakandanvil.co.uk/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure: 'en-GB optimized checkout: Clear Pay radio disabled with its reason; Klarna "Financing"; VAT included',
    expected: { total: 124900, currency: 'GBP', programs: { afterpay: 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-optimized-zip-checking-disabled',
    url: 'https://www.ridgelinecycles.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'optimized checkout: Affirm logo + Monthly Payments; Sezzle disabled, not available; Zip disabled while "Checking eligibility…"',
    expected: {
      total: 104900,
      currency: 'USD',
      programs: { affirm: 'offered', sezzle: 'unavailable', zip: 'unknown' },
    },
  },
  {
    page: 'bigcommerce/late-checkout-js',
    url: 'https://www.copperkettlesupply.com.au/checkout',
    site: 'bigcommerce',
    kind: 'late',
    structure: 'checkout-js app: loading skeleton in #checkout-app, steps drawn after 1.2 s; Afterpay and Zip in AUD',
    expected: { total: 79195, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-product-sezzle-widget',
    url: 'https://www.brightlinehome.com/linen-blend-sofa-throw/',
    site: 'bigcommerce',
    kind: 'trap',
    structure: 'Cornerstone product page: Sezzle widget and PayPal Pay in 4 message under the price',
    expected: null,
  },
  {
    page: 'bigcommerce/trap-checkout-cards-only-promo',
    url: 'https://www.granitepeaksupply.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'optimized checkout with card, PayPal, Apple Pay only; notice bar names Affirm, summary note names Klarna',
    expected: null,
  },
  // Amazon
  {
    page: 'amazon/checkout-spc-affirm-monthly',
    url: 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure: 'SPC payment widget, pmts-instrument-selector radios in labels; Affirm logo + "Monthly payments"',
    expected: { total: 98049, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'amazon/checkout-new-affirm-unavailable',
    url: 'https://www.amazon.com/checkout/p/p-106-3381947-5520963/spc?pipelineType=Chewbacca&referrer=spc',
    site: 'amazon',
    kind: 'checkout',
    structure: 'new checkout, label[for] rows; Affirm radio disabled "Not available for this order"; list summary',
    expected: { total: 3796, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'amazon/checkout-review-affirm-selected',
    url: 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure:
      'review-your-order page: payment shown as chosen "Affirm Monthly Payments" with its plan and a Change link',
    expected: { total: 162266, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'amazon/late-spc-payment-widget',
    url: 'https://www.amazon.com/checkout/p/p-111-5027394-2281467/spc?pipelineType=Chewbacca',
    site: 'amazon',
    kind: 'late',
    structure: 'checkout whose payment widget replaces a spinner after 1.5 s; Affirm "Pay over time"',
    expected: { total: 46748, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'amazon/trap-product-affirm-widget',
    url: 'https://www.amazon.com/Breville-BES870XL-Barista-Express-Espresso/dp/B00CH9QWOU',
    site: 'amazon',
    kind: 'trap',
    structure: 'product page: "As low as $46/mo with Affirm" and monthly payment options text in the buy box',
    expected: null,
  },
  {
    page: 'amazon/trap-cart-affirm-promo',
    url: 'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart',
    site: 'amazon',
    kind: 'trap',
    structure: 'cart page: "Pay over time with Affirm" promo under Proceed to checkout',
    expected: null,
  },
  // Walmart
  {
    page: 'walmart/checkout-payment-radios-affirm',
    url: 'https://www.walmart.com/checkout',
    site: 'walmart',
    kind: 'checkout',
    structure: 'payment section, radios + label[for]; Affirm logo + "Pay over time"; Savings line, "Estimated total"',
    expected: { total: 63388, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/checkout-review-order-aria-tiles',
    url: 'https://www.walmart.com/checkout/review-order',
    site: 'walmart',
    kind: 'checkout',
    structure: 'review order: role=radiogroup tiles, "Monthly payments with Affirm" checked, plans below',
    expected: { total: 88616, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/checkout-utility-classes-collapsed',
    url: 'https://www.walmart.com/checkout/review-order',
    site: 'walmart',
    kind: 'checkout',
    structure:
      'labels around hidden radios styled by utility classes (b--light-gray borders); Klarna in a collapsed "More payment options"',
    expected: { total: 15842, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/checkout-affirm-unavailable',
    url: 'https://www.walmart.com/checkout',
    site: 'walmart',
    kind: 'checkout',
    structure:
      'pickup checkout: radios wrapped in labels in a list; Affirm row disabled, "available on orders of $144 or more"',
    expected: { total: 9760, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'walmart/late-checkout-payment',
    url: 'https://www.walmart.com/checkout',
    site: 'walmart',
    kind: 'late',
    structure: 'checkout whose payment section is a shimmer until 1.4 s; Affirm "Monthly payments"',
    expected: { total: 121361, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/trap-product-affirm-messaging',
    url: 'https://www.walmart.com/ip/HP-15-6-Laptop-Intel-Core-i5-16GB-512GB-SSD-Silver/5046284735',
    site: 'walmart',
    kind: 'trap',
    structure: 'product page: "As low as $41/mo with Affirm" under the price',
    expected: null,
  },
  {
    page: 'walmart/trap-cart-affirm-banner',
    url: 'https://www.walmart.com/cart',
    site: 'walmart',
    kind: 'trap',
    structure: 'cart page: Affirm pay-over-time banner in the summary',
    expected: null,
  },
  // Target
  {
    page: 'target/checkout-payment-label-for-affirm',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure: 'Payment section, radios + label[for]; Affirm logo + "Pay over time"; card savings line',
    expected: { total: 33881, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'target/checkout-accordion-affirm-expanded',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure: 'accordion of aria-expanded buttons: Affirm open; PayPal collapsed, its hidden panel names Pay in 4',
    expected: { total: 46270, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'target/checkout-affirm-minimum-paypal-pay-in-4',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure: 'radios in labels: PayPal sub-label "Pay in 4 interest-free payments", Affirm disabled under $100',
    expected: { total: 6387, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'target/late-checkout-payment',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'late',
    structure: 'checkout whose payment options replace placeholders after 1.6 s; PayPal Pay in 4, Affirm',
    expected: { total: 72273, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered' } },
  },
  {
    page: 'target/trap-help-affirm-faq',
    url: 'https://help.target.com/help/subcategoryarticle?childcat=Affirm&parentcat=Payment+Options',
    site: 'target',
    kind: 'trap',
    structure: 'help article on Affirm with FAQ details naming Sezzle, Afterpay and PayPal Pay in 4',
    expected: null,
  },
  {
    page: 'target/trap-checkout-no-bnpl-promo',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'trap',
    structure: 'checkout under $100 with cards and PayPal only; Affirm promo note above the shipping section',
    expected: null,
  },
  // Newegg
  {
    page: 'newegg/checkout-payment-options-zip-affirm',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=7f3c2a91-5d84-4e0b-b6a2-19c8e4d07f35',
    site: 'newegg',
    kind: 'checkout',
    structure: 'radios in label.form-radio: PayPal "Pay in 4" sub-label, Zip logo + "4 interest-free payments", Affirm',
    expected: {
      total: 104514,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', zip: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'newegg/checkout-aria-tiles-zip-unavailable',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=2b8e6d10-a4f7-4c39-9e15-d07a3c6b84e2',
    site: 'newegg',
    kind: 'checkout',
    structure: 'role=radiogroup tiles: Affirm checked, Zip tile aria-disabled with its reason; promo line',
    expected: { total: 220367, currency: 'USD', programs: { affirm: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'newegg/checkout-accordion-affirm-selected',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=c41d9e7a-0f62-4b58-8a3e-5e29b1f6c0d8',
    site: 'newegg',
    kind: 'checkout',
    structure: 'accordion of label[for] radios: Affirm open, Zip "Pay in 4"; PayPal body hidden; "Est. Total"',
    expected: { total: 66788, currency: 'USD', programs: { affirm: 'offered', zip: 'offered' } },
  },
  {
    page: 'newegg/late-checkout-payment',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=9a0e4c27-71b3-4d8f-a6c5-3f18d2e9b074',
    site: 'newegg',
    kind: 'late',
    structure: 'checkout whose payment options replace a spinner after 1.7 s; Zip and Affirm',
    expected: { total: 137123, currency: 'USD', programs: { zip: 'offered', affirm: 'offered' } },
  },
  {
    page: 'newegg/late-payment-logos',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=4c1f7b2e-93d5-4a60-b8e1-2d6f0a9c7e35',
    site: 'newegg',
    kind: 'late',
    structure: 'ARIA radiogroup drawn after 1.5 s in place of a spinner; Zip and Affirm named only by their logos',
    expected: { total: 93711, currency: 'USD', programs: { zip: 'offered', affirm: 'offered' } },
  },
  {
    page: 'newegg/trap-product-zip-affirm',
    url: 'https://www.newegg.com/asus-tuf-gaming-vg27aq-27/p/N82E16824236944',
    site: 'newegg',
    kind: 'trap',
    structure: 'product page buy box: Zip, Affirm and PayPal Pay in 4 promos',
    expected: null,
  },
  // Other shops on their own domains
  {
    page: 'web/checkout-react-radiogroup',
    url: 'https://www.aurorasleep.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure: 'React role=radiogroup: Affirm, Klarna, Sezzle still "Checking eligibility…"; "Total due today"',
    expected: {
      total: 131001,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', sezzle: 'unknown' },
    },
  },
  {
    page: 'web/checkout-magento-nzd',
    url: 'https://www.southernalpsoutfitters.co.nz/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure: 'Magento 2 payment step, payment[method] radios + label[for]; Afterpay, Zip, Laybuy; NZ$ "Order Total"',
    expected: { total: 117900, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/checkout-prestashop-de-klarna',
    url: 'https://www.teekontor-hamburg.example/de/bestellung',
    site: 'web',
    kind: 'checkout',
    structure:
      'PrestaShop 1.7 payment step: radios in custom-radio spans, label[for] beside them, hidden notes after each option; "Wir akzeptieren … Klarna Rechnung" in the footer; "Gesamt (inkl. MwSt.)" 189,80 €',
    expected: { total: 18980, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/checkout-shopware-gbp-collapsed',
    url: 'https://www.fenwickandhale.co.uk/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 confirm page: radios with label[for] around logo and description; Clearpay in a collapsed "Show more" section; "Total price" £129.95* beside "Net total"; logos in the footer',
    expected: { total: 12995, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/late-sfra-payment-tabs',
    url: 'https://www.harrowandfinch.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'late',
    structure: 'SFRA payment tabs (role=tab, logos) drawn after 1.3 s: PayPal "Pay in 3", Klarna, Clearpay',
    expected: {
      total: 34400,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'offered' },
    },
  },
  // Session 17: pages by other hands
  {
    page: 'shopify/own-domain-checkout-nzd-logo-radios',
    url: 'https://www.tuiandfern.co.nz/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUhRNEM3V0I4SzlUM1ZZQjJYR0RNOUU1Tg',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'own-domain one-page checkout in NZ$: role=radio accordion rows, PayPal named in visually-hidden text, Zip by an svg aria-label alone',
    expected: { total: 18700, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/checkout-one-page-installments-sezzle-disabled',
    url: 'https://loam-and-lantern.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSlJQNUg0VjJNQ0ZXOFRCN0tTOVoyR1hF',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'labels wrapping radios: Shop Pay Installments selected with a plan picker, Klarna, Sezzle aria-disabled with its reason',
    expected: {
      total: 12500,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', klarna: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'shopify/trap-own-domain-aud-afterpay-under-total',
    url: 'https://www.saltbushswim.com.au/checkouts/cn/Z2NwLWF1c3RyYWxpYS1zb3V0aGVhc3QxOjAxSlM4RTNLN1ZXNFBSOVlHMk1CNlQxSEM0',
    site: 'shopify',
    kind: 'trap',
    structure:
      'own domain, A$: card and PayPal only; "or 4 interest-free payments … with Afterpay" under the total, logos in a trust strip',
    expected: null,
  },
  {
    page: 'woocommerce/checkout-classic-gbp-coupon-row-clearpay-limit',
    url: 'https://www.hartwellandoak.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'classic review table with a "Coupon: winter10" header cell above #payment; Klarna Pay in 3, PayPal Pay in 3 gateway, Clearpay disabled with aria-describedby',
    expected: {
      total: 161950,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'woocommerce/checkout-blocks-de-kasse',
    url: 'https://www.bergkamm-outdoor.de/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'blocks radio-control accordion in German at /kasse/: Kreditkarte, PayPal, Später bezahlen mit [Klarna], Vorkasse',
    expected: { total: 118795, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/trap-aud-announcement-faq',
    url: 'https://www.gumtreeridgecycles.com.au/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      'classic, Square card and bank transfer only; Zip/Sezzle in the announcement bar and a Pay later FAQ (one details open)',
    expected: null,
  },
  {
    page: 'bigcommerce/checkout-optimized-cad-label-for',
    url: 'https://www.northboundpaddle.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'radios outside the checklist, tied by label[for]; Sezzle selected with 4 × CA$, Affirm checking; total labelled Total (CAD) with a bare $',
    expected: { total: 39436, currency: 'CAD', programs: { sezzle: 'offered', affirm: 'unknown' } },
  },
  {
    page: 'amazon/checkout-spc-affirm-plan-picker',
    url: 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1&pipelineType=Chewbacca&referrer=pay',
    site: 'amazon',
    kind: 'checkout',
    structure: 'a-radio rows: saved cards, Affirm Monthly payments checked with a 6/12/24-month picker, EBT',
    expected: { total: 115998, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/checkout-pressed-affirm-describedby',
    url: 'https://www.walmart.com/checkout/review-order?cartId=7c2b91e4-5d0a-4f3e-9b61-2a8e0d4c7f13',
    site: 'walmart',
    kind: 'checkout',
    structure: 'buttons with aria-pressed; Affirm aria-disabled, its $144–$4,000 range in aria-describedby',
    expected: { total: 442074, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'newegg/checkout-tabs-logos-more-collapsed',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=8f3a21c7-4e6b-4d90-a1e5-6c2d7b94f018',
    site: 'newegg',
    kind: 'checkout',
    structure:
      'tabs with radios named by logos (Affirm, PayPal Pay in 4); Zip inside a collapsed Show more payment options',
    expected: { total: 73237, currency: 'USD', programs: { affirm: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/checkout-shopware-nl-totaal',
    url: 'https://www.defietsenhuis.nl/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 in Dutch: Betaalwijze radios, Klarna selected; a dl summary with Subtotaal and Totaal in € 3.358,95',
    expected: { total: 335895, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-referral-survey-radios',
    url: 'https://www.riverbendtackle.com/store/checkout/payment',
    site: 'web',
    kind: 'trap',
    structure:
      'Ecwid-like: card/PayPal/Apple Pay radios; a How did you hear about us? radio group offers Shopping app (Klarna, Afterpay, Shop app)',
    expected: null,
  },
  {
    page: 'web/trap-nextjs-au-survey-fieldset-in-payment',
    url: 'https://www.coastalthreads.com.au/checkout',
    site: 'web',
    kind: 'trap',
    structure:
      'Next.js, AU: card/PayPal/Apple Pay radios; under the same 3. Payment heading a How did you hear about us? fieldset offers Afterpay Shop Directory',
    expected: null,
  },
  // Session 18: shops whose bare "$" or "kr" only their country tells (the domain, or the page's language).
  {
    page: 'web/checkout-opencart-au-bare-dollar-select',
    url: 'https://www.coastalbrewsupply.com.au/index.php?route=checkout/checkout',
    site: 'web',
    kind: 'checkout',
    structure: 'OpenCart 4 on a .com.au domain: a payment <select> with Zip and Afterpay; every price a bare $',
    expected: { total: 23230, currency: 'AUD', programs: { zip: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/checkout-opencart-au-pressed-buttons',
    url: 'https://www.bondibrewsupplies.com.au/index.php?route=checkout/checkout',
    site: 'web',
    kind: 'checkout',
    structure: 'OpenCart on a .com.au domain: payment methods as pressed buttons, Afterpay and Zip; bare $ prices',
    expected: { total: 28195, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/checkout-shopware-se-kronor',
    url: 'https://www.nordiskahem.se/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 in Swedish: Betalningssätt <select> with Klarna; Delsumma, Totalt and a varav moms line in "1 595,00 kr"',
    expected: { total: 159500, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/checkout-magento-luma-affirm-paypal-later',
    url: 'https://www.summittrailoutfitters.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma knockout step: .payment-method rows; Affirm, and PayPal Pay Later inside PayPal\'s block; "Order Total"',
    expected: { total: 32146, currency: 'USD', programs: { affirm: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'shopify/checkout-sv-own-domain-klarna-kronor',
    url: 'https://www.skogsliv.se/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0MTowMUhYN1BRNg?locale=sv-SE',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout in Swedish on a .se domain: native radios in labels, Klarna – Betala senare selected; Att betala 1 295,00 kr, varav moms',
    expected: { total: 129500, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/checkout-no-klarna-inline-radiogroup',
    url: 'https://butikk.fjellsko.no/kasse/',
    site: 'web',
    kind: 'checkout',
    structure:
      'a Klarna Checkout-style step drawn inline in Norwegian: role=radiogroup of aria-checked divs (Klarna Faktura, Delbetal med Klarna, Kort, Vipps); kr 2 897, herav mva.',
    expected: { total: 289700, currency: 'NOK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/checkout-shopware-de-label-for-klarna-disabled',
    url: 'https://www.bergwerk-outdoor.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 in German: radios and label[for] apart; PayPal Später bezahlen; Ratenkauf by Klarna disabled with Nicht verfügbar beside it; 1.249,95 €',
    expected: { total: 124995, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/checkout-magento-nl-klarna-checking',
    url: 'https://www.tulpenhuis.nl/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma in Dutch: Achteraf betalen met Klarna with a role=status line "we controleren of je achteraf kunt betalen" (still checking); Totaal € 1.249,95',
    expected: { total: 124995, currency: 'EUR', programs: { klarna: 'unknown' } },
  },
  {
    page: 'woocommerce/trap-fi-klarna-promo-footer',
    url: 'https://kauppa.saaristo.fi/kassa/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      'WooCommerce in Finnish: card, MobilePay and Verkkopankki only; Klarna in a promo bar, a product description and the footer logos',
    expected: null,
  },
  {
    page: 'shopify/checkout-ca-shop-pay-installments-more-collapsed',
    url: 'https://www.maplecrest-outfitters.ca/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkU4UTNWTjdYQ1BNNVE0S1dHN1Q2Rlla',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify radio list on a .ca domain: card, Shop Pay – Pay in full or in installments, plain PayPal; Klarna inside a collapsed "Show more payment options"',
    expected: { total: 141249, currency: 'CAD', programs: { 'shop-pay-installments': 'offered' } },
  },
  {
    page: 'web/checkout-sfra-fr-ca-tabs-klarna',
    url: 'https://boutique.lumiere-deco.ca/on/demandware.store/Sites-LumiereDeco-Site/fr_CA/Checkout-Begin?stage=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Salesforce Commerce Cloud SFRA in French: role=tab methods (Carte de crédit active), Klarna – Payer en 4 versements in a tab whose panel is hidden; "1 454,42 $"',
    expected: { total: 145442, currency: 'CAD', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-method-select-dropdown',
    url: 'https://www.desertbloom-goods.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized checkout whose method is a <select>: Afterpay and Sezzle options, Zip a disabled option; the card form's labels below",
    expected: {
      total: 57604,
      currency: 'USD',
      programs: { afterpay: 'offered', sezzle: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'woocommerce/trap-blocks-affirm-sezzle-promo-faq',
    url: 'https://shop.harborlight.com/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      'WooCommerce blocks accordion with card and plain PayPal only; Affirm and Sezzle in a promo bar, a product subtitle, a financing FAQ and the footer',
    expected: null,
  },
  {
    page: 'newegg/checkout-card-list-paypal-later-affirm-checking',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=7f3c9a21-4be8-4d0e-9a6b-2c51d8e0f4a7',
    site: 'newegg',
    kind: 'checkout',
    structure:
      'Newegg card list: PayPal Pay Later – Pay in 4, Affirm aria-busy "Checking eligibility…", Zip in a fieldset[disabled] with its reason',
    expected: {
      total: 133280,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'unknown', zip: 'unavailable' },
    },
  },
  {
    page: 'woocommerce/checkout-nz-afterpay-plan-picker-humm',
    url: 'https://shop.kauri-kitchen.co.nz/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce radios on a .co.nz domain: Afterpay selected with "4 fortnightly payments of $31.25" and its dates, Zip, humm (no program of ours), bank transfer; bare $',
    expected: { total: 12500, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-gbp-clearpay-over-limit-describedby',
    url: 'https://www.oakandash.co.uk/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'BigCommerce form-checklist: Klarna Pay in 3, Clearpay disabled with the £1,000 limit in aria-describedby text, PayPal Pay in 3, PayPal',
    expected: {
      total: 115300,
      currency: 'GBP',
      programs: { klarna: 'offered', afterpay: 'unavailable', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/checkout-magento-gbp-split-names-hidden-paypal',
    url: 'https://www.bramblehome.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 knockout methods with names split mid-word (Kl|arna, Clear|pay), Laybuy a plain option, a PayPal Pay in 3 method display:none',
    expected: { total: 8640, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'shopify/checkout-au-own-domain-logo-only-options',
    url: 'https://www.saltwatersupply.com.au/checkouts/cn/hWN7kJ2pQrT9vLm3xYz8AbC4',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify on a .com.au domain, options drawn as logos only (img alt Afterpay, svg role=img aria-label Zip), Laybuy a logo too; "AUD $169.85"',
    expected: { total: 16985, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/checkout-au-logo-radios-describedby-panels',
    url: 'https://coastallinen.com.au/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUpFN0s4WjNROVhWUjRNOEMyRlBOWVQ2Sg',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout: fieldset of native radios (hashed _1fragem*/vKk7s classes) with aria-describedby to hidden collapsible panels; Afterpay and Zip labelled only by <img alt>; credit card checked; express buttons and footer SVG <title> logos as noise',
    expected: { total: 38900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'woocommerce/trap-us-affirm-sezzle-notice-description-footer',
    url: 'https://ridgelineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce classic (Storefront) checkout: ul.wc_payment_methods with two li.wc_payment_method radios (Stripe card, PayPal) and payment_box divs; Affirm/Sezzle only in a review-table short description, a woocommerce-info 'Pay over time' notice above the form, and footer text/logos",
    expected: null,
  },
  {
    page: 'web/trap-magento-us-survey-select-affirm-klarna',
    url: 'https://www.lakeshorehomegoods.com/checkout/#payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma knockout-rendered checkout: div.payment-group > div.payment-method > .payment-method-title.field.choice with radio name=payment[method] + label[for] (braintree card, braintree_paypal, checkmo); card form uses <select>s. Traps: Affirm 'Starting at $42/mo' as-low-as promo inside the order-summary cart item, a post-payment survey <select> with Affirm/Klarna options, footer financing block and links naming Affirm.",
    expected: null,
  },
  {
    page: 'bigcommerce/checkout-ca-checklist-sezzle-over-limit',
    url: 'https://www.northboundskiboard.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout (checkout-js): completed customer/shipping/billing steps collapsed, payment step's ul.form-checklist with visually hidden radios name=paymentProviderRadio + label[for]; card icons as SVG <title>, PayPal and Sezzle as logo <img alt>; PayPal Pay in 4 message nested inside PayPal's label; Sezzle li has --disabled class, disabled radio and limit note. Noise: Sezzle blurb in a product description, footer logos incl. Affirm and PayPal Pay Later, step-complete SVG titles.",
    expected: { total: 128481, currency: 'CAD', programs: { 'paypal-pay-in-4': 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'woocommerce/checkout-blocks-au-afterpay-logo-zip-disabled',
    url: 'https://coastalridgeoutdoor.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: fieldset#payment-method with wc-block-components-radio-control accordion options (native radios named radio-control-wc-payment-method-options, label[for] wrapping); Afterpay label is logo-only <img alt>; Zip radio disabled with an aria-describedby sibling notice about the A$50-1,000 range. Noise: shipping radio-control with same classes, promo strip and footer naming Afterpay/Zip/Klarna, Afterpay placement under total, product text 'Zip-off footprint'.",
    expected: { total: 138995, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'bigcommerce/trap-us-afterpay-cart-messaging',
    url: 'https://www.copperkettlecoffee.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'BigCommerce checkout-js: ol.checkout-steps with completed step headers, payment step ul.form-checklist[data-test=payment-method-list] li.form-checklist-item radios (Credit Card text, PayPal img alt only); Afterpay only in order-summary product/total messaging (SVG title) and footer icons/link',
    expected: null,
  },
  {
    page: 'shopify/checkout-us-shop-pay-installments-svg-title',
    url: 'https://ridgelineoutfitters.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlE4WjNQN0tGUjlIMlc0TTZBQkNERUZH/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: hashed classes, fieldset#basic with native radios wrapped in label[for]; Shop Pay Installments shown only as SVG <title>Shop Pay</title> + 'Pay in full or in installments', Affirm as text + img alt; express Shop Pay button and rewards blurb (mentions Afterpay) outside the step",
    expected: { total: 65372, currency: 'USD', programs: { 'shop-pay-installments': 'offered', affirm: 'offered' } },
  },
  {
    page: 'woocommerce/checkout-uk-pay-in-3-clearpay-disabled',
    url: 'https://www.hartleyandfinch.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) ul.wc_payment_methods, li.wc_payment_method with input.input-radio + label[for]; PayPal Pay in 3 as its own li labelled 'Pay in 3' + PayPal img alt; Klarna li; Clearpay li with disabled radio + 'not available for this order'; Klarna/PayPal/Clearpay noise in store notice, Klarna placement, related products, footer",
    expected: {
      total: 121250,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/checkout-de-magento-klarna-logo-only',
    url: 'https://www.bergwerk-outdoor.de/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Hyvä Checkout (Magewire) ol#payment-method-list of li.payment-method-option with native radio + label[for]; Klarna Rechnung named only by <img alt=Klarna>, Klarna Ratenkauf disabled radio with SVG <title>Klarna</title> and aria-describedby reason (min. 200 €); Klarna also in USP bar, summary OSM badge and footer',
    expected: { total: 14880, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-fr-prestashop-4x-paypal-reassurance',
    url: 'https://www.atelier-lumen.fr/commande',
    site: 'web',
    kind: 'trap',
    structure:
      "PrestaShop 1.7/8 classic checkout-step sections; payment step #checkout-payment-step .payment-options with radio name=payment-option + split label[for] (carte bancaire, virement); 'Paiement en 4X PayPal' only in header promo banner, aside reassurance block (SVG <title>) and footer column/logo alt",
    expected: null,
  },
  {
    page: 'web/checkout-nl-shopware-klarna-alt-show-more',
    url: 'https://www.tuinhuys.nl/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: div.payment-methods > div.payment-method > .form-check.payment-method-radio with radio + label[for] holding <img alt> and <strong> name; Klarna named only via img alt (label says 'Achteraf betalen'), PayPal 'Betaal in 3 termijnen' sits in the expanded div.collapse.show overflow block; PayPal Pay Later message in aside summary, Klarna badge in cross-selling slider and footer",
    expected: { total: 8993, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'woocommerce/checkout-blocks-us-affirm-afterpay-over-limit',
    url: 'https://hollowpineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce Checkout block: fieldset#payment-method with wc-block-components-radio-control accordion options (label[for] wrapping native radio); Affirm/Afterpay labels are logo <img alt> only; Afterpay radio disabled with over-limit secondary label; Affirm messaging also in order summary, Klarna/Zip only in promo bar/FAQ/footer',
    expected: { total: 127592, currency: 'USD', programs: { affirm: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'shopify/checkout-ca-sezzle-paypal-survey-legend',
    url: 'https://northboundknit.ca/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkU3UFhQQjRNN1NTNEdWNTJaQ1FYSzNY?locale=en-CA',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout, hashed classes: section[aria-label=Payment] > fieldset#basic with native radios (ids with spaces) and label[for]; PayPal option label is logo-only img alt with a Pay in 4 message inside its expanded collapsible; Sezzle as offsite gateway (collapsed); trap radios in a 'how did you hear' survey extension (Afterpay/Klarna) and Sezzle product messaging in summary; total shown as 'CAD $227.13'",
    expected: { total: 22713, currency: 'CAD', programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered' } },
  },
  {
    page: 'web/trap-wix-klarna-line-item-messaging',
    url: 'https://www.saltgrasscandles.com/checkout?appSectionParams=%7B%22checkoutId%22%3A%2208c4f1e2-6b7a-4d3e-9a51-2f0c7d8e4b19%22%7D',
    site: 'web',
    kind: 'trap',
    structure:
      'Wix foldable-step checkout (data-hook attrs, hashed classes); payment step is an ARIA radiogroup of button role=radio aria-checked tiles (card + PayPal, brands via SVG <title>); Klarna only in line-item on-site messaging, summary note and footer SVG logo',
    expected: null,
  },
  {
    page: 'web/checkout-squarespace-afterpay-svg-title-radios',
    url: 'https://www.fernwoodceramics.com/checkout?cartToken=Vq3nR8sYkT2m0LhXpA7cZ',
    site: 'web',
    kind: 'checkout',
    structure:
      'Squarespace React checkout with hashed css-* classes; payment step is a role=radiogroup of div role=radio tiles (aria-checked), PayPal/Afterpay shown only as SVG logos with <title>; Afterpay instalment message and Klarna/Affirm text in the order summary as noise',
    expected: { total: 19400, currency: 'USD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-au-zip-afterpay-logos-aud-span',
    url: 'https://www.southbanksurf.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout (checkout-js): ul.form-checklist of li.form-checklist-item with visually hidden native radios and label[for] wrapping paymentProviderHeader; Zip and Afterpay named only by logo <img alt> beside tagline text; total in cart-priceItem--total as '$214.90' with '(AUD)' label; promo strip, product description and footer logos (incl. Klarna, humm) as noise",
    expected: { total: 21490, currency: 'AUD', programs: { zip: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'woocommerce/checkout-au-afterpay-open-zip-describedby',
    url: 'https://saltbushandco.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic #payment ul.wc_payment_methods with native radios + label[for] siblings; Afterpay checked with open payment_box instalments; Zip radio disabled with aria-describedby reason span; Afterpay/Zip also in promo bar, FAQ and footer logos',
    expected: { total: 124995, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'shopify/checkout-uk-alt-only-survey-select',
    url: 'https://hartwellandfinch.co.uk/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpRN0c1WUZLRjNSVEVTQTlYQ0hNWU4yRQ/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed CSS classes; fieldset#basic of radios wrapped in labels, PayPal and Clearpay named only by <img alt> (visually-hidden text), PayPal selected with role=region panel containing Pay in 3 message; Klarna/Clearpay also in survey <select>',
    expected: {
      total: 18640,
      currency: 'GBP',
      programs: { klarna: 'offered', afterpay: 'offered', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/trap-magento-affirm-as-low-as',
    url: 'https://www.ridgelinecycleworks.com/checkout/#payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma one-page checkout (Knockout-rendered): .payment-group with .payment-method-title.field.choice radios + label[for], Braintree card and PayPal Express (Acceptance Mark img) only; Affirm appears only in sidebar 'as low as' promo (SVG <title>), cart item promo line under product name, and footer link/banner/logo",
    expected: null,
  },
  {
    page: 'bigcommerce/checkout-us-affirm-sezzle-over-limit',
    url: 'https://www.ridgelineoutfitters.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout: ul.form-checklist of li items with native radios (name=paymentProviderRadio) and label[for] wrapping paymentProviderHeader logos/names; Sezzle li has disabled radio + aria-disabled + over-limit reason; Affirm/Sezzle/Klarna also in promo banner, cart 'as low as' message, sidebar blurb and footer logos",
    expected: { total: 74218, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'shopify/checkout-au-afterpay-logo-zip-express-shop-pay',
    url: 'https://saltbushandco.com.au/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUpCN0s3TjRYQjFQVlE5/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed classes: fieldset#basic of native radios (name=basic) inside label[for] rows; Afterpay row is logo-only (img alt), Zip has text+logo; Shop Pay exists only as an express-checkout button (aria-label) above the form; Afterpay also in an upsell widget',
    expected: { total: 21490, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'woocommerce/trap-blocks-uk-klarna-addon-minicart',
    url: 'https://hebdenknitwear.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      'WooCommerce Checkout block: fieldset#payment-method with wc-block-components-radio-control accordion options (native radios in label[for]) offering only Stripe card and PayPal; Klarna appears only in a product add-on notice in the order summary, a hidden mini-cart drawer (klarna-placement with SVG title) and footer logos/FAQ link',
    expected: null,
  },
  {
    page: 'walmart/checkout-radiogroup-tiles-affirm-gift-card',
    url: 'https://www.walmart.com/checkout/review-order',
    site: 'walmart',
    kind: 'checkout',
    structure:
      "ARIA role=radiogroup of div role=radio tiles (aria-checked) for two saved cards plus an Affirm tile with logo as img alt and 'Pay over time' text; gift card is a separate unapplied checkbox; Affirm logo also in footer; hashed w_ classes",
    expected: { total: 44540, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'newegg/checkout-label-column-svg-titles-zip-disabled',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=7f3c2a19e0b84d56',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "native radios in their own grid column with label[for] in a sibling column, logos as inline SVG <title>; Zip radio disabled with red reason text; PayPal row carries a data-pp-message 'Pay Later' Pay-in-4 line; Affirm/Zip/PayPal logos repeated in footer, store-card financing ad in sidebar",
    expected: {
      total: 118997,
      currency: 'USD',
      programs: { affirm: 'offered', 'paypal-pay-in-4': 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'target/trap-pressed-tiles-affirm-promo-faq',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'trap',
    structure:
      "payment step is three <button aria-pressed> tiles (Target Circle Card, credit/debit card, PayPal) with styled hashed classes and data-test attrs; Affirm appears only in a cart item's 'pay over time' promo (img alt), an FAQ <details> answer and a help link",
    expected: null,
  },
  {
    page: 'web/checkout-venia-pwa-css-modules-afterpay',
    url: 'https://www.harborandpine.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Venia PWA one-page checkout: hashed CSS-module classes (paymentMethods-payment_method-2bQ / radio-root-1Ri), each method a label[for] wrapping a visually-hidden native radio + SVG icon + span title inside a role=radiogroup div; Braintree drop-in expanded under Credit Card; Klarna only in footer links/logos',
    expected: { total: 16556, currency: 'USD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'web/checkout-ecwid-radiogroup-sezzle',
    url: 'https://www.larkspurcandleco.com/shop/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ecwid storefront widget embedded in the shop's own site: .ec-cart-step--payment step with .ec-radiogroup__item labels wrapping native radios, titles in .ec-radiogroup__title, card brands as SVG <title> icons, Sezzle logo as img alt; Afterpay only in site footer",
    expected: { total: 8285, currency: 'USD', programs: { sezzle: 'offered' } },
  },
  {
    page: 'shopify/trap-trust-badges-sidebar-faq',
    url: 'https://tidewatersupply.co/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkQ3UTNNWEs4RjJQNlZCUTlYWlQ0RzFB',
    site: 'shopify',
    kind: 'trap',
    structure:
      'Shopify one-page checkout with hashed atomic classes: Payment section is a fieldset#basic of native radios (basic-creditCards / basic-PayPal Express Checkout / basic-Apple Pay) with label[for], card logos as img alt, Apple Pay as SVG <title>; Klarna/Afterpay appear only as img alts in a trust-badge strip after the Pay now button and in an open <details> FAQ in the order-summary sidebar',
    expected: null,
  },
  {
    page: 'shopify/checkout-affirm-minimum-describedby-express-row',
    url: 'https://lumenleaftea.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkZQN0s4Q1g5UjRNN1ZUWEg3QjJONUpX',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed classes: express wallet button row (Shop Pay/PayPal/Google Pay as SVG <title>) above; Payment fieldset#basic of native radios with label[for] and logo <img alt>; Affirm row disabled with aria-disabled and aria-describedby minimum-order reason',
    expected: { total: 4747, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'woocommerce/checkout-nz-afterpay-laybuy-logos',
    url: 'https://kowhaiandco.co.nz/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic #payment ul.wc_payment_methods of li.wc_payment_method with native input.input-radio + label[for] (logo <img alt>) and payment_box panels; Afterpay checked with instalment box, Laybuy (not a tracked program) and Stripe card; Zip/Klarna only in store notice, upsell widget, FAQ and footer logos',
    expected: { total: 18800, currency: 'NZD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'bigcommerce/checkout-us-paypal-pay-later-own-radio',
    url: 'https://www.trailheadoutfitters.co/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js): ul.form-checklist of li.form-checklist-item with input.form-checklist-checkbox[name=paymentProviderRadio] + label[for=radio-…] holding paymentProviderHeader (img alt + name); 'Pay Later' (paypalcommercecredit) selected with Pay in 4 banner in form-checklist-body; Affirm/Klarna/Afterpay/Sezzle only in product note, BNPL survey and footer logos",
    expected: { total: 18745, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'woocommerce/checkout-de-germanized-spaeter-bezahlen-klarna',
    url: 'https://www.muehlen-weber.de/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce Storefront + Germanized checkout: #payment ul.wc_payment_methods li with input.input-radio followed by sibling <label for=payment_method_…> (title text + <img alt> logo), payment_box descriptions; PayPal/Klarna mentions also in promo bar, FAQ, item description, cross-sells and footer logos',
    expected: { total: 32180, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/checkout-react-spa-radio-buttons-as-drawn',
    url: 'https://www.saltwaterandsage.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "as drawn (scripts run, then removed): React SPA with CSS-module hashed classes; payment step is a 'Loading payment options…' spinner replaced ~1.1 s after load by a div[role=radiogroup] of <button role=radio aria-checked> tiles (name text + <img alt> logo), Afterpay aria-checked=true; BNPL names also in order summary blurb, recommendation cards and SVG <title> footer logos (incl. Zip, not in the step)",
    expected: { total: 21490, currency: 'AUD', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'shopify/checkout-de-klarna-rechnung-paypal-spaeter-panels',
    url: 'https://nordlicht-kaffee.de/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGNlZRM0RNN1hEQ1dLUjlHNUZGN0sx?locale=de-DE',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout, hashed classes; fieldset#basic of name=basic radios with aria-controls collapsible panels; Klarna checked (subtitle 'Rechnung / Ratenkauf'), PayPal label is visually-hidden text + img alt, its panel (aria-hidden=false) carries the 'Später bezahlen' line; Klarna/PayPal 'Später bezahlen' noise in order-summary promo box",
    expected: { total: 11110, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/checkout-hyva-alpine-logo-only-affirm-disabled',
    url: 'https://www.ridgelineoutfitters.com/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Hyvä Checkout (Magewire + Alpine): ol#payment-method-list of li#payment-method-option-* with radio name=payment-method-option + label[for]; Klarna titled 'Pay in 4 interest-free payments' with brand only in img alt; Affirm li aria-disabled, radio disabled via x-bind, titled 'Monthly payments' (brand in img alt) with red reason note; promo bar, sidebar financing box and footer logos (incl. Sezzle) as noise",
    expected: { total: 32243, currency: 'USD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'bigcommerce/trap-uk-klarna-placement-summary',
    url: 'https://www.thistleandloom.co.uk/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js): li.checkout-step--payment with ul.form-checklist of paymentProviderRadio radios (Credit Card, PayPal as img alt only); Klarna only in a <klarna-placement> OSM badge ('Pay in 3 ... £36.00') inside the order summary below the total, plus footer logo and Klarna disclaimer text",
    expected: null,
  },
  {
    page: 'shopify/checkout-uk-clearpay-over-limit-reason-in-label',
    url: 'https://harbourandhide.co.uk/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGN0tYM1Q4/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed classes; payment fieldset#basic of native radios with label[for], card selected and expanded with iframe fields, Klarna row with img alt, Clearpay row disabled radio + aria-disabled with over-limit reason inside label; traps: PayPal Pay in 3 merchant banner, Clearpay in recommendation widget and footer link, express Shop Pay button',
    expected: { total: 133395, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/checkout-blocks-ca-buy-now-pay-later-sezzle-logo',
    url: 'https://northboundpaddle.ca/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Checkout block: express-payment box (PayPal, Google Pay) above a fieldset#payment-method RadioControlAccordion of inputs nested inside label[for]; Sezzle named only by img alt under a generic 'Buy Now, Pay Later' label, Affirm only by SVG <title>; traps: Sezzle top bar, Affirm in product description and as-low-as message under total, Klarna/Afterpay in footer icons",
    expected: { total: 142606, currency: 'CAD', programs: { sezzle: 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/checkout-se-klarna-faktura-delbetalning-tiles',
    url: 'https://www.fjallvikstickeri.se/kassan',
    site: 'web',
    kind: 'checkout',
    structure:
      'Next.js shop checkout with CSS-module hashed classes; payment step is a div role=radiogroup of div role=radio aria-checked tiles (no inputs); Faktura and Delbetalning name Klarna only via img alt, Faktura selected with Klarna iframe body; Kort via SVG <title>, Swish img alt; traps: Klarna top bar, Klarna upsell in summary, FAQ naming PayPal/Afterpay, footer logos',
    expected: { total: 169300, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'amazon/checkout-payselect-monthly-payments-affirm-logo',
    url: 'https://www.amazon.com/gp/buy/payselect/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure:
      "Amazon pmts instrument rows: native radios sharing name ppw-instrumentRowSelection split across two role=radiogroup lists (saved cards incl. a disabled expired card; 'Other payment options' with 'Monthly payments' + Affirm logo as <img alt>), gift card balance checkbox, Prime Visa promo inside the box; Order total in the sidebar",
    expected: { total: 63643, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/checkout-prestashop-es-paga-en-3-plazos-klarna',
    url: 'https://www.lacasadelteadelsur.es/pedido',
    site: 'web',
    kind: 'checkout',
    structure:
      'PrestaShop 8 classic theme checkout-payment-step: native radios name=payment-option (payment-option-1..5) in custom-radio spans with label[for] holding the name, sibling payment-option-N-additional-information blocks (only the picked Klarna one visible), hidden no-JS forms; PayPal Pay-in-3 messaging in cart summary, reassurance and footer as noise',
    expected: { total: 18745, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/checkout-wix-radiogroup-afterpay-minimum',
    url: 'https://www.juniperandsagecandles.com/checkout?appSectionParams=%7B%22checkoutId%22%3A%2227c4e1b0-5f9d-4a8e-9c1d-3b6f0a2e7d41%22%7D',
    site: 'web',
    kind: 'checkout',
    structure:
      'Wix ecom checkout with hashed s*/o*-- classes and data-hook attributes; payment step is an ARIA radiogroup of div role=radio tiles (aria-checked), Afterpay tile aria-disabled with an aria-describedby minimum-order message; card logos as SVG <title>; Afterpay mentioned again in summary banner and footer logos',
    expected: { total: 3093, currency: 'USD', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'web/checkout-squarespace-uk-radiogroup-clearpay-over-limit',
    url: 'https://www.hollinandfern.co.uk/checkout?cartToken=Qm4tR7v2XhLk9sWdPz0aEcYb1uNfJ3gH',
    site: 'web',
    kind: 'checkout',
    structure:
      "Squarespace-style React checkout with emotion-hashed css-* classes; payment step is an ARIA role=radiogroup of div role=radio rows (aria-checked); PayPal and Clearpay named only by <img alt>, Klarna only by SVG <title>; Clearpay row aria-disabled with 'Unavailable for orders over £1,000.00'; Klarna/Clearpay also named in a product note and footer logos",
    expected: { total: 118400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/checkout-nuxt-fr-pressed-tiles-paypal-4x-alma',
    url: 'https://www.maison-vercors.fr/commande/paiement',
    site: 'web',
    kind: 'checkout',
    structure:
      "Nuxt SSR checkout with scoped data-v-* attributes; payment step is a role=group of three <button aria-pressed> tiles (Carte bancaire pressed, 'Payer en 4X avec PayPal', Alma 3x); total as 'Total TTC 389,90 €'; PayPal 4X also in top banner, reassurance box and FAQ, Klarna named only in FAQ",
    expected: { total: 38990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/trap-sfra-afterpay-placement-line-items',
    url: 'https://www.ridgelineoutfitters.com/checkout?stage=payment#payment',
    site: 'web',
    kind: 'trap',
    structure:
      'SFRA checkout: payment step is Bootstrap ul.nav-tabs.payment-options role=tablist with li[data-method-id] tabs named only by <img alt> (Credit Card, PayPal); <afterpay-placement> messaging under the line item and under the grand total, plus Afterpay in banner, recommendation tiles and footer logos — none inside the payment step',
    expected: null,
  },
  {
    page: 'shopify/checkout-shop-pay-installments-own-radio-svg-title',
    url: 'https://cedarandloom.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkY3UTJYQ0s4TjZNVjRQRDlCM0hSVFdF?skip_shop_pay=true',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: hashed-class accordion fieldset with native radios (input + sibling label[for]); Shop Pay logo is an SVG <title> plus text 'Pay in full or in 4 interest-free installments'; card/PayPal beside it. Traps: Shop Pay express button, installment line in cart item, trust-badge app block with Afterpay/Klarna/Affirm logos after the Pay button.",
    expected: { total: 28416, currency: 'USD', programs: { 'shop-pay-installments': 'offered' } },
  },
  {
    page: 'woocommerce/checkout-klarna-payments-three-categories',
    url: 'https://harborpinesupply.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic (Storefront) checkout: ul.wc_payment_methods of li with native input.input-radio + label[for] holding category title and Klarna <img alt>; three Klarna Payments gateways (Pay in 4, Pay in 30 days disabled with notice in its payment_box, Financing) beside Stripe card and PayPal. Traps: promo bar, Klarna on-site messaging under order total, FAQ naming Affirm/Afterpay/Sezzle, footer logos.',
    expected: { total: 43212, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/checkout-magento-luma-au-zip-afterpay-over-limit',
    url: 'https://www.southerlyhome.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma Review & Payments step: div.payment-method blocks each with div.payment-method-title.field.choice (input.radio name=payment[method] + label[for] with logo <img alt>) and div.payment-method-content; Afterpay block has disabled radio, _disabled class and the over-limit reason as a message.notice inside its content. Traps: header BNPL banner, Zip/Afterpay widget in the sidebar, footer BNPL link and logos incl. Klarna.',
    expected: { total: 237395, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'shopify/checkout-more-methods-collapsed-afterpay-disabled',
    url: 'https://ridgelineoutfitters.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkY4UTdWUjNNWEtQ/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: fieldset of native radios in label[for] rows with hashed classes; card open, Afterpay radio disabled with a 'not available for this order' note; Klarna and PayPal inside a [hidden] container behind a 'Show more payment options' aria-expanded=false button; Klarna also named in order-summary item text and footer note",
    expected: { total: 249497, currency: 'USD', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/checkout-payment-method-select-affirm',
    url: 'https://larkspurandvine.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic checkout with theme override: #payment holds a <select name=payment_method> labelled by <label for> 'Payment method' with options Credit card / Affirm – Pay over time / PayPal (card selected), payment_box divs below; Affirm also in promo bar, upsell widget and footer, Afterpay/Klarna only in upsell and footer SVG <title>s",
    expected: { total: 51681, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bnpl-survey-radios-in-payment-panel',
    url: 'https://www.copperlinecoffee.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'BigCommerce Optimized One-Page Checkout: payment step ul.form-checklist with native radios name=paymentProviderRadio (Credit Card, PayPal logo img alt) followed in the same form-body by an app-injected optional survey fieldset of radios (Affirm/Klarna/Afterpay/None with logo imgs); Klarna also in footer logos',
    expected: null,
  },
  {
    page: 'web/checkout-react-tablist-affirm-klarna-iframe-card',
    url: 'https://www.northpineoutfitters.com/checkout?step=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'React/CSS-module checkout; ways to pay are role=tab buttons (Card, Affirm, Klarna) in a role=tablist with aria-selected; Affirm tab selected, its tabpanel visible; card and Klarna panels hidden, card panel holds Stripe-style iframes. Noise: Afterpay in a recommendation card, FAQ and footer logos.',
    expected: { total: 43020, currency: 'USD', programs: { affirm: 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/checkout-magento-uk-klarna-widget-iframe',
    url: 'https://www.hartleyandfinch.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, Review & Payments step: .payment-method rows with native radios + label[for] (Braintree card with hosted-field iframes, Braintree PayPal, Klarna klarna_kp checked/_active); the Klarna method content embeds Klarna's widget in an iframe (srcdoc) as an ARIA radiogroup listing 'Pay in 3 interest-free instalments' and 'Pay in 30 days'. Noise: Clearpay in product description and footer logos.",
    expected: { total: 18393, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-shopware-de-ratenzahlung-alert-banner',
    url: 'https://www.kaffeewerk-roesterei.de/checkout/confirm',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 storefront confirm page: .payment-methods inside form#changePaymentForm with .payment-method-radio native radios + label[for] (Kreditkarte, Vorkasse, plain PayPal checked); trap is an alert-info banner inside the same Zahlungsart card above the form naming 'Ratenzahlung mit PayPal' and Klarna as coming soon, plus footer payment logos (img alt).",
    expected: null,
  },
  {
    page: 'bigcommerce/us-affirm-prequalified-note',
    url: 'https://www.timberandtideoutfitters.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout: ul.form-checklist of li.form-checklist-item with input[name=paymentProviderRadio] + label[for] holding paymentProviderHeader (Affirm as img alt + 'Pay over time' heading); Affirm radio disabled, li has form-checklist-item--disabled, and the minimum-order note is a sibling <p> after the label (aria-describedby). Affirm also appears in promo bar, cart-side upsell text and footer logos (plus 'PayPal Pay Later' footer logo) as traps.",
    expected: { total: 4299, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'web/nextjs-nl-klarna-achteraf-ideal',
    url: 'https://www.fietsvak.nl/checkout/betalen',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js page with hashed CSS-module classes (PaymentMethods_tile__a3Xk9 etc.); payment step is a div[role=radiogroup] of <button role=radio aria-checked> tiles (no native inputs), Klarna logo as inline SVG <title>, Klarna tile aria-checked=true with a detail panel below; Klarna also named in header USP, upsell widget ('3 termijnen met Klarna'), footer logos and FAQ link as traps.",
    expected: { total: 8494, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/classic-us-sezzle-affirm-order-review-late',
    url: 'https://ridgelinecoffeesupply.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) checkout in its post-update_order_review state: #order_review (blockUI leftovers only as inline position/zoom style) holds the review table and #payment ul.wc_payment_methods; li.wc_payment_method with input.input-radio + label[for] + div.payment_box. Sezzle li has class 'disabled', radio disabled, and a sibling notice span; Affirm is checked with its payment_box 'Pay over time with Affirm'. Store notice, footer logos (incl. Afterpay) and financing FAQ link are traps.",
    expected: { total: 24035, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'web/opencart-au-afterpay-table-radios',
    url: 'https://www.bondibrewgear.com.au/index.php?route=checkout/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'OpenCart 3 Bootstrap accordion; Step 5 payment methods in <table class="radio"> with radio in first <td>, label[for] + img alt logo + note in second <td>; totals in a bordered table in a right-column cart box (Sub-Total/Flat Shipping Rate/GST/Total); Afterpay+Zip noise in top ribbon, recommendations and footer logos',
    expected: { total: 20900, currency: 'AUD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'shopify/us-total-due-today-afterpay',
    url: 'https://ridgelinetrailsupply.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSjlUUkFJTFNVUFBMWTdRNEs1',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed classes; payment step is a <fieldset id=basic> of native radios with label[for], Afterpay selected and expanded into a 4-slot SVG-pie schedule; summary is a <dl> with Total USD $150.00 followed by a separate 'Due today $37.50' row; express Shop Pay/PayPal buttons above",
    expected: { total: 15000, currency: 'USD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'web/trap-prestashop-it-paypal-pay-in-3-banner',
    url: 'https://www.ceramichevalderno.it/ordine',
    site: 'web',
    kind: 'trap',
    structure:
      "PrestaShop 8 classic-theme checkout steps; payment step is .payment-options with custom-radio inputs name=payment-option and label[for] (carta/bonifico/PayPal, no pay-later); 'Paga in 3 rate ... PayPal' only in a promo note above the steps and in the footer logo row beside Klarna and Scalapay imgs",
    expected: null,
  },
  {
    page: 'woocommerce/blocks-uk-clearpay-over-limit-note',
    url: 'https://hartleyandfinch.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: payment-method fieldset with wc-block-components-radio-control accordion options (label[for] wrapping native radio); Clearpay radio has disabled attribute, wrapper aria-disabled, and a sibling <p> note 'available for orders between £1 and £1,000' referenced via aria-describedby. Noise: Clearpay/Klarna in announcement bar, product metadata, sidebar Clearpay placement widget, footer links and footer payment logos (Klarna only appears outside the step).",
    expected: { total: 124900, currency: 'GBP', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'web/custom-ca-select-affirm-disabled-option',
    url: 'https://mapleandmosstea.ca/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom Next.js checkout with hashed CSS-module classes; payment step is a single native <select id=payment-method> (Credit card, PayPal, Affirm as <option disabled> 'orders over C$50', Klarna <option selected>) plus a Klarna detail panel. Traps: promo strip (Affirm, Sezzle), summary upsell note (Affirm), FAQ <details> (Afterpay 'not at this time', PayPal Pay in 4), footer SVG <title> logos (Klarna, Affirm).",
    expected: { total: 4250, currency: 'CAD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/adyen-dropin-nl-klarna-paylater-selected',
    url: 'https://www.lumenhuis.nl/checkout/betalen',
    site: 'web',
    kind: 'checkout',
    structure:
      'Adyen Web Drop-in (v5-style li items) inside ul[role=radiogroup]; each method header is a button[role=radio][aria-checked] with a decorative radio span, logo img alt="" and name span; Klarna pay later (type klarna) selected with expanded redirect details, Klarna pay over time (klarna_account) collapsed; Klarna also named in a sidebar promo and footer logos',
    expected: { total: 8995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/shopware6-at-klarna-ratenkauf-unavailable',
    url: 'https://www.alpenrad-shop.at/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page: .payment-methods list of div.payment-method with input[name=paymentMethodId] + label[for] (img alt, strong name, p description); Klarna Rechnung checked, Klarna Ratenkauf input disabled with a 'Für diese Bestellung nicht verfügbar' note; a hidden .collapse holds Vorkasse; Klarna Ratenkauf also mentioned in a line-item financing note, an aside tip and footer logos; total in dl.checkout-aside-summary-list",
    expected: { total: 124900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/trap-order-received-afterpay-paid',
    url: 'https://saltandwattle.com.au/checkout/order-received/48213/?key=wc_order_Qm7xV2pLk9aZs',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce (Storefront theme) thank-you page: ul.woocommerce-order-overview with 'Payment method: Afterpay', an Afterpay plugin paid-instalment notice and schedule, order details table whose tfoot repeats 'Payment method: Afterpay'; no payment method chooser; Afterpay/Zip also in related-product messaging, a post-purchase survey radio group and SVG <title> footer icons",
    expected: null,
  },
  {
    page: 'web/ionic-us-ion-radio-affirm-sezzle-disabled',
    url: 'https://m.trailheadoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Ionic 6 legacy light DOM: ion-radio-group[role=radiogroup] > ion-item > ion-label + ion-radio[role=radio][aria-checked]; disabled Sezzle marked only by ion-item[aria-disabled] / ion-radio[aria-hidden] + radio-disabled class, with ion-note sibling giving the reason; FAQ and promo card mention other programs',
    expected: { total: 31240, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'web/sfra-uk-klarna-pay-in-3-tab',
    url: 'https://www.harrowgateandfinch.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFRA ul.nav-tabs.payment-options[role=tablist] > li.nav-item[data-method-id] > a.nav-link[role=tab] with logo <img alt> (Credit Card, PayPal, Klarna badge + 'Pay in 3'); Klarna tab active; PayPal Pay in 3 message only in order-total summary; Klarna/Clearpay also in header banner and footer logos",
    expected: { total: 21400, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-hyva-uk-paypal-pay-in-3-clearpay-tooltip',
    url: 'https://www.copperandkiln.co.uk/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Hyvä Checkout (Magewire/Alpine/Tailwind) ol#payment-method-list > li > input[type=radio] + label[for] split; PayPal Pay in 3 (braintree_paypal_paylater) checked; Clearpay radio disabled with reason only in a role=tooltip div (display:none, x-show) referenced via aria-describedby on an info button; Clearpay/Klarna also in promo strip, recommendation and footer logos',
    expected: { total: 7650, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/classic-us-afterpay-affirm-after-coupon',
    url: 'https://juniperandpine.co/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic checkout: ul.wc_payment_methods of native radios with label[for] + img alt logos and payment_box descriptions (Afterpay checked, others' boxes display:none); Afterpay promo strip in header, footer logos incl. PayPal Pay Later/Zip and a Klarna 'coming soon' aside as traps",
    expected: { total: 12495, currency: 'USD', programs: { afterpay: 'offered', affirm: 'offered' } },
  },
  {
    page: 'shopify/nz-laybuy-afterpay-over-limit',
    url: 'https://kowhailiving.co.nz/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUo5V0s3UjJQ/information',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed CSS-module classes: fieldset#basic of radios name=basic, wallet/BNPL names only as logo img alt + visually-hidden span; Afterpay label aria-disabled with disabled radio and aria-describedby reason; order-summary aside promo mentions Afterpay/Laybuy as trap',
    expected: { total: 186000, currency: 'NZD', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'bigcommerce/us-klarna-pay-in-4-and-financing-disabled',
    url: 'https://www.tidewateraudio.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'BigCommerce Optimized One-Page Checkout (checkout-js): ol.checkout-steps with collapsed completed steps, payment step ul.form-checklist of radios name=paymentProviderRadio with label[for] wrapping paymentProviderHeader (img alt logos, SVG <title> card icons); two Klarna rows, financing row li.form-checklist-item--disabled + disabled radio + reason; recommendation widget and footer logos (Klarna, PayPal Pay in 4, Sezzle, Affirm) as traps',
    expected: { total: 64900, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/zencart-us-checkout-payment-affirm-paypal-later',
    url: 'https://www.harborlaneoutfitters.com/index.php?main_page=checkout_payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Zen Cart template_default: fieldset.payment with bare radio + label.radioButtonLabel[for] rows (wrapped in div.moduleRow) separated by br.clearBoth; totals in fieldset#checkoutOrderTotals with div#ottotal (amount div precedes title div, both float right); Affirm/PayPal/Klarna/Afterpay names also in header banner, sidebox, footer and FAQ banner',
    expected: { total: 48620, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/nopcommerce-uk-paypal-pay-in-3-klarna-disabled',
    url: 'https://www.thornburyhomeandgarden.co.uk/onepagecheckout#opc-payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      'nopCommerce one-page checkout ol.opc: active li#opc-payment_method holds ul.method-list#payment-method-block, each li > div.method-name > div.payment-logo(img alt in label[for]) + div.payment-details(input radio + label[for]); Klarna li.disabled with disabled radio and sibling span reason; totals in table.cart-total tr.order-total; Klarna/PayPal/Clearpay also in promo strip, product messaging, also-purchased widget and footer SVG titles',
    expected: { total: 31200, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/oxid-de-klarna-rechnung-dl-list',
    url: 'https://www.waldlaeufer-outdoor.de/index.php?lang=0&cl=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'OXID flow/azure payment step: div#paymentMethods holds one dl per method, dt = input[name=paymentid] radio + label[for] > b name, dd (description) visible only with class activePayment for the checked Klarna Rechnung; separate shipping <select> form above; Gesamtsumme with trailing € in an aside basket table; Klarna/PayPal Später Bezahlen also in USP bar, FAQ note and footer',
    expected: { total: 8990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/flutter-web-au-semantics-afterpay-zip-hash-route',
    url: 'https://shop.saltbushandco.com.au/#/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Flutter web (CanvasKit) with semantics enabled: visible UI on a canvas inside flt-glass-pane's shadow root; payment step only exists as flt-semantics role=radiogroup > role=radio nodes with aria-checked and merged multi-line aria-label (title\nsubtitle), absolutely positioned via matrix transforms; BNPL names also in recommendation tiles and footer logo nodes (incl. Klarna, PayPal)",
    expected: { total: 18450, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/details-accordion-us-klarna-affirm',
    url: 'https://www.northfoldoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Exclusive accordion of native <details name="payment"> (no inputs for the choice): open details = selected; each <summary> has an aria-hidden CSS radio dot, name span, hint, logo img/SVG<title>; CSS-module hashed classes; BNPL noise in Affirm promo under cart line, summary footnote, FAQ (Afterpay/Sezzle/Shop Pay) and footer logos',
    expected: { total: 72900, currency: 'USD', programs: { klarna: 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/dialog-sheet-uk-clearpay-paypal-pay-in-3',
    url: 'https://www.hollinsandrye.co.uk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Mobile checkout with an open <dialog open aria-modal="true"> bottom sheet in a portal after #root (#root aria-hidden="true" data-aria-hidden="true"); native radios with label[for] split in <li> rows, none checked yet; Clearpay radio disabled with aria-describedby reason; logos are alt="" imgs; page behind repeats Klarna/Clearpay in USP bar, product promo and footer',
    expected: { total: 5800, currency: 'GBP', programs: { afterpay: 'unavailable', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/shopware-de-paypal-spaeter-bezahlen-easycredit',
    url: 'https://www.fahrradwerk-kessler.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: div.payment-method > div.form-check.payment-method-radio with input.payment-method-input + label[for] holding img alt + strong.payment-method-title; 'Später Bezahlen' row shows only the PayPal logo; Rechnung inside a collapsed 'Weitere Zahlungsarten' block; promo box and footer logos mention Klarna/Pay Later outside the step",
    expected: { total: 134900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/magento-amasty-osc-uk-klarna-clearpay',
    url: 'https://www.harrowandfinch.co.uk/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Amasty OSC 3-column layout; Knockout-rendered div.payment-method (_active on Klarna) > div.payment-method-title.field.choice > input.radio + label.label; Klarna named only by logo img alt + 'Pay in 3' text, Clearpay named only by logo img alt; PayPal Pay in 3 / Klarna / Clearpay also in cross-sell widget, header banner and footer",
    expected: { total: 14999, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/au-humm-openpay-pressed-tiles-afterpay-disabled',
    url: 'https://www.southerlyoutdoor.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Next.js custom checkout with hashed CSS-module classes; payment step is a 2x2 grid of <button aria-pressed> tiles (humm pressed), no radios; humm/Openpay named only by img alt, Afterpay only by SVG <title>, Afterpay tile disabled with aria-describedby limit message; Zip/Afterpay/PayPal Pay in 4 also in promo bar, FAQ and footer SVG logos',
    expected: { total: 245000, currency: 'AUD', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'web/prestashop8-fr-paypal-4x-alma-klarna',
    url: 'https://www.atelier-lumiere-deco.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic one-page checkout, step #checkout-payment-step; div.payment-options with div.payment-option rows (span.custom-radio > input.ps-shown-by-js[name=payment-option] + sibling label[for] with text + logo img), js-additional-information siblings hidden via .ps-hidden except the checked Klarna option; PayPal 4X via ps_checkout-paylater, Alma 3x (not a tracked program), Klarna 'Payer plus tard' checked; reassurance/footer noise",
    expected: { total: 38690, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/select-optgroup-uk-klarna-clearpay-disabled',
    url: 'https://www.hartwellandfinch.co.uk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "custom UK checkout; way to pay is a single native <select> with optgroups 'Pay now' (card, PayPal) and 'Pay later' (Klarna Pay in 3 selected, Clearpay <option disabled> with limit reason); Klarna/Clearpay/PayPal Pay in 3 noise in USP bar, summary promo, recommendations, FAQ and footer logos",
    expected: { total: 112000, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/checkoutwc-us-afterpay-affirm-accordion',
    url: 'https://ridgelineoutfitters.com/checkout/#cfw-payment-method',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'CheckoutWC tabbed checkout: #cfw-payment-method panel with ul.wc_payment_methods.cfw-radio-reveal-group accordion; li.wc_payment_method each with input.input-radio + label[for] (title span + logo img) and a div.payment_box.cfw-radio-reveal-content (display:none unless chosen); Afterpay chosen with installment schedule; Afterpay/Affirm/Klarna also named in cart-summary placement, trust badge and footer logos',
    expected: { total: 31875, currency: 'USD', programs: { afterpay: 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/nuxt-storefront-uk-sfradio-klarna-clearpay',
    url: 'https://www.hollowandhearth.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Nuxt SSR Vue Storefront checkout: payment step is a stack of Storefront UI SfRadio blocks (div.sf-radio[.is-active] > label.sf-radio__container > visually hidden input.sf-radio__input + div.sf-radio__checkmark + div.sf-radio__content with .sf-radio__label/.sf-radio__description); Klarna named only by SVG <title>, Clearpay by img alt + label; Klarna/Clearpay/PayPal also in top bar, recommendation cards and footer',
    expected: { total: 9240, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/nextjs-au-sr-only-radios-card-tiles-zip-afterpay',
    url: 'https://www.saltbushrunning.com.au/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js (pages router, CSS-module hashed classes) checkout: native radios hidden with Tailwind-style .sr-only clip, sibling label[for] tiles styled via .peer:checked~ are the visible UI; Afterpay radio checked with instalment panel after its label; Zip radio disabled, tile greyed, reason 'Zip is unavailable in your area' linked by aria-describedby; Afterpay/Zip/Klarna/PayPal Pay in 4 also in summary banner, FAQ details and footer logos",
    expected: { total: 9600, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/spree-us-affirm-klarna-po-box',
    url: 'https://www.ridgelineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Spree frontend checkout: ul#payment-method-fields > li.list-group-item > label wrapping input[type=radio name=order[payments_attributes][][payment_method_id]]; Klarna input disabled with a sibling span note; Affirm as-low-as promo inside its li; Affirm/Klarna also in promo strip, recommendation cards and footer logos',
    expected: { total: 38900, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/drupal-commerce-uk-clearpay-paypal-pay-in-3',
    url: 'https://www.hearthandloom.co.uk/checkout/1234/order_information',
    site: 'web',
    kind: 'checkout',
    structure:
      "Drupal Commerce 2 payment_information pane: fieldset.form-composite > div.form-radios > div.js-form-item.form-type-radio with input#edit-payment-information-payment-method-* and sibling label[for].option; Klarna only in a sidebar 'coming soon' block and footer logos; Clearpay also in site-wide banner",
    expected: { total: 18450, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/angular-material-de-klarna-rechnung-disabled',
    url: 'https://www.waldkind-naturmode.de/de/EUR/checkout/payment-type',
    site: 'web',
    kind: 'checkout',
    structure:
      'Spartacus-style Angular app (cx-* elements, _ngcontent attrs): mat-radio-group[role=radiogroup] of mat-radio-button hosts with inner input.mdc-radio__native-control + label.mdc-label[for]; chosen host has mat-mdc-radio-checked; Klarna input disabled with mdc-radio--disabled and a red hint span inside the label; Klarna also in top bar, FAQ details, recommendation carousel and footer SVG title',
    expected: { total: 8990, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/sveltekit-au-afterpay-zip-role-radio',
    url: 'https://www.saltbushandco.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'SvelteKit checkout with hashed svelte-xxxx classes; payment step is a div[role=radiogroup] of div[role=radio] tiles with aria-checked (Zip true, Card/Afterpay false), brand logos as inline SVG <title>; Afterpay/Zip also appear in the top bar, a recommendations widget and the footer logos (noise).',
    expected: { total: 31000, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/aspnet-webforms-us-affirm-radiobuttonlist',
    url: 'https://www.harborpointmarine.com/Checkout.aspx',
    site: 'web',
    kind: 'checkout',
    structure:
      "Legacy ASP.NET WebForms page (__VIEWSTATE, __doPostBack); payment step is a RadioButtonList rendered as <table id=ctl00_MainContent_rblPaymentMethod> with <input type=radio name=ctl00$MainContent$rblPaymentMethod> + <label for> per cell: Credit Card (checked), PayPal, Affirm Monthly Payments; total in span#ctl00_MainContent_lblGrandTotal. Affirm also appears in a promo bar, a 'Need Financing?' sidebar and footer logos (noise).",
    expected: { total: 124000, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/lightspeed-nl-riverty-afterpay-klarna',
    url: 'https://www.fietsbel-utrecht.nl/checkout/onestep/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Lightspeed eCom one-step checkout (gui-* classes, form#gui-form posting to /checkout/onestep/update/); payment step is div.gui-block-payment with native radios name=payment_method, logo <img alt> and title in separate label[for] elements: iDEAL (checked, bank <select>), Klarna - Betaal binnen 30 dagen, AfterPay – Achteraf betalen (value afterpay|nl_digital_invoice, 14-day invoice), PayPal. The AfterPay row is Riverty's (formerly Arvato) Dutch invoice pay-later service, a different company and product from Block's Afterpay/Clearpay pay-in-4, so it is NOT the 'afterpay' program and is left out of expected; only Klarna counts. Klarna/AfterPay also in USP bar, footer FAQ link and footer logos (noise).",
    expected: { total: 14995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/radix-react-uk-klarna-clearpay-gift-card',
    url: 'https://www.hearthandwick.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Next.js/commercetools headless checkout with Radix RadioGroup: div[role=radiogroup] of button[role=radio][data-state] plus aria-hidden bubble inputs, labels via label[for=radix-:rN:]; Clearpay button has disabled+data-disabled and a reason line; hashed CSS-module classes',
    expected: { total: 6400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/shopware6-ch-klarna-twint-chf',
    url: 'https://www.velowerk-zuerich.ch/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 confirm page: .payment-methods list of native radio input.payment-method-input with separate label[for] holding img + strong name; Klarna logo img has empty alt, name only in <strong>; total in dl.checkout-aside-summary-list dd.summary-total with Swiss apostrophe thousands separator',
    expected: { total: 129900, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/vtex-us-affirm-payment-group-tabs',
    url: 'https://www.northfieldoutfitters.com/checkout/#/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'VTEX legacy checkout: #payment-data accordion with .payment-group-list-btn of <a> tab links (id payment-group-*PaymentGroup, active class, no radios), names only in span.payment-group-item-text; hidden per-group panels in .steps-view (Affirm panel display:none); total in table.totalizers tfoot td.monetary',
    expected: { total: 84900, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/magento-au-humm-zip-afterpay-over-limit',
    url: 'https://www.coastalhomeliving.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma checkout: div.payment-method rows with input.radio name=payment[method] + label.label[for] inside .payment-method-title.field.choice; Zip name only in img alt; Afterpay row has disabled radio, _disabled class, logo as inline SVG <title>, limit message via aria-describedby sibling; Afterpay/Zip/humm also in top banner, cart item note and footer logos',
    expected: { total: 235000, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'shopify/shopify-fr-ca-afterpay-versements',
    url: 'https://erableetlin.ca/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSlg3UEs0TTNBQkNERUZHSEpLTE1OUFFS/fr-ca',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout: fieldset#basic of native radios name=basic with label[for] in hashed-class rows, PayPal label visually hidden (name only in img alt), Afterpay instalment text via aria-describedby span; Shop Pay/PayPal express buttons above and a Shop Pay Installments mention in the summary aside as noise',
    expected: { total: 12345, currency: 'CAD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'woocommerce/woo-it-scalapay-klarna-paypal-paga-in-3',
    url: 'https://www.bottegaceramichevietresi.it/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic (Storefront) checkout: ul.wc_payment_methods of native radios name=payment_method with sibling label[for], logos as img alt, collapsed div.payment_box descriptions; Klarna label text has no program name (only img alt); Scalapay/Klarna/PayPal also in promo strip, upsell and footer logos',
    expected: { total: 28900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-de-klarna-sofort-rechnung-unavailable',
    url: 'https://www.kaffeemanufaktur-lindner.de/bestellung',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic checkout: #checkout-payment-step (.checkout-step.-current) with .payment-options of .payment-option containers, input[name=payment-option] + label[for], sibling .additional-information / .js-payment-option-form blocks (ps-hidden when not chosen). Klarna module renders two options: 'Klarna – Rechnung' with radio disabled, greyed, and a warning line 'Rechnungskauf ist für diese Bestellung leider nicht möglich'; 'Klarna – Sofort bezahlen' selectable and checked. Klarna as a whole reads as offered: the program id is Klarna itself, and the shopper can still select a Klarna option here, so the best status across its options wins; only the invoice sub-option is unavailable. Traps: footer 'Ratenkauf mit Klarna' link and an Afterpay logo among footer payment logos. (Reading: its author counted Klarna offered, by its Sofort option; Sofort bezahlen is Klarna paid at once, and its pay-later option, Rechnung, is unavailable here.)",
    expected: { total: 34900, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'bigcommerce/late-klarna-pay-in-4-and-financing-survey',
    url: 'https://www.northbayaudio.com/checkout',
    site: 'bigcommerce',
    kind: 'late',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js): collapsed Customer/Shipping/Billing steps, then Payment step drawn ~0.9s late from a <template> (loading overlay first). ul.form-checklist > li.form-checklist-item with radio name=paymentProviderRadio + label[for] holding paymentProviderHeader; Klarna appears twice, brand only in img alt='Klarna' with names 'Pay in 4' (selected, widget with 4 x $160.00) and 'Financing' (li.form-checklist-item--disabled, aria-disabled, disabled radio, sibling message 'Financing is available for orders of $650 or more'). Program-level klarna = offered because Pay in 4 is selectable. Card brands via SVG <title>. Traps: 'how did you hear' survey radios naming Klarna app / Afterpay outside the step, footer SVG logos incl. Klarna/Affirm.",
    expected: { total: 64000, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-us-braintree-paypal-credit-affirm',
    url: 'https://www.ridgelineoutfitters.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Review & Payments' step: div.payment-group > div.payment-method blocks, each a native radio name=payment[method] + label[for] (braintree with hosted-field iframes, braintree_paypal, braintree_paypal_credit, affirm_gateway whose label text is only 'Monthly Payments' with 'Affirm' in the logo img alt). PayPal Credit (revolving credit line, 'No Interest if paid in full in 6 months') is treated as NOT a pay-later program in the list (not paypal-pay-in-4) and is omitted. Traps: PayPal Pay Later 'Pay in 4' messages under cross-sell products below the checkout, Affirm/Klarna logos and a financing link in the footer.",
    expected: { total: 148000, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'woocommerce/woo-us-katapult-sezzle-affirm-disabled',
    url: 'https://hearthandgrain.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) checkout: #payment > ul.wc_payment_methods > li.wc_payment_method, native radio name=payment_method + sibling label[for] + hidden div.payment_box. Credit card (Stripe iframes) checked; Katapult lease-to-own (not a listed program); Sezzle li has aria-disabled, disabled radio, name only as logo img alt, and a sibling note 'Sezzle is not available for orders over $2,000'; Affirm offered. Traps: FAQ below names Afterpay/Klarna/PayPal Pay in 4, footer logo strip, 'Financing & Lease-to-Own' nav link.",
    expected: { total: 224000, currency: 'USD', programs: { sezzle: 'unavailable', affirm: 'offered' } },
  },
  {
    page: 'web/nopcommerce-us-paypal-pay-later-sezzle',
    url: 'https://www.copperkettlekitchen.com/onepagecheckout',
    site: 'web',
    kind: 'checkout',
    structure:
      "nopCommerce one-page checkout accordion (ol.opc#checkout-steps); earlier steps collapsed (display:none), active #opc-payment_method holds ul.method-list#payment-method-block of native radios name=paymentmethod with label[for] on both logo img and name; PayPal's Pay in 4 is a sub-line in PayPal Checkout's .payment-description. Traps: Affirm in 'Customers also bought' widget, Afterpay/Klarna in footer FAQ link and accepted-payments logos.",
    expected: { total: 11840, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered' } },
  },
  {
    page: 'shopify/shopify-us-checkout-zip-and-afterpay-both-collapsed-details',
    url: 'https://harborandpine.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSk1UN0szWlE4RkNW',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed CSS-module classes: fieldset#basic of native radios (name=basic) each with label[for] + aria-controls collapsible panel; Zip checked with panel open (4 installments of $72.50), Afterpay and Credit card panels collapsed (aria-hidden/inert, height 0). Klarna only in an order-summary trust block (not in step); Shop Pay only as express button.',
    expected: { total: 28999, currency: 'USD', programs: { zip: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'shopify/shopify-de-klarna-sofort-only-paypal-later',
    url: 'https://leinenwerk-hamburg.de/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpFQzRQRzhNN1ZSWlQ4/de-de',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: hashed-class accordion, <fieldset id=basic> with native radios + label[for] split; PayPal is only a logo <img alt> with a 'Später bezahlen mit PayPal möglich' subtitle (PayPal Pay Later, offered); 'Klarna – Sofort bezahlen' is Klarna's pay-now bank transfer, so NOT a pay-later program; FAQ app block in the summary column names Klarna Rechnung/Ratenkauf (trap, outside the step)",
    expected: { total: 12990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'woocommerce/woo-nl-riverty-in3-klarna-later',
    url: 'https://www.fietsmaker-utrecht.nl/afrekenen/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout (Mollie gateways): wc-block-components-radio-control accordion, each option a <label for> wrapping the native radio and the title, logo <img alt>; iDEAL checked. Riverty (Dutch invoice, its description says 'voorheen AfterPay', but not Afterpay/Clearpay) and in3 are pay-later services outside the id list, so only Klarna counts; USP bar, cross-sells, footer FAQ ('AfterPay') and logos are traps",
    expected: { total: 21240, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-uk-paypal-pay-in-3-message-under-paypal',
    url: 'https://www.harrowfieldhome.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma opc: #checkout-payment-method-load .payment-group of .payment-method blocks with input.radio + label[for]; PayPal Express _active with data-pp-message Pay in 3 text in its .payment-method-content; Clearpay radio disabled with .message.notice sibling; Klarna/Clearpay noise in header strip, promo strip, footer logos/FAQ',
    expected: { total: 9600, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/wix-uk-klarna-clearpay-disabled',
    url: 'https://www.mossandmeadowcandles.co.uk/checkout?appSectionParams=%7B%22checkoutId%22%3A%227c1e4a2b-93d0-4f8e-b1a6-5d2e0c9f8a13%22%7D',
    site: 'web',
    kind: 'checkout',
    structure:
      'Wix Stores checkout: data-hook=payment-checkout-step with role=radiogroup of data-hook=payment-method-option rows, visually hidden radios inside labels with hashed classes, SVG <title>/img alt icons; Clearpay row aria-disabled + disabled radio with data-hook=payment-method-disabled-reason; Klarna/Clearpay noise in refund policy and footer logos',
    expected: { total: 5850, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/squarespace-us-afterpay-klarna-paypal-later',
    url: 'https://www.juniperandash.com/checkout?cartToken=Xq7Lr2mT9vKp3Wd8Hs1Nf5Bc0Yz4Ja6G',
    site: 'web',
    kind: 'checkout',
    structure:
      'Squarespace React checkout with emotion css-* hashed classes: role=radiogroup of <button role=radio aria-checked> tiles, program names only in SVG <title> for Afterpay/Klarna; PayPal tile chosen and its panel holds PayPal smart buttons incl. a separate role=link aria-label="Pay Later" button; noise in recommendation widget and \'how did you hear about us\' survey select',
    expected: {
      total: 18400,
      currency: 'USD',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/custom-elements-us-afterpay-affirm-light-dom',
    url: 'https://shop.harborandpine.com/checkout/payment?step=payment&cart=c_8f31e0a7',
    site: 'web',
    kind: 'checkout',
    structure:
      'Headless storefront: light-DOM custom elements <pay-method-list>/<pay-method selected|disabled>/<pay-method-title>, no inputs; Afterpay logo only as <img alt> + sr-only text, Affirm via SVG <title> with disabled attribute and caption reason; noise mentions Klarna/Sezzle/PayPal/Shop Pay outside the step.',
    expected: { total: 31200, currency: 'USD', programs: { afterpay: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/magento-ca-fr-afterpay-sezzle',
    url: 'https://www.boutiquelaurentienne.ca/fr/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma one-page checkout (knockout comments left in DOM): div.payment-method > .payment-method-title.field.choice with native input.radio + label[for]; Carte de crédit _active/checked, Afterpay logo img alt + instalment text, Sezzle radio disabled with _disabled class and sibling note; hidden shipping form still in DOM; Sezzle cart widget + footer logos as noise.',
    expected: { total: 27540, currency: 'CAD', programs: { afterpay: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'woocommerce/woo-blocks-au-zip-afterpay-over-limit-hidden-notice',
    url: 'https://coastlinecycles.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: fieldset#payment-method with wc-block-components-radio-control accordion options (label[for] wrapping input); Card checked, Zip offered via <img alt>, Afterpay radio disabled with no visible reason — limit notice is a .screen-reader-text span reached only via the radio's aria-describedby; shipping-rate radios above, Afterpay/Zip/Klarna mentions in promo strip, product metadata, footer FAQ and logos.",
    expected: { total: 248000, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/adyen-dropin-nl-klarna-riverty-ideal',
    url: 'https://www.fietsplein-utrecht.nl/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Adyen Web Drop-in: ul.adyen-checkout__payment-methods-list[role=radiogroup] of li.adyen-checkout__payment-method--<type>, each header a button[role=radio][aria-checked] with empty-alt logo img + name span; iDEAL selected with open details (aria-pressed issuer buttons); Riverty uses the legacy afterpay_default type (class and logo URL say 'afterpay' but it is Riverty, not Afterpay/Clearpay); in3 only in promo/footer",
    expected: { total: 14995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-fr-alma-oney-4x-trap',
    url: 'https://www.maison-verdelle.fr/commande',
    site: 'web',
    kind: 'trap',
    structure:
      'PrestaShop 8 classic checkout: #checkout-payment-step section with .payment-options, each option a hidden-styled native radio (name=payment-option, data-module-name) split from its label[for] text + img alt; options are Carte bancaire, plain PayPal, Alma 3x/4x (aria-pressed plan buttons in collapsed additional-information) and Oney 3x 4x — French instalment providers outside the program list, so trap',
    expected: null,
  },
  {
    page: 'web/shopline-us-klarna-afterpay-sezzle',
    url: 'https://www.luminafitgear.com/checkouts/2c7f41d9a08b4e3f9d1b6a5e0c3f7a21/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopline React checkout with CSS-module hashed classes: div[role=radiogroup] card list, each row's header div[role=radio][aria-checked]; Afterpay named only via inline SVG <title>; Sezzle row aria-disabled with greyed class and red tip; Affirm/Zip only in recommendation widget and footer logos",
    expected: {
      total: 8647,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/ecwid-ca-affirm-sezzle',
    url: 'https://lakeheadpaddle.ca/store/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ecwid storefront: div.ec-radiogroup > label.ec-radiogroup__item wrapping form-control--radio/form-control__radio-wrap custom radios; Affirm titled only 'Monthly payments' (brand only in description + logo img alt); Sezzle item has ec-radiogroup__item--disabled, disabled input and limit reason; Affirm/Sezzle/Klarna/Afterpay also in sidebar promo, FAQ and footer logos",
    expected: { total: 112000, currency: 'CAD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'web/oxid-de-paypal-spaeter-klarna-rechnung',
    url: 'https://www.hanselmann-kaffee.de/index.php?lang=0&cl=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "OXID eShop (wave-style) #paymentMethods card: div.well > dl > dt(input[name=paymentid] + label[for] <b>title</b> + logo img) / dd.payment-option desc; pay-later options named only in German ('PayPal Später Bezahlen', 'Klarna Rechnung'); PayPal logo img has empty alt; separate shipping select above; PayPal messaging banner, Klarna Ratenkauf teaser and footer logos as noise",
    expected: { total: 25480, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-pl-klarna-paypo-blik',
    url: 'https://gorskieszlaki.pl/zamowienie/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic checkout (Storefront): #payment ul.wc_payment_methods > li.wc_payment_method with input.input-radio[name=payment_method] + label[for] + collapsed div.payment_box; BLIK/Przelewy24/Klarna/PayPo (PayPo is not a tracked program); Klarna OSM placement under order table, survey select with Klarna/PayPo options, footer BNPL blurb incl. 'PayPal Pay Later' and logos as noise",
    expected: { total: 64900, currency: 'PLN', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/ionic-us-paypal-sezzle-ion-radio',
    url: 'https://shop.lumensupply.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Ionic 8 PWA (Stencil hydrate, declarative shadow roots with s-id/c-id): <ion-radio-group role=radiogroup> of shadowed <ion-item>s; each <ion-radio> host has role=radio/aria-checked, shadow .radio-icon (no native input) and a <slot> for light-DOM label text; program logos as SVG <title> in item start slot; total in <ion-footer> toolbar; Affirm/Klarna/Afterpay only in cards/footer',
    expected: { total: 21240, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered' } },
  },
  {
    page: 'web/lit-ssr-us-affirm-klarna-shadow-radios',
    url: 'https://www.harborandpine.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Lit SSR declarative shadow root on <checkout-payment>: fieldset with native radios + label[for] inside shadow (lit-part markers, slotted light-DOM heading); Klarna radio disabled with aria-describedby note; total in light-DOM <dl> summary; Afterpay only in recos/survey/footer',
    expected: { total: 64000, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shoelace-au-afterpay-zip-sl-radio-group',
    url: 'https://www.saltbushandco.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shoelace (Lit SSR) <sl-radio-group> with declarative shadow fieldset[role=radiogroup] + default slot; each <sl-radio> host has role=radio/aria-checked and its own shadow (control span, sl-icon, label slot) with light-DOM label text/logos; Zip host disabled + aria-disabled with slotted note; sl-input address fields also in shadow; Klarna only in FAQ',
    expected: { total: 38900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/salesforce-lwr-us-afterpay-shadow-dom',
    url: 'https://shop.redwoodandpine.com/s/checkout/0a6Hs000001kYzQIAU',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce LWR checkout; payment step is commerce_unified_checkout-payment with nested declarative open shadow roots, radios inside lightning-radio-group's shadow (SLDS slds-radio input+label[for]), total in a separate shadow-rooted summary; Afterpay/PayPal Pay in 4/Klarna/Affirm/Sezzle/Zip noise in promo bar, recommendations and footer",
    expected: { total: 21240, currency: 'USD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'web/stencil-de-klarna-rechnung-shadow',
    url: 'https://www.waldlaeufer-outdoor.de/checkout/zahlung',
    site: 'web',
    kind: 'checkout',
    structure:
      "Stencil SSR declarative shadow roots: <shop-payment-selector> shadow (heading 'Zahlungsart' + role=radiogroup wrapping <slot>) with light-DOM <shop-payment-option> hosts, each with its own shadow root holding a native radio and a <slot> for the light-DOM title; Klarna/PayPal pay-later promos in recommendations and footer logos outside the step",
    expected: { total: 18990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/salesforce-lwr-au-afterpay-zip-tiles',
    url: 'https://www.coastlinesurf.com.au/s/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Salesforce LWR/LWC SSR: webruntime-app > layout > commerce_builder-checkout-payment > commerce_unified_checkout-payment-method-tiles, each a declarative shadow root (3-4 levels); tiles are button role=radio aria-checked inside role=radiogroup, Zip aria-disabled with reason text; total in a sibling summary component slotted into the sidebar; Klarna only in FAQ and footer logos',
    expected: { total: 45900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/light-step-shadow-promo-banner',
    url: 'https://www.hearthandhollow.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Light-DOM fieldset/legend 'Payment' with native radios and label[for] split (CSS-module hashed classes), Affirm named only via img alt + note; Klarna/Afterpay in a <promo-banner> declarative shadow root above the header, Sezzle/Zip in a <help-drawer> shadow-root FAQ, BNPL SVG <title> logos in footer",
    expected: { total: 74250, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/fluent-us-sezzle-zip-fluent-radio-group',
    url: 'https://shop.ridgeline-roasters.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Fluent UI (FAST) web components with declarative shadow roots: fluent-radio-group (role=radiogroup) of fluent-radio hosts with role=radio/aria-checked/aria-disabled on the host and label text slotted from light DOM; each radio in a light-DOM row div with a sibling note; Zip host has disabled + aria-disabled=true and note 'Zip isn't available for this order'; Sezzle/Zip/Afterpay also in announcement bar, FAQ and footer",
    expected: { total: 9610, currency: 'USD', programs: { sezzle: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/material-web-us-affirm-klarna-md-radio',
    url: 'https://www.northfieldworkshop.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Material Web SSR (declarative shadow roots): md-list of md-list-items, each with an md-radio (shadow root draws only the circle SVG + hidden inner input); option text in light DOM labels (wrapping for Card, label[for] pointing at md-radio id for Affirm/Klarna); Affirm/Klarna also in promo strip, summary upsell, recommendations and footer logos',
    expected: { total: 118600, currency: 'USD', programs: { affirm: 'offered', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/square-placement-shadow-trap',
    url: 'https://www.cascadetrailsupply.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce-style optimized checkout: payment step is a native-radio form-checklist with only Credit Card and PayPal; Afterpay <square-placement> (shadow root with 'or 4 interest-free payments of $24.99 with Afterpay' + logo img) under the order total and <klarna-placement> (shadow root, 'Pay in 4 interest-free payments with Klarna.') in the cart items section; Afterpay/Klarna logos in footer",
    expected: null,
  },
  {
    page: 'web/b2b-us-net-terms-invoice-trap',
    url: 'https://business.keystonelabsupply.com/checkout/payment',
    site: 'web',
    kind: 'trap',
    structure:
      'B2B payment step is a native <select name="payment[method]"> (Net 30 \'Pay later\' invoice selected, Apruve invoice, card, ACH) with per-method detail panels; Affirm/Klarna only as footer badge <img alt> row, help-box text and a consumer-store note',
    expected: null,
  },
  {
    page: 'shopify/shopify-us-shop-pay-installments-radio',
    url: 'https://tidewaterceramics.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSjlYQjdSNFQ4',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed CSS-module classes: fieldset#basic of native radios (name="basic") with label[for] and brand logos as <img alt>/<svg><title>; PayPal label text visually hidden; separate Express checkout strip (Shop Pay/PayPal buttons with svg titles) and \'Remember me\' Shop account opt-in outside the payment step',
    expected: { total: 61200, currency: 'USD', programs: { 'shop-pay-installments': 'offered' } },
  },
  {
    page: 'web/vue-storefront-us-affirm-klarna-sf-radio',
    url: 'https://www.hollowpineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Nuxt/Storefront UI SfRadio list (div.sf-radio > label.sf-radio__container > hidden input.sf-radio__input + sf-radio__content with __label/__details/__description); Klarna row has is-disabled + disabled input and reason in description; Afterpay/Klarna/Affirm also in top bar, aside perks and footer logos',
    expected: { total: 134000, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/magento-fr-paypal-4x-klarna-unavailable',
    url: 'https://www.atelier-velo-lumiere.fr/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, step 2: #checkout-payment-method-load .payment-group with step-title 'Mode de paiement'; each .payment-method has .payment-method-title.field.choice with native radio name=payment[method] and sibling label[for] (logos as <img alt>); Klarna block has class _disabled, disabled radio, and a sibling .message.notice 'Non disponible pour ce montant'; sidebar table-totals has Total HT and Total TTC (payable) with U+202F thousands separator; reassurance widget and footer logos name Klarna/PayPal/Oney as noise",
    expected: { total: 159900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shopify-no-klarna-faktura-vipps',
    url: 'https://www.fjellstua-friluft.no/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUo5SzdRUjRYTk1GOEg3V1ZBM0IyQ1lERA/information',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed atomic classes: section[aria-label=Betaling] > fieldset#basic (sr-only legend) of native radios each followed by a sibling label[for] (split); card logos as <img alt>, Klarna logo as inline SVG <title>; noise: Shop Pay express button, a post-purchase-style survey radio group with a 'Klarna-appen' answer, sidebar trust text naming Klarna; total in role=table row 'Totalt' with NOK abbr",
    expected: { total: 124900, currency: 'NOK', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-es-klarna-paypal-paga-en-3',
    url: 'https://www.calzadosalameda.es/finalizar-compra/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: fieldset#payment-method with sr-only legend + aria-hidden h2 'Opciones de pago'; wc-block-components-radio-control accordion, each option a label[for] wrapping a native radio, method name in span.wc-block-components-payment-method-label plus <img alt> logos; Klarna OSM placement and related-products promos (Klarna/PayPal) outside the step as noise; total in wc-block-components-totals-footer-item",
    expected: { total: 21900, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/lwr-b2b-us-klarna-affirm-lightning-radio',
    url: 'https://shop.northbeamindustrial.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "LWR SSR declarative shadow roots 4 levels deep (webruntime-app > community_layout-section > c-b2b-checkout-payment > lightning-radio-group); SLDS radios as input + label[for] inside the radio group's shadow root; Affirm input disabled with an aria-describedby help text; Klarna/Affirm also in announcement strip, financing promo and footer logos (noise)",
    expected: { total: 231680, currency: 'USD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/spectrum-us-paypal-later-zip-sp-radio',
    url: 'https://www.fernhollowoutdoor.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Spectrum Web Components with declarative shadow roots: sp-theme > sp-radio-group (role=radiogroup host, shadow slot) > sp-radio hosts (role=radio/aria-checked on host, hidden #input in shadow, label text slotted from light DOM); Afterpay/Sezzle in recommendations, Klarna/Afterpay in FAQ and footer SVG <title> logos (noise)',
    expected: { total: 18400, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', zip: 'offered' } },
  },
  {
    page: 'woocommerce/affirm-promo-shadow-trap',
    url: 'https://www.calderandfinch.com/checkout/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce classic checkout: light-DOM ul.wc_payment_methods with native radios + label[for] offering only Credit Card and Apple Pay; an <affirm-promo> custom element with declarative shadow root in the order review ('As low as $46/mo with Affirm' + 'Prequalify now' button) sits right above #payment, and a <klarna-badge> shadow-root SVG <title>Klarna</title> in the footer",
    expected: null,
  },
  {
    page: 'web/shopware-at-klarna-ratenkauf-unavailable-eps',
    url: 'https://www.alpenform-moebel.at/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 confirm page: .payment-methods form#changePaymentForm, each .payment-method with .form-check input + label[for] holding img.payment-method-image and .payment-method-description; Klarna Ratenkauf input disabled, wrapper .is-disabled greyed, reason in a sibling <p> outside the label; extra method in a .collapse; noise: line-item Klarna finance teaser, survey naming PayPal/Klarna, footer logos',
    expected: { total: 214900, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/woo-fi-klarna-lasku-mobilepay',
    url: 'https://www.tunturivilla.fi/kassa/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      'WooCommerce Blocks checkout: fieldset#payment-method starts as a skeleton and its wc-block-components-radio-control accordion options (input inside label[for], label text in span.wc-block-components-radio-control__label, Klarna logo as inline SVG <title>) are injected ~0.9 s after load; same radio-control markup is also used for the shipping step above; noise: announcement bar and FAQ about Klarna erämaksu, footer SVG logos',
    expected: { total: 8990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/woo-it-klarna-paypal-scalapay-paga-in-3',
    url: 'https://www.bottegaferraro.it/cassa/',
    site: 'web',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) #payment ul.wc_payment_methods with native radios and split label[for]; Klarna and PayPal titled 'Paga in 3 rate', Scalapay label is only the generic 'Paga in 3 rate senza interessi' with the brand in <img alt>; noise: promo bar, product blurb naming Affirm, related-products 'PayPal Paga in 4 rate', footer logos",
    expected: { total: 34900, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'woocommerce/woo-dk-mobilepay-klarna-30-dage',
    url: 'https://nordlysliving.dk/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic (Storefront) #payment ul.wc_payment_methods with native input.input-radio + label[for] sibling, gateway logos as <img alt>, payment_box descriptions; MobilePay preselected; Klarna also in top strip, on-site message, related products and footer logos; ViaBill credit option not a program',
    expected: { total: 124900, currency: 'DKK', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/shopify-pt-mbway-klarna-3-prestacoes',
    url: 'https://casatagide.pt/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGN0tRM1Q4WEM5/pt-pt',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed CSS classes: section[aria-label=Pagamento] > fieldset#basic of native radios (name=basic) with label[for] split, SVG <title> card icons and <img alt> wallet logos, MB WAY expanded collapsible; express checkout buttons (Shop Pay/PayPal/Google Pay) above; totals in ARIA role=table with EUR abbr',
    expected: { total: 24990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-ie-klarna-pay-in-3-paypal-pay-in-3',
    url: 'https://www.liffeyhomeware.ie/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma Knockout-rendered #checkout-payment-method-load .payment-group with .payment-method blocks: input.radio name=payment[method] + label.label[for] > span title + logo <img alt>; card method _active with billing/card fields; PayPal Pay in 3 radio disabled with sibling .payment-method-note (aria-describedby) giving €30–€2,000 range; Klarna Pay in 3 selectable; Klarna/PayPal also in promo strip, product details, survey select, footer logos',
    expected: { total: 124900, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/uk-fashion-combobox-payment-dropdown-open',
    url: 'https://www.hollowayandfinch.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Select-only ARIA combobox: <button role=combobox aria-expanded=true> showing 'Card' plus an open <ul role=listbox> of role=option items (hashed CSS-module classes, img alt logos); Clearpay option aria-disabled with 'Not available for this order'; Klarna/Clearpay/PayPal Pay in 3 also in promo banner, summary disclaimer, survey radios and footer logos (noise).",
    expected: { total: 8600, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/us-bigbox-dialog-method-picker-afterpay-zip',
    url: 'https://www.brightmart.com/checkout/payment?step=4',
    site: 'web',
    kind: 'checkout',
    structure:
      "Payment methods live only in an open <dialog open> ('Choose how to pay') over an aria-hidden checkout; radio cards via label[for]; Zip radio natively disabled with reason line; Afterpay/Zip/Affirm/Klarna also named in promo bar, order-summary item note, recommendations and footer logos (noise).",
    expected: { total: 38417, currency: 'USD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/us-electronics-sup-cents-affirm-bolt',
    url: 'https://www.voltcityelectronics.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Native radios in a fieldset with label[for]; all prices drawn as $dollars span + cents in <sup> (textContent reads '$1,24999'); Bolt express button above; Affirm/Sezzle offered; Klarna/Zip/PayPal Pay in 4 only named in FAQ ('not accepted') and footer SVG <title>s.",
    expected: { total: 124999, currency: 'USD', programs: { affirm: 'offered', sezzle: 'offered' } },
  },
  {
    page: 'woocommerce/au-homewares-saved-methods-and-afterpay-radio',
    url: 'https://saltbushandco.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Checkout Block: payment fieldset#payment-method holds two radio groups (wc-block-components-radio-control): 'Saved payment methods' tokens (Visa •••• 4242 checked, Mastercard •••• 1881) and 'Other ways to pay' accordion options (new card, PayPal, Afterpay as <img alt> logo, Zip as SVG <title> + 'Zip – Pay in 4'); none disabled. Noise: announcement bar and footer mention Klarna (not offered), afterpay-placement message in order summary.",
    expected: { total: 31800, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/ca-store-thank-you-paid-with-klarna',
    url: 'https://www.mapleandmossgoods.ca/checkouts/cn/hWN1kZ7Q4pXr2sAbT9vL0c3e/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Checkout Extensibility-style Thank-you page with hashed classes (_1fragem…); 'Payment method' in the order-details grid is static text (img alt=Klarna + 'Klarna – Pay in 4 · C$212.40'), no inputs. Noise: post-purchase survey radio group mentioning Klarna/Afterpay, recommendation widget with Klarna installments, footer logos.",
    expected: null,
  },
  {
    page: 'web/us-outdoor-affirm-callout-inside-step-trap',
    url: 'https://www.ridgelineoutfitters.com/checkout',
    site: 'web',
    kind: 'trap',
    structure:
      "BigCommerce Optimized One-Page Checkout style: payment step is <fieldset class=form-fieldset> with ul.form-checklist of radio + label[for] (Card with SVG <title> card brands, PayPal as <img alt>); a role=note callout 'Looking for Affirm? Monthly payments are available on orders over $500' + Learn more link sits INSIDE the same fieldset but is not a choosable option. Affirm also in promo bar, recommendations and footer logos.",
    expected: null,
  },
  {
    page: 'woocommerce/us-pay-later-group-nested-radios',
    url: 'https://ridgelineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce ul.wc_payment_methods native radios; checked 'Buy now, pay later' gateway expands payment_box with nested fieldset of provider radios (label-wrapped, img alt logos); Afterpay input disabled with aria-describedby reason",
    expected: {
      total: 61240,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/nz-shop-afterpay-laybuy-genoapay',
    url: 'https://kowhaiandco.co.nz/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Custom Next.js checkout with hashed CSS-module classes; payment options are <button aria-pressed> tiles in a grid (logos as img alt, card icon via SVG <title>), Afterpay pressed with schedule panel; Laybuy tile is not a known program; Genoapay/Klarna only in aside and footer',
    expected: { total: 14900, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/uk-checkout-klarna-in-order-summary-only-trap',
    url: 'https://www.hartleyandfinch.co.uk/checkout/payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Custom one-page checkout; payment step is an ARIA role=radiogroup of div role=radio aria-checked (Card/PayPal/Apple Pay, Apple Pay via SVG <title>); Klarna only in a klarna-placement OSM badge in the order-summary aside and 'Clearpay available' badge on a basket line, plus footer logos",
    expected: null,
  },
  {
    page: 'web/hyva-ch-twint-klarna-rechnung-chf',
    url: 'https://www.velohaus-limmat.ch/checkout/index/index/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Hyvä Checkout (Magewire/Alpine): section#payment with <ol id=payment-method-list> of <li> cards, native radio + separate label[for], Alpine x-model/:class for selection, logos as img alt / SVG <title>; Klarna also named in USP bar, FAQ details and footer logos',
    expected: { total: 124900, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-be-bancontact-klarna-pay-later-nl',
    url: 'https://www.koffiehuis-schelde.be/nl/bestelling',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic theme one-page-checkout: section#checkout-payment-step (step 4 'Betaling', earlier steps collapsed) with .payment-options; each option a div.payment-option with custom-radio input + separate label[for] containing <span> text and logo img, additional-information/form siblings outside the container; two Klarna options from the same module, the 3-termijnen one has disabled radio and a reason <p> after the container; Klarna also named in reassurance block and footer logos",
    expected: { total: 21495, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-ca-afterpay-over-limit-affirm-cad',
    url: 'https://northboundpaddle.ca/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) checkout: div#payment > ul.wc_payment_methods with li.wc_payment_method, native radio + label[for] with logo imgs, payment_box descriptions; Afterpay li greyed with disabled radio and an aria-describedby notice p (limit text), hidden payment_box still saying 'Pay in 4'; Affirm as-low-as promo just above #payment, Afterpay/Affirm also in top banner, survey select and footer logos",
    expected: { total: 248000, currency: 'CAD', programs: { afterpay: 'unavailable', affirm: 'offered' } },
  },
  {
    page: 'woocommerce/woo-fi-paytrail-klarna-maksa-myohemmin',
    url: 'https://villasukka-kauppa.fi/kassa/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Storefront) #payment ul.wc_payment_methods with native radios + label[for]; Paytrail option's payment_box holds a grid of bank radios (name=payment_provider, logos as img alt); two Klarna Payments gateways: 'Maksa myöhemmin' enabled, 'Osamaksu' input disabled with aria-describedby note 'Ei saatavilla tälle tilaukselle'. Noise: Klarna OSM banner above the step, top notice, FAQ and footer logos. Both Klarna rows map to one id; since 'Maksa myöhemmin' is selectable, klarna counts as offered.",
    expected: { total: 8900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/shopify-no-vipps-klarna-betal-senere-nok',
    url: 'https://fjellstue-friluft.no/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpDN1hRM0tTN0cyWFRIMVk4WFFNM0RQWA/nb-no',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: section aria-label 'Betaling' > fieldset#basic with visually hidden legend; accordion rows with hashed CSS-module classes, native radio name=basic + label[for], aria-expanded/aria-controls pointing at collapsible panels (aria-hidden); logos as img alt (VIPPS, KLARNA); ids contain spaces ('basic-Klarna - Betal senere'). Total in role=table summary with abbr NOK + 'kr 1 299,00'. Noise: express Vipps/Shop Pay buttons above, Klarna mention in product line.",
    expected: { total: 129900, currency: 'NOK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-cz-klarna-zaplatte-pozdeji-czk',
    url: 'https://www.kavovarna-brno.cz/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, Knockout-rendered (leftover <!-- ko --> comments, data-bind attrs): li#payment > form#co-payment-form > .payment-group with .step-title 'Způsob platby', each .payment-method with .payment-method-title.field.choice radio name=payment[method] + label[for]; Klarna label = img alt + title span; card logos via SVG <title>. Total in sidebar table.table-totals tr.grand 'Celkem k úhradě 2 490 Kč'. Noise: header promo, Klarna OSM box in sidebar, FAQ links, SVG footer logos.",
    expected: { total: 249000, currency: 'CZK', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-pt-mbway-multibanco-klarna-prestacoes',
    url: 'https://casaribeira.pt/finalizar-compra/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce (Storefront) checkout: #payment ul.wc_payment_methods with li.wc_payment_method rows, native input.input-radio + label[for] split and payment_box divs; Klarna also in store notice, Klarna OSM badge above #payment, footer FAQ and footer logos (noise). Note: PayPal logo only in footer, not offered.',
    expected: { total: 14990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/lightspeed-nl-klarna-achteraf-niet-beschikbaar',
    url: 'https://www.fietsenhuisvandermeulen.nl/checkout/onestep/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Lightspeed eCom one-step checkout: ul[role=radiogroup] under h2 'Betaalmethode' with clickable li[role=radio][aria-checked] rows (no native inputs, hidden input holds value), logos as img alt; Klarna row aria-disabled=true, greyed class and 'Niet beschikbaar voor dit bedrag'; noise: survey checkboxes (Klarna/Riverty AfterPay/PayPal), USP line, cross-sell, footer logos.",
    expected: { total: 134995, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/shopware-be-fr-klarna-only-in-footer-and-badge-trap',
    url: 'https://www.delvaux-cafe.be/fr/checkout/confirm',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 confirm page: card 'Mode de paiement' with form#changePaymentForm > .payment-methods > .payment-method > .form-check.payment-method-radio (native radio + label[for] with img alt and <strong> name); only Bancontact, Carte de crédit, Virement. Trap: Klarna only in a line-item badge ('Payez en 3 fois sans frais avec Klarna') and footer logo img alt.",
    expected: null,
  },
  {
    page: 'web/prestashop-es-klarna-plazos-no-disponible',
    url: 'https://www.sierraverde-herbolario.es/pedido',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7/8 classic checkout: section#checkout-payment-step with div.payment-options, each option a custom-radio input (no wrapping label) plus sibling label[for] and logo img; 'Paga más tarde con Klarna' greyed only via CSS class kp-option--inactive (opacity/pointer-events, radio not disabled) with a 'No disponible para este pedido' span next to the label. Klarna traps in header banner, sidebar OSM badge and footer FAQ/logos.",
    expected: { total: 8990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-it-paypal-in-3-rate-klarna-non-disponibile',
    url: 'https://www.outdoordolomiti.it/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, payment step: div.payment-group with step-title 'Metodo di pagamento' and div.payment-method blocks (div.payment-method-title.field.choice > input.radio[name='payment[method]'] + label.label[for] with span/img); Klarna radio carries aria-disabled=\"true\" (no disabled attr) + sibling note 'Non disponibile per questo ordine'; Scalapay is a non-listed BNPL; PayPal/Klarna traps in sidebar messaging, product description and footer.",
    expected: { total: 32000, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/woo-ca-fr-affirm-paiements-mensuels',
    url: 'https://velosboreal.ca/paiement/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: fieldset#payment-method (legend + h2 'Mode de paiement') holding a wc-block-components-radio-control accordion; each option is label[for] wrapping input.wc-block-components-radio-control__input and a label span with logo img[alt]; totals in sidebar as '1 249,00 $' plus a top bar 'Total 1 249,00 $ CAD'; Affirm/Afterpay/Sezzle/PayPal traps in promo bar, sidebar promo, product metadata, FAQ and footer logos.",
    expected: { total: 124900, currency: 'CAD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/adyen-dropin-nl-klarna-pay-later',
    url: 'https://www.fietsenhuisvondel.nl/en/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Adyen Web v6 Drop-in: ul[role=radiogroup] of div.adyen-checkout__payment-method items, each header a button[role=radio][aria-checked][aria-expanded] with decorative logo img (alt="") and name span; iDEAL selected with issuer dropdown; Klarna promo in USP bar/aside and Riverty/AfterPay + in3 logos in footer as traps',
    expected: { total: 24900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/mollie-woo-de-klarna-pay-later-slice-it',
    url: 'https://www.kaffee-hansen.de/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce #payment ul.wc_payment_methods: native radios with label[for] holding title text + Mollie img.mollie-gateway-icon; Klarna Slice it radio disabled with sibling <small> amount-limit notice (aria-describedby); survey radios (PayPal Später Bezahlen) and FAQ (Afterpay/Affirm) as traps',
    expected: { total: 49900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/sfcc-us-payment-tabs-afterpay-klarna',
    url: 'https://www.ridgelineoutfitters.com/checkout?stage=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'SFRA Bootstrap nav-tabs ul.payment-options[role=tablist] with li.nav-item[data-method-id] and a.nav-link[role=tab][aria-selected]; Card tab labelled only by img alt, Afterpay by inline SVG <title> (selected, pane open with 4x$46.63 schedule), Klarna by img alt; Affirm/Sezzle/PayPal Pay in 4 in header banner, recommendation tiles and footer as traps',
    expected: { total: 18650, currency: 'USD', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-opc-sezzle-affirm-under-minimum',
    url: 'https://www.larkspurteaco.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      'BigCommerce checkout-js: li.checkout-step--payment > ul.form-checklist of li.form-checklist-item, native radio + label[for] wrapping paymentProviderHeader-name with img alt logos; Affirm radio disabled with sibling message; footer/promo mention Affirm, Klarna, Afterpay as noise',
    expected: { total: 4200, currency: 'USD', programs: { sezzle: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/wix-uk-clearpay-paypal-pay-in-3',
    url: 'https://www.hazelandfernceramics.co.uk/checkout?appSectionParams=%7B%22checkoutId%22%3A%22b3f1c2a7-5e4d-4c1a-9a0e-7f6d2c8e1b44%22%7D',
    site: 'web',
    kind: 'checkout',
    structure:
      'Wix Stores checkout: div[role=radiogroup] of hashed-class divs with role=radio aria-checked, names in data-hook spans, logos via img alt / SVG title; express PayPal button above and Klarna in summary note + footer as noise',
    expected: { total: 9600, currency: 'GBP', programs: { afterpay: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/magento-us-late-payment-step-affirm-promo-first',
    url: 'https://www.trailheadoutfittersco.com/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma OPC: payment step absent at load (only sidebar with Affirm 'As low as' promo + loading mask); after 1s a script inserts li#payment > .payment-group with .payment-method-title.field.choice native radios + label[for], Affirm/Klarna named by img alt plus generic label text, Klarna radio disabled with sibling note",
    expected: { total: 54000, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shoptet-sk-klarna-zaplatte-o-30-dni',
    url: 'https://www.bylinkovyraj.sk/objednavka/krok-1/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shoptet step 'Doprava a platba': two div.shipping-billing-table blocks (#order-shipping-methods, #order-billing-methods) of .radio-wrapper rows, input[name=billingId] + label.shipping-billing-name[for] holding .payment-info name and .payment-shipping-price fee; Dobierka disabled via relations (inactive label + disabled); Klarna row active; Klarna also in OSM strip, recommendation widget and footer logos",
    expected: { total: 8990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-hu-klarna-fizess-kesobb-ft',
    url: 'https://konyhamester.hu/penztar/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce shortcode checkout: #payment ul.wc_payment_methods with li > input.input-radio + label[for] sibling; Klarna li greyed only by a theme class (opacity/grayscale/pointer-events) plus a reason span, input has no disabled attribute; Klarna also in promo banner, FAQ and footer logos',
    expected: { total: 2499000, currency: 'HUF', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/woo-ro-klarna-plateste-mai-tarziu-lei',
    url: 'https://cafeabuna.ro/finalizare-comanda/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce Blocks checkout: fieldset#payment-method step with div[role=radiogroup] of accordion options, each label[for] wrapping input.wc-block-components-radio-control__input and a label span with <img alt> icons; Klarna checked with expanded accordion content. Separate Blocks radiogroup for shipping; PayPal pay-in-3 only in announcement bar, product note and a survey radio group in the sidebar',
    expected: { total: 34999, currency: 'RON', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-fr-paypal-4x-alma-klarna-indisponible',
    url: 'https://www.atelier-lumiere-nantes.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic theme: section#checkout-payment-step.-current > div.payment-options; each option is div.payment-option with hidden native radio in span.custom-radio, sibling label[for] with <span> text + logo <img>, additional-information panels (ps-hidden); PayPal 4X checked, Alma not an id, Klarna radio disabled + aria-disabled container with 'Indisponible pour cette commande' badge; Klarna/PayPal/Alma also in reassurance block, FAQ and footer logos (noise)",
    expected: { total: 28900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'shopify/shopify-gr-klarna-3-doseis-eur',
    url: 'https://eliakailithari.gr/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpFRzNCNlE4/el?skip_shop_pay=true',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout, hashed utility classes; 'Πληρωμή' section with fieldset#basic of native radios (name=basic) + label[for], each followed by an aria-controls collapsible (accordion); Klarna checked and its panel open; card logos as <img alt>",
    expected: { total: 12900, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/vtex-mx-klarna-forma-de-pago-mxn',
    url: 'https://www.casaixchel.com.mx/checkout/#/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "VTEX legacy checkout6: payment groups as <a class='payment-group-item pg-…'> links in div.payment-group-list-btn[role=tablist], selected one (Tarjeta de crédito) has .active + aria-selected=true; Klarna is an unselected tab with installment subtext; per-group tabpanels hidden; Klarna also in recommendation widget and footer flags (noise)",
    expected: { total: 349900, currency: 'MXN', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-braintree-paypal-pay-later-venmo',
    url: 'https://www.harborlinehome.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma one-page checkout, Review & Payments step: div.payment-group > div.payment-method blocks, each .payment-method-title.field.choice with input.radio[name=payment[method]] + label.label[for] (span title, logo img); Braintree codes braintree / braintree_paypal / braintree_paypal_paylater / braintree_venmo; Pay Later description as sibling p and data-pp-message inside collapsed content; totals in sidebar table tr.grand.totals; Klarna/Affirm only in footer FAQ link and logo row',
    expected: { total: 31200, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'shopify/shopify-us-afterpay-placement-in-summary-trap',
    url: 'https://juniperandpine.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkZLM1Q4UjdWQjZQ/information',
    site: 'shopify',
    kind: 'trap',
    structure:
      'Shopify one-page checkout, hashed class names; Payment fieldset of native radios (Credit card w/ card-field iframes, PayPal logo img) only; Afterpay pay-over-time message lives in an <afterpay-placement> element under the Total in the order-summary aside, rendered via declarative open shadow root',
    expected: null,
  },
  {
    page: 'woocommerce/woopayments-us-affirm-klarna-afterpay-over-limit',
    url: 'https://ridgelinecycleworks.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic (Storefront) checkout, #payment ul.wc_payment_methods with one li per WooPayments UPE method: input.input-radio + label[for] with title text and logo img; Card has Stripe iframe payment_box; Afterpay li has disabled radio, greyed and a sibling reason span; Afterpay/Affirm/Klarna also named in promo bar, cart line note and footer',
    expected: {
      total: 215000,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/walley-se-faktura-swish-klarna-footer-trap',
    url: 'https://www.nordheminredning.se/kassa',
    site: 'web',
    kind: 'trap',
    structure:
      'React CSS-module hashed classes; payment step is a div role=radiogroup of div role=radio tiles (aria-checked) with Walley Faktura/Delbetalning; Klarna only in footer <img alt> logos and an FAQ <details> answer',
    expected: null,
  },
  {
    page: 'shopify/shopify-dk-late-mobilepay-klarna',
    url: 'https://hyggeoghjem.dk/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGNlg3QlNUOVFLTVpBRVI1/information',
    site: 'shopify',
    kind: 'late',
    structure:
      "Shopify one-page checkout with hashed atomic classes; 'Betaling' section starts as shimmer skeleton (aria-busy) and a setTimeout(900ms) injects a fieldset of native radios with label[for] and logo <img alt> (Kort, MobilePay, Klarna – Betal senere)",
    expected: { total: 124900, currency: 'DKK', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woo-blocks-nl-riverty-formerly-afterpay-klarna',
    url: 'https://www.fietsenmakerdewit.nl/afrekenen/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: fieldset#payment-method step with wc-block-components-radio-control accordion options (label wrapping native radio, logo <img alt>); Riverty option carries 'voorheen AfterPay' note, footer shows an old AfterPay logo",
    expected: { total: 18995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-ca-fr-sezzle-paiement',
    url: 'https://boutique-erablenord.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized checkout: ol.checkout-steps with completed Client/Expédition/Facturation steps; Paiement step is ul.form-checklist of li.form-checklist-item with native radio + separate label[for]; Sezzle named only by img alt with French instalment line as pseudo-heading; card brands as SVG <title>; French-format total '189,99 $' with (CAD) code; Sezzle/Afterpay/Klarna/PayPal Payer plus tard mentioned in cart options, note and footer as noise",
    expected: { total: 18999, currency: 'CAD', programs: { sezzle: 'offered' } },
  },
  {
    page: 'shopify/shopify-au-afterpay-zip-unavailable-aud',
    url: 'https://saltbushandco.com.au/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUpGUzRLOFZE/payment',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page-style checkout with hashed classes; fieldset of native radios wrapped in label[for]; Afterpay expanded with instalment text in collapsible; Zip radio disabled + aria-disabled row with a 'not available' note; PayPal name only in img alt/visually-hidden; order-summary promo strip and 'we accept' logos mention Afterpay/Zip/Klarna as noise",
    expected: { total: 24900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/us-checkout-affirm-checking-eligibility',
    url: 'https://www.ridgelineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom React/Next checkout with hashed CSS-module classes; div role=radiogroup of role=radio tiles (aria-checked), program names only in SVG <title>; Affirm tile is aria-busy + aria-disabled with a spinner and role=status 'Checking your eligibility…' (pending, not unavailable); Klarna tile offered; Affirm/Afterpay/Sezzle/Zip/PayPal Pay in 4 appear in recs, FAQ, survey checkboxes and footer as noise",
    expected: { total: 78000, currency: 'USD', programs: { affirm: 'unknown', klarna: 'offered' } },
  },
  {
    page: 'web/magento-de-paypal-ratenzahlung-klarna-rechnung',
    url: 'https://www.hanse-velo.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout: div.payment-group > div.payment-method with input[name='payment[method]'] + separate label[for]; Klarna radio disabled with div.message.notice; PayPal/Klarna promo bar, product note, PayPal messaging in summary and footer logos as noise",
    expected: { total: 114900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'shopify/sezzle-us-checkout-sezzle-unavailable-under-min',
    url: 'https://juniperandwax.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlBRM0s0WDdNOFdUNUdFOVQ4',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout (checkout extensibility) with hashed classes: section[aria-label=Payment] > fieldset#basic with visually-hidden legend; each gateway is a native radio name=basic + sibling label[for]; Sezzle label is only an <img alt>, Shop Pay Installments label is SVG <title> + text; unavailable ones are disabled radios with aria-describedby reason; Shop Pay express button, Sezzle upsell widget and SPI promo line in summary as noise',
    expected: {
      total: 2800,
      currency: 'USD',
      programs: { sezzle: 'unavailable', 'shop-pay-installments': 'unavailable' },
    },
  },
  {
    page: 'web/headless-no-radiogroup-vipps-klarna-checking',
    url: 'https://www.fjellsport-nord.no/kasse',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless Next.js checkout (CSS-module hashed classes, __NEXT_DATA__), Norwegian: three step cards, the open 'Betaling' step is a div role=radiogroup of div role=radio aria-checked options (no inputs); Vipps is named only by an inline SVG <title>, then Kort, Klarna (aria-busy, role=status 'Sjekker om Klarna kan tilbys for denne bestillingen …' with spinner), Walley faktura, gift card. Summary aside 'Totalt kr 2.347,-', 'Herav mva.', voucher field, USPs, footer payment logos.",
    expected: { total: 234700, currency: 'NOK', programs: { klarna: 'unknown' } },
  },
  {
    page: 'web/hyva-ch-fr-klarna-powerpay-twint-checkout',
    url: 'https://www.maison-leman.ch/fr/checkout/index/index/step/payment/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 with Hyvä Checkout (Tailwind, Magewire wire:* and Alpine x-* attributes), Swiss French: section 'Mode de paiement' with ol#payment-method-list of li cards, each a radio + label[for] whose text is only the plan ('Payer en 3 fois sans intérêts', 'Payer dans 30 jours') while 'Klarna' is the badge img alt; TWINT, PostFinance Pay, card, Facture PowerPay, bank transfer; an Alpine <template> holds a PayPal message that never renders. Sidebar summary with discount and TAR lines, 'Total de la commande CHF 2'389.50', and a Klarna placement.",
    expected: { total: 238950, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/jtl-shop-de-payment-step-no-klarna-banner-footer',
    url: 'https://www.gartenzauber-versand.de/Bestellvorgang',
    site: 'web',
    kind: 'trap',
    structure:
      "JTL-Shop 5 NOVA template, German, step 'Versand / Zahlung': form with fieldsets of role=radiogroup .checkout-payment-method rows (custom-radio input + label[for]; PayPal and Kreditkarte named only by img alt), offering PayPal, card, Vorkasse, the shop's own 'Rechnung' for regular customers; a Klarna Ratenkauf row exists but is d-none (display:none). Klarna appears only in a top promo banner (for garden sheds from 499 €) and footer logos; a PayPal 'Später bezahlen' message sits in the basket summary aside. Total 'Gesamtsumme 189,91 €'.",
    expected: null,
  },
  {
    page: 'web/magento-luma-be-nl-bancontact-klarna-img-alt',
    url: 'https://www.fietsen-vandamme.be/nl/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout as rendered by knockout (data-bind attributes left in), Belgian Dutch, step 'Beoordeling & betalingen': .payment-group of .payment-method blocks, each .payment-method-title with input.radio name=payment[method] + label[for] (Mollie icon img + span title) and a .payment-method-content shown only for ._active; Bancontact (selected), KBC/CBC, Belfius, card, 'Achteraf betalen' whose only Klarna naming is the icon's alt, bank transfer. Below, Luma's .payment-option collapsibles for discount code and gift card; sidebar .opc-block-summary table 'Totaal bestelling € 1.249,95' with BTW line, items, ship-to block.",
    expected: { total: 124995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/oxid-ch-de-klarna-rechnung-amount-too-high',
    url: 'https://www.alpin-outdoor.ch/index.php?lang=0&cl=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "OXID eShop 6 Flow theme, Swiss German, step 3 of ol.checkoutSteps: shipping select panel, then 'Zahlungsart' panel of .well blocks each a dl with dt (radio + label[for] with <b>name</b>) and dd details; the Klarna module block (.kp-outer) labels the option only 'Rechnung' plus a Klarna badge img alt and shows 'Der Bestellwert ist zu hoch.' under it; TWINT, PostFinance, card, PowerPay invoice, prepayment. Custom sidebar summary 'Gesamtbetrag 1’249.90 CHF', address, trust list, footer logos incl. Klarna. Its author reads Klarna unavailable; the radio is checked while the note refuses it, which the reader reads as unknown with the reason (selected yet refused: the page disagrees with itself).",
    expected: { total: 124990, currency: 'CHF', programs: { klarna: 'unknown' } },
  },
  {
    page: 'web/prestashop-pl-klarna-paypo-blik-checkout',
    url: 'https://www.kawaserwis.pl/zamowienie',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic theme, Polish, step 4 'Płatność' current: each .payment-option is a native radio in span.custom-radio with a separate label[for] (text span + logo img), .additional-information/.js-payment-option-form siblings hidden by ps-hidden except the selected BLIK one; BLIK, Przelewy24, 'Zapłać później z Klarna', PayPo, bank transfer, COD. Noise: completed steps collapsed, mega-menu, cart summary 'Razem (brutto) 1 299,00 zł', 'Do zapłaty', reassurance, newsletter, footer.",
    expected: { total: 129900, currency: 'PLN', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/shopify-ie-late-klarna-humm-checkout',
    url: 'https://wildatlanticoutdoor.ie/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUhaUTNaRUtLSjhXQ0c1MlRQNlBLRkdDUQ',
    site: 'shopify',
    kind: 'late',
    structure:
      "Shopify one-page checkout at a custom .ie domain with hashed class names; as sent, the 'Payment' section holds only a shimmer skeleton (aria-busy), and an inline setTimeout (1.6 s) draws fieldset#basic: rows with radio + label[for] (ids like basic-Klarna), logo imgs and hidden collapsible panels: Credit card, PayPal, 'Klarna - Flexible payments', 'humm | Buy Now, Pay Later'. Noise: express Shop Pay/PayPal/Google Pay buttons, contact and Irish address form with Eircode, billing radios, summary 'Total EUR €615.95 Including €115.18 in taxes'.",
    expected: { total: 61595, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/shopware6-at-confirm-paypal-spaeter-klarna-collapsed',
    url: 'https://www.laufsport-steiner.at/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page, de-AT: minimal header, .confirm-payment card with .payment-methods of .payment-method > .payment-form-group > radio + label[for] (media img alt + <strong> name + description truncated with ' ...'); 5 visible: PayPal (selected), PayPal's 'Später Bezahlen' (pay in 30 days), card, eps, Vorkasse; a closed .collapse behind 'Mehr anzeigen' holds 'Klarna Rechnung', 'Klarna Ratenkauf' and Nachnahme. Shipping card, line-item table, aside dl summary 'Gesamtsumme € 1.049,70' with net and 20 % MwSt lines, trust list, hidden offcanvas and cookie bar.",
    expected: { total: 104970, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/shopware6-at-product-page-klarna-osm-paypal-message',
    url: 'https://www.zweirad-moser.at/E-Bikes/Trekking/KTM-Macina-Cross-710/KT24-051231',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 product detail page (de-AT) for an e-bike at € 3.299,00: buy box with a <klarna-placement> financing message and a SwagPayPal data-pp-message 'Später bezahlen mit PayPal', variant radios (frame size, colour), add-to-cart form; tabs incl. a 'Finanzierung' panel naming Klarna Ratenkauf and PayPal Später bezahlen; cross-selling, footer payment logos. No checkout or payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-pl-checkout-blik-card-only-footer-klarna',
    url: 'https://www.rowerowa-stacja.pl/zamowienie/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce Checkout block on Storefront, Polish: fieldsets per step, payment step 'Metoda płatności' is a wc-block-components-radio-control accordion (input inside label, aria-describedby) offering only BLIK, Przelewy24, bank transfer and COD; Klarna and PayPo appear only in a top announcement bar, a payments FAQ below the checkout and the footer 'Akceptujemy' logo row (with PayPal). Total 'Łącznie 803,99 zł', a disabled 'Niedostępne' parcel-locker shipping option.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-stencil-us-product-affirm-cash-app-afterpay-trap',
    url: 'https://www.switchbackcyclery.com/trailhead-2-hardtail-mountain-bike/',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Stencil (Cornerstone) product page for a $899.00 bike: .productView with price, a product_below_price region holding a rendered p.affirm-as-low-as[data-amount] ('Starting at $82/mo with Affirm'), an <afterpay-placement> whose text names Cash App Afterpay, and a [data-pp-message] PayPal Pay in 4 line; size/color option radios (input.form-radio + label.form-option), Add to Cart, a 'Ways to pay' box naming Affirm, Cash App Afterpay, Klarna, Cash App Pay, description tabs, related products, footer with Affirm/Cash App Afterpay/Klarna logo alts. No payment step exists.",
    expected: null,
  },
  {
    page: 'web/commercetools-nextjs-adyen-dropin-ca-en-late',
    url: 'https://www.northerngroove.ca/en-CA/checkout?step=payment',
    site: 'web',
    kind: 'late',
    structure:
      "commercetools-backed Next.js (pages router, __NEXT_DATA__) checkout for Canada in English; as sent, the Payment section holds only a pulsing skeleton in #dropin-container, and an inline script mounts an Adyen Web 5-style Drop-in after 1.6 s: ul.adyen-checkout__payment-methods-list[role=radiogroup] of li.adyen-checkout__payment-method items, each a button[role=radio][aria-checked] with an empty-alt logo and the name in a span (Credit Card selected with card fields and Pay button, Apple Pay, PayPal, Affirm, Klarna). Noise: stepper, contact/ship-to recap, order summary with discount code and HST line, '$1,579.72 CAD' total.",
    expected: { total: 157972, currency: 'CAD', programs: { affirm: 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/ecwid-us-checkout-card-paypal-only-klarna-summary-trap',
    url: 'https://www.littleharborprovisions.com/shop/checkout/payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Ecwid storefront embedded in a shop site, checkout at the payment step: .ec-cart-step--payment with an .ec-radiogroup whose items are label.ec-radiogroup__item wrapping the input.form-control__radio (Credit or debit card via Stripe, checked; PayPal) and nothing else; the sidebar's order summary ends with a rendered <klarna-placement> 'Pay in 4 interest-free payments of $40.30 with Klarna', and the site footer's 'We accept' row lists Afterpay, Affirm, Klarna, Sezzle and Zip logo alts. Noise: completed email/address/delivery steps, Stripe card fields, item list, tax line, topbar, nav.",
    expected: null,
  },
  {
    page: 'web/magento1-onestepcheckout-us-quadpay-more-options-collapsed',
    url: 'https://www.bayoucastandtackle.com/onestepcheckout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Legacy Magento 1 store with the Idev OneStepCheckout three-column layout: dl#checkout-payment-method-load with dt (radio + separate label[for]) / dd (form-list) pairs; Authorize.net card form open, PayPal Express named only by an 'Acceptance Mark' image plus 'What is PayPal?', Quadpay (logo alt + text, per-installment line); Affirm and Check/Money order sit in a collapsed 'More payment options (2)' div with display:none. Noise: M1 header links, category nav, billing form with a 'Zip/Postal Code' field, shipping-method radios, review table with totals, coupon box, footer.",
    expected: { total: 32632, currency: 'USD', programs: { zip: 'offered' } },
  },
  {
    page: 'web/magento2-luma-ca-fr-paybright-sezzle-klarna-checking',
    url: 'https://www.pleinnord.ca/fr/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma Knockout checkout in Canadian French at 'Vérification et paiements': #checkout-payment-method-load > .payment-group of div.payment-method blocks, each an input.radio with a sibling label.label[for] (card method _active with its payment-method-content open); 'PayBright by Affirm' with a note line; Sezzle greyed (_disabled, disabled radio, aria-describedby note with the 35-1 000 $ range); Klarna radio disabled and aria-busy with 'Vérification de votre admissibilité à Klarna…'. Noise: progress bar, collapsed discount-code block, Luma sidebar with TPS/TVQ lines and '1 249,99 $' order total, items-in-cart list, ship-to block, newsletter footer.",
    expected: {
      total: 124999,
      currency: 'CAD',
      programs: { affirm: 'offered', sezzle: 'unavailable', klarna: 'unknown' },
    },
  },
  {
    page: 'web/sfcc-sfra-us-zip-formerly-quadpay-over-limit',
    url: 'https://www.ridgelineoutdoorliving.com/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud SFRA checkout at the payment stage: ul.nav-tabs.payment-options with li.nav-item[data-method-id] tabs whose only name is the tab image's alt/title (Credit Card active; PayPal; 'Zip (formerly Quadpay)' greyed with aria-disabled and an aria-describedby note about the $35-$1,500 limit; two Klarna cartridge category tabs), Bootstrap tab-panes below with only the card pane shown (PayPal pane with Pay Later button is an unopened tab). Noise: header mega-menu also built from li.nav-item, shipping summary card, order summary with discount/tax lines, footer.",
    expected: { total: 164306, currency: 'USD', programs: { zip: 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'shopify/shopify-dawn-us-cart-shop-pay-installments-banner-trap',
    url: 'https://fernandfable.com/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page (US): cart-items table with quantity-input steppers and remove buttons, cart footer with an app-block Shop Pay Installments banner (<shopify-payment-terms> rendered as 'Pay in 4 interest-free installments of $32.00 with Shop Pay' plus a 'Split your purchase with Shop Pay Installments' line), 'Estimated total $128.00 USD', Check out button and accelerated-checkout buttons (Shop Pay, PayPal, G Pay). Noise: announcement bar, free-shipping progress bar, cart note, 'You may also like' grid, footer payment-icon SVG titles. No payment step exists.",
    expected: null,
  },
  {
    page: 'web/squarespace-au-afterpay-over-limit-svg-buttons',
    url: 'https://www.saltbushjoinery.com.au/checkout?cartToken=7kQ2p9XzR4mW1vB8nL0sYd3fHj6tGc5e',
    site: 'web',
    kind: 'checkout',
    structure:
      "Squarespace Commerce checkout (React, emotion-hashed css-* classes), Australia: the Payment section's method picker is a role=group of buttons with aria-pressed (Credit Card pressed; PayPal and Afterpay named only by an inline SVG <title>), Afterpay greyed with the disabled attribute and an aria-describedby sentence about the A$1-A$2,000 range; Stripe-style card fields below. Noise: Apple Pay express button above, completed Customer Info/Shipping recaps, order summary with promo form, 'Taxes Included' and 'Includes A$202.27 GST', footer with ABN.",
    expected: { total: 222500, currency: 'AUD', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'woocommerce/woocommerce-blocks-nz-afterpay-zip-laybuy-humm',
    url: 'https://kowhaiandco.co.nz/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce block checkout on a block theme, New Zealand: fieldset#payment-method with .wc-block-components-radio-control accordion options (label.__option[for] wrapping input.__input and .wc-block-components-payment-method-label with logo img alt); card, Afterpay (checked, accordion content with NZ$ 4-payment schedule), Zip, Laybuy (6 weekly payments), humm, bank transfer. Noise: shipping-rate radio-control using the same classes, address card, order summary items, coupon chip, 'Including NZ$65.39 GST' under the NZ$501.30 total, promo strip, footer.",
    expected: { total: 50130, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/angular-au-checkout-card-paypal-tabs-afterpay-zip-banners-trap',
    url: 'https://www.brightsidekitchen.com.au/checkout/payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Angular 17 SSR headless checkout (_ngcontent/_nghost attributes, Angular Material classes), AU, step 3 Payment: a role=tablist with two tabs, 'Credit / debit card' (selected, card form panel) and PayPal (named only by img alt; its hidden tabpanel holds a PayPal Pay in 4 message). Afterpay and Zip appear only around the step: top strip and a role=note notice saying they are paused online, FAQ, Zip/Afterpay promo cards under the summary ('Total A$389.00', 'Includes GST A$35.36'), footer icons.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-au-cart-page-afterpay-zip-widgets-trap',
    url: 'https://www.coastlinesurf.com.au/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Stencil (Cornerstone) cart page, AU, not a checkout: table.cart of item rows with quantity increments and remove buttons, ul.cart-totals (Subtotal, shipping estimator with country/state selects hidden, coupon, gift certificate, 'Grand total: $1,284.90', 'Includes GST $116.81'), then an Afterpay <afterpay-placement>, a Zip data-zm-widget line and a humm widget, 'Check out' link and a PayPal Checkout button; top banner, 'Frequently bought together' cards with Afterpay/Zip lines, footer SVG payment icons titled Afterpay/Zip.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-au-optimized-checkout-logo-only-afterpay-zip',
    url: 'https://www.outbackoptics.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Stencil optimized one-page checkout on a custom .com.au domain: completed Customer/Shipping/Billing step headers, active Payment step with ul.form-checklist of li.form-checklist-item (radio.form-checklist-checkbox + label[for] wrapping .paymentProviderHeader-container); Credit Card selected with its body open and inline SVG card icons, PayPal, Afterpay and humm named only by logo img alt, Zip as logo + 'Own it now, pay later', Klarna as logo + 'Pay in 4 interest-free payments', bank deposit. Order summary 'Total (AUD) $1,249.00' with 'GST (included) $113.55'; promo bar and footer logos name Afterpay/Zip/Klarna.",
    expected: { total: 124900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/magento2-luma-uk-klarna-pay-in-3-and-paypal-pay-in-3',
    url: 'https://www.brockwellhome.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout (knockout data-bind left in), UK, 'Review & Payments' step: .payment-group of .payment-method blocks, each .payment-method-title with input.radio name=payment[method] + label[for]; card, PayPal (name only an img alt), a separate PayPal option labelled 'Pay in 3' beside a PayPal mark img, and the active Klarna method whose open content lists its own radios 'Pay in 3 interest-free instalments' and 'Pay in 30 days'; BACS. Collapsed discount/gift card blocks, sidebar .opc-block-summary 'Order Total £642.50' with 'VAT (20%) included £107.08', items, ship-to.",
    expected: { total: 64250, currency: 'GBP', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/neto-au-zip-pay-money-subchoices-afterpay',
    url: 'https://www.ridgelineoutdoor.com.au/purchase/confirm.html',
    site: 'web',
    kind: 'checkout',
    structure:
      "Maropost/Neto Skeletal one-page checkout (Step 1/2/3 ._step blocks, Bootstrap form-horizontal): in Step 3 #_cpy_payment_pl holds .pay-opt boxes each with the radio inside its label (Credit Card, PayPal, Afterpay, 'Zip – own it now, pay later' selected, humm, bank deposit) plus Neto's hidden _cpy_payment_* inputs; only the selected method's ._cpy_paydesc box shows, Zip's with Zip Pay (checked) and Zip Money (disabled, aria-describedby note: balance under $1,000) sub-radios. 'Balance Due: $763.85', sidebar cart with 'Total $763.85' and 'Includes GST of $69.44', USP header, footer logos incl. Afterpay/Zip/humm.",
    expected: { total: 76385, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/shopify-au-custom-domain-late-afterpay-zip',
    url: 'https://www.larkandlane.com.au/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUo5Rk0yS1hWN1BHQ0gwV0Q3VFlNNlJCUA?locale=en-AU',
    site: 'shopify',
    kind: 'late',
    structure:
      "Shopify checkout on a custom .com.au domain, client-rendered: as sent, the main column is only shimmer skeleton blocks (aria-busy) beside a static order summary ('Total AUD $403.00', 'Including $36.64 in taxes'); after 1.6 s an inline script draws Contact, Delivery, Shipping method and the Payment fieldset#basic of radio + wrapping label rows (hashed classes): Credit card, PayPal (logo img alt only), Afterpay (selected, redirect note with four payments of $100.75), 'Zip - own it now, pay later'; then billing address and Pay now.",
    expected: { total: 40300, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/shopify-uk-product-page-clearpay-klarna-paypal-messaging-trap',
    url: 'https://www.thornburyoutdoor.co.uk/products/rab-microlight-alpine-down-jacket-mens',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn product page on a custom .co.uk domain (not a checkout): price '£149.00 GBP' with Clearpay <afterpay-placement>, Klarna <klarna-placement> and PayPal data-pp-message 'Pay in 3' lines under it, variant-radios fieldsets (colour/size radios + label[for], one disabled) that are not payment options, Add to basket and a 'Buy with PayPal' dynamic button, a 'Can I pay later?' FAQ accordion, recommendations with Clearpay/Klarna per-product lines, announcement bar and footer payment SVG icons titled Clearpay/Klarna.",
    expected: null,
  },
  {
    page: 'web/vue-headless-uk-aria-pressed-paypal-pay-in-3-checking-klarna',
    url: 'https://www.velonorthern.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Nuxt/Vue headless checkout (data-v-* scoped attributes, __NUXT__ state), UK, step 3 of a progress list: a role=group grid of <button aria-pressed> tiles with no radios: card (pressed, card form below), Apple Pay, PayPal (img alt only), a PayPal-mark 'Pay in 3' tile that is aria-disabled/aria-busy with role=status 'Checking your eligibility…', and a Klarna-badge 'Pay in 30 days' tile; a collapsed 'More ways to pay (2)' toggle (aria-expanded=false) hides a panel with Clearpay and Laybuy. Summary 'Total to pay £249.00', 'inc. VAT £41.50'; announcement bar and footer name Klarna/Clearpay/Laybuy.",
    expected: { total: 24900, currency: 'GBP', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unknown' } },
  },
  {
    page: 'web/wix-uk-checkout-radiogroup-clearpay-klarna-below-minimum',
    url: 'https://www.wildthymeceramics.co.uk/checkout?appSectionParams=%7B%22a11y%22%3Atrue%2C%22cartId%22%3A%22d1f0b0e5-4c1e-4a6f-9b43-2f1c8d3e5a77%22%2C%22storeUrl%22%3A%22https%3A%2F%2Fwww.wildthymeceramics.co.uk%22%2C%22isFastFlow%22%3Afalse%2C%22isPickupFlow%22%3Afalse%2C%22origin%22%3A%22cart-page%22%2C%22checkoutId%22%3A%228f2a6b1c-0d4e-4e7a-b9c3-5f6e7a8b9c0d%22%7D',
    site: 'web',
    kind: 'checkout',
    structure:
      "Wix eCom checkout (hashed class names, data-hook attributes), UK: completed customer/delivery steps, Payment step as a div role=radiogroup of div role=radio with aria-checked and no inputs; PayPal and Clearpay named only by inline SVG <title> (Clearpay checked, with '4 interest-free payments of £7.98' and an open details panel), 'Klarna – Pay in 3 interest-free instalments' greyed with aria-disabled=true and 'Available on orders of £35 or more', card, Apple Pay. Summary aside: 3 lines, 'VAT (included) £5.32', 'Total £31.90'.",
    expected: { total: 3190, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/woocommerce-uk-clearpay-over-1000-disabled-klarna',
    url: 'https://www.hartleyandfinch.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic checkout on Storefront (UK): billing/shipping col2-set, review table with 'Total £1,214.00 (includes £202.33 VAT)', then #payment ul.wc_payment_methods of li.payment_method_* with input + label[for] and payment_box divs (display:none unless chosen): card (chosen), PayPal (its hidden box carries a Pay in 3 message), 'Klarna – Pay in 3 interest-free instalments', Clearpay disabled with a visible aria-describedby note (orders £1–£1,000 only), bank transfer. Noise: top bar and footer naming Klarna/Clearpay, Stripe express buttons, coupon toggle, trust strip.",
    expected: { total: 121400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'amazon/amazon-order-placed-thankyou-affirm-trap',
    url: 'https://www.amazon.com/gp/buy/thankyou/handlers/display.html?purchaseId=106-4829301-5538613&ref_=chk_typ_browserRefresh&isRefresh=1',
    site: 'amazon',
    kind: 'trap',
    structure:
      "Amazon order-confirmation ('Order placed, thanks!') page with full nav belt and department bar: shipping address, delivery estimate thumbnails, order number and a-price order total, a line saying it was paid with 'Monthly payments through Affirm' plus gift-card balance, app and Prime Visa promos, 'also bought' carousel with a-price cards, big nav footer. No payment step.",
    expected: null,
  },
  {
    page: 'amazon/amazon-spc-affirm-monthly-payments-gift-card',
    url: 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure:
      "Amazon single-page checkout (AUI a-radio: native radio inside its label with an a-icon-radio sibling). Payment method box lists saved cards, then 'Other payment options' with an Affirm row whose name is only 'Monthly payments' (Affirm appears as a lowercase logo alt and in the lender fine print), a checking account and an ineligible EBT card; gift-card balance checkbox; a-price totals with $ and cents in raised spans plus a-offscreen copies; Prime Visa upsell, delivery-speed radios and legal noise.",
    expected: { total: 84615, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/bestbuy-checkout-payment-tabs-paypal-pay-later-svg-title',
    url: 'https://www.bestbuy.com/checkout/r/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Best Buy checkout payment section as an ARIA tablist: 'Credit or Debit Card' (selected, its panel shown with saved-card radios and billing fields), a PayPal tab named only by an SVG <title>, and a PayPal-logo SVG + 'Pay Later' tab; the two PayPal panels are hidden. Noise: My Best Buy Credit Card financing banner, shipping lines, gift-card/certificate links, order summary with Colorado retail delivery fee, legal footer.",
    expected: { total: 144529, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/etsy-checkout-payment-accordion-klarna-afterpay-over-limit',
    url: 'https://www.etsy.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Etsy checkout 'How you'll pay' built as a wt-accordion: each method is a button[aria-expanded] whose only name is logo <img alt> (card brands, PayPal, Google Pay, Klarna, Afterpay); the selected Klarna item is expanded with its 4-payment schedule; the Afterpay button is disabled and half-opacity with a caption beside it saying the order is over its $1,000 limit. Noise: shipping address, per-shop order summary with shop discount, tax note, purchase-protection badge, dark footer.",
    expected: { total: 105905, currency: 'USD', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'newegg/newegg-product-page-affirm-klarna-zip-messaging-trap',
    url: 'https://www.newegg.com/asus-tuf-gaming-geforce-rtx-4070-super-12gb-gddr6x/p/N82E16814126686',
    site: 'newegg',
    kind: 'trap',
    structure:
      "Newegg product page: mega-menu header, breadcrumb, gallery, bullets and a buy box with $/<strong>/<sup> price, an .affirm-as-low-as 'As low as $55/mo with Affirm' line, a klarna-placement badge, a Zip line and a data-pp-message PayPal Pay in 4 line, protection-plan radios, Add to cart. Specs table, reviews, recommendations, footer. No payment step.",
    expected: null,
  },
  {
    page: 'newegg/newegg-secure-checkout-paypal-pay-later-zip-affirm-klarna-collapsed',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=8f3c2a91-5b7e-4d0a-9c61-2e7f4b1d0a53',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "Newegg secure checkout with numbered checkout-step blocks; the Payment step uses native radios in one grid cell and label[for] in another. PayPal (selected) opens nested funding radios with a 'Pay Later' sub-option and a data-pp-message 'Pay in 4' line; Zip and Affirm ('Monthly Payments', name via logo alt) are top-level options; Klarna, BitPay and gift card sit inside a closed <details> 'More payment options'. Prices use a separate $ span with cents in <sup>; summary with promo and tax lines, large footer.",
    expected: {
      total: 124576,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', zip: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'target/target-checkout-payment-dialog-affirm-sezzle-checking',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure:
      "Target checkout (styled-components hashed classes, h- utility helpers, data-test attributes) with the payment chooser open in a react-modal role=dialog aria-modal; methods are role=option items in a role=listbox with aria-selected. Affirm ('Pay over time · As low as $42/mo') is choosable; Sezzle is aria-disabled/aria-busy with a 'Checking your eligibility…' status. The page behind is aria-hidden but visible under the overlay, with address, delivery lines, summary total, recommendation carousel and a large footer.",
    expected: { total: 47615, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unknown' } },
  },
  {
    page: 'walmart/walmart-review-order-affirm-blocked-by-gift-card',
    url: 'https://www.walmart.com/checkout/review-order',
    site: 'walmart',
    kind: 'checkout',
    structure:
      "Walmart review-order step, Next.js markup with tachyons utilities and hashed w_ classes. Payment methods are divs with role=radio in a role=radiogroup (aria-checked); the Affirm 'Pay over time' option is aria-disabled and its aria-describedby note beside it says the eGift Card in the cart blocks Affirm. Noise: Walmart+ banner, shipping-speed ARIA radios, Walmart Cash switch, cart lines, summary with savings and Walmart Cash lines, long footer.",
    expected: { total: 41932, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'web/wayfair-basket-affirm-paypal-messages-zipcode-design-trap',
    url: 'https://www.wayfair.com/v/checkout/basket/show',
    site: 'web',
    kind: 'trap',
    structure:
      "Wayfair cart (basket) page: promo strip, full header with department nav, basket items with qty selects (one from the 'Zipcode Design' brand), an order summary carrying an .affirm-as-low-as 'As low as $66/mo with Affirm' line and a data-pp-message PayPal 'Pay in 4' line above 'Proceed to Checkout', an FAQ that mentions paying monthly with Affirm, recently-viewed carousel, footer. No payment step.",
    expected: null,
  },
  {
    page: 'web/wayfair-payment-late-aria-pressed-affirm',
    url: 'https://www.wayfair.com/v/checkout/payment/show',
    site: 'web',
    kind: 'late',
    structure:
      "Wayfair client-rendered payment step (hashed vanilla-extract classes, pl- helpers). As sent, the Payment section holds only shimmer skeletons with aria-busy; an inline script draws after 1.5 s a role=group of buttons with aria-pressed (card pressed, PayPal, Affirm 'Pay over time. As low as $46/mo', Wayfair Credit Card, Gift Card) plus a CVV field. Server-rendered address, order summary with strike-through savings and total, footer.",
    expected: { total: 105557, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-catalyst-us-cash-app-afterpay',
    url: 'https://www.harborandpine.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "Catalyst (Next.js App Router) storefront rendering BigCommerce checkout-js in-page: ol.checkout-steps with completed customer/shipping/billing steps and an open .checkout-step--payment whose ul.form-checklist holds li.form-checklist-item accordions (radio input + label[for] wrapping .paymentProviderHeader-name / logo img alt); Credit Card selected and open, PayPal and Venmo are logo-only, PayPal 'Pay Later' carries a PayPal message, Cash App Pay sits beside Cash App Afterpay. Noise: announcement bar, Tailwind header nav, order summary with coupon line, footer with payment-icon SVG titles.",
    expected: { total: 22408, currency: 'USD', programs: { afterpay: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/custom-de-select-dropdown-klarna-rechnung-paypal-later-disabled',
    url: 'https://www.fahrradteile-kraemer.de/kasse/zahlung',
    site: 'web',
    kind: 'checkout',
    structure:
      "Hand-built German shop, step 3 of a four-step Kasse: the ways to pay are <option>s of one <select> grouped by <optgroup>; 'Klarna – Rechnung (in 30 Tagen bezahlen)' selected, 'PayPal – Später bezahlen' a disabled option with a note via aria-describedby. Noise: red top bar, category nav with hidden submenus, address boxes, Trusted Shops badge, footer listing Klarna among payment logos, German totals incl. MwSt.",
    expected: { total: 119890, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/headless-uk-late-drawer-icon-grid-klarna-clearpay-zip-disabled',
    url: 'https://www.hallandfenn.co.uk/checkout',
    site: 'web',
    kind: 'late',
    structure:
      "Headless Next.js checkout (hashed CSS-module classes): payment step is a loading skeleton as sent; after 1.4 s an inline script appends an open slide-over drawer (role=dialog) with a CSS grid of buttons (aria-pressed) each showing an icon-font glyph and a caption split across spans (Klar+na, Clear+pay, Z+ip); Klarna pressed with 'You'll complete your purchase with Klarna after clicking Place order'; Zip aria-disabled with reason. Noise: mega-nav, completed steps with personal data, bag with e-gift card, GBP totals incl. VAT.",
    expected: {
      total: 17695,
      currency: 'GBP',
      programs: { klarna: 'offered', afterpay: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/magento-us-trap-card-applepay-paypal-klarna-afterpay-summary-widgets',
    url: 'https://www.copperandoakhome.com/checkout/#payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma one-page checkout, Review & Payments step (knockout-rendered): payment-method blocks with input.radio + label.label[for] for Braintree Credit Card, Apple Pay and PayPal only; the order-summary sidebar carries a Klarna <klarna-placement> message, an <afterpay-placement> and a 'What is Klarna?' help link. Noise: mega-menu, discount-code collapsible, ship-to block.",
    expected: null,
  },
  {
    page: 'shopify/shopify-au-returns-policy-afterpay-zip-faq-trap',
    url: 'https://www.saltandsand.com.au/pages/returns-refunds',
    site: 'shopify',
    kind: 'trap',
    structure:
      'Shopify Dawn-theme content page (returns & refunds policy): <details> FAQ accordion with open answers about refunds for Afterpay, Zip and PayPal Pay in 4 orders, an Afterpay info banner, payment icons as SVG <title>s, announcement bar naming Afterpay/Zip, mega-menu and footer. No checkout or payment step.',
    expected: null,
  },
  {
    page: 'shopify/shopify-ca-custom-domain-shop-pay-installments-afterpay',
    url: 'https://checkout.northmaplesupply.ca/checkouts/cn/Z2NwLWNhLWVhc3QxOjAxSlo3UkQ0VzlXRkRHN0NNMFE0M0NQWVNO?locale=en-CA',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout on a custom checkout domain with hashed class names: payment fieldset whose options are radio inputs wrapped inside labels; the checked Shop Pay wallet row opens a nested role=radiogroup (Pay in full / Pay in installments with aria-checked); Credit card, PayPal and an Afterpay row named only by img alt, with hidden collapsibles. Noise: express-checkout buttons, contact/delivery form, role=table order summary with CAD total.',
    expected: { total: 43957, currency: 'CAD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'shopify/shopify-nz-thank-you-paid-with-afterpay-trap',
    url: 'https://checkout.kowhaikitchenware.co.nz/checkouts/cn/Z2NwLWF1c3RyYWxpYS1zb3V0aGVhc3QxOjAxSlo4VkU3/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify order-status (thank-you) page on a custom checkout domain: confirmation header, order-details grid whose Payment method block says 'Paid with Afterpay' with the first instalment taken; recommendations with an Afterpay price line; summary table with NZD total. No payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-paypal-pay-later-smart-button-sezzle',
    url: 'https://www.ridgelineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout: ul.wc_payment_methods with input.radio + label[for] siblings; the chosen PayPal Payments gateway's payment_box holds rendered smart buttons as div[role=link] with aria-labels (PayPal, Pay Later, Debit or Credit Card) plus a Pay in 4 message; Stripe card and Sezzle radios with collapsed boxes. Noise: Affirm financing promo bar and footer link, mega-menu, billing form, shipping radios.",
    expected: { total: 29437, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered' } },
  },
  {
    page: 'web/commercetools-de-adyen-dropin-paylater-pending',
    url: 'https://www.kaffeewerk-roesterei.de/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "commercetools Frontend (Next.js, Tailwind) checkout with an Adyen-style drop-in: methods are role=radio header buttons in a radiogroup list; 'Später bezahlen mit PayPal' shows a spinner and an 'availability being checked' status so its state cannot be told, and both Klarna methods sit inside a closed <details> 'Weitere Zahlungsarten anzeigen (3)'.",
    expected: { total: 8740, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unknown' } },
  },
  {
    page: 'web/late-medusa-us-payment-radiogroup-hydrated',
    url: 'https://www.brightloomcoffee.com/us/checkout?step=payment',
    site: 'web',
    kind: 'late',
    structure:
      'Medusa Next.js starter checkout: the served Payment section holds only a loading spinner; ~0.9 s after load an inline script renders a Headless UI-style role=radiogroup of provider options (div role=radio) with Affirm and Cash App Afterpay selectable and Klarna aria-disabled with a visible subscription reason.',
    expected: {
      total: 13900,
      currency: 'USD',
      programs: { affirm: 'offered', afterpay: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/pwakit-uk-chakra-radio-cards-clearpay',
    url: 'https://www.northfell-outdoor.co.uk/uk/en-GB/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Salesforce Composable Storefront (PWA Kit, Chakra UI) checkout: completed steps as toggle cards, then a Payment radiogroup whose Chakra radios have visually clipped inputs and hashed css-* classes; Clearpay and Klarna Pay in 3 options carry per-instalment amounts, while PayPal Pay in 3 is mentioned only inside a closed (display:none) collapse under the plain PayPal radio.',
    expected: { total: 8499, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/saleor-au-payment-tabs-zip-disabled',
    url: 'https://shop.saltwatersurf.com.au/checkout?checkout=Q2hlY2tvdXQ6ZjE3YjQ4ZTItOGQ3Ny00YjJiLWE1OWYtNDVkMjg3ZWNhNTQ1',
    site: 'web',
    kind: 'checkout',
    structure:
      "Saleor Next.js storefront (Tailwind, Headless UI tabs): payment methods are role=tab buttons in a tablist; the selected Afterpay tab's visible tabpanel shows the 4-payment schedule, the Zip tab is disabled with a visible gift-card reason, and PayPal Pay in 4 wording exists only in the hidden PayPal tabpanel behind a plain 'PayPal' tab.",
    expected: { total: 24996, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/spartacus-de-payment-mode-radios',
    url: 'https://www.stahlmann-kuechentechnik.de/de/EUR/checkout/payment-details',
    site: 'web',
    kind: 'checkout',
    structure:
      "SAP Spartacus (Angular SSR) multi-step checkout: a custom cx-payment-mode step inside cx-page-slot BodyContent lists payment modes as Bootstrap form-check radios; PayPal 'Später bezahlen' is a disabled radio with an order-range reason, Klarna invoice is selectable, Riverty invoice is not a program, and the footer repeats Klarna among payment logos.",
    expected: { total: 134900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'web/trap-pwakit-us-pdp-klarna-afterpay-messaging',
    url: 'https://www.ridgelineapparel.com/us/en-US/product/RA2207-BLK',
    site: 'web',
    kind: 'trap',
    structure:
      "Salesforce Composable Storefront (PWA Kit, Chakra UI) product detail page: Klarna and Afterpay on-site messaging placements under the price with per-instalment amounts, a size radiogroup, an open 'Payment Options & FAQ' accordion naming Klarna/Afterpay/Affirm/PayPal Pay Later, and a footer 'Ways to Pay' list; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-spartacus-au-account-saved-payment-methods',
    url: 'https://www.outbackgearco.com.au/en/AUD/my-account/payment-details',
    site: 'web',
    kind: 'trap',
    structure:
      'SAP Spartacus account page (cx-payment-methods inside the AccountPageTemplate BodyContent slot) listing saved cards and linked Afterpay, Zip Pay and PayPal (Pay in 4 eligible) accounts as cx-card tiles with Set as default / Unlink actions, plus an Afterpay/Zip banner and footer links; no order, no total, no payment step.',
    expected: null,
  },
  {
    page: 'web/trap-venia-uk-cart-paypal-paylater-express',
    url: 'https://www.harbourlinehome.co.uk/cart',
    site: 'web',
    kind: 'trap',
    structure:
      "Adobe Commerce PWA Studio (Venia) cart page: product listing with quantity steppers, closed price-adjustment accordions, a price summary with 'Proceed to Checkout', then express PayPal / 'Pay in 3' / Apple Pay buttons and a PayPal Pay Later message with a per-instalment amount; no payment step is on the page.",
    expected: null,
  },
  {
    page: 'web/venia-us-payment-radios-afterpay-limit',
    url: 'https://www.timberlinehomeoutfitters.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Adobe Commerce PWA Studio (Venia) checkout with CSS-module hashed classes: payment methods are label-wrapped radios in a radiogroup, Afterpay is a disabled radio with an order-limit note, while Zip appears only in the top promo bar and PayPal Pay in 4 only in a display:none mini cart.',
    expected: {
      total: 234970,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/vsf-ca-payment-select-sezzle-disabled',
    url: 'https://www.maplebrookhome.ca/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vue Storefront (Nuxt, Storefront UI) checkout step 'Payment': payment methods are options of a native SfSelect <select>, Afterpay selected with a schedule panel below, Affirm a normal option, and Sezzle a disabled option whose label gives the pre-order reason; total in CAD with Ontario HST.",
    expected: {
      total: 21496,
      currency: 'CAD',
      programs: { afterpay: 'offered', affirm: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/late-shopify-it-payment-drawn',
    url: 'https://www.pelletteriaarno.it/60415492311/checkouts/b7e2c1a9f0d34e58a61c?previous_step=shipping_method&step=payment_method',
    site: 'web',
    kind: 'late',
    structure:
      "Shopify (checkout.liquid era) Italian payment step served with only skeleton placeholders under 'Pagamento'; an inline script 1.2 s after load injects the gateway radios (card, PayPal, 'Klarna - Paga in 3 rate senza interessi', Scalapay, Contrassegno disabled) with hidden per-gateway notes.",
    expected: { total: 48760, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop17-fr-paypal-4x-alma',
    url: 'https://www.maison-cafe-lyon.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic order page, step 4 'Paiement' with payment-option radios (ps_checkout card / PayPal / 'Payer en 4X avec PayPal' checked, two Alma 'Payer en 3/4 fois sans frais' options, wire transfer), additional-information blocks ps-hidden except the selected one; cart summary with a PayPal 4X banner and a reassurance line naming Klarna outside the step.",
    expected: { total: 29160, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/prestashop17-it-table-paga-in-3-rate',
    url: 'https://www.teakegiardino.it/ordine',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 one-page checkout module, payment methods as radio rows in a table; 'Paga in 3 rate con PayPal' row disabled with an over-2.000 € reason (while the top banner advertises it), Klarna 'Paga in 3 rate senza interessi' identified only by a logo cell and checked, Scalapay and Contrassegno disabled.",
    expected: { total: 234900, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/shopware5-de-klarna-split-radios',
    url: 'https://www.radhaus-sommer.de/checkout/shippingPayment/sTarget/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 5 responsive shippingPayment step: payment--method rows with radios; Klarna split into Rechnung (checked, offered), Ratenkauf and Sofortüberweisung labelled only by a Klarna logo box, Ratenkauf and 'Später Bezahlen mit PayPal' disabled with red notices; total in the basket aggregation list beside it.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/trap-gambio-de-faq-zahlungsarten',
    url: 'https://www.teehaus-lindner.de/info/Zahlungsarten.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Gambio content page 'Zahlungsarten': overview table and <details> FAQ naming Später Bezahlen mit PayPal, PayPal Ratenzahlung, Klarna Rechnung/Ratenkauf with limits, a header mini-cart sum and a footer 'Wir akzeptieren' line; no selectable payment step.",
    expected: null,
  },
  {
    page: 'web/trap-lightspeed-nl-cart-footer-logos',
    url: 'https://www.buitensportdijkstra.nl/cart/',
    site: 'web',
    kind: 'trap',
    structure:
      "Lightspeed eCom cart page (no payment step, only a 'Verder naar bestellen' link) with a € total; Klarna appears in the USP top bar and in the footer payment-logo strip with a 'Achteraf betalen met Klarna · PayPal Pay Later' line.",
    expected: null,
  },
  {
    page: 'web/trap-woocommerce-it-product-instalment-widget',
    url: 'https://www.caffemacchinetorino.it/prodotto/rocket-espresso-appartamento-serie-nera/',
    site: 'web',
    kind: 'trap',
    structure:
      "WooCommerce (Astra) single product page: under the price a BNPL message box with Klarna placement, PayPal 'Paga in 3 rate' message and Scalapay widget, plus a hidden 'Pagamento a rate' tab and footer list; no checkout or payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-es-details-per-method',
    url: 'https://www.correlibre.es/finalizar-compra/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) checkout where each gateway li wraps a <details> whose summary holds the radio and label; only the Klarna 'Paga en 3 plazos sin intereses' details is open and checked, the PayPal details is closed with a 'Paga en 3 plazos' message inside, and a separate 'Paga en 3 plazos con PayPal' gateway sits inside a closed 'Ver más formas de pago' details.",
    expected: { total: 34995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/beauty-react-us-accordion-klarna-afterpay-zip-checking-sezzle-collapsed',
    url: 'https://www.glossandgrove.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Beauty retailer's React checkout with CSS-module class names: a radio accordion where Klarna ('Pay in 4', named only by img alt) is checked with its schedule panel open, Card/PayPal/Cash App Afterpay rows collapsed with hidden panels, a Zip row whose radio is disabled while it shows 'Checking availability...', and Sezzle/Venmo inside a closed <details> 'More ways to pay'; promo bar and footer 'We accept' badges also name Klarna/Afterpay/Sezzle outside the step.",
    expected: { total: 9310, currency: 'USD', programs: { klarna: 'offered', afterpay: 'offered', zip: 'unknown' } },
  },
  {
    page: 'bigcommerce/bigcommerce-optimized-checkout-us-afterpay-selected-affirm-zip-paylater',
    url: 'https://www.ridgelineoutfitters.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js): completed Customer/Shipping/Billing steps, then a form-checklist of payment radios where Afterpay is selected with its hosted panel open (4 installments of $108.26) and Credit Card, PayPal, PayPal 'Pay Later', Affirm ('Pay over time', logo alt only names Affirm) and Zip ('Own it now, pay later', logo alt only names Zip) collapsed; order summary aside with Total (USD).",
    expected: {
      total: 43304,
      currency: 'USD',
      programs: { afterpay: 'offered', affirm: 'offered', zip: 'offered', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/fashion-au-react-logo-tiles-giftcard-afterpay-disabled-zip-selected',
    url: 'https://www.threadloop.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Australian fashion retailer's React checkout: a role=radiogroup grid of logo-only tile buttons whose names come only from aria-label (img alt is empty); Zip is aria-checked with its panel open, Klarna's panel is hidden, and the Afterpay tile is aria-disabled and greyed with a visible 'can't be used together with a gift card' reason because a gift card is applied; AUD total after the gift card in the summary.",
    expected: {
      total: 23994,
      currency: 'AUD',
      programs: { zip: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/late-au-electronics-react-afterpay-over-limit-zip-money-paypal-pay-in-4',
    url: 'https://www.voltzone.com.au/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Australian electronics retailer's checkout: the served HTML has only skeleton bars and 'Loading payment options...' in the Payment panel; an inline script renders a radio list 900 ms later in which card is selected, PayPal Pay in 4 and Afterpay get disabled radios with over-limit reasons ($2,000 caps on a $2,499 order), and Zip (Zip Money 6 months interest free) and humm stay selectable; the AUD total is static in the served summary.",
    expected: {
      total: 249900,
      currency: 'AUD',
      programs: { zip: 'offered', afterpay: 'unavailable', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/magento2-luma-us-affirm-term-picker-klarna-freight-disabled',
    url: 'https://www.hearthandbeam.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Review & Payments' step: #checkout-payment-method-load list of .payment-method rows; Affirm (logo is a span with aria-label, title 'Monthly Payments') is _active with its content open (As low as line, 12/24/36-month term radios, Continue with Affirm), Braintree card and PayPal collapsed, a Klarna row with a disabled radio and a freight-delivery reason, and a Sezzle row left in the DOM with display:none; Order Total in the opc-sidebar table.",
    expected: { total: 144062, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shift4shop-us-checkout-one-afterpay-over-limit-sezzle-paypal-pay-later',
    url: 'https://www.bayoutackleco.com/checkout-one.asp',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shift4Shop (3dcart) one-page checkout with numbered blocks (billing, shipping, payment); the Payment Method block is a list of radio rows with Credit Card selected and open, PayPal and PayPal 'Pay Later' named only by aria-label logos, Sezzle as an img alt with a 4-payment line, and Afterpay with a disabled radio and 'Available for orders $35 - $1,000' over-limit reason; order totals in the right column.",
    expected: {
      total: 128707,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', sezzle: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/trap-bigcommerce-cornerstone-cart-afterpay-affirm-messaging',
    url: 'https://www.copperkettlecoffee.com/cart.php',
    site: 'web',
    kind: 'trap',
    structure:
      "BigCommerce Cornerstone cart page (table.cart, ul.cart-totals with Grand total and gift certificate link) with on-site messaging under the totals: an Afterpay placement ('available for orders between $35 - $2,000'), Affirm 'As low as $111/mo - Prequalify now', PayPal Pay in 4 promo text, then a Check out button and a plain PayPal express button; no payment step exists yet.",
    expected: null,
  },
  {
    page: 'web/trap-magento2-us-success-page-paid-with-affirm',
    url: 'https://www.oakandanvil.com/checkout/onepage/success/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 checkout success page ('Thank you for your purchase!', order number, Continue Shopping) with an order-details block whose Payment Method box reads 'Paid with Affirm' plus a confirmed 12-month loan schedule, an items table with Grand Total, a create-account block and a 'Financing with Affirm' footer link; the order is already placed, so nothing is offered.",
    expected: null,
  },
  {
    page: 'web/trap-shift4shop-product-page-zip-sezzle-widgets',
    url: 'https://www.bluewaterpaddle.com/tidewater-12-angler-sit-on-top-kayak_p_214.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Shift4Shop product page (schema.org Product microdata, price, option selects, Add To Cart form) with a Sezzle widget and a Zip widget under the price ('or 4 interest-free payments of $287.25 with [logo]', logos named only by aria-label); no checkout or payment step on the page.",
    expected: null,
  },
  {
    page: 'web/volusion-us-one-page-checkout-payment-select-sezzle-affirm',
    url: 'https://www.prairiequiltworks.com/one-page-checkout.asp',
    site: 'web',
    kind: 'checkout',
    structure:
      'Volusion v65 table-layout one-page checkout; the payment method is a single <select id=PaymentMethodTypeDisplay> (Credit Card, PayPal, Sezzle selected, Affirm) with a Sezzle note box showing 4 payments of $44.43; card fields and a leftover Afterpay note box are display:none; Grand Total in the order summary table after a coupon line.',
    expected: { total: 17771, currency: 'USD', programs: { sezzle: 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/lightspeed-be-change-method-dialog',
    url: 'https://www.interieurvandamme.be/nl/checkout/onestep/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Lightspeed eCom one-step checkout (gui-* blocks): payment block shows two 'Laatst gebruikt' radios (Bancontact, 'Riverty (voorheen AfterPay)') and an 'Andere betaalmethode kiezen' button whose closed <dialog> holds the full list including both Klarna methods and PayPal.",
    expected: null,
  },
  {
    page: 'web/shopware-fr-dialog-open-klarna-3x-4x-paypal-disabled',
    url: 'https://www.maison-lumen.fr/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page with the 'change payment method' step open in a <dialog open> modal: Shopware payment-method rows (form-check input + label[for] with image and strong name); 4X PayPal input disabled with reason via aria-describedby and greyed style; Klarna 'Payer en 3 fois' checked with 'Vous finaliserez votre achat avec Klarna…' note; Alma and bank transfer (not ours). Noise: addresses, shipping radio, line items, French totals with TVA.",
    expected: { total: 234000, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/idosell-pl-toggle-groups-zloty',
    url: 'https://techpunkt.pl/order1.php',
    site: 'web',
    kind: 'checkout',
    structure:
      "IdoSell order1 'Wybierz formę płatności' with grouped radio lists whose headers carry role=switch toggles: the switched-on 'Kup teraz, zapłać później' group shows Klarna 'zapłać za 30 dni' and PayPo disabled with złoty limit reasons, while the switched-off 'Raty' group (hidden attribute) holds a selectable Klarna instalment method; Klarna also sits in the footer logo list.",
    expected: { total: 534900, currency: 'PLN', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/hyva-ie-appliances-klarna-humm',
    url: 'https://www.kilbridehome.ie/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Hyvä Checkout payment step in euro: an ordered list of radio cards (card expanded; PayPal, Klarna 'Pay in 3 interest-free instalments', humm finance and bank transfer with their views hidden) plus a leftover Clearpay list item with display:none; grand total €1,249.90 in the aside and on the place-order button.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/late-react-uk-beauty-payment-drawn',
    url: 'https://www.lumenskin.co.uk/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Custom React-style checkout whose served Payment card holds only shimmer skeletons; an inline script replaces them ~0.9 s after DOMContentLoaded with a radiogroup of card, PayPal, a disabled 'PayPal Pay in 3' row ('Available on orders from £30 to £2,000'), Clearpay and Klarna 'Pay in 30 days'.",
    expected: {
      total: 2499,
      currency: 'GBP',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/magento2-uk-diy-accordion-preorder',
    url: 'https://www.hartwelltools.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Review & Payments' step: a payment-group of radio rows whose payment-method-content panels are closed except the selected card; two Klarna rows ('Pay in 3 interest-free instalments', 'Financing') with Klarna badges, a disabled Clearpay row with a pre-order notice beside it, PayPal Pay in 3 text only inside the closed PayPal panel, and the sidebar shows both an Excl. Tax and an Incl. Tax order total.",
    expected: { total: 41247, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/react-uk-electronics-bnpl-subgroup',
    url: 'https://www.brightcircuit.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Retailer's own Next.js checkout: one radiogroup split into 'Pay in full' (card, PayPal expanded with a 'Pay now' / 'Pay in 3' tablist where Pay in 3 is the selected tab, Apple Pay), a 'Buy now, pay later' sub-group (Klarna Pay in 3, Klarna Pay in 30 days, Clearpay disabled with 'Not available for orders over £1,000') and a 'Spread the cost' Klarna Financing row whose example sits in a hidden accordion panel; a monthly Care & Repair plan is listed but excluded from the total.",
    expected: {
      total: 114900,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopify-plus-uk-fashion-gateway-radios',
    url: 'https://wrenandalder.co.uk/checkouts/cn/hWN5Fq2hT3x0bKpYQ1cR8vZm/en-gb',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify checkout-extensibility one-page checkout: express wallet buttons (Shop Pay, PayPal, Google Pay) above a 'Payment' fieldset of gateway radio rows where card is expanded and PayPal, 'Klarna - Flexible payments' and a logo-only Clearpay row have their redirect notes in collapsed, visibility-hidden panels; total shown as 'GBP £148.00' in the sidebar and in the mobile summary toggle.",
    expected: { total: 14800, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/trap-sfra-uk-fashion-basket-bnpl-messages',
    url: 'https://www.marloweandfinch.co.uk/bag',
    site: 'web',
    kind: 'trap',
    structure:
      "SFRA Cart-Show basket page: line items, an 'Estimated total' summary with a 'Checkout securely' button, express buttons (PayPal, PayPal Pay Later, Apple Pay, 'Express checkout with Klarna'), Clearpay/Klarna/PayPal Pay in 3 instalment messages under the totals, BNPL lines on recommendation tiles and a 'Ways to pay' footer; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-shopify-ie-outdoor-thank-you-klarna',
    url: 'https://www.glenmoreoutdoor.ie/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpYUjhSN0tR/thank-you',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopify thank-you (order status) page after payment: 'Order details' lists 'Klarna - Flexible payments · €189.00' / 'Paid with Klarna' and an app block describes the Klarna Pay in 3 schedule; nothing can be chosen any more.",
    expected: null,
  },
  {
    page: 'web/late-nextjs-us-affirm-sezzle-zip-limits',
    url: 'https://www.summitaudiolab.com/checkout?step=payment',
    site: 'web',
    kind: 'late',
    structure:
      "Headless (Next.js-style) checkout whose served Payment section is only a loading skeleton; an inline script fills it 1.2 s after load with card, Affirm ('As low as $100/mo' plus a 'Prequalify now' link), Sezzle and Zip radios disabled because the $2,877.66 order exceeds their stated USD limits, and PayPal.",
    expected: {
      total: 287766,
      currency: 'USD',
      programs: { affirm: 'offered', sezzle: 'unavailable', zip: 'unavailable' },
    },
  },
  {
    page: 'web/shopify-us-shop-pay-installments',
    url: 'https://harborandpine.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkZSM1ZaTjc2/information',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: the Payment fieldset's selected Shop Pay row (logo named only by an SVG <title>, '| Pay in full or in installments') opens a panel whose sub-radios offer 'Pay in installments' (4 payments of $45.47) under Shop Pay, with the legal line that installments are offered by Affirm; Klarna - Flexible payments is a separate radio, express buttons sit above.",
    expected: { total: 18186, currency: 'USD', programs: { 'shop-pay-installments': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/shopware-de-two-column-klarna-summary',
    url: 'https://www.alpenlicht-leuchten.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page in two columns: the left column's Zahlungsart card lists Kreditkarte, PayPal and two Klarna methods (Rechnung checked, Finanzierung) named by a 'Klarna.' logo badge, with PayPal 'Später Bezahlen' and Vorkasse inside a closed 'Mehr anzeigen' collapse; the right summary column repeats 'Sie bezahlen mit Klarna' under the Gesamtsumme.",
    expected: { total: 41970, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-nz-paylater-faq-card-only',
    url: 'https://www.kiwiknitco.co.nz/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Optimized One-Page Checkout whose Payment step offers only Credit Card, while a 'Payment FAQs' accordion in the order-summary column has open <details> explaining that Afterpay, Laybuy, Zip and Klarna are not offered.",
    expected: null,
  },
  {
    page: 'web/trap-shopify-ca-subscription-paylater-note',
    url: 'https://www.northernroastcoffee.ca/products/house-blend-subscription',
    site: 'web',
    kind: 'trap',
    structure:
      'Shopify (Dawn) product page with a Recharge-style Subscribe & save widget whose role=note info box says Afterpay, Klarna, Sezzle and PayPal Pay in 4 are not available for subscriptions; there is no payment step, only footer payment icons named by SVG <title>.',
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-logo-only-payment-names',
    url: 'https://www.kookaburraoutdoor.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce (Storefront) checkout whose #payment list labels carry no visible text: Afterpay is named only by an inline SVG <title> (selected, its payment_box open with a four-instalment schedule), Zip, humm, PayPal and the card brands only by <img alt>.',
    expected: { total: 38995, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-ca-paypal-panel-pay-later',
    url: 'https://www.tidewaterteaco.ca/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Astra) checkout where the selected PayPal gateway's open payment_box holds the rendered smart buttons (PayPal + 'Pay Later') and a Pay in 4 message, while the Affirm <li> is greyed out only by aria-disabled=\"true\" on the wrapper (its radio has no disabled attribute) with a CA$50 minimum note.",
    expected: { total: 4910, currency: 'CAD', programs: { 'paypal-pay-in-4': 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/centra-no-adyen-dropin-klarna-split',
    url: 'https://www.nordviksko.no/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Centra headless (Next.js, CSS-module class names) checkout whose payment step is an Adyen Drop-in role=radiogroup: Vipps is selected, Klarna is split into three methods ('Betal senere', 'Del opp betalingen' disabled with 'Ikke tilgjengelig for bestillinger under kr 1.500,-', 'Betal nå'); totals are written Norwegian-style 'kr 1.247,-' next to a struck-through 'kr 1.399,-' and a 'Herav mva.' line.",
    expected: { total: 124700, currency: 'NOK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/klarna-checkout-se-embedded-category-tabs',
    url: 'https://www.fjallhem.se/kassan/',
    site: 'web',
    kind: 'checkout',
    structure:
      "WooCommerce page with Klarna Checkout drawn inline beside the order review: Klarna's own selector has role=tab categories 'Betala senare' (selected, Faktura 30 dagar radio checked), 'Delbetala' and 'Betala nu' whose panels are hidden; Swish and card live only inside Klarna's hidden 'Betala nu' panel, and the total appears both as WooCommerce 'Totalt' (with a moms line and a 10 % coupon) and Klarna's 'Att betala'.",
    expected: { total: 126700, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/late-shopware-be-fr-payment-methods-ajax',
    url: 'https://www.mobicity.be/fr/checkout/confirm',
    site: 'web',
    kind: 'late',
    structure:
      "Shopware 6 confirm page (fr-BE) whose 'Mode de paiement' card is served with only a loading spinner; about 0.9 s after load an inline script fills it with Shopware payment-method radios: Bancontact (checked), Carte de crédit, 'Klarna – Payer plus tard' selectable, 'Klarna – Payer en 3 fois' disabled with an order-limit hint, PayPal and Virement; the aside shows 'Montant total 1 249,90 €' with narrow no-break-space grouping and separate HT/TVA lines.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-nl-mollie-ideal-in3-riverty-klarna',
    url: 'https://www.huishoudcentrumutrecht.nl/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout with Mollie payment radios (payment-method / payment-method-title / hidden payment-method-content): iDEAL is _active with a bank select, then in3 'Betaal in 3 termijnen', 'Riverty – Achteraf betalen (voorheen AfterPay)', 'Klarna – Achteraf betalen' and PayPal; the footer repeats an 'AfterPay' logo, and the sidebar has a 'Waarvan btw' line under 'Totaal bestelling'.",
    expected: { total: 34995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/norce-dk-privat-erhverv-klarna-b2b',
    url: 'https://www.kontorhuset.dk/kassen',
    site: 'web',
    kind: 'checkout',
    structure:
      "Norce Commerce storefront with a custom one-page checkout: a Privat/Erhverv pill switch set to Erhverv; the private payment list (MobilePay, two Klarna methods) is present but hidden, while the visible business list has Walley invoice selected and 'Betal senere med Klarna' disabled with 'Ikke tilgængelig for erhvervskunder'; the summary shows ex-moms subtotals, a moms line and 'Total inkl. moms 1.249,00 DKK'.",
    expected: { total: 124900, currency: 'DKK', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/sfra-ch-twint-klarna-abroad-unavailable',
    url: 'https://www.alpenstern-sport.ch/de/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce SFRA checkout at stage=payment: payment methods are Bootstrap nav-tabs (TWINT active, PostFinance Pay, Kreditkarte, PayPal) and the 'Rechnung mit Klarna' tab is .disabled/aria-disabled with 'Nur bei Lieferung in die Schweiz verfügbar' because the delivery address is in Konstanz (DE); a PayPal 'Später bezahlen' message exists only inside the inactive (display:none) PayPal tab-pane, and the total is Swiss-formatted CHF 1'249.90.",
    expected: { total: 124990, currency: 'CHF', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/shopware-at-firmenkunde-klarna-unavailable',
    url: 'https://www.werkzeug-gruber.at/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page for a logged-in business customer: payment-method radios where 'Klarna – Später bezahlen' is disabled with 'Für Firmenkunden leider nicht verfügbar.' beside it, while 'Klarna – Ratenkauf' and PayPal sit in a closed .collapse ('Weitere Zahlungsarten anzeigen'); the aside lists net subtotal, 'zzgl. 20 % MwSt.' and the gross 'Gesamtsumme € 1.249,90'.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/trap-centra-se-my-account-orders',
    url: 'https://www.vastkustdenim.se/sv-se/account/orders',
    site: 'web',
    kind: 'trap',
    structure:
      "Centra headless storefront 'Mina ordrar' account page: past orders each carry a payment line ('Betald med Klarna · Faktura', 'Betald med Klarna · Dela upp i 3 räntefria delbetalningar', 'Betald med Swish', 'Betald med kort'), the first order is expanded with totals 'Totalt 1 249,00 kr'; it is order history, not a payment step.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-se-product-klarna-osm',
    url: 'https://www.skargardsljus.se/products/bordslampa-holmo-opal',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn product page: a rendered Klarna on-site messaging <klarna-placement> badge 'Betala i 3 räntefria delbetalningar på 416,33 kr' under the sale price 1 249,00 kr, a 'Köp nu' dynamic checkout button, a closed 'Leverans & betalning' accordion mentioning Klarna, and footer payment icons; there is no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/trap-woocommerce-fi-sv-cart-footer-klarna',
    url: 'https://www.pohjolaoutdoor.fi/sv/varukorg/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce (Storefront-style) cart page on a Finnish shop's Swedish-language site: cart table, 'Summa varukorg' with shipping radios, 'Totalt 1 249,00 €' and 'Gå till kassan'; Klarna appears only in the footer ('Betala senare med Klarna' link and payment-logo strip with MobilePay, Paytrail, bank logos). No payment step is on the page.",
    expected: null,
  },
  {
    page: 'web/bestbuy-checkout-financing-no-bnpl',
    url: 'https://www.bestbuy.com/checkout/r/fast-track',
    site: 'web',
    kind: 'checkout',
    structure:
      'Best Buy fast-track pickup checkout: radio list of Credit/Debit Card (open, with My Best Buy card 18-month financing callout), PayPal, PayPal Credit, Apple Pay and Progressive Leasing lease-to-own; the only Klarna mention is the blue promo strip above the header.',
    expected: null,
  },
  {
    page: 'web/etsy-checkout-klarna-affirm-minimum',
    url: 'https://www.etsy.com/checkout/payment?cart_ids=1283349201',
    site: 'web',
    kind: 'checkout',
    structure:
      "Etsy multi-step checkout 'How you'll pay' fieldset of wt-radio rows: card, PayPal, Google Pay, Klarna Pay in 4 (enabled), and an Affirm row whose radio is disabled with a red note that Affirm needs orders of $35.00 or more; summary sidebar shows order total $33.24.",
    expected: { total: 3324, currency: 'USD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/late-dell-checkout-payment-script',
    url: 'https://www.dell.com/en-us/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      'Dell checkout whose served payment card holds only a spinner; an inline script renders the radio list 900 ms after load: Dell Pay, Credit Card (checked), PayPal, a disabled PayPal Pay in 4 (limit $30-$1,500), Affirm (enabled, as low as $185/mo) and a disabled Klarna (order total must be between $35 and $4,000); total $4,426.32 is in the served summary.',
    expected: {
      total: 442632,
      currency: 'USD',
      programs: { affirm: 'offered', 'paypal-pay-in-4': 'unavailable', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/macys-checkout-klarna-disabled-egift',
    url: 'https://www.macys.com/my-bag/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Macy's payment radiogroup in bordered rows: Credit Card (open, with Macy's Card sign-up offer), PayPal, a disabled Klarna Pay-in-4 row whose warning says Klarna isn't available for orders that include gift cards (the bag holds an E-Gift Card), and Apple Pay.",
    expected: { total: 18388, currency: 'USD', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/trap-homedepot-cart-affirm-express-buttons',
    url: 'https://www.homedepot.com/mycart/home',
    site: 'web',
    kind: 'trap',
    structure:
      "Home Depot cart (no payment step): order summary with 'As low as $42/mo with Affirm', a Checkout button plus PayPal / PayPal Pay Later / Apple Pay express buttons, a store-card 6-month financing offer and an Affirm line on a recommended product.",
    expected: null,
  },
  {
    page: 'web/trap-lowes-advantage-card-apply-special-financing',
    url: 'https://www.lowes.com/l/about/lowes-advantage-card',
    site: 'web',
    kind: 'trap',
    structure:
      "Lowe's Advantage Card marketing and application page: 5% off vs 6 months special financing cards, an application form, a comparison table naming Affirm, Klarna, Snap Finance and Acima, and a FAQ saying Lowes.com accepts Affirm on eligible orders; no cart, no total, no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-sephora-order-confirmation-afterpay',
    url: 'https://www.sephora.com/checkout/confirmation?orderId=50219483361',
    site: 'web',
    kind: 'trap',
    structure:
      "Sephora thank-you page after the order was placed: a Payment box reading 'Paid with afterpay' with the paid/remaining installment schedule, an order total of $85.00, and recommended product tiles with 'or 4 payments ... with Klarna or afterpay' lines.",
    expected: null,
  },
  {
    page: 'web/ulta-checkout-accordion-afterpay-open-zip-pickup',
    url: 'https://www.ulta.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ulta pickup checkout with a button-based payment accordion (role=radio): card and PayPal collapsed, Afterpay checked with its panel open showing the 4-payment schedule, Sezzle collapsed but listed, and a disabled Zip row reading 'Not available for pickup orders'.",
    expected: {
      total: 6450,
      currency: 'USD',
      programs: { afterpay: 'offered', sezzle: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/wayfair-checkout-logo-tiles-klarna-limit',
    url: 'https://www.wayfair.com/v/checkout/payment/show',
    site: 'web',
    kind: 'checkout',
    structure:
      "Wayfair payment step as a grid of logo-only tile buttons (names only in SVG text and sr-only spans): Card (pressed), Wayfair Card, PayPal, Affirm, Katapult, a disabled Klarna tile with the note 'Order total must be between $35 and $5,000', Apple Pay, Google Pay; order total $6,136.20 in the sidebar.",
    expected: { total: 613620, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/late-coastlineaudio-au-radiogroup-aria-checked',
    url: 'https://www.coastlineaudio.com.au/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Headless checkout whose served HTML has only a 'Loading payment options…' skeleton; an inline script 700 ms after load draws a role=radiogroup of div role=radio items with aria-checked (card checked) and aria-disabled (Zip and humm, each with a visible reason) alongside Afterpay, Klarna and PayPal Pay in 4.",
    expected: {
      total: 110400,
      currency: 'AUD',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/magento-nz-hidden-radios-img-alt',
    url: 'https://www.tussockandtide.co.nz/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Review & Payments' step where each payment-method-title has a visually hidden radio and a label containing only a logo <img> whose alt carries the method name (Afterpay, Laybuy, Zip, humm, PayPal); Afterpay and Laybuy rows are _disabled with disabled radios and an amount-limit note.",
    expected: { total: 234900, currency: 'NZD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/maisonboreale-ca-fr-listbox-until-found',
    url: 'https://www.maisonboreale.ca/fr/caisse/paiement',
    site: 'web',
    kind: 'checkout',
    structure:
      'French-Canadian headless checkout whose payment methods are a role=listbox of role=option items with aria-selected (card selected), Afterpay an aria-disabled option with a visible amount-limit reason, and Affirm/Sezzle only inside a hidden="until-found" \'more financing\' panel that is not revealed.',
    expected: {
      total: 124990,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/miva-us-select-optgroup-bnpl',
    url: 'https://www.ridgelineflytackle.com/mm5/merchant.mvc?Screen=OSEL',
    site: 'web',
    kind: 'checkout',
    structure:
      "Miva Merchant OSEL shipping/payment-selection screen where the payment method is a native <select> with optgroups; the 'Buy now, pay later' optgroup holds Affirm, Sezzle and Zip options plus a disabled Klarna option with a reason, while an Afterpay note sits in a display:none list item.",
    expected: {
      total: 64237,
      currency: 'USD',
      programs: { affirm: 'offered', sezzle: 'offered', zip: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/sfra-us-fieldset-disabled-financing',
    url: 'https://www.harborandpine.com/on/demandware.store/Sites-HarborPine-Site/en_US/Checkout-Begin?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud SFRA payment stage with the payment radios split into three fieldsets: 'Pay in full' (card, PayPal, Apple Pay), 'Pay in installments' (PayPal Pay in 4, enabled) and a <fieldset disabled> 'Monthly financing' holding Affirm and Klarna Financing with a visible final-sale reason.",
    expected: {
      total: 131844,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'unavailable', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/solidus-ca-stepper-confirm-collapsed-payment',
    url: 'https://www.northernpeakscycle.ca/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Solidus multi-step checkout on its Confirm step: Address, Delivery and Payment are finished steps collapsed to one-line summaries ('Payment: Afterpay · 4 interest-free payments of CA$78.74' with an Edit link) whose option radios (Afterpay, PayPal Pay in 4, Sezzle …) sit in hidden bodies, so no payment choice is offered on this page.",
    expected: null,
  },
  {
    page: 'bigcommerce/trap-bigcommerce-us-wishlist-installment-lines',
    url: 'https://www.lumenandhearth.com/wishlist.php?action=viewwishlistitems&wishlistid=14',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'BigCommerce Cornerstone account wish-list page: a productGrid of five saved items, each with an instalment message under its price (Afterpay, Affirm, Klarna, Sezzle plus PayPal Pay in 4, Zip) and Add to Cart / Remove buttons; no cart total and no payment step.',
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-au-ways-to-pay-table',
    url: 'https://www.wattleandwool.com.au/pages/ways-to-pay',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn theme help page 'Ways to Pay' with a 'Buy now, pay later' table listing Afterpay, Zip, Klarna, PayPal Pay in 4, Laybuy and humm with limits, an FAQ accordion and footer payment icons; there is no cart total and no payment step.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-nz-shipping-step-footer-logos',
    url: 'https://www.kowhaikids.co.nz/58239471/checkouts/8f3c2a9e1b7d4e6f0a5c1d2e3f4a5b6c?step=shipping_method',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify classic checkout on its shipping_method step: breadcrumb and a progressbar name 'Payment' only as an upcoming step, the form offers shipping rates and 'Continue to payment', and the footer has a 'We accept' strip of logo images (Afterpay, Zip, PayPal, cards) with the names only in alt text.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-segmented-aria-pressed-inert',
    url: 'https://www.saltbushliving.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce classic checkout whose theme renders the gateways as a segmented button bar (role=group, aria-pressed; Card pressed, Afterpay/Zip/humm/PayPal not pressed), followed by a greyed section marked inert that holds a PayPal Pay in 4 radio with a made-to-order reason.',
    expected: {
      total: 38995,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/allegro-pl-allegro-pay-payu-raty-paczkomat',
    url: 'https://allegro.pl/finalizacja-zakupu/platnosc',
    site: 'web',
    kind: 'checkout',
    structure:
      "Allegro delivery-and-payment page with two sellers shipping to an InPost parcel locker: BLIK preselected as last used, 'Allegro Pay – zapłać później' (buy now pay in 30 days / instalments), Raty PayU with an instalment table, transfer, card, Google Pay, and cash on delivery refused for the parcel locker; none of them is a listed program.",
    expected: null,
  },
  {
    page: 'web/asos-ie-paypal-last-used-klarna-hidden-clearpay',
    url: 'https://secure.asos.com/ie/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'ASOS-style single-page checkout for Ireland: PayPal preselected as last used, with a PayPal Pay in 3 note kept in a hidden div; Klarna Pay in 3 radio offered; a Clearpay row present in the markup but display:none for the IE market.',
    expected: { total: 9519, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/elcorteingles-es-tarjeta-eci-paypal-3-plazos-klarna-plegado',
    url: 'https://www.elcorteingles.es/compra/checkout/pago/',
    site: 'web',
    kind: 'checkout',
    structure:
      "El Corte Inglés 'Forma de pago': the store card comes first with a financing table, a saved bank card is preselected, the PayPal block has a visible 'Paga en 3 plazos' sub-radio, seQura and Bizum follow, and Klarna and Aplazame sit inside a closed <details> 'Ver más formas de pago'.",
    expected: { total: 112990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/fnac-fr-oney-3x4x-paypal-4x-marketplace',
    url: 'https://secure.fnac.com/orderpipe/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Fnac order-pipe payment block: saved card preselected from the last order, Oney 'Paiement en 3X ou 4X par carte bancaire' with a fee table, plain PayPal, 'Paiement en 4X PayPal' disabled because a Marketplace seller's item is in the basket, Carte Fnac credit; 'Total à payer' with narrow no-break thousand separator.",
    expected: { total: 124498, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-currys-uk-payment-options-rendered',
    url: 'https://www.currys.co.uk/checkout?stage=payment',
    site: 'web',
    kind: 'late',
    structure:
      'Currys payment stage served as a spinner; an inline script draws the options 900 ms after load: Currys Flexible Credit with a plan table, card preselected, plain PayPal, PayPal Pay in 3, Klarna, Clearpay disabled because a Care & Repair plan is in the basket, Apple Pay. The order summary with the total is in the served HTML.',
    expected: {
      total: 85899,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/trap-cdiscount-fr-fiche-produit-4x-vendeurs',
    url: 'https://www.cdiscount.com/electromenager/aspirateur-balai/dyson-v15-detect-absolute/f-1101403-dys5025155069855.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Cdiscount product page: buy box with an 'Ajouter au panier' button and a 'Payez en plusieurs fois' block (4X CB, PayPal 4X, Klarna 3x, Oney), a table of Marketplace seller offers with per-seller instalment eligibility, a FAQ and reviews mentioning 4X PayPal; no checkout.",
    expected: null,
  },
  {
    page: 'web/trap-mediamarkt-de-warenkorb-klarna-paypal-zur-kasse',
    url: 'https://www.mediamarkt.de/checkout',
    site: 'web',
    kind: 'trap',
    structure:
      "MediaMarkt basket (Warenkorb): line items, Gesamtsumme, a Klarna financing teaser and a PayPal 'Später bezahlen' message under the summary, a 'Zur Kasse' link, a PayPal Express button and a footer list of Zahlungsarten; no payment step yet.",
    expected: null,
  },
  {
    page: 'web/trap-saturn-de-meine-bestellungen-klarna-rechnung',
    url: 'https://www.saturn.de/de/myaccount/orders',
    site: 'web',
    kind: 'trap',
    structure:
      "mySaturn order history: five past-order cards, each with a 'Bezahlt mit …' line (Klarna Rechnung, Finanzierung, PayPal – Später bezahlen, a cancelled Klarna 3-Raten order, Kreditkarte), totals per order and 'Erneut kaufen' buttons; no payment step and no current order.",
    expected: null,
  },
  {
    page: 'web/adyen-uk-dropin-clearpay',
    url: 'https://www.hartleyandrowe.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "styled-components checkout with completed details/delivery summaries and an Adyen Drop-in list (stored Visa, card, PayPal, two Klarna entries, Clearpay selected and expanded, Apple Pay); PayPal's Pay in 3 button sits only inside PayPal's aria-hidden, display:none details, and the footer names PayPal Pay in 3 as generic copy.",
    expected: { total: 18640, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/angular-material-ca-stepper',
    url: 'https://www.maplecircuit.ca/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Angular Material vertical mat-stepper: contact and shipping steps collapsed (height 0, visibility hidden) with summaries in their headers, active Payment step with a mat-radio-group (card checked, PayPal, PayPal Pay in 4, Affirm, a disabled Sezzle whose reason lives only in the visually-hidden cdk-describedby tooltip container) and a closed mat-expansion-panel 'More ways to pay' that hides Klarna.",
    expected: {
      total: 140169,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/antd-us-radio-tooltip',
    url: 'https://www.littleharbortoys.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'React + Ant Design v5 (hashed css-17seli4) checkout: ant-steps with Cart/Shipping finished and Payment in process, a shipping summary card, then a vertical ant-radio-group (card checked, PayPal, Cash App Afterpay, Sezzle, Zip, and an ant-radio-wrapper-disabled Affirm whose $50-minimum reason sits only in a body-level ant-tooltip-hidden popup), plus an ant-collapse with a hidden gift-card panel.',
    expected: {
      total: 4218,
      currency: 'USD',
      programs: { afterpay: 'offered', sezzle: 'offered', zip: 'offered', affirm: 'unavailable' },
    },
  },
  {
    page: 'web/bootstrap-ca-fr-accordion',
    url: 'https://www.erableetco.ca/fr/commande/paiement',
    site: 'web',
    kind: 'checkout',
    structure:
      "French-Canadian Bootstrap 5 accordion checkout: Coordonnées and Livraison items collapsed (summaries in their buttons), Paiement item shown with a radio list-group (carte, Interac, PayPal, PayPal 'Payez en 4 versements', Affirm, and a .disabled aria-disabled Klarna row with its over-1 000 $ reason); a sidebar FAQ mentions Sezzle is no longer accepted.",
    expected: {
      total: 129796,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/late-styled-uk-braintree-paylater',
    url: 'https://www.cadencecycles.co.uk/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "styled-components checkout whose served Payment section is only a shimmering skeleton; an inline script replaces it after ~1.1 s with an ARIA radiogroup (card with Braintree hosted fields, PayPal, Klarna, an aria-disabled Clearpay row with its £1–£1,000 reason) and a Braintree PayPal button stack with a 'PayPal Pay in 3' Pay Later button and message.",
    expected: {
      total: 124900,
      currency: 'GBP',
      programs: { klarna: 'offered', afterpay: 'unavailable', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/stripe-us-emotion-accordion',
    url: 'https://www.northpeakoutfitters.com/checkout?step=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js/emotion multi-step checkout whose active Payment section draws a Stripe Payment Element accordion (Card expanded, Affirm, Klarna, an aria-disabled Cash App Afterpay row with its over-$2,000 reason, Cash App Pay, bank), with Zip and Sezzle only as footer 'We accept' badges.",
    expected: {
      total: 245847,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/trap-emotion-us-product-pmme',
    url: 'https://www.hollowandhearth.com/products/enameled-dutch-oven-5-5-qt',
    site: 'web',
    kind: 'trap',
    structure:
      "React/emotion product detail page with Stripe's Payment Method Messaging Element under the price ('4 interest-free payments of $24.75 with Klarna or afterpay ⓘ'), variant pickers, add-to-cart and Apple Pay buttons, details accordions, reviews and a closed cart drawer; no payment step exists.",
    expected: null,
  },
  {
    page: 'web/trap-tailwind-au-shipping-step',
    url: 'https://www.saltwatersurf.com.au/checkout/shipping',
    site: 'web',
    kind: 'trap',
    structure:
      "Tailwind multi-step checkout on step 2 (shipping-method radios active); the step-3 'Payment' section is a disabled, collapsed header that only carries Visa/Mastercard/PayPal/Afterpay/Zip/Klarna badges, and the order summary has an Afterpay instalment line under the total.",
    expected: null,
  },
  {
    page: 'web/trap-zendesk-ca-help-affirm',
    url: 'https://help.borealsports.ca/hc/en-ca/articles/4410283356701-Paying-with-Affirm',
    site: 'web',
    kind: 'trap',
    structure:
      "Zendesk Guide (Copenhagen-theme) help-centre article 'Paying with Affirm' with step-by-step instructions naming the checkout's Payment step, a screenshot placeholder of Affirm selected, an example APR table, a PayPal Pay in 4 tip callout, an FAQ accordion and related-article links; there is no checkout on the page.",
    expected: null,
  },
  {
    page: 'web/late-harborline-us-pay-button-total',
    url: 'https://www.harborlinehome.com/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Headless furniture-store checkout whose served HTML has only a 'Loading secure payment…' placeholder beside an order summary (struck $1,304.20, Total $1,184.20); an inline script about 0.9 s after load draws the radiogroup (card, PayPal, Affirm $98.69/mo, Klarna 4 × $296.05, disabled Afterpay over its $1,000 limit) and a 'Pay $1,184.20' button.",
    expected: {
      total: 118420,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/magento-au-store-credit-afterpay',
    url: 'https://www.coastalhomewares.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Adobe Commerce (Luma) Review & Payments step: the active Afterpay method shows a 4 × A$97.50 schedule with 'A$97.50 Due today', then Zip, PayPal Pay in 4, PayPal, card, a disabled humm (non-program) and a display:none Klarna method; store credit A$120.00 is applied below the methods and the sidebar reads Cart Subtotal A$498.00, Store Credit -A$120.00, Order Total A$390.00.",
    expected: {
      total: 39000,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'offered', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/prestashop-it-donation-line-paga-in-3',
    url: 'https://www.cicloteca.it/ordine',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 order page at step 4 'Pagamento': a pre-ticked € 5,00 donation box sits above div.payment-options radios (card, PayPal, 'PayPal – Paga in 3 rate', 'Klarna. Paga in 3 rate' with € 416,64 + 2 × € 416,63, a disabled Scalapay and cash-on-delivery with amount limits, bank transfer); the summary adds service and donation lines up to 'Totale (IVA incl.) € 1.249,90'.",
    expected: { total: 124990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/sfcc-fr-crossed-total-paypal-4x-over-limit',
    url: 'https://www.maison-arlette.fr/on/demandware.store/Sites-Arlette-FR-Site/fr_FR/Checkout-Begin?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud SFRA payment stage with payment methods as nav-tabs (Carte bancaire active, Klarna 'Payer en 3 fois sans frais : 3 × 716,60 €', a disabled 'Paiement en 4X PayPal' tab with its 30 €–2 000 € limit note, PayPal, Oney 3x/4x); the summary shows a struck-through 2 389,80 € above the payable 2 149,80 € written with narrow no-break spaces.",
    expected: { total: 214980, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/shopify-us-giftcard-tip-installments',
    url: 'https://northpinesupply.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlA0UTdLQ1pNNkE2VDNHWDBSRkRWN1pC',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: a tip picker (10% = $17.20) and an applied gift card (−$60.00, with the card's own $15.00 'remaining balance') sit above a radiogroup of Credit card / PayPal / Shop Pay Installments / Afterpay / Klarna with per-instalment lines, and the order-summary aside ends in 'Total USD $153.40' after the gift card.",
    expected: {
      total: 15340,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'web/shopware-de-subscription-collapsed-methods',
    url: 'https://www.bohnenwerk-kaffee.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page for a coffee subscription bundle: the payment card lists Kreditkarte, PayPal, 'Später bezahlen mit PayPal' and a disabled 'Klarna Ratenkauf' (200,00 € minimum), while 'Rechnung mit Klarna', SEPA and Vorkasse sit in a closed .collapse behind 'Weitere Zahlungsarten anzeigen'; the aside shows 'Heute fällig (Gesamtsumme) 149,90 €' beside recurring 50,90 € payments every 4 weeks.",
    expected: { total: 14990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/trap-b2b-invoice-paylink-klarna-promo',
    url: 'https://pay.brightwellsupply.co.uk/i/INV-2025-04817',
    site: 'web',
    kind: 'trap',
    structure:
      "A UK catering supplier's pay-by-link invoice page: invoice lines and an 'Amount due £4,812.50' box with a single 'Pay £4,812.50 by card' link and bank-transfer details, plus a pink trade-finance advert naming Klarna and PayPal Pay in 3 that expressly does not apply to existing invoices; no payment-method choice exists.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-dawn-cart-au-estimated-total-klarna',
    url: 'https://www.saltandwillow.com.au/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page (cart-items table, cart__footer with 'Estimated total $312.00 AUD' and 'Taxes included. Discounts and shipping calculated at checkout.'), a Klarna on-site placement '4 interest-free payments of AU$78.00', Check out / Shop Pay / PayPal express buttons and footer payment icons naming Afterpay and Klarna; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/late-magento-pt-klarna-mbway',
    url: 'https://www.tecnolar.pt/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      'Magento 2 Luma checkout in Portuguese whose served HTML holds only a loading mask in #checkout-step-payment; an inline script fills it 0.9 s after load with the payment-method radio list (MB WAY selected, Multibanco, card, PayPal, "Klarna – Pagar em 3 prestações sem juros", Oney 3x/4x).',
    expected: { total: 38970, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-es-paypal-paga-en-3-plazos',
    url: 'https://www.ciclosbarrera.es/pedido',
    site: 'web',
    kind: 'checkout',
    structure:
      'PrestaShop 1.7 classic checkout step 4 with a payment-options radio list: ps_checkout\'s "Paga en 3 plazos" (PayPal logo) is checked with its additional-information shown, next to seQura "Divide en 3 partes sin coste", card, Bizum, PayPal and transfer; Klarna appears only among footer logos.',
    expected: { total: 23685, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/salesforce-us-es-payment-tabs-limits',
    url: 'https://www.rutanortefitness.com/on/demandware.store/Sites-RutaNorte-Site/es_US/Checkout-Begin?stage=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Salesforce SFRA checkout payment stage with nav-tabs payment-options: card tab active, PayPal, Klarna and Affirm tabs selectable, while "Paga en 4" (PayPal, $30–$1,500) and Cash App Afterpay ("No disponible para pedidos superiores a $2,000") tabs are disabled; order total $2,349.98.',
    expected: {
      total: 234998,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'unavailable', afterpay: 'unavailable', klarna: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'web/shopify-us-es-afterpay-affirm-shop-pay-cuotas',
    url: 'https://www.sierraaltaoutfitters.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkM5UTNWN0I4UjJYRjVNSkJSUTZRWUVa?locale=es-US',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout in US Spanish: an express row (Shop Pay, PayPal, Google Pay buttons) above a fieldset of payment radios where card is open and Shop Pay installments ("Paga el total o en cuotas"), PayPal, Afterpay and "Paga a plazos con Affirm" are selectable rows; total shown as "USD $150.00".',
    expected: {
      total: 15000,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'web/trap-salesforce-es-ayuda-metodos-de-pago',
    url: 'https://www.nordicamoda.es/es/ayuda/metodos-de-pago.html',
    site: 'web',
    kind: 'trap',
    structure:
      'Salesforce SFRA content page "Métodos de pago" in the help centre: one article per method (PayPal with "Paga en 3 plazos", Klarna 3 plazos / 30 días, Bizum, Aplazame), a limits table with "No disponible" cells and an FAQ; no cart total and no payment step.',
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-es-product-klarna-3-pagos',
    url: 'https://www.olmoyrio.es/products/zapatilla-urbana-alba-piel-blanca',
    site: 'shopify',
    kind: 'trap',
    structure:
      'Shopify Dawn product page (99,90 €) with a Klarna on-site badge "o 3 pagos de 33,30 € con Klarna" under the price, a closed "Formas de pago" accordion mentioning Klarna and PayPal 3 plazos, a hidden cart drawer and payment icons in the footer; there is no payment step.',
    expected: null,
  },
  {
    page: 'web/vtex-mx-payment-groups-klarna-kueski',
    url: 'https://www.casanativa.com.mx/checkout/#/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'VTEX legacy checkout: payment-group-list-btn column of tab links (credit card active with its MSI panel; Klarna, Kueski Pay, Aplazo, Mercado Pago, PayPal with bank-card MSI, OXXO as selectable tabs) and totalizers in MXN written with a bare "$".',
    expected: { total: 324900, currency: 'MXN', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-es-klarna-disabled-over-limit',
    url: 'https://www.electrohogarmarin.es/finalizar-compra/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'WooCommerce Storefront checkout: wc_payment_methods radio list where Klarna\'s radio is disabled with the note "No disponible para pedidos superiores a 1.000 €", PayPal\'s closed payment_box (display:none) holds a "Paga en 3 plazos" message, and Cofidis Pay offers 3 or 4 cuotas.',
    expected: { total: 124900, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/late-woocommerce-blocks-de-klarna-wird-geprueft',
    url: 'https://www.bohnenwerk.de/kasse/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      "WooCommerce Blocks checkout served with only skeleton placeholders in the main column (order summary and total are in the served HTML); an inline script replaces the skeleton ~0.9 s after load with contact, address and a 'Zahlungsoptionen' radio-control accordion: Kreditkarte pre-selected, plain PayPal, Klarna with disabled radio, spinner and 'Wird geprüft…' (shown, undecided: unknown), and greyed 'Später bezahlen mit PayPal' reading only 'Für deine Bestellung nicht verfügbar' (no reason: unavailable), plus Vorkasse.",
    expected: { total: 122985, currency: 'EUR', programs: { klarna: 'unknown', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/magento-sv-klarna-betalplan-nasta-steg',
    url: 'https://www.nordiskhem.se/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma checkout (rendered DOM, Swedish) with a red checkout message 'Vi kunde inte hämta alla betalsätt just nu…' above the payment group; Klarna is the pre-selected, enabled radio whose open panel says the plan is chosen in the next step after logging in at Klarna (can be picked now: offered); Kort, Swish and PayPal are plain methods, and the greyed 'Walley – Faktura & Delbetalning … Inte tillgängligt för din beställning' is not a program; the sidebar Klarna 'Dela upp från 1 012 kr/mån' badge is outside the payment step.",
    expected: { total: 1198700, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/react-en-gb-clearpay-couldnt-load',
    url: 'https://www.harbourandfinch.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Server-rendered custom React (Next.js) checkout using a role=radiogroup of button role=radio rows under an error alert 'Some payment options couldn't be loaded.': card pre-selected; PayPal whose sub-line 'Pay in 3 interest-free payments · loading offer…' is still a skeleton (named but undecided: unknown); Klarna enabled with 'You'll choose your plan after logging in to Klarna' (can be picked now: offered); Clearpay greyed with aria-disabled and an inline 'Clearpay couldn't load… Try again' box (shown, cannot be picked now: unavailable); Apple Pay is not a program.",
    expected: {
      total: 22645,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'unknown', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopify-en-us-afterpay-checking-eligibility',
    url: 'https://www.ridgeline-outfitters.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlE4Rk1ZUjNYV0Q5NlBHS0ZCN1ZEWk5C',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout whose Payment fieldset has Credit card pre-selected, Shop Pay Installments as a normal selectable radio (offered), an Afterpay row whose radio is disabled with a spinner and 'Checking eligibility…' (shown but not yet decided: unknown), plain PayPal, and a greyed Affirm row reading only 'Not available for your order' with no reason (unavailable); express buttons above are Shop Pay/PayPal/G Pay only.",
    expected: {
      total: 40549,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'unknown', affirm: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-klarna-voruebergehend-nicht-verfuegbar',
    url: 'https://www.gartenwerk24.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 checkout/confirm with two flashbag alerts above the page (red 'Klarna ist vorübergehend nicht verfügbar…' and an info that the method was switched to PayPal); in the Zahlungsart card PayPal is pre-selected and 'Klarna Rechnung' and 'Klarna Ratenkauf' have disabled radios with the same temporarily-unavailable feedback (shown, cannot be picked: unavailable); PayPal 'Später Bezahlen' sits only in the closed '.collapse' block behind 'Mehr anzeigen' (not shown, so not listed).",
    expected: { total: 92584, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/trap-magento-sv-faq-varfor-ar-klarna-inte-tillgangligt',
    url: 'https://www.skogsro-outdoor.se/kundservice/betalning/varfor-ar-klarna-inte-tillgangligt',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma CMS customer-service page 'Varför är Klarna inte tillgängligt?' built from <details> FAQ items, one holding a static illustration of a payment list with a greyed 'Klarna – … Inte tillgängligt för din beställning' row and others quoting 'tillfälligt otillgängligt' and 'Kontrollerar…'; the only cart data is a closed minicart dropdown; there is no payment step, so nothing is offered.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-blocks-fr-klarna-verification-en-cours',
    url: 'https://www.maison-lumen.fr/commande/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout (French) whose 'Options de paiement' step opens with an error notice banner, then a radio-control accordion: Carte bancaire pre-selected, PayPal whose description is a still-loading 'Chargement de l'offre Paiement en 4X PayPal…' skeleton (Pay in 4X named but its offer not yet shown: unknown), 'Klarna – Payer en 3 fois sans frais' with a disabled radio, spinner and 'Vérification en cours…' (shown, undecided: unknown), Alma 3/4x (not a program) and bank transfer; Klarna also appears in the footer logo line, which does not count.",
    expected: { total: 120390, currency: 'EUR', programs: { klarna: 'unknown', 'paypal-pay-in-4': 'unknown' } },
  },
  {
    page: 'bigcommerce/bigcommerce-au-optimized-checkout-zip-disabled',
    url: 'https://www.coastalhomewares.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout: an 'Express checkout' panel (PayPal, PayPal Pay Later, Apple Pay) above completed Customer/Shipping steps, a billing step retitled 'Payment details', then the Payment step with a store-credit checkbox and the form-checklist of methods (Credit Card selected, PayPal, Afterpay, Zip disabled with an order-limit reason); the Order Summary sidebar carries Afterpay/Zip/Klarna widgets and the footer a 'We accept' strip.",
    expected: { total: 123175, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/late-react-de-paypal-later-klarna-packstation',
    url: 'https://www.roesterei-kaltenbach.de/kasse',
    site: 'web',
    kind: 'late',
    structure:
      "Custom React-style German checkout whose served HTML has only skeleton rows in #payment-root; an inline script ~0.9 s after load draws the 'Zahlungsart' radiogroup (Kreditkarte selected, PayPal, 'PayPal – Später bezahlen', Klarna disabled because of the Packstation delivery address, SEPA, Riverty), while the served express row, points block, 'Zahlungsdetails' billing card, sidebar Klarna/PayPal messages and 'Wir akzeptieren' footer are decoys.",
    expected: { total: 33005, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/magento-de-onestep-klarna-paypal-later-disabled',
    url: 'https://www.bergsport-huber.de/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 three-column one-step checkout (Amasty-style): Express-Checkout buttons, a block titled 'Zahlung' holding only gift card / store credit / reward points, the real payment-methods group 'Zahlungsart wählen' (PayPal, disabled 'PayPal – Später bezahlen' with a 1.000 € limit notice, Kreditkarte active, Klarna 'Rechnung – In 30 Tagen bezahlen', Riverty, Vorkasse), a billing block titled 'Zahlungsdetails', and a Bestellübersicht sidebar with Klarna/PayPal Später-bezahlen messages plus a 'Wir akzeptieren' footer.",
    expected: { total: 124785, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'web/react-us-radiogroup-affirm-sezzle',
    url: 'https://www.lumenandoak.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom Next.js one-page checkout with CSS-module classes: Express row (Apple Pay/G Pay/PayPal/Venmo), a 'Pay with points' switch, a panel titled 'Payment' that only takes gift cards/store credit, then the real ARIA radiogroup 'How would you like to pay?' (card checked, PayPal, PayPal Pay in 4, Affirm, Sezzle aria-disabled 'Not available for orders over $1,000', and a closed <details> 'More payment options' hiding Zip/Venmo); the summary sidebar advertises Affirm and Afterpay, and the footer 'We accept' strip lists Klarna/Sezzle/Zip.",
    expected: {
      total: 122872,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/sfcc-uk-sfra-tabs-clearpay-giftcard',
    url: 'https://www.harrowandfinch.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFRA checkout at data-checkout-stage=payment: Express checkout card, collapsed Customer/Shipping summaries (shipping form hidden by stage CSS), a 'Pay with points' card, a gift-card card titled 'Payment' with a £25 card applied, then the 'Payment details' card with billing address and the real nav-tabs payment options (Card active, PayPal, Clearpay, Klarna tab disabled with a gift-card note); a stage-hidden 'Payment' summary card still names Klarna, and the order summary shows Order total £634.25 minus the gift card = Amount to pay £609.25 with Clearpay/Klarna/PayPal Pay in 3 messages.",
    expected: { total: 60925, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shopify-plus-us-onepage-express-rewards',
    url: 'https://www.ridgelineoutfitters.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSjhSNjdQUTRWNUtHM1hGOVRNWEE2N0ZC',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: Express checkout row (Shop Pay/PayPal/G Pay), a 'Pay with points' rewards card, the real 'Payment' fieldset of gateway radios (card, PayPal, Shop Pay 'Pay in full or in installments', Afterpay, Klarna) with only the card body expanded, then tip block, policy footer with a 'We accept' strip naming Affirm, and a summary sidebar with Afterpay/Klarna instalment messages.",
    expected: {
      total: 49389,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-au-cart-sidebar-messages',
    url: 'https://www.coastalhomewares.com.au/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Cornerstone cart page: cart table and cart-totals list followed by Afterpay/Zip/Klarna/PayPal Pay in 4 placement messages, PayPal/Pay Later/Afterpay checkout buttons, an info panel headed 'Payment' describing the pay-later options, an FAQ, product cards with Afterpay messages and a 'We accept' footer - no payment step anywhere.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-plus-uk-cards-paypal-only',
    url: 'https://www.northfellsupply.co.uk/58214467601/checkouts/c1f0e9a7b23d46b19a3f5d0c7e8b2a64?step=payment_method',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Plus checkout.liquid payment step whose real gateway list offers only Credit card and PayPal; Clearpay, Klarna and PayPal Pay in 3 appear only as order-summary instalment messages and in the footer 'We accept' strip, around an express row, a 'Pay with points' block and a round-up donation.",
    expected: null,
  },
  {
    page: 'bigcommerce/late-casalumbre-mx-klarna-kueski-aplazo',
    url: 'https://www.casalumbre.mx/checkout/pago',
    site: 'bigcommerce',
    kind: 'late',
    structure:
      "Retailer's own checkout: the served 'Pago' block holds only skeleton loaders; an inline script builds a fieldset of radio rows 900 ms after load (card, PayPal, Mercado Pago, Klarna, Kueski Pay, Aplazo, SPEI, OXXO disabled over $10,000), while the MXN total sits in the served order summary.",
    expected: { total: 1249900, currency: 'MXN', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento2-au-afterpay-over-limit-zip-humm',
    url: 'https://www.pedalhaus.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma one-page checkout, Review & Payments step: div.payment-method list with radio inputs (card, plain PayPal, Afterpay disabled with an over-$2,000 note, Zip active/checked, humm, LatitudePay disabled, bank transfer); a PayPal Pay in 4 promo sits only in the global promo bar above the header.',
    expected: { total: 235600, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/salla-sa-ar-tabby-tamara-rtl',
    url: 'https://salla.sa/oud-alnakheel/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salla-style Arabic RTL one-page checkout; step 4 'طريقة الدفع' is a radiogroup list (mada, card, Apple Pay, STC Pay, Tabby checked with 4-instalment schedule, Tamara, bank transfer, disabled COD) with Arabic-Indic totals in the side summary.",
    expected: null,
  },
  {
    page: 'web/shopee-ph-spaylater-installment-tabs',
    url: 'https://shopee.ph/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopee-style desktop checkout: 'Payment Method' row of product-variation buttons (ShopeePay, SPayLater selected, cards, instalments, banking, Maya, OTC, disabled COD) with an SPayLater plan panel below and a Total Payment grid.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-au-cart-bnpl-messaging',
    url: 'https://www.saltandsage.com.au/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page: under the 'Estimated total' sit Afterpay, Zip, Klarna, PayPal Pay in 4 and humm instalment messages (in a list labelled 'Payment options'), plus Shop Pay/PayPal/G Pay express buttons, product-card Afterpay lines, a closed FAQ and footer payment icons; there is no payment step.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-sg-thank-you-atome-paid',
    url: 'https://www.kopiandkin.sg/checkouts/cn/Z2NwLWFzaWEtc291dGhlYXN0MTowMUpaUjRLN1hNNVFG/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      'Shopify classic checkout thank-you page (os-header, content-box rows): the order was already paid with Atome (payment-method-list plus a 3-instalment schedule), and a post-purchase promo names ShopBack PayLater, Grab PayLater, Afterpay, Klarna and PayPal Pay in 4; no payment choice is offered.',
    expected: null,
  },
  {
    page: 'web/voltbay-in-react-paylater-tab-simpl-lazypay',
    url: 'https://www.voltbay.in/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js-style retailer checkout with a vertical tablist of payment options; only the 'Pay Later' tabpanel is shown (Amazon Pay Later selected, ICICI PayLater, Simpl and LazyPay disabled with reasons, HDFC FlexiPay), other panels carry the hidden attribute; totals in Indian digit grouping.",
    expected: null,
  },
  {
    page: 'web/magento2-de-klarna-paypal-spaeter-gesamtsumme',
    url: 'https://www.moebel-lindner.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma checkout, 'Prüfen & Bezahlen' step: #checkout-payment-method-load .payment-method rows (Kreditkarte active; PayPal; 'Später Bezahlen mit PayPal' with a disabled radio and 'Nur für Einkäufe von 1 € bis 1.000 € verfügbar'; Klarna 'Rechnung.' and 'Ratenkauf.' with 'Ab 41,48 € / Monat'; Riverty; Vorkasse); the payable total is 1.249,90 € in tr.grand.totals.incl 'Gesamtsumme inkl. MwSt.' (no-break space before €), repeated as 'Geschätzte Summe' with a narrow no-break space — not the excl.-VAT 1.050,34 €, the 1.298,00 € Zwischensumme/minicart, or the monthly rate.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/react-us-affirm-sup-cents-sticky-total',
    url: 'https://www.fernhillworkshop.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom React (Next.js, CSS-module class names) payment step: a fieldset of radio rows (card selected; Affirm with a 30px '$79/mo' figure; Klarna Financing; plain PayPal; PayPal Pay in 4 disabled with 'Not available for orders over $1,500.00'; Zip and Sezzle only inside a closed <details> 'More ways to pay'); the payable total is the Order total $1,826.44, written $<sup>-cents as '1,826<sup>44</sup>' in the summary and again as '1,826.44 USD' in the fixed bottom bar — not the $79/mo instalment, the $1,749.00 subtotal, or the $79.00 savings. Afterpay appears only in the footer.",
    expected: {
      total: 182644,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-au-cart-afterpay-instalment',
    url: 'https://www.coastlinecycles.com.au/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Cornerstone cart page (table.cart + ul.cart-totals with Subtotal $129.99, 'Add Info' shipping estimator, Grand total and GST line) followed by on-site messaging — an <afterpay-placement> 'or 4 interest-free payments of $32.50', a Zip '$10/wk' widget and a PayPal 'Pay in 4' message — plus a Check out button and a PayPal Checkout express button; there is no payment step, so nothing is offered here.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-uk-clearpay-place-order-total',
    url: 'https://www.hollowayandfinch.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout: #payment ul.wc_payment_methods with Stripe card selected, a Clearpay radio whose label shows '4 interest-free payments of £21.05', PayPal whose Pay in 3 message sits only in its closed (display:none) payment_box, and a Klarna li hidden with display:none; the payable total is £84.20 in tr.order-total 'Total (incl. VAT)' and repeated on the button 'Place order · £84.20' — not the £94.20 subtotal/header basket, the £14.03 VAT or the £21.05 instalment. Klarna and PayPal Pay in 3 are otherwise only in the notice bar and footer.",
    expected: { total: 8420, currency: 'GBP', programs: { afterpay: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-ca-checklist-logo-only-sezzle-disabled',
    url: 'https://rideauebikes.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout (checkout-js form-checklist) for an Ontario shop: PayPal and Affirm rows named only by logo alt text, a PayPal 'Pay Later' row with a Pay in 4 banner under its header, a Sezzle row whose radio is disabled with 'Available on orders from $35 to $500 CAD' beside it, and an Uplift 'Pay Monthly' row; total shown as 'Total (CAD) $711.87'.",
    expected: {
      total: 71187,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/late-magento2-nz-afterpay-over-limit-zip',
    url: 'https://www.kowhaioutdoor.co.nz/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma checkout for a New Zealand store whose served HTML has only a 'Please wait...' loader in #checkout-payment-method-load; an inline script fills in the payment-method list 1.4 s after DOMContentLoaded: card (active), Afterpay with a disabled radio and a notice that it is only for orders between NZ$1.00 and NZ$2,000.00, Zip named by logo alt plus 'Own it now, pay later', a disabled Laybuy, humm and bank transfer; the NZ$2,349.00 order total is in the served sidebar and the footer advertises all four pay-later brands.",
    expected: { total: 234900, currency: 'NZD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/sfra-ca-fr-logo-tabs-english-leftovers',
    url: 'https://www.maisonlaurentienne.ca/on/demandware.store/Sites-MaisonLaurentienne-Site/fr_CA/Checkout-Begin?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce SFRA payment card in French whose methods are nav-tabs named only by logo alt text (two tabs both captioned 'Payer en 4 versements', one under a PayPal logo and one under a Klarna logo, Affirm logo with no text), a greyed Afterpay tab with an untranslated English reason 'Available on orders from $50 to $1,000 CAD', a Flexiti financing tab, hidden tab panes with more wording, and a Sezzle promo only in the site banner.",
    expected: {
      total: 149345,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopify-ca-en-onepage-accordion-affirm-klarna',
    url: 'https://northboundoutfitters.ca/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkZaR1k4V0Q2VFpNNlE3QjNYSjBNUEtG/en-ca',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout whose payment fieldset is a radio accordion: the card panel is open, and the closed panels (height 0, visibility hidden) hold the plan wording, including a PayPal Pay in 4 line that only exists inside the closed PayPal panel; Affirm appears as 'Affirm (formerly PayBright)' and Flexiti as a financing radio.",
    expected: { total: 107124, currency: 'CAD', programs: { affirm: 'offered', klarna: 'offered' } },
  },
  {
    page: 'shopify/trap-shopify-ca-fr-thank-you-klarna-paid',
    url: 'https://www.atelierboreal.ca/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkFCOFI3NFFaWkc5V1JLTjRFMjRQVlhE/fr-ca/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify one-page thank-you page in Canadian French under the /checkouts/ path: the 'Moyen de paiement' detail shows the gateway already used ('Klarna - Payer en 4 versements', 1 155,50 $), a promo block mentions Affirm and PayPal 4-instalment payments for next time, and the order summary keeps a 'Total CAD 1 155,50 $'; there is nothing left to choose.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-nz-dawn-cart-afterpay-zip-widgets',
    url: 'https://tuiandco.co.nz/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page for a New Zealand shop (no payment step yet, only 'Check out' and a PayPal express button): Afterpay, Zip and Laybuy instalment widgets under the 'Estimated total $189.00 NZD', Afterpay/Zip lines on recommended products, an announcement bar and a footer 'Pay your way' block plus payment icons.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-ie-klarna-selected-paypal-box-closed',
    url: 'https://www.wicklowhearth.ie/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Storefront classic checkout for an Irish shop: ul.wc_payment_methods radio list with Klarna checked and its payment_box open (Pay in 3 schedule), while the PayPal gateway's payment_box, the only place in the payment step naming PayPal Pay in 3, is display:none; humm and bank transfer are also radios, and the footer advertises Klarna and PayPal Pay in 3.",
    expected: { total: 32950, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/alpenhof-de-klarna-buchung-zahlung',
    url: 'https://www.alpenhof-hotels.de/buchung/zahlung',
    site: 'web',
    kind: 'checkout',
    structure:
      "Hotel booking step 3 with a fieldset of label.payment-option tiles (card, PayPal, disabled 'PayPal – Später bezahlen' with reason, a [hidden] PayPal Ratenzahlung tile, Klarna, Vorkasse, Zahlung im Hotel); sidebar dl price list whose Gesamtbetrag excludes a Kurbeitrag payable on site; footer mentions voucher-shop pay-later options.",
    expected: { total: 60300, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/stagepass-au-afterpay-festival-tickets',
    url: 'https://www.stagepass.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js-style ticket checkout where payment methods are button[role=radio] tiles in a radiogroup (card, PayPal, Apple Pay, Afterpay with instalment amount, Zip marked aria-disabled with an organiser reason, humm); order summary aside with booking and processing fees; footer 'Pay your way' links name Zip and PayPal Pay in 4.",
    expected: { total: 33640, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/sunvoy-us-affirm-flight-payment',
    url: 'https://www.sunvoyair.com/book/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Airline booking step 5 with a separate pay-now / hold-24h radio group above a radiogroup list of card, PayPal, Affirm and Uplift 'Pay Monthly'; trip summary sidebar with per-person price and fee lines; footer lists Klarna and PayPal Pay Later under site-wide 'ways to pay'.",
    expected: { total: 135990, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/trap-palmcrest-us-affirm-booking-confirmation',
    url: 'https://www.palmcrestresort.com/reservation/confirmation?conf=PCR-84127-SD',
    site: 'web',
    kind: 'trap',
    structure:
      "Resort booking confirmation page: confirmation details, a 'Payment summary' table with 'Total paid' and a 'Paid with Affirm' box describing the loan, non-refundable policy and a rewards panel suggesting Affirm or Uplift for future trips; nothing can be paid here.",
    expected: null,
  },
  {
    page: 'web/trap-skylark-uk-fare-rules',
    url: 'https://www.flyskylark.co.uk/help/booking/fare-rules',
    site: 'web',
    kind: 'trap',
    structure:
      "Airline help-centre article on fare rules: a fare-family table, then prose sections describing PayPal Pay in 3, Klarna Pay in 3, Fly Now Pay Later, 'Clearpay not accepted', a £50 holiday deposit and a 72-hour fare hold, plus refund accordions about Klarna/PayPal Pay in 3; no payment step.",
    expected: null,
  },
  {
    page: 'web/ecwid-es-paypal-3-plazos-klarna-hidden',
    url: 'https://www.ceramicasolmar.es/tienda/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ecwid Instant Site checkout with done email/address/delivery steps summarised and the current ec-cart-step--payment holding an ec-radiogroup fieldset of label.ec-radiogroup__item rows (Stripe card, PayPal, 'Paga en 3 plazos con PayPal', a Klarna row hidden with inline display:none, seQura, transfer, cash on delivery); total in the ec-cart-summary sidebar.",
    expected: { total: 103485, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/late-opencart3-uk-clearpay-accordion',
    url: 'https://www.hartleyandfinch.co.uk/index.php?route=checkout/checkout',
    site: 'web',
    kind: 'late',
    structure:
      "OpenCart 3 default-theme checkout accordion whose 'Step 5: Payment Method' panel is served empty and collapsed; an inline script fills it 0.9 s after load with .radio label/input rows (card, PayPal, PayPal Pay in 3, Clearpay, bank transfer) and opens it, while the payable total sits in a right-column order summary (header cart button shows a different, item-only figure).",
    expected: { total: 26088, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/nopcommerce-us-affirm-sezzle-cap',
    url: 'https://www.ridgelineoutfitters.com/onepagecheckout',
    site: 'web',
    kind: 'checkout',
    structure:
      "nopCommerce default-theme one-page checkout (ol.opc) where only the active 'Payment method' step is expanded, listing ul#payment-method-block items with .payment-logo/.payment-details radios: card, PayPal, Affirm, a greyed li.disabled Sezzle with a disabled radio and an order-limit note, and check; other steps are display:none, totals sit in a side order-summary table, and the footer names Zip among accepted payments.",
    expected: { total: 279429, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'web/prestashop8-fr-paypal-4x-alma-oney',
    url: 'https://www.maison-lumen.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic-theme checkout with the three completed steps collapsed and the current 'Paiement' step listing seven .payment-option radios (card selected, PayPal, 'Payer en 4X avec PayPal', Alma 3x, Oney 4x, 'Payer plus tard avec Klarna', wire transfer) whose additional-information blocks are ps-hidden except the card's; total in the right-hand js-checkout-summary card.",
    expected: { total: 124990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/trap-odoo17-au-cart-afterpay-zip',
    url: 'https://www.saltbushhomewares.com.au/shop/cart',
    site: 'web',
    kind: 'trap',
    structure:
      "Odoo 17 website_sale cart ('Review Order' wizard step) with cart lines, an o_total_card summary carrying an Afterpay/Zip pay-later teaser above the Checkout button, a collapsed FAQ answer naming Afterpay and Zip, and a footer 'We accept' list; the payment step has not been reached.",
    expected: null,
  },
  {
    page: 'web/trap-wix-stores-it-thank-you-paga-in-3-rate',
    url: 'https://www.bottegaverdemare.it/thank-you-page/7d2c91e4-5b1a-4f0e-9a61-3c8e2b74f0d1',
    site: 'web',
    kind: 'trap',
    structure:
      "Wix Stores thank-you page (hashed classes, data-hook attributes) for an order already placed: the order summary reports the used payment 'PayPal · Paga in 3 rate' with a total, while Klarna appears in the announcement bar, in related-product instalment teasers and in the footer payment list; no payment choice exists.",
    expected: null,
  },
  {
    page: 'web/magento-uk-hyva-icon-font-role-radio',
    url: 'https://www.brambleandoak.co.uk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Hyvä checkout with a role=radiogroup of div role=radio options: Clearpay is only an icon-font glyph whose name sits in title, Klarna is lowercase letters one span each shown uppercase and letter-spaced, and PayPal Pay in 3 is blocked only by aria-disabled="true" (no reason text); grand total written one digit per span.',
    expected: {
      total: 16900,
      currency: 'GBP',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'woocommerce/trap-woocommerce-au-cart-bnpl-messaging',
    url: 'https://www.surfsidesupply.com.au/cart/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce Storefront cart page (no payment step, only 'Proceed to checkout'): Afterpay, Zip and PayPal Pay in 4 appear as promo strips under Cart totals and on a cross-sell (names written After&#8203;pay, Z&shy;ip, screen-reader-text spans), plus footer icon-font logos named only by title and a letter-spaced per-letter 'afterpay'.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-us-dialog-choose-payment',
    url: 'https://www.ridgelinesupply.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout whose Payment step only says 'Paying with Credit Card' while an open <dialog> 'Choose a payment method' lists card, PayPal, PayPal Pay Later (Pay in 4), Affirm, Klarna and a disabled Afterpay row with an order-limit note; Zip appears only in the footer's accepted-payments icons.",
    expected: {
      total: 114538,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-offcanvas-zahlungsart-aendern',
    url: 'https://www.lindner-moebel.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page whose payment card and summary only name the current choice (Klarna Rechnung), with an open right-hand offcanvas role=dialog 'Zahlungsart ändern' listing Klarna Rechnung, Klarna Ratenkauf, PayPal, a disabled 'Später bezahlen mit PayPal' (addresses differ), Riverty, card and Vorkasse.",
    expected: { total: 238945, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/trap-magento-uk-order-view-payment-details-modal',
    url: 'https://www.thornbury-home.co.uk/sales/order/view/order_id/184213/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 customer-account order view (already placed order) with 'Payment Method: Clearpay' in the order information boxes and an open Magento modal-popup 'Payment details' showing the Clearpay instalment schedule, plus a Klarna Pay in 3 promo strip and a 'Ways to Pay' footer listing PayPal Pay in 3, Klarna and Clearpay; no payment step.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-au-product-pay-in-4-info-dialog',
    url: 'https://www.saltwaterlinen.com.au/products/stonewashed-linen-quilt-cover-set',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify (Dawn) product page with Afterpay, Zip and PayPal Pay in 4 price messaging under the price, a 'Payment options' accordion, and an open aria-modal Afterpay 'Pay in 4. Always interest-free.' info dialog with an example schedule; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/lit-us-shadow-root-payment-step',
    url: 'https://www.northlinecycles.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'The whole payment step (card, Klarna, a disabled Afterpay radio with its order-limit reason, PayPal) lives inside an open declarative shadow root (<template shadowrootmode="open">) of a <nc-payment-step> custom element, while the light DOM holds the order summary total, an Afterpay/Affirm financing promo and footer payment badges.',
    expected: { total: 214860, currency: 'USD', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/sfra-uk-department-store-logo-tabs',
    url: 'https://www.ashbyreeve.co.uk/checkout?stage=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFRA billing step with a nav-tabs row of logo-only payment tabs (card, PayPal, Klarna, Clearpay); the Clearpay tab is disabled with 'Not available with gift cards in your bag' under it, and only the card tab-pane is open (the PayPal pane holding a Pay in 3 message is a closed tab-pane).",
    expected: { total: 18395, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/angularjs-us-affirm-afterpay-sezzle',
    url: 'https://www.ridgelinecycles.com/checkout/#!/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "AngularJS 1.x ng-view snapshot: payment methods are ng-repeat <li>s with ngRepeat/ngIf comments and Angular's injected .ng-hide{display:none!important} style; PayPal Pay in 4 row carries class ng-hide, Afterpay is ng-disabled with an over-$2,000 ng-if warning, Affirm and Sezzle are selectable (Sezzle's limit warning is ng-hide), and a Klarna ng-if left only a comment.",
    expected: {
      total: 231840,
      currency: 'USD',
      programs: { affirm: 'offered', afterpay: 'unavailable', sezzle: 'offered' },
    },
  },
  {
    page: 'web/hyva-checkout-uk-clearpay-klarna',
    url: 'https://www.harrowfieldoutdoor.co.uk/checkout/index/index/step/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Hyvä Checkout (Magewire wire:model radios inside an Alpine x-data component): Klarna Pay in 3 is checked with its x-show panel visible, Clearpay is listed with a disabled radio and an over-£1,000 note, the PayPal Pay in 3 row carries x-cloak under the page\'s [x-cloak]{display:none !important} rule, and plain PayPal\'s Pay-in-3 hint sits in an x-show panel rendered style="display: none;".',
    expected: { total: 118400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/late-sveltekit-ca-affirm-paypal',
    url: 'https://www.northbaysupply.ca/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "SvelteKit-style page (svelte-xxxx hashed classes) whose served payment section is a skeleton with 'Loading payment options…'; an inline script draws the radio list 900 ms after load with Affirm selectable, PayPal Pay in 4 disabled with a $30–$1,500 note, and Klarna only inside a closed <details> 'More payment options'.",
    expected: { total: 172777, currency: 'CAD', programs: { affirm: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/magento-knockout-de-klarna-paypal-spaeter',
    url: 'https://www.gartenmoebel-lindner.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma checkout snapshot with Knockout data-bind attributes and <!-- ko --> comments: Klarna 'Rechnung – In 30 Tagen bezahlen' is the _active method, PayPal 'Später bezahlen' has a disabled radio with a 1.000 € limit note, Klarna Ratenkauf is hidden by a visible-binding style=\"display: none;\", and plain PayPal's pay-in-30-days hint sits in an inactive .payment-method-content hidden by Luma CSS.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/solidus-turbo-au-afterpay-zip',
    url: 'https://www.coastalbarista.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Solidus-style Rails checkout wrapped in a Hotwire <turbo-frame> with Stimulus data-payment-methods targets: Afterpay is the checked radio with its schedule, Zip has a disabled radio and a 'temporarily unavailable' note, the Klarna row carries the Tailwind-style .hidden class, and PayPal Pay in 4 sits in a busy lazy <turbo-frame> showing only 'Checking eligibility…' with no radio.",
    expected: {
      total: 29880,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'unavailable', 'paypal-pay-in-4': 'unknown' },
    },
  },
  {
    page: 'web/trap-ember-us-cart-bnpl-messaging',
    url: 'https://www.lumenandloom.com/cart',
    site: 'web',
    kind: 'trap',
    structure:
      'Ember (ember-view ids) cart page before checkout: Afterpay/Klarna/Affirm instalment messaging on a cart line and under the estimated total, Sezzle/Afterpay/PayPal Pay in 4 lines on recommended products, a FAQ naming Zip, and footer logos — no payment step exists.',
    expected: null,
  },
  {
    page: 'web/trap-livewire-de-bestellbestaetigung-klarna',
    url: 'https://shop.roestwerk-hamburg.de/checkout/danke/RW-1004821',
    site: 'web',
    kind: 'trap',
    structure:
      "Laravel Livewire 3 thank-you page (wire:snapshot/wire:id components, injected wire:loading and x-cloak styles): the chosen 'Klarna – Rechnung' appears only as a past-tense order fact and payment instructions, a recent-orders table lists 'PayPal Später bezahlen', plus a Klarna promo box and footer logos; there is no payment step to choose from.",
    expected: null,
  },
  {
    page: 'web/adidas-uk-payment-klarna-clearpay-collapsed',
    url: 'https://www.adidas.co.uk/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "adidas UK payment step with a gl-radio-input fieldset (card form open, PayPal, Klarna 'Pay in 3', Apple Pay) and a closed 'Show more payment methods' panel (hidden attribute) holding Clearpay and gift card; Clearpay also appears in the footer's accepted-payments strip.",
    expected: { total: 11700, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/apple-ca-billing-affirm-ineligible',
    url: 'https://secure4.store.apple.com/ca/shop/checkout?_s=Billing-init',
    site: 'web',
    kind: 'checkout',
    structure:
      'Apple Store Canada billing step as a vertical list of form-selector radio cards (Credit or Debit Card checked with its card form open, Apple Pay, Affirm Monthly Payments disabled with an inline disabled-message saying the AirPods/Watch bag is not eligible), then an rs-summary with HST and total.',
    expected: { total: 99214, currency: 'CAD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'web/trap-dyson-au-pdp-instalment-calculator',
    url: 'https://www.dyson.com.au/supersonic-r-hair-dryer-522248-01-vinca-blue-topaz',
    site: 'web',
    kind: 'trap',
    structure:
      "Dyson Australia product detail page: a 'Ways to pay' instalment calculator widget with Afterpay/Zip/humm tabs under the Add to basket button, an FAQ listing payment methods and a footer payment-logo strip; there is no checkout or payment step.",
    expected: null,
  },
  {
    page: 'web/trap-sephora-us-order-detail-afterpay',
    url: 'https://www.sephora.com/profile/orderdetail/41827730512',
    site: 'web',
    kind: 'trap',
    structure:
      "Sephora US account order-detail (order status) page for a shipped order: a Payment Method card saying it was paid with Afterpay in 4 installments, a site-wide Klarna/Afterpay promo banner and a 'Ways to Pay' footer column; nothing can be paid here.",
    expected: null,
  },
  {
    page: 'web/opencart-uk-klarna-plan-table',
    url: 'https://www.harbourandpine.co.uk/index.php?route=checkout/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "OpenCart accordion whose open Step 5 is a <table class=\"radio\"> of payment rows (radio cell, name cell, availability column, fee column) with Clearpay's radio disabled and a 'Not available' status, a Zip row carrying the hidden attribute, and under the checked Klarna row a nested plan-comparison table (Pay in 3 / Pay in 30 days / Financing, Financing's Choose button disabled).",
    expected: {
      total: 45399,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/ridgeline-us-payment-aria-grid',
    url: 'https://www.ridgelinecycles.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless US checkout whose payment step is a role=grid of role=row elements (columnheader row, then gridcells for method, plan and status laid out as CSS grid columns) with aria-selected on the card row, aria-disabled plus a 'Not available for orders over $1,000' status on Afterpay, and a Sezzle row carrying the hidden attribute.",
    expected: {
      total: 128996,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-zahlungsart-dl',
    url: 'https://www.holzwerk-moebel.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page whose Zahlungsart card is a <dl> with each radio, logo and title in a <dt> and the plan or the reason in the following <dd>; PayPal 'Später Bezahlen' is checked, both Klarna entries (Rechnung, Ratenkauf) have disabled radios and a 'Derzeit nicht verfügbar' reason in their <dd>, a collapsed 'Weitere Zahlungsarten' <dl> stays closed, and a Klarna promo banner sits above the addresses.",
    expected: { total: 87945, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/trap-woocommerce-us-order-history-payments',
    url: 'https://www.saltmarshsupply.com/my-account/orders/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce My Account orders table (Order, Date, Status, Paid with, Total, Actions) whose 'Paid with' column names Affirm, Afterpay, PayPal Pay in 4, Sezzle, Zip and Klarna for past orders, with a pending order showing a 'Pay' link to another page, plus an announcement bar, a pay-over-time promo and a footer logo list; no payment step on this page.",
    expected: null,
  },
  {
    page: 'web/woocommerce-se-kassan-css-grid',
    url: 'https://www.lampkompaniet.se/kassan/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Swedish WooCommerce checkout whose #payment block is a three-column CSS grid of loose sibling cells (label with radio and name, plan text, status) with no wrapper per option; Klarna appears twice as an inline-SVG logo plus 'Faktura' (enabled, Tillgängligt) and 'Delbetalning' (disabled radio, status 'Ej tillgängligt för köp under 3 000 kr').",
    expected: { total: 249500, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/late-magento-gr-klarna-payment-methods',
    url: 'https://www.hlektrika-thess.gr/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma checkout served as an empty #checkoutSteps with a loader; an inline script renders after 1.4 s the payment step (payment-method radios: Viva card with instalments, IRIS, two Klarna methods 'Πληρώστε αργότερα' / 3 άτοκες δόσεις, plain PayPal, bank transfer, disabled Αντικαταβολή) and the sidebar totals; the served HTML shows Klarna only in the footer.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/shoptet-cz-klarna-radios',
    url: 'https://www.kavovary-brno.cz/objednavka/krok-1/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shoptet step 2 'Doprava a platba': #order-billing-methods radio-wrapper list where 'Klarna – Zaplaťte později' is selectable but a second Klarna row 'Platba na splátky' is disabled (min. 3 000 Kč), beside Twisto, Skip Pay, disabled Home Credit and plain PayPal; Klarna also in footer logos.",
    expected: { total: 124900, currency: 'CZK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-idosell-pl-product-klarna-paypal-widgets',
    url: 'https://www.dobrydom-meble.pl/product-pol-18734-Fotel-uszak-Bergen-welur-butelkowa-zielen.html',
    site: 'web',
    kind: 'trap',
    structure:
      "IdoSell product card (projector): Klarna 'Zapłać później' badge and PayPal 'Zapłać później – 3 raty' message under the price, instalment/PayPo info rows, and a 'Formy płatności' tab listing Klarna and PayPal Zapłać później with radio-free cards; no payment step exists.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-sk-thank-you-klarna',
    url: 'https://www.zelenylistok.sk/checkouts/c/8b2f6e0d4a9c71e3f5a2b6c8d0e1f347/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify (Checkout Extensibility) thank-you page in Slovak: 'Ďakujeme, Jana!' confirmation whose order-details grid reports the already used 'Klarna – Zaplaťte neskôr · 49,90 €' next to a paid total; no payment choice is offered.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-pl-klarna-paypal-hidden-box',
    url: 'https://rowerowy-zakatek.pl/zamowienie/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) checkout: ul.wc_payment_methods radio list with Przelewy24 selected (its open box lists 'BLIK Płacę później'), PayU raty, PayPo and a visible 'Zapłać później z Klarna' gateway; the plain 'PayPal' gateway mentions „Zapłać później” only inside its display:none payment_box.",
    expected: { total: 124999, currency: 'PLN', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-au-checklist-zip-afterpay',
    url: 'https://www.coastalcyclery.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout on a phone: collapsed cartDrawer showing $2,349.95, completed Customer/Shipping/Billing steps, and a payment form-checklist where only Credit Card is open, PayPal Pay Later and Afterpay are disabled with order-limit messages, Zip and humm are selectable; a sticky bar holds 'Total (AUD) $2,349.95' and Place Order; an announcement strip advertises Afterpay outside the step.",
    expected: {
      total: 234995,
      currency: 'AUD',
      programs: { 'paypal-pay-in-4': 'unavailable', afterpay: 'unavailable', zip: 'offered' },
    },
  },
  {
    page: 'web/late-sfcc-pwa-kit-us-payment',
    url: 'https://www.summitandstride.com/en-US/checkout',
    site: 'web',
    kind: 'late',
    structure:
      "Salesforce PWA Kit (Chakra) checkout on a phone whose served Payment card is only skeletons; an inline script ~0.9 s after load draws a radio group (Credit Card open, PayPal, PayPal Pay Later disabled with a $30–$1,500 reason, Klarna financing, Affirm), while the order summary and sticky 'Place Order · $1,612.49' are in the served HTML.",
    expected: {
      total: 161249,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'unavailable', klarna: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'web/nextjs-ca-fr-native-select',
    url: 'https://www.boreal-maison.ca/fr/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless Next.js checkout in Canadian French on a phone: the payment method is a native <select> (card selected; PayPal, Affirm and Sezzle enabled options; Afterpay a disabled option because the address is in Québec; a Klarna option carrying the hidden attribute), express wallets on top, a collapsed summary toggle and a sticky 'Total 327,68 $' button; a Klarna promo runs in the announcement bar outside the step.",
    expected: {
      total: 32768,
      currency: 'CAD',
      programs: { affirm: 'offered', sezzle: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopify-us-payment-bottom-sheet',
    url: 'https://www.northbeam-outfitters.com/checkouts/cn/hWNAb3kQmJ2xR8vT1pLzYc0E/en-us',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout on a phone with an open 'Choose payment method' bottom-sheet dialog listing methods as radio rows (Afterpay disabled with a pre-order reason, Sezzle tucked in a hidden 'More payment options' block), express Shop Pay/PayPal/GPay/Apple Pay buttons at the top, collapsed order summary and a sticky 'Pay now · $184.20' footer.",
    expected: {
      total: 18420,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', klarna: 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/trap-nextjs-uk-pay-over-time-sheet',
    url: 'https://www.fenwickandrowe.co.uk/products/harlow-leather-weekender-bag',
    site: 'web',
    kind: 'trap',
    structure:
      "Headless Next.js (Tailwind) product page on a phone with an open 'Pay over time' bottom-sheet dialog listing Klarna, Clearpay and PayPal Pay in 3 as logo rows with one line each, above a sticky 'Add to bag · £249.00' bar; it is product-page information, not a payment step.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-au-cart-drawer-instalments',
    url: 'https://www.saltandsage.com.au/products/kalani-linen-midi-dress',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn product page on a phone with the cart drawer open (role=dialog 'Your cart'): estimated total, Afterpay/Zip/Klarna instalment placements under the total, a Check out button and Shop Pay/PayPal/GPay dynamic buttons; the product page behind repeats Afterpay and Zip messaging and the footer lists payment icons. No payment step exists.",
    expected: null,
  },
  {
    page: 'web/prestashop-ro-tbi-mokka-no-program',
    url: 'https://www.casadecor-online.ro/comanda',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic one-page checkout, step 4 'Plată': .payment-options radio list (NETOPIA card, ramburs, transfer, plain 'Plătește cu PayPal', TBI Bank rates, 'Mokka – Cumpără acum, plătește mai târziu', card instalments) with no listed program at all despite BNPL wording.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-uk-blocks-klarna-accordion',
    url: 'https://www.hartleyandpine.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout on a phone: collapsed 'Order summary £94.95' toggle, express Apple Pay/Google Pay/PayPal buttons, and a payment radio-control accordion (Card, PayPal, Klarna open, Clearpay with a one-line description) where the PayPal option's CSS-hidden content carries Pay in 3 messaging; sticky 'Place order · £94.95' button; an upsell grid below and the footer repeat Clearpay/PayPal/Klarna outside the step.",
    expected: { total: 9495, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/centra-se-klarna-checkout-iframe',
    url: 'https://www.ullmark.se/sv-se/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless Centra storefront (Next.js, CSS-module class names) one-page checkout: step 4 'Betalning' is a role=tablist of three provider cards (Klarna selected, Walley, Kort/Swish/Apple Pay) above the Klarna Checkout container whose iframe is opaque (nothing drawn inside), the other provider panels are hidden; the order aside ends in 'Att betala 1 900 kr'.",
    expected: { total: 190000, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/dandomain-dk-betalingskort-klarna-viabill',
    url: 'https://www.nordlyslamper.dk/shop/order2.html',
    site: 'web',
    kind: 'checkout',
    structure:
      "DanDomain classic webshop step 'Levering og betaling' (order2.html) in Danish: delivery as a radio table, then payment methods as a grid of clickable label cards (Betalingskort checked, MobilePay, 'Klarna – betal om 30 dage', ViaBill, 'Anyday – del i 4 rater', plain PayPal, Bankoverførsel); the floated Ordreoversigt box ends 'I alt 1.752,00 kr.', and the footer repeats all logos.",
    expected: { total: 175200, currency: 'DKK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/late-magento2-no-vipps-klarna-svea',
    url: 'https://www.fjellbua-sport.no/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 (Luma-based) checkout in Norwegian: the served #checkout holds only the 'Vennligst vent...' loader; ~0.9 s after load an inline script draws the 'Betalingsmåte' list (payment-method rows with radio + label + badge: Vipps checked, Kort, Klarna 'Faktura – betal innen 30 dager', Klarna 'Delbetaling' disabled with a visible 'Ikke tilgjengelig for denne bestillingen' note, Svea faktura, Walley 'betal senere eller del opp') and the Ordresammendrag with 'Totalsum 1 497,- kr'.",
    expected: { total: 149700, currency: 'NOK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/mycashflow-fi-klarna-ei-kaytettavissa',
    url: 'https://www.retkivarustekoivula.fi/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "MyCashflow single-page checkout (Barebones-style theme) in Finnish: fieldset#CheckoutPaymentMethods of .PaymentMethodWrapper radio rows (Paytrail verkkopankki selected, MobilePay, plain PayPal, Walley 'Lasku tai osamaksu', Lasku Svea), and a greyed Klarna 'Maksa myöhemmin tai osamaksu' row whose radio is disabled with the visible reason 'Ei käytettävissä tälle tilaukselle'; the sticky mini-cart ends 'Yhteensä 365,70 €' and the footer repeats Klarna among payment logos.",
    expected: { total: 36570, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/trap-norce-fi-omat-tiedot-tilaushistoria',
    url: 'https://www.kotiliina.fi/my-pages/orders',
    site: 'web',
    kind: 'trap',
    structure:
      "Norce Commerce (Jetshop Flight-style React, emotion css-* classes) 'Omat tiedot' → Tilaushistoria account page in Finnish: order cards with an expanded past order showing 'Klarna Lasku (maksa 30 päivässä)' and '✓ Maksettu', a collapsed order paid with 'Klarna Osamaksu, 6 kk', a topbar USP 'Maksa 30 päivän kuluttua Klarnalla' and footer logos; the cart flyout is empty and hidden, and no payment step exists.",
    expected: null,
  },
  {
    page: 'web/trap-quickbutik-se-produktsida-klarna-osm',
    url: 'https://www.hemmamobler.se/soffor/soffa-linnea-3-sits-beige-boucle',
    site: 'web',
    kind: 'trap',
    structure:
      "Quickbutik product page in Swedish (price '4.995:-'): Klarna appears only as on-site messaging under the price ('Betala 416 kr/mån i 12 månader eller inom 30 dagar', inside a klarna-placement), in a topbar USP, a collapsed 'Betalning & delbetalning' product tab, related-product 'Från 333 kr/mån med Klarna' lines, a review and the footer; the cart drawer is empty and hidden and there is no checkout or payment step.",
    expected: null,
  },
  {
    page: 'web/woocommerce-se-klarna-resurs-swish',
    url: 'https://www.bryggbutiken.se/kassan/',
    site: 'web',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout in Swedish: #payment ul.wc_payment_methods with radio+label rows; Swish checked, card via Nets Easy, Klarna Payments split into two gateways titled only 'Faktura – betala inom 30 dagar' and 'Delbetalning' (Klarna shown by logo image alt), plus Resurs Bank gateways titled 'Betala senare med faktura' and 'Delbetala från 139 kr/mån' that are not programs; total in the review table 'Totalt 3 181,00 kr (inkl. moms)'.",
    expected: { total: 318100, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/adyen-uk-dropin-klarna-clearpay-over-limit',
    url: 'https://www.hartwellhome.co.uk/checkout?stage=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFCC-style checkout with an Adyen Drop-in (stored card list plus 'More payment options' radiogroup of adyen-checkout__payment-method items) where 'Pay over time with Klarna.' is --selected, 'Pay later with Klarna.' is a plain row, and Clearpay is greyed/disabled with its own £1–£1,000 range note against a £1,149.00 order; footer 'We accept' strip names PayPal Pay in 3.",
    expected: { total: 114900, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/braintree-us-dropin-beside-shop-radios-payin4-over-limit',
    url: 'https://www.trailforgeoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shop's own payment_method radio fieldset: the selected 'Credit card, PayPal or Venmo' radio embeds a Braintree Drop-in (braintree-option__card / __paypal / __venmo rows, hidden sheets), beside it own radios for Affirm monthly payments (enabled) and PayPal Pay in 4 (disabled: 'available for purchases between $30 and $1,500') against a $1,687.35 order total.",
    expected: { total: 168735, currency: 'USD', programs: { affirm: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-adyen-au-dropin-afterpay-over-limit-zip',
    url: 'https://www.coastlinecycles.com.au/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Served HTML has only a 'Loading payment options…' placeholder in #dropin-container; an inline script 900 ms after load injects an Adyen Drop-in (Apple Pay instant button, Cards --selected with 'Pay $2,480.00' button, PayPal, a disabled Afterpay row with 'available for orders between $1 and $2,000', and Zip 'Own it now, pay later'); the order total otherwise sits only in a collapsed (hidden) summary panel.",
    expected: { total: 248000, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/payu-pl-paywall-raty-paypo-no-programs',
    url: 'https://secure.payu.com/pay/?orderId=Z1XQ7BLM3K241015GUEST000P01&token=eyJhbGciOiJIUzI1NiJ9.eyJvcmRlcklkIjoiWjFYUTdCTE0zSzI0MTAxNUdVRVNUMDAwUDAxIiwicG9zSWQiOiI0MTg4MjciLCJhdXRob3JpdGllcyI6WyJST0xFX0NMSUVOVCJdfQ.q7Zr0n2b5Vv1bGx8yN3lW0pTzJ4eH6sQ2aKdM9cFo1E',
    site: 'web',
    kind: 'checkout',
    structure:
      "PayU hosted paywall in Polish with amount 1 249,00 zł in the order box and grouped method sections (BLIK code form, bank tiles with a collapsed 'more banks' grid, card/Apple Pay/Google Pay, a 'Kup teraz, zapłać później' group with PayU | Płacę później and PayPo, and a Raty group with PayU | Raty) — every deferred/instalment option here is outside the program list.",
    expected: null,
  },
  {
    page: 'web/stripe-checkout-us-affirm-below-minimum',
    url: 'https://checkout.stripe.com/c/pay/cs_live_b1Q7mZr4XkT2vN8pLw3cHs9DfE6aYu0RgJ5oKi1Vn#fidkdWxOYHwnPyd1blppbHNgWjA0TmFTXUJ1cmhDQ3N0Yn1CRjBvY2FCdWRwYWRPVz1xZ3FqSUh2Q0ZIX1FLZHRkcnBnR3Y1UX1fcTQ9a2g1NTV0cTV2b2g2MicpJ2N3amhWYHdzYHcnP3F3cGApJ2lkfGpwcVF8dWAnPyd2bGtiaWBabHFgaCcpJ2BrZGdpYFVpZGZgbWppYWB3dic%2FcXdwYHgl',
    site: 'web',
    kind: 'checkout',
    structure:
      "Stripe Checkout hosted page: left column ProductSummary with #ProductSummary-totalAmount $45.36 and OrderDetails, right column PaymentMethodFormAccordion with Card open (--selected), Cash App Pay, Klarna, Cash App Afterpay and Zip as closed accordion rows, and Affirm as an AccordionItem--disabled row whose radio is disabled with 'Affirm is available for purchases of $50.00 or more'; pay button just says 'Pay'.",
    expected: {
      total: 4536,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'offered', affirm: 'unavailable', zip: 'offered' },
    },
  },
  {
    page: 'web/trap-adyen-de-shopware-finish-klarna-paid',
    url: 'https://www.gartenfreund-shop.de/checkout/finish?orderId=0191f3c2a7b84e5d9a1f6c2e8b4d7a10',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 finish (thank-you) page after an Adyen payment: Adyen 'Zahlung erfolgreich' status block, 'Zahlungsart: Später bezahlen mit Klarna' with a Klarna info alert, the placed order's line items and Gesamtsumme 189,80 €, cross-selling product boxes with PayPal-3-Raten/Klarna teasers, and a footer 'Zahlungsarten' logo strip incl. 'PayPal Später bezahlen' — no payment step to choose from.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-uk-checkout-clearpay-disabled-klarna-summary',
    url: 'https://www.harrowandfinch.co.uk/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout on the Payment step: form-checklist with Credit/Debit Card (selected), PayPal, and a disabled, greyed Clearpay row with the note 'available for orders between £1.00 and £1,000.00'; the Order Summary aside below 'Total (GBP) £1,249.00' holds a klarna-placement 'Pay in 3 interest-free payments of £416.33' that is not a payment choice.",
    expected: { total: 124900, currency: 'GBP', programs: { afterpay: 'unavailable' } },
  },
  {
    page: 'web/sfcc-de-checkout-paypal-spaeter-klarna-summary',
    url: 'https://www.bergfeld-sport.de/de/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud SFRA checkout at stage=payment: the 'Zahlung' card has nav-tabs Kreditkarte (active, saved Visa), PayPal and PayPal 'Später bezahlen', plus a d-none Klarna 'Rechnung' tab; the Bestellübersicht card below 'Gesamtsumme 244,85 €' shows a klarna-placement 'In 3 Raten à 81,62 € bezahlen' that is not a payment choice.",
    expected: { total: 24485, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/shopify-ca-checkout-klarna-afterpay-summary',
    url: 'https://www.maplegroveapparel.ca/checkouts/cn/hWN1YhXq8ZCkTmRz4pLsV2aB/en-ca',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: express row (Shop Pay, PayPal, Google Pay), then a Payment fieldset of radios — Credit card (open), PayPal and 'Klarna - Flexible payments' (collapsed redirect notes) — while the order-summary aside carries a checkout-extension banner 'or 4 interest-free payments of $32.49 with Afterpay' that is not a payment choice.",
    expected: { total: 12995, currency: 'CAD', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-magento2-au-order-view-afterpay',
    url: 'https://www.saltandlinen.com.au/sales/order/view/order_id/104877/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma customer order view (placed order): items table with Grand Total, an Order Information box whose 'Payment Method' reads 'Paid with Afterpay — 4 payments of $31.25', an Afterpay instalment schedule, a Zip promo in the account sidebar and Afterpay/Zip in the promo strip and footer; nothing can be paid here.",
    expected: null,
  },
  {
    page: 'shopify/trap-shopify-us-cart-express-buttons',
    url: 'https://www.ridgelineoutfitters.com/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page: estimated total with an Afterpay square-placement and a PayPal Pay Later message under it, accelerated-checkout buttons (Shop Pay, PayPal, PayPal Pay Later, Apple Pay, Google Pay) below 'Check out', Sezzle widgets on recommended products and a footer payment-icon list with Klarna/Afterpay; no payment step exists yet.",
    expected: null,
  },
  {
    page: 'woocommerce/trap-woocommerce-de-konto-zahlungsmethoden-klarna',
    url: 'https://www.kaffeewerk-hamburg.de/mein-konto/zahlungsmethoden/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce (Storefront) My Account 'Zahlungsmethoden' endpoint: a saved-methods table with a default Klarna account, Visa and SEPA rows plus 'Zahlungsmethode hinzufügen', an e-mail-preferences form mentioning Klarna instalments, a help sidebar (open 'So funktioniert Klarna', closed PayPal 'Später bezahlen') and a recently-viewed product with a Klarna placement; no order and no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-checkout-sezzle-affirm-banner',
    url: 'https://www.brightwaterfurnishings.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic checkout (Astra): review-order table, then an Affirm 'Starting at $40/mo … Prequalify now' promo injected at woocommerce_review_order_before_payment just above #payment, whose ul.wc_payment_methods lists Stripe card (selected), PayPal and Sezzle with collapsed payment_box descriptions.",
    expected: { total: 43262, currency: 'USD', programs: { sezzle: 'offered' } },
  },
  {
    page: 'web/adobe-commerce-de-listbox-sp-radio-klarna',
    url: 'https://www.radhaus-bergmann.de/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "German storefront whose payment methods are a role=listbox with aria-activedescendant and role=option aria-selected (Klarna selected, 'Später bezahlen mit PayPal' aria-disabled with an over-1.000-€ reason), followed by a Klarna detail region built from Spectrum sp-radio-group/sp-radio elements rendered with declarative shadow DOM; aria-pressed buttons above only switch Privat-/Geschäftskunde.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/prestashop-fr-details-select-paiement-4x',
    url: 'https://www.maison-lescure.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop-style payment step built as an exclusive <details name> accordion per method (card and PayPal closed, 'Payer en plusieurs fois' open) whose open panel holds a native <select> of offers with 'PayPal – Paiement en 4X' selected and the Klarna 3x option disabled for exceeding 1 500 €.",
    expected: { total: 168640, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/salesforce-lwr-uk-lightning-radio-group-clearpay',
    url: 'https://www.haldenandrowe.co.uk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Salesforce LWR store whose payment step is a custom element with a declarative shadow root holding a nested lightning-radio-group (slds-radio inputs: card, PayPal, PayPal Pay in 3, Klarna Pay in 3) plus a separate disabled Clearpay radio with an over-£1,000 reason; a button-style lightning-radio-group segmented control above is only for delivery.',
    expected: {
      total: 124900,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/sfra-us-payment-tabs-afterpay-giftcard',
    url: 'https://www.northboundoutfitters.com/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFRA-style Bootstrap nav-tabs (role=tablist) Credit Card | PayPal | Klarna | Afterpay, with Afterpay an aria-disabled tab noting 'Unavailable for gift cards', an Affirm Pay-in-4 opt-in checkbox under the card form in the active panel, and PayPal Pay Later messaging only inside the hidden PayPal tab panel.",
    expected: {
      total: 113214,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'unavailable', affirm: 'offered' },
    },
  },
  {
    page: 'web/shopify-us-polaris-segmented-pay-over-time',
    url: 'https://ridgeandroast.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlE3WDJNR0Y4N1RLQ1EzWUtSNlJQRzJH',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout whose payment section is a segmented control of aria-pressed buttons ('Pay in full' off, 'Pay over time' on); the hidden 'Pay in full' panel holds the card form and a PayPal split-into-4 checkbox, while the visible panel is a Polaris-like s-choice-list of s-choice custom elements rendered by declarative shadow DOM (Shop Pay Installments selected, Affirm, Sezzle disabled over $750).",
    expected: {
      total: 78413,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', affirm: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'shopify/trap-shopify-uk-product-ways-to-pay-tabs',
    url: 'https://www.fernandfold.co.uk/products/hollis-merino-wrap-cardigan',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify product page (no payment step) whose selected 'Ways to pay' tab in a role=tablist lists Klarna, PayPal Pay in 3 and Clearpay beside an aria-pressed 'Pay in 3 | Pay in 4' calculator, plus a Klarna placement badge in declarative shadow DOM, a size role=listbox, a 'Buy it now' button and payment names in the announcement bar and footer.",
    expected: null,
  },
  {
    page: 'web/zencart-de-paypal-spaeter-klarna-packstation',
    url: 'https://www.kaffeemuehlen-werkstatt.de/index.php?main_page=checkout_payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Zen Cart classic checkout_payment page: fieldset.payment holds flat sibling input#pmt-* radios with label.radioButtonLabel and .ccinfoText notes separated by br.clearBoth (Vorkasse, PayPal, 'Später bezahlen mit PayPal', a disabled Klarna Rechnung radio with a Packstation notice, Riverty), totals in fieldset#checkoutOrderTotals #ottotal, and a Klarna advert in the left banner sidebox plus a footer payment list.",
    expected: { total: 38640, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/bestbuy-fast-track-paypal-pay-later-tiles',
    url: 'https://www.bestbuy.com/checkout/r/fast-track',
    site: 'web',
    kind: 'checkout',
    structure:
      'Best Buy fast-track one-page checkout: three payment tiles (card selected with a My Best Buy Credit Card rewards/12-/18-month financing chooser inside, PayPal, PayPal Pay Later with a Pay in 4 amount), gift card and reward certificate applied before a sidebar Total that also mentions a pickup-today item price.',
    expected: { total: 38333, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/costco-singlepage-affirm-below-minimum',
    url: 'https://www.costco.com/SinglePageCheckoutView?storeId=10301&catalogId=10701&langId=-1',
    site: 'web',
    kind: 'checkout',
    structure:
      "Costco single-page checkout with bordered radio rows: saved Costco Anywhere Visa by Citi (selected), Costco Shop Card, and a greyed, disabled 'Monthly payments' row with the Affirm logo and a $500–$17,500 eligibility message; Order Total sits under instant savings with an Executive 2% reward line below it.",
    expected: { total: 35072, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'web/homedepot-mycheckout-consumer-card-table',
    url: 'https://www.homedepot.com/mycheckout/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Home Depot one-page checkout with radio-card payment methods: the selected Consumer Credit Card holds a 6/12/24-month special financing table, then card, Project Loan, PayPal, and a disabled PayPal Pay Later row with an appliance-delivery reason; total printed as split dollars/cents plus separate Pickup Today and Delivery sub-totals.',
    expected: { total: 236304, currency: 'USD', programs: { 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-wayfair-checkout-affirm-hydrated',
    url: 'https://www.wayfair.com/v/checkout/payment/show',
    site: 'web',
    kind: 'late',
    structure:
      "Wayfair payment step served as a skeleton ('Loading payment options…'); an inline script builds radio cards 900 ms after load from an embedded config: card (selected), Wayfair Credit Card special financing, Monthly Payments with Affirm, PayPal, Katapult lease-to-own, gift card. Order summary with rewards applied above the Total is in the served HTML.",
    expected: { total: 123587, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/trap-bhphoto-product-affirm-payboo',
    url: 'https://www.bhphotovideo.com/c/product/1777384-REG/sony_ilce6700_b_alpha_a6700_mirrorless_camera.html',
    site: 'web',
    kind: 'trap',
    structure:
      "B&H product page: buy box with price, 'As low as $42/mo with affirm' prequalify line, Payboo and B&H Financing Card offers, a Frequently Bought Together total, a Q&A answer mentioning Affirm and PayPal at checkout, and a 'Ways to Pay' footer list; no payment step anywhere.",
    expected: null,
  },
  {
    page: 'web/trap-kohls-order-details-paid-pay-in-4',
    url: 'https://www.kohls.com/myaccount/order_details.jsp?orderId=4471029388',
    site: 'web',
    kind: 'trap',
    structure:
      "Kohl's account order-details page for a delivered order: 'Payment Information' panel recording PayPal Pay in 4 (4 payments of $23.12) and a Kohl's Cash coupon, an Order Summary with Order Total, a Kohl's Card apply banner, recommendations with 'or 4 interest-free payments with PayPal', and a footer 'Pay Later with PayPal' link; nothing can be paid here.",
    expected: null,
  },
  {
    page: 'web/ulta-checkout-afterpay-klarna-paypal-details',
    url: 'https://www.ulta.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ulta Beauty stepped checkout: payment step of rounded radio tiles (saved Ulta Beauty Rewards Mastercard selected, PayPal with a closed <details> 'More PayPal options' that alone holds the Pay Later / Pay in 4 text, Afterpay with installment amount, Klarna); rewards points deducted above an 'Estimated total' in a beige sidebar.",
    expected: { total: 5778, currency: 'USD', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/asos-react-payment-tiles',
    url: 'https://secure.asos.com/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "React SPA checkout with hashed class names: a list of payment-method buttons where the Klarna tile (Pay in 3 / Pay in 30 days) is disabled and greyed with 'isn't available when paying with a gift voucher', Clearpay is selectable, and Zilch, PayPal, card and gift voucher are non-program tiles; total to pay is after a £20 voucher.",
    expected: { total: 7550, currency: 'GBP', programs: { klarna: 'unavailable', afterpay: 'offered' } },
  },
  {
    page: 'web/currys-sfcc-payment-accordion',
    url: 'https://www.currys.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "SFCC-style billing form with a radio accordion (card open, other panels carry the hidden attribute): Klarna Pay in 3 is a selectable row, PayPal's Pay in 3 message and Pay Later button sit only inside the closed PayPal panel, and Currys' own 'Flexible credit / Buy now pay later 12 months' is a non-program row.",
    expected: { total: 114900, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/jdsports-adyen-dropin-paypal-open',
    url: 'https://www.jdsports.co.uk/checkout/payment/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Adyen Drop-in list (li.adyen-checkout__payment-method with role=radio header buttons); PayPal is the selected item and its open details show PayPal and 'PayPal Pay Later' buttons with a Pay in 3 message, Klarna Pay in 3 and Pay in 30 days are collapsed but selectable, and a merchant-added Clearpay row is disabled with an over-£1,000 reason; other items' details are hidden by Drop-in CSS.",
    expected: {
      total: 103497,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/late-dunelm-next-payment-hydrate',
    url: 'https://www.dunelm.com/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Next.js-style checkout whose served HTML has only skeleton loaders in the Payment card; an inline script ~0.9s after load writes a radio list with card, PayPal, 'PayPal Pay in 3', PayPal Credit, Klarna Pay in 3 (selectable) and Klarna Pay in 30 days (disabled: basket contains a gift card), plus Apple Pay; the footer's 'We accept' strip names PayPal and Klarna outside the payment step.",
    expected: { total: 20100, currency: 'GBP', programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/trap-argos-product-bnpl-widgets',
    url: 'https://www.argos.co.uk/product/4426316',
    site: 'web',
    kind: 'trap',
    structure:
      "Argos product detail page (styled-components class names) with an Argos Pay calculator, Klarna Pay in 3, Clearpay and PayPal Pay in 3 on-site messages beside the price, and a 'Ways to pay' FAQ of <details>; there is no checkout or payment step, only 'Add to trolley'.",
    expected: null,
  },
  {
    page: 'web/trap-next-myaccount-order-history',
    url: 'https://www.next.co.uk/secure/accounts/myaccount/orders',
    site: 'web',
    kind: 'trap',
    structure:
      "Next 'My Account > Orders & returns' page: a nextpay account balance panel, past orders whose 'Paid with' cells read Klarna - Pay in 3, nextpay account, PayPal Pay in 3 and Clearpay with per-order totals, and a recommendations strip with Klarna/Clearpay price messages; no payment step exists.",
    expected: null,
  },
  {
    page: 'web/very-table-account-bnpl-noprograms',
    url: 'https://www.very.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Old server-rendered XHTML form with a table of payment radios: Very Pay account (with 'Buy now pay later - pay nothing for 12 months' sub-options), card and Very gift card; the only pay-later brand names sit in a closed <details> whose visible summary asks why PayPal, Klarna or Clearpay are not offered.",
    expected: null,
  },
  {
    page: 'web/magento-au-zip-afterpay-aria-disabled-inert',
    url: 'https://www.koalaandco.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma Review & Payments step (Knockout-rendered DOM): Zip is chosen only via the _active class / orange border (no checked attribute); Afterpay row has aria-disabled on the wrapper, an invisible appearance:none disabled radio beside a drawn grey circle, and its reason in an aria-describedby note down in the sidebar cart; PayPal Pay in 4 row is an inert group faded to .5 with a lock glyph; footer lists Afterpay/Zip logos.',
    expected: {
      total: 38995,
      currency: 'AUD',
      programs: { zip: 'offered', afterpay: 'unavailable', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/shopify-uk-clearpay-strikethrough',
    url: 'https://www.thornburyknitwear.co.uk/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUhaN1RLM1FXNkJWRThQRjJDNVlNUkdaVw',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed classes: payment fieldset#basic of drawn radios (credit card checked, PayPal, 'Klarna - Flexible payments'); the Clearpay row is not disabled in markup, only its name is in <s>, greyed by an opaque class with a dashed radio, and its limit reason is a visually hidden span referenced by aria-describedby after the footer; closed collapsibles ([hidden]) hold Klarna/Clearpay instalment text; express row has Shop Pay/PayPal/G Pay.",
    expected: { total: 128400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/shopware-de-klarna-fieldset-disabled',
    url: 'https://www.kaffeewerk-roestmanufaktur.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: payment radios with appearance:none drawn circles (Klarna Ratenkauf checked, shown by brand-colour border), 'Später Bezahlen mit PayPal' wrapped alone in a <fieldset disabled> that only fades it via CSS, reason only in the fieldset's title; two extra methods sit in a closed collapse.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'woocommerce/woocommerce-us-afterpay-opacity-title',
    url: 'https://www.ridgelineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Storefront checkout: #payment ul.wc_payment_methods with visually hidden radios and drawn circles; the Afterpay <li> is faded only by inline opacity:.4/pointer-events:none with the limit reason only in its title, its radio not disabled; Affirm and Sezzle rows are live but carry muted grey sublines; PayPal's closed payment_box (display:none) hides a Pay Later button and Pay in 4 message; a store notice and footer advertise Afterpay/Affirm/Sezzle.",
    expected: {
      total: 234896,
      currency: 'USD',
      programs: { affirm: 'offered', afterpay: 'unavailable', sezzle: 'offered' },
    },
  },
  {
    page: 'web/late-magento2-de-b2b-rechnung-klarna-footer',
    url: 'https://www.hartmann-werkzeuge.de/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma checkout whose served HTML has only the #checkout loader; an inline script draws the payment step ~0.9 s after load: Kauf auf Rechnung ('Jetzt bestellen, später bezahlen – 30 Tage netto', B2B invoice), Überweisung 'zahlbar innerhalb von 4 Wochen', PayPal, Kreditkarte, 'Barzahlung bei Abholung … später bezahlen', plus a totals sidebar with both net and gross grand totals; Klarna appears only in the footer's payment-logo strip.",
    expected: null,
  },
  {
    page: 'web/shopify-us-zip-code-zip-gateway',
    url: 'https://www.ridgelinesupplyco.com/58214477937/checkouts/4f9d2c7a1e0b8f36d5a2c9e17b4d0a6f?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify classic checkout payment_method step: review block, a fieldset.content-box of radio-wrapper gateways (Credit card selected with card fields, PayPal offsite, Zip offsite 'Pay in 4 installments' with its hidden blank-slate), then a billing-address section with a visible ZIP code / ZIP+4 field; the sidebar lists a Zip-Up Hoodie, a Zip Top cup and discount code ZIP10.",
    expected: { total: 10064, currency: 'USD', programs: { zip: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-cart-zip-top-bags',
    url: 'https://www.pantrywiseco.com/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Cornerstone cart page (not a checkout): Zip Top / zip pouch line items, an open shipping estimator with a Zip/postcode field, cart totals, a PayPal button with a 'Pay in 4' cart message, notes about shipping 'afterpayment is verified', in-store pickup 'pay later' and wholesale 'pay in 4 weeks by bank transfer', a blog link about dropping Sezzle and a Klarna footer icon; there is no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-affirm-i-affirm-age-checkbox',
    url: 'https://www.calderridgecellars.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout: billing fields with a ZIP Code field, order-review table, then #payment ul.wc_payment_methods with Credit Card (Stripe, selected), Affirm (with as-low-as line) and a COD gateway renamed 'Pay later at pickup'; the place-order block holds 'Please affirm your order' text and an 'I affirm that I am at least 21' checkbox; a footer journal link names Sezzle and Klarna.",
    expected: { total: 26752, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/shopify-us-aria-labelledby-installments',
    url: 'https://www.northcoastoutfitters.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlJQN0tLV0Q0UVE5TjJHNUMwV0ZIUjFE',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout: payment fieldset of radios where Shop Pay Installments is named via aria-labelledby (logo role=img + caption), Affirm and PayPal are named only by aria-label with SVG logos, and Afterpay (written After&#8203;pay) is greyed by inline opacity/pointer-events with a sibling note about the $1,000 limit.',
    expected: {
      total: 114914,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-klarna-sr-only-logo',
    url: 'https://www.kaffeewerk-hamburg.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: payment-method radios where Klarna's option shows only a pink SVG logo with a visually-hidden 'Klarna' span and a caption 'Rechnung', PayPal 'Später be&shy;zahlen' (split by <br>) is greyed only by inline opacity/pointer-events with a reason paragraph after it, and further methods sit in a closed collapse.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-magento2-ch-klarna-rechnung-twint',
    url: 'https://www.velohaus-bern.ch/de/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma checkout (Swiss German): served HTML has only the checkout loader plus window.checkoutConfig JSON; ~0.9 s after DOMContentLoaded an inline script draws the Prüfen & Bezahlen step: .payment-method radios for TWINT (active), cards, PostFinance Pay, PayPal, Klarna 'Rechnung' and 'Ratenkauf' (Klarna shown as a badge), 'Kauf auf Rechnung mit byjuno' and Powerpay, plus the sidebar total 'CHF 1'249.90'.",
    expected: { total: 124990, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-es-sequra-paypal-disabled-klarna-open-disclosure',
    url: 'https://www.ferreteriaelcastillo.es/pedido',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic checkout step 4 'Pago': .payment-options radios (Redsys card, Bizum, 'Paga en 3 plazos con SeQura', Aplazame, plain PayPal, and a disabled 'Paga en 3 plazos' with a PayPal logo plus a visible 'No disponible para pedidos superiores a 2.000,00 €' line), then an OPEN <details> 'Otros métodos de pago' holding Klarna 'Paga en 30 días' / 'Financiación a plazos' and bank transfer; additional-information blocks of unselected options are ps-hidden; total '2.489,90 €'.",
    expected: { total: 248990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'web/shopify-ca-fr-affirm-sezzle-describedby',
    url: 'https://www.maisonlaurentien.ca/58213770421/checkouts/9b1f3c7a04e2d8f6a5c1e0b7d2946a3f?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify classic fr-CA checkout: radio list of gateways in a fieldset.content-box (card, PayPal, Affirm 'Payez au fil du temps', Klarna shown only as a logo beside 'Payez en 4 versements sans intérêt', Sezzle disabled with its reason in a separate notice under the fieldset linked by aria-describedby, Flexiti), offsite blurbs collapsed with .hidden; total in the sidebar as '1 253,18 $' with TPS/TVQ lines.",
    expected: {
      total: 125318,
      currency: 'CAD',
      programs: { affirm: 'offered', klarna: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'shopify/trap-shopify-nz-product-afterpay-laybuy-humm',
    url: 'https://www.kowhaioutdoor.co.nz/products/tararua-merino-shell-jacket',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn product page (NZ): price $349.00 NZD with Afterpay, Laybuy, humm and Zip instalment messages under it, colour/size variant radio fieldsets, an open 'Ways to pay' accordion naming the providers, related-product cards with instalment captions, a closed cart drawer (visibility:hidden) with an 'Estimated total', and footer payment icons; no payment step.",
    expected: null,
  },
  {
    page: 'web/trap-tiendanube-mx-formas-de-pago',
    url: 'https://www.lunaartesanal.com.mx/formas-de-pago/',
    site: 'web',
    kind: 'trap',
    structure:
      "Tiendanube content page 'Formas de pago' (Mexico): help cards describing Mercado Pago MSI, PayPal 'Paga en 3 plazos', Klarna 'Paga en 3 plazos sin intereses o paga en 30 días', Kueski Pay, Aplazo, OXXO and SPEI, an FAQ of <details> (one open, about PayPal Paga en 3 plazos), a closed cart modal (display:none) with a total, and footer payment logos; no payment step.",
    expected: null,
  },
  {
    page: 'web/vtex-mx-payment-group-tabs-klarna-kueski',
    url: 'https://www.casaaltamira.com.mx/checkout/#/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "VTEX legacy checkout (Mexico): #payment-data with a vertical .payment-group-list-btn of tab-like anchors (card active, debit, PayPal, Klarna, Kueski Pay, Aplazo, OXXO, SPEI) and a .steps-view where only the card panel is visible; the PayPal panel (hidden) mentions paying in 3 instalments, Kueski Pay is advertised in the top bar, total '$3,187.40 MXN' in the mini-cart.",
    expected: { total: 318740, currency: 'MXN', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-ie-klarna-other-methods-closed',
    url: 'https://www.blathandloom.ie/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Storefront checkout (Ireland): ul.wc_payment_methods with Stripe card (chosen), Klarna 'Pay in 3 interest-free instalments' and humm, then a closed <details> 'Other payment methods' holding PayPal, 'Pay in 3 with PayPal' and bank transfer; PayPal Pay in 3 and Klarna are also advertised in the top store notice and footer; total €389.45 incl. VAT in the review table.",
    expected: { total: 38945, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/ebay-au-car-parts-paypal-pay-in-4',
    url: 'https://pay.ebay.com.au/rxo?action=view&sessionid=2290145563017',
    site: 'web',
    kind: 'checkout',
    structure:
      "eBay-style marketplace checkout for two car parts from two sellers (one priced in US $ with the AU $ conversion): the 'Pay with' radiogroup has PayPal selected with nested sub-radios (pay now / Pay in 4 fortnightly AU $421.13), a new-card row, a disabled Afterpay row with an 'only available between AU $1 and AU $1,500' note, and Google Pay; the order total sits in a right-hand summary.",
    expected: { total: 168450, currency: 'AUD', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/farecompass-us-flight-affirm-uplift',
    url: 'https://www.farecompass.com/air/checkout/review?sid=7f0c2a9e41d84b3b',
    site: 'web',
    kind: 'checkout',
    structure:
      "Single-page OTA flight checkout for 2 travelers: the payment section is a radio list with card, PayPal, a 'Pay over time' group holding Affirm monthly payments and Flex Pay (formerly Uplift), and a 'Book now, pay later' 72-hour fare hold; a Klarna 4-payments message sits only in the trip-summary sidebar next to the 'Total for 2 travelers'.",
    expected: { total: 102472, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/late-skillforge-us-course-trial-klarna',
    url: 'https://www.skillforge.io/checkout/data-analytics-certificate?plan=annual&trial=14',
    site: 'web',
    kind: 'late',
    structure:
      "Course-subscription checkout with a 14-day free trial (Due today $0.00, then $399.00/yr, plus a 'Pay monthly' billing-plan toggle that is not a program): the served HTML holds only skeleton placeholders in the payment card, and an inline script on load (after 900 ms) draws the radio list of card, PayPal, Klarna 'Pay in 4 … when your trial ends' and a disabled Affirm row saying monthly payments aren't available with a free trial.",
    expected: { total: 0, currency: 'USD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'bigcommerce/nestwood-us-mattress-affirm-term-picker',
    url: 'https://www.nestwoodsleep.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout: Customer, Shipping and Billing steps are read-only summaries, the active Payment step is a form-checklist where Affirm is selected and expanded into a 3/6/12/36-month term picker with APRs, Credit Card and PayPal are plain rows, Afterpay is a disabled row with an out-of-range note, and a Klarna 'Pay over time' row exists in the markup with style=display:none.",
    expected: { total: 238800, currency: 'USD', programs: { affirm: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/ticketmaster-uk-concert-klarna-logo-row',
    url: 'https://checkout.ticketmaster.co.uk/8b1e44f0c7a94d2f9e0d6a51c3b7f210?ccp_src=2&ccp_channel=0&edp=https%3A%2F%2Fwww.ticketmaster.co.uk%2Ffontaines-dc-london-21-11-2025%2Fevent%2F3F0060D2A1B24C77',
    site: 'web',
    kind: 'checkout',
    structure:
      "Ticketmaster-style event checkout with hashed class names: Delivery and Ticket Protection (insurance radios, noise) precede a Payment radiogroup of card, PayPal with a nested but disabled 'Pay in 3 with PayPal — Not available for this event' sub-radio, a row whose only name is a Klarna logo <img alt> plus 'Pay in 3 interest-free instalments of £50.75', and gift card; Clearpay appears only in a payment FAQ below the page.",
    expected: { total: 15225, currency: 'GBP', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/trap-altura-airways-manage-trip-paid-affirm',
    url: 'https://www.flyaltura.com/manage-trip/K7QW2M?lastName=Hollis',
    site: 'web',
    kind: 'trap',
    structure:
      "Airline 'Manage trip' page for a ticketed booking: flights, travelers and action buttons, a receipt sidebar reading 'Total paid $880.92 — Paid with Affirm: 12 monthly payments of $73.41', an upgrade upsell mentioning Klarna pay-in-4, a hotel 'pay at the hotel' cross-sell, an Uplift/Flex Pay vacation promo and a footer 'Ways to pay' link; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/urlaubsfinder24-de-package-step3-paypal-later',
    url: 'https://www.urlaubsfinder24.de/buchung/zahlung?bid=UF-8841207',
    site: 'web',
    kind: 'checkout',
    structure:
      'German package-holiday booking at step 3 of 3: steps 1 (Reisende) and 2 (Extras) are collapsed with hidden filled forms, step 3 lists Zahlungsarten as bordered radio cards where the selected PayPal card expands into sub-radios Sofort / Später bezahlen in 30 Tagen / Ratenzahlung, and the Klarna card is disabled with a red reason; the footer also names Klarna among accepted methods.',
    expected: { total: 225600, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/late-magento-uk-clearpay-pay-in-3',
    url: 'https://www.hollinsandvale.co.uk/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma 'Review & Payments' step served with only a 'Please wait…' loader in #checkout-payment-method-load; an inline script draws the .payment-method radio list ~0.9 s after load (card active, PayPal, 'Pay in 3 with PayPal' with £376.33 instalments, 'Pay in 30 days with Klarna', a disabled Clearpay with an over-£1,000 reason); the served sidebar table shows Excl. Tax £940.83, VAT and 'Order Total Incl. Tax' split across spans, and the script's button repeats 'Place Order · £1,129.00'.",
    expected: {
      total: 112900,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/prestashop-fr-paypal-4x-klarna-grise',
    url: 'https://www.maison-alcove.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic one-page order: completed steps 1-3 collapsed, step 4 'Paiement' with .payment-options radios (card selected, PayPal, 'Paiement en 4X sans frais avec PayPal' with 4 x 489,45 EUR, Oney 3x/4x, a disabled greyed Klarna 3x option with an over-limit reason, bank wire with hidden amount), right-hand #js-checkout-summary with Total HT, struck old total and 'Total TTC 1 957,80 EUR' using narrow no-break spaces, plus a pay button repeating the amount.",
    expected: { total: 195780, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shopify-us-installments-collapsed-summary',
    url: 'https://haldaneworkspace.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSlg3UTRNN1dQMlJINVY4QjNLRjZEOUc0/information',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout: express buttons on top, a Payment radiogroup (Credit card selected, Shop Pay with 'Pay in full or in 4 interest-free installments of $312.48', PayPal, Affirm 'as low as $114/mo') with redirect panels hidden, desktop summary table with discount, estimated taxes, gift card −$50.00 and a tfoot 'Total USD $1,249.90' plus TOTAL SAVINGS, and a mobile 'Show order summary $1,249.90' bar that is collapsed.",
    expected: { total: 124990, currency: 'USD', programs: { 'shop-pay-installments': 'offered', affirm: 'offered' } },
  },
  {
    page: 'web/shopware-de-klarna-radios',
    url: 'https://www.kaffeewerk-roesterei.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: payment-method radios in a 'Zahlungsart' card (two Klarna options visible, PayPal 'Später Bezahlen' only inside the closed 'Mehr anzeigen' collapse), aside dl summary with struck-through old Gesamtsumme, split int/dec price spans, net and MwSt lines, and a 'Zu zahlender Betrag' line above the submit button.",
    expected: { total: 125480, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-us-cart-afterpay-message',
    url: 'https://www.smokeandtimber.com/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Cornerstone cart page: cart table with cents in <sup>, ul.cart-totals ending in 'Grand total' with a struck $1,329.90 and $1,249<sup>90</sup>, then on-site messaging 'or 4 interest-free payments of $312.48 with afterpay' and 'Starting at $113/mo with affirm', a Check out link and a PayPal Checkout button, Afterpay per-product notes in 'You May Also Like' and payment logos in the footer; there is no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-afterpay-zip-sup-cents',
    url: 'https://beanandburr.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) checkout: review table whose tfoot holds subtotal, coupon, shipping radios and 'Total AU$1,349<sup>95</sup> (includes AU$122.72 GST)', then the #payment ul.wc_payment_methods radio list (card selected; Afterpay with per-instalment note, Zip, humm, PayPal whose Pay in 4 text sits only in its display:none payment_box, bank transfer).",
    expected: { total: 134995, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-blocks-nl-mollie-klarna-totaal',
    url: 'https://www.tweewielerhoekstra.nl/afrekenen/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce block checkout (rendered) with Mollie: a 'Betaalopties' step of wc-block-components radio-control accordion options (iDEAL checked, Klarna 'Betaal nu, over 30 dagen of in 3 delen', in3 with 3 × € 701,45, Riverty, PayPal, Creditcard), sidebar totals Subtotaal/Korting/Verzending and footer 'Totaal € 2.104,35' incl. btw, prices also in data-price cents attributes, the total repeated in the place-order button and in a mobile-only collapsed summary title.",
    expected: { total: 210435, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-us-payment-open-more-options-closed',
    url: 'https://www.summitgearco.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout with Customer/Shipping/Billing collapsed to summaries with Edit buttons and the Payment step open as a radio checklist (card selected, PayPal, PayPal Pay Later, Affirm, Afterpay disabled for exceeding its $2,000 limit) plus a closed <details> 'More payment options' holding Sezzle, Zip and Check.",
    expected: {
      total: 214836,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/magento-uk-shipping-step-payment-hidden',
    url: 'https://www.brightwell-home.co.uk/checkout/#shipping',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma two-step checkout sitting on the Shipping step: the progress bar shows \'Review & Payments\' not yet reached and the #payment step (card, Klarna pay in 30 days / pay in 3, Clearpay, PayPal, PayPal Pay in 3) is in the HTML but style="display: none;", while the visible order-summary sidebar carries a Clearpay instalment message outside any payment step.',
    expected: null,
  },
  {
    page: 'web/prestashop-fr-paiement-onglets-plusieurs-fois',
    url: 'https://www.maison-lumiere.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic accordion checkout with steps 1-3 marked complete (their .content hidden by CSS, only 'Modifier' shown) and step 4 Paiement current, its options split into Bootstrap tabs: the inactive 'Payer comptant' pane (card, PayPal, Klarna pay now, wire) is display:none, the active 'Payer en plusieurs fois' pane shows PayPal 4X (selected), Klarna 3x disabled over its 1 500 € cap, and Alma.",
    expected: { total: 164990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/saltandsable-au-paying-with-afterpay-change-dialog',
    url: 'https://www.saltandsable.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless one-page accordion checkout: Contact and Delivery collapsed to summaries (their forms hidden), Payment open showing only the chosen method as 'Paying with Afterpay · Change' with its schedule, while the full method list (card, PayPal, PayPal Pay in 4, Afterpay, Zip, Klarna, Apple Pay) sits in a closed <dialog>; the footer lists Afterpay/Zip/Klarna as accepted-payment badges.",
    expected: { total: 13992, currency: 'AUD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'web/late-magento2-uk-clearpay-logo-alt',
    url: 'https://www.rosehipandco.co.uk/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma one-page checkout served with only the checkout loader; an inline script replaces it after ~0.9 s with the Review & Payments step, where the selected Clearpay method is named only by its logo alt beside 'Pay in 4 interest-free instalments', Klarna reads 'Pay in 30 days<br>with KLARNA', and 'PayPal <abbr>Pay in 3</abbr>' is disabled with a £30–£2,000 note.",
    expected: {
      total: 2444,
      currency: 'GBP',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/shopify-us-gateways-wbr-logo-alt',
    url: 'https://harborandpine.com/61208977562/checkouts/c3f1d0a8e2b94a6c9a7f0d5e21bb4c10?previous_step=shipping_method&step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Classic Shopify checkout.liquid payment step: a fieldset of radio-wrapper gateways where Shop Pay Installments has a soft hyphen and a 'Pay in 4' subtitle, Afterpay is split by <wbr> and disabled with an order-limit notice, Affirm is only named by its logo alt beside the visible words 'Monthly payments', and PayPal's 'Pay in 4' line sits in a hidden subfield.",
    expected: {
      total: 124900,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'unavailable', affirm: 'offered' },
    },
  },
  {
    page: 'shopify/trap-shopify-au-cart-footer-logos',
    url: 'https://saltandswell.com.au/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page (no payment step: only a subtotal and a Check out button) whose program names sit in an Afterpay cart message with a lowercase 'afterpay' logo alt, a footer list-payment of logos named only by alt/svg title (After&shy;pay, KLARNA, zip, Shop Pay, PayPal) and a footer help line with After<wbr>pay and Klar<span>na</span>.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-de-klarna-spans-shy',
    url: 'https://www.kaffeewerk-hamburg.de/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront + Germanized) checkout with a ul.wc_payment_methods list placed above the order review: the chosen Klarna gateway's name is split as Klar<span>na</span> and its open payment box is full of soft hyphens, PayPal's 'Später bezahlen' invoice gateway is written with soft hyphens and a zero-width space in Pay​Pal and is disabled with an over-1.000 € notice, beside plain PayPal, card, Riverty and prepayment.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/ebay-checkout-more-ways-to-pay-closed',
    url: 'https://pay.ebay.com/rxo?action=view&sessionid=2148839182011',
    site: 'web',
    kind: 'checkout',
    structure:
      "eBay 'Pay with' radiogroup at the top of the left column: PayPal (checked), PayPal Pay Later (Pay in 4 of $40.55), PayPal Credit, Venmo, Add new card; Google Pay and Klarna sit inside a closed <details> 'Show more ways to pay', so Klarna is not visible.",
    expected: { total: 16220, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/late-shopify-zh-overseas-usd-checkout',
    url: 'https://teaandpantry.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSFlBN0tQMlE4WEQ0NVRSNk1CM1cxRVZK',
    site: 'web',
    kind: 'late',
    structure:
      'Chinese-language Shopify one-page checkout served with <html lang="en">, USD totals (\'总计 USD $187.40\'); the 付款 section ships as an empty skeleton and an inline script fills it ~900 ms after load with an accordion radiogroup: 信用卡 (open), PayPal, Shop Pay 分期付款, Klarna, Afterpay, 支付宝, 微信支付.',
    expected: {
      total: 18740,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', klarna: 'offered', afterpay: 'offered' },
    },
  },
  {
    page: 'web/prestashop-ca-en-headings-fr-methods',
    url: 'https://www.boutiqueoutaouais.ca/en/order',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic four-step checkout (lang=en-US, English step titles and 'Total (tax incl.)') whose payment-option labels are French module texts: Affirm 'Paiements mensuels' and Sezzle 'payez plus tard en 4 versements' selectable, Afterpay 'Payez en 4 versements' with a disabled radio and a visible out-of-range reason; additional-information blocks of non-selected options are ps-hidden.",
    expected: {
      total: 217525,
      currency: 'CAD',
      programs: { affirm: 'offered', afterpay: 'unavailable', sezzle: 'offered' },
    },
  },
  {
    page: 'web/shopify-classic-us-spanish-store-lang-en',
    url: 'https://casamarisolmuebles.com/62718450917/checkouts/c8e41f07a2d9b35e6f1147ad90c2be53?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Classic Shopify checkout.liquid payment_method step served with <html lang=\"en-US\"> but entirely in Spanish: fieldset[data-select-gateways] of radio-wrapper rows (Tarjeta de crédito checked, PayPal logo-only, 'Paga en 4 cuotas con Klarna', Afterpay as logo + visually-hidden name, 'Zip – Paga en 4'), each offsite row followed by a .hidden redirect note; 'Total a pagar USD $1,486.37' in the sidebar.",
    expected: { total: 148637, currency: 'USD', programs: { klarna: 'offered', afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/shopware-ch-bienne-de-fr-confirm',
    url: 'https://www.jura-outdoor.ch/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page in de-CH (German headings Zahlungsart/Gesamtsumme, CHF 2’408.90 with typographic apostrophe) whose payment-method names fall back to French; Klarna 'Payer en 3 fois' is among the first five visible .payment-method rows, while PayPal, HeidiPay and Paiement anticipé sit in a closed Bootstrap .collapse behind 'Mehr anzeigen'.",
    expected: { total: 240890, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-cart-en-title-zh',
    url: 'https://www.harborandpine.com/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "English BigCommerce Cornerstone cart page whose <title> is Chinese (购物车); PayPal Pay in 4, Afterpay and Affirm appear only as on-site messaging under the cart totals, Klarna/Sezzle/Zip only in an FAQ, carousel cards and footer icons, with a 'Check out' link and a plain PayPal Checkout button but no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-nl-mollie-dutch-methods-en-theme',
    url: 'https://noorderwol.nl/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "English Storefront/WooCommerce checkout (lang=en-US, English headings and Total row) whose Mollie gateways in ul.wc_payment_methods are titled in Dutch: Klarna with 'achteraf betalen of in 3 delen', plus non-program 'Riverty (voorheen AfterPay) – Achteraf betalen' and 'in3 – Betaal in 3 termijnen'; only iDEAL's payment_box is open.",
    expected: { total: 123585, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-au-role-img-live-region',
    url: 'https://www.coastallinenco.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout, payment step as a form-checklist: Afterpay is only a role=img span (aria-label) around a wordmark SVG, Zip's radio carries aria-label 'Pay with Zip' beside a titled logo, Klarna is a greyed disabled row whose reason lives in a hidden role=tooltip and an sr-only aria-live status, PayPal's Pay in 4 banner is display:none, humm is a non-program distractor; total in an <output>.",
    expected: {
      total: 121185,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/late-react-uk-clearpay-method-table',
    url: 'https://www.harlowandfinch.co.uk/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Custom React (Next.js-style) UK checkout whose served HTML has only a skeleton in the payment card; an inline script 1.2 s after load draws a <table> of methods with scope=row headers: Clearpay as a role=img wordmark, Klarna as a greyed disabled row (hidden role=tooltip reason, sr-only aria-live 'Klarna is unavailable for this order'), a PayPal row whose radio aria-label says 'Pay with PayPal' but visibly reads 'Pay in 3', and plain PayPal; totals in <output>.",
    expected: {
      total: 41250,
      currency: 'GBP',
      programs: { afterpay: 'offered', klarna: 'unavailable', 'paypal-pay-in-4': 'offered' },
    },
  },
  {
    page: 'web/magento2-de-klarna-aria-errormessage',
    url: 'https://www.gartenwelt-hoffmann.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Prüfen & Bezahlen' step: the selected Klarna radio is named only by aria-label 'Mit Klarna bezahlen' beside an aria-hidden Klarna wordmark SVG, and its open panel has an aria-invalid birth-date field with an aria-errormessage (a form error, not a refusal); PayPal 'Später bezahlen' is a greyed disabled row with a hover role=tooltip reason; a 'Ratenzahlung mit PayPal' method is rendered with display:none.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'shopify/shopify-us-visually-hidden-logos',
    url: 'https://juniperandpine.com/58213990451/checkouts/8c0b7e2d91f34b6aa7f1d0c3e5a29b64?step=payment_method',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify classic checkout payment step: content-box radio rows where Afterpay and Shop Pay are named only by SVG logos with <title> plus .visually-hidden text, Affirm is a role=img logo on a disabled row with a role=tooltip gift-card reason, a visually-hidden live region mentions Klarna being removed, and PayPal's Pay in 4 message sits in a collapsed (hidden) subfield panel.",
    expected: {
      total: 24095,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'offered', affirm: 'unavailable' },
    },
  },
  {
    page: 'web/magento-de-giftcard-covers-order',
    url: 'https://www.bergfalke-outdoor.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Prüfen & Bezahlen' step where a gift card covers the whole 134,85 € order (Gesamtsumme 0,00 €): only the 'Keine Zahlungsinformationen erforderlich' (free) method is visible, while a second payment-group with Klarna Rechnung/Ratenkauf, PayPal and 'Später bezahlen mit PayPal' sits in the form with style display:none; a Klarna promo box in the sidebar is outside the payment step.",
    expected: null,
  },
  {
    page: 'web/shopify-us-giftcard-remaining',
    url: 'https://fernwoodcandle.com/61822091387/checkouts/8c1f0d9e2b7a4f53b1e6a0d4c93e7f21?previous_step=shipping_method&step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Classic Shopify payment step after a $40 gift card: order total $89.90 but 'Remaining to pay $49.90'; gateway radios Credit card, PayPal, Cash App Afterpay open, an Affirm row hidden with the .hidden class, and Shop Pay Installments disabled because the remaining $49.90 is under its $50 minimum.",
    expected: {
      total: 4990,
      currency: 'USD',
      programs: { afterpay: 'offered', 'shop-pay-installments': 'unavailable' },
    },
  },
  {
    page: 'web/trap-shopware-b2b-invoice-finish',
    url: 'https://www.werkbank-pro.de/checkout/finish?orderId=0193210a8f6e72c4b5d1e0f4a7c93b28',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 B2B finish (thank-you) page after an order paid by 'Rechnung (30 Tage netto)': no payment step, but Klarna and 'Später bezahlen mit PayPal' appear in the company's recent-orders table, in Klarna/PayPal instalment lines on cross-selling product boxes, and in the footer payment logos.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-uk-subscription-mixed-cart',
    url: 'https://ridgelineroasters.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout with a monthly subscription plus a one-off grinder: 'Total due today £177.95' above 'Recurring total £28.95 / month'; the #payment list has Stripe card with a saved 'Visa ending in 4242' token, PayPal, Klarna 'Pay in 30 days' open, and 'Pay in 3 with PayPal' and Clearpay as disabled radios marked 'Not available for subscriptions'.",
    expected: {
      total: 17795,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/aliexpress-zh-us-confirm-klarna-paylater-min',
    url: 'https://www.aliexpress.com/p/trade/confirm.html?availableProductShopcartIds=1000583192210,1000583192744&extParams=%7B%22channelInfo%22%3A%7B%22sourceType%22%3A%22620%22%7D%7D&aeOrderFrom=main_shopcart&spm=a2g0o.cart.0.0',
    site: 'web',
    kind: 'checkout',
    structure:
      'AliExpress PC place-order page in Simplified Chinese for a New York address: a 支付方式 radiogroup with card (selected), PayPal, Klarna pay-in-4 and a disabled PayPal Pay in 4 row below its US $30 minimum, plus a closed 查看更多支付方式 list (hidden attribute) holding Google Pay and Afterpay; totals in the right-hand order summary.',
    expected: { total: 2663, currency: 'USD', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'shopify/shopify-zh-cn-us-tea-afterpay-klarna-installments',
    url: 'https://www.mingxiangtea.com/checkouts/cn/Z2NwLXVzLXdlc3QxOjAxSlpCN0RRNFlQV0o4UkU2M1ZLQjFNN0JT?locale=zh-CN',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout rendered in zh-CN for a US tea store: express buttons on top, then a 付款 fieldset#basic of radio gateways (信用卡 expanded; PayPal, Shop Pay 分期付款, Afterpay, Klarna - 先买后付 and Citcon 支付宝/微信支付 collapsed with their labels and one-line subtitles visible), totals in the order-summary aside.',
    expected: {
      total: 49110,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'web/shopline-hk-zh-hant-checkout-atome-alipayhk',
    url: 'https://www.herbsco.com.hk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'SHOPLINE Hong Kong checkout in Traditional Chinese: a 付款方式 panel of radio cards (信用卡 expanded, 信用卡分期付款 for named banks, Atome 先買後付 分3期0利息, 支付寶HK, WeChat Pay, PayMe, 轉數快 FPS, plain PayPal) with no pay-later program among them; HKD totals in the 訂單資訊 sidebar.',
    expected: null,
  },
  {
    page: 'web/late-nuxt-de-moebel-resorted-methods',
    url: 'https://www.lindner-wohnen.de/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Nuxt/Vue-like German checkout whose Zahlungsart section is served with only a loader; a script first draws nine sf-radio options in API order, then re-sorts them, keeps five visible (Klarna 'Rechnung – In 30 Tagen bezahlen', PayPal, Kreditkarte, PayPal Später bezahlen, Apple Pay), moves Klarna Ratenkauf, PayPal Ratenzahlung, easyCredit and Vorkasse into a hidden 'Weitere Zahlungsarten anzeigen (4)' list, and disables PayPal Später bezahlen with a 'nur bei Bestellungen bis 1.000,00 €' reason; footer lists PayPal/Klarna logos.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'shopify/shopify-au-linen-afterpay-zip-config-json',
    url: 'https://www.linenandloom.com.au/55183214726/checkouts/9f3b6c1e2a4d8b7c0e5f1a2b3c4d5e6f?previous_step=shipping_method&step=payment_method',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify classic checkout.liquid payment step served whole: fieldset.content-box of radio-wrapper rows (Credit card, PayPal, Afterpay '4 interest-free payments of $422.49', Zip radio disabled 'Unavailable — … up to $1,000.00'); a head <script type=application/json> lists klarna/shop_pay_installments/humm/sezzle gateways, <template> rows hold Klarna and Shop Pay Installments, a <noscript> names Klarna/humm/Sezzle, and PayPal's hidden subfield mentions Pay in 4.",
    expected: { total: 168995, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/trap-prestashop-fr-confirmation-paypal-4x',
    url: 'https://www.maison-cerise.fr/confirmation-commande?id_cart=48213&id_module=71&id_order=30917&key=8f2c61d0a94e3b7c5e1f2a6d8b0c4e97',
    site: 'web',
    kind: 'trap',
    structure:
      "PrestaShop order-confirmation (thank-you) page after checkout: order details say 'Moyen de paiement : PayPal – Paiement en 4X', a payment-return box describes the 4X schedule, recommended products carry Klarna/PayPal 4X/Alma instalment lines, JSON config names ps_checkout paylater and Klarna, a <template> holds Klarna OSM, and the footer lists payment logos; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/shopline-zh-us-checkout-paypal-in4-afterpay-min',
    url: 'https://www.haoweicang.com/checkout/7b2f1e0d9a4c4b1e8f33a2c5d6e7f801?step=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopline-style Chinese-language one-page checkout for a US store (USD): collapsed order-summary toggle showing $32.47, express PayPal button above the form, then a 付款 accordion with card (expanded), PayPal, PayPal 分4期付款, a disabled Afterpay row with a $35–$1,000 minimum notice, 支付宝, 微信支付 and a display:none Klarna row; 总计 USD $32.47 above 立即付款.',
    expected: { total: 3247, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/shopify-mobile-sheet-closed-installments',
    url: 'https://www.northpeakoutfitters.com/checkouts/cn/hWN2f8kQ1xY7pRzB0aLm3sTt',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopify one-page mobile checkout: review rows with a 'Payment · Shop Pay Installments ›' summary row, the full method list (Shop Pay Installments, PayPal, Klarna, Afterpay, disabled Affirm) sits in a role=dialog aria-modal bottom sheet that is closed via a stylesheet translateY(100%)+visibility:hidden class; total only visible in the sticky 'Pay now · $147.35' bar (the order-summary <details> is closed).",
    expected: { total: 14735, currency: 'USD', programs: { 'shop-pay-installments': 'offered' } },
  },
  {
    page: 'web/trap-asos-appweb-bag-pay-later-messaging',
    url: 'https://www.asos.com/bag?nlid=nav%20header',
    site: 'web',
    kind: 'trap',
    structure:
      "ASOS mobile bag page (not checkout): totals with Klarna/Clearpay instalment messaging, an open 'Ways to pay' <details> FAQ naming Klarna, Clearpay and PayPal Pay in 3, sprite payment logos with aria-labels, 'or 3 x £10.00 with Klarna' lines under saved items and a sticky 'Total £89.90 · Checkout' bar; there is no payment step to choose anything in.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-mobile-details-afterpay-zip',
    url: 'https://wattleandwool.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) mobile checkout split into <details> folds: the open 'Payment' fold holds the classic #payment ul.wc_payment_methods with Afterpay checked and Zip's radio disabled with a pre-order reason, while Sezzle and Klarna sit in a nested, closed 'More payment options' fold; Afterpay, Zip and Sezzle also appear in the top promo bar and footer logos.",
    expected: { total: 21240, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/zalando-de-mobile-sheet-open-klarna',
    url: 'https://www.zalando.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Zalando mobile order overview with a 'Zahlungsart · Klarna ›' row; the payment bottom sheet is open (role=dialog aria-modal=true over a scrim) listing Rechnung, Klarna (checked), PayPal, a disabled 'PayPal – Später Bezahlen' with a red reason, card, Apple Pay, Lastschrift; the page behind (incl. the sticky bar with 124,90 €) is aria-hidden while the modal is open but still visible under the scrim.",
    expected: { total: 12490, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/aliexpress-es-checkout-klarna-plazos-paypal-min',
    url: 'https://es.aliexpress.com/p/trade/confirm.html?availableProductShopcartIds=1005006182734501%2C1005005930417728%2C1005006044981236&extraParams=%7B%22channelInfo%22%3A%7B%22sourceType%22%3A%22620%22%7D%7D',
    site: 'web',
    kind: 'checkout',
    structure:
      "AliExpress-style Spanish place-order page (pl-* modules, comet-v2 radios as role=radio divs): saved Visa selected, new card, PayPal, Google Pay, Klarna 'Paga en 3 plazos' offered, and PayPal 'Paga en 3 plazos' aria-disabled and greyed with a 30,00 € minimum note; total in EU format in the right summary.",
    expected: { total: 2487, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-tiktok-shop-us-checkout-bnpl',
    url: 'https://shop.tiktok.com/us/checkout?order_token=7401836529047361829&source=pdp',
    site: 'web',
    kind: 'late',
    structure:
      "TikTok Shop-style web checkout with styled-components class names; the served HTML has only skeleton bars in the 'Payment method' card, and an inline script fills it about 0.9 s after load with role=radio rows (card, PayPal, Apple Pay, Afterpay, Klarna, Affirm, and Zip aria-disabled with a seller-restriction note); the $176.93 total is in the served order summary.",
    expected: {
      total: 17693,
      currency: 'USD',
      programs: { afterpay: 'offered', klarna: 'offered', affirm: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/shoplazza-au-checkout-afterpay-over-limit',
    url: 'https://www.koalanest-home.com.au/checkout/2f8e6a1c7b3d4e599c1a5d0b8e4f7a21?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shoplazza-style three-step checkout on the payment step: a bordered radio list (card expanded, PayPal, Afterpay disabled with an A$1,500 limit reason, Klarna, Zip) with an order summary aside that repeats Afterpay/Klarna/Zip in a promo banner and a 'We accept' icon row.",
    expected: {
      total: 162600,
      currency: 'AUD',
      programs: { afterpay: 'unavailable', klarna: 'offered', zip: 'offered' },
    },
  },
  {
    page: 'web/shopline-de-checkout-paypal-spaeter-klarna-collapsed',
    url: 'https://www.lumenhaus-shop.de/checkouts/1a7c3e9f0b2d4c68a5e1f7d9b3c2a814',
    site: 'web',
    kind: 'checkout',
    structure:
      "SHOPLINE-style one-page German checkout with CSS-module hashed classes; the payment radio list shows card, PayPal, PayPal 'Später bezahlen' (pay in 30 days) and Apple Pay, while Klarna, Riverty and bank transfer sit inside a closed <details> 'Weitere Zahlungsarten anzeigen (3)'; Klarna also appears in the summary's 'Sicher bezahlen mit' strip.",
    expected: { total: 110785, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/temu-us-checkout-hashed-cashapp-affirm-min',
    url: 'https://www.temu.com/bgt_order_checkout.html?_x_sessn_id=8k2m4q7r1x&refer_page_name=shopping_cart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Temu-style checkout with machine-generated class names; the right column's 'Payment methods' card is a div role=radiogroup of aria-checked rows (card, PayPal, Apple Pay, Google Pay, Cash App Pay, Klarna, Cash App Afterpay, Affirm aria-disabled with a $50 minimum, Zip) under an unapplied 'Temu credit' checkbox; the order total sits in the summary above.",
    expected: {
      total: 3847,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'offered', affirm: 'unavailable', zip: 'offered' },
    },
  },
  {
    page: 'web/trap-banggood-de-cart-klarna-paypal-messages',
    url: 'https://de.banggood.com/shopping_cart.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Banggood-style German shopping cart (step 1 of 4) with an order summary box holding 'Zur Kasse' and a PayPal Checkout express button, under which PayPal 'Später bezahlen' and Klarna '3 zinsfreie Raten' promotional messages appear; the footer repeats Klarna/PayPal logos. No payment method can be chosen on this page.",
    expected: null,
  },
  {
    page: 'web/trap-shein-us-product-bnpl-badges',
    url: 'https://us.shein.com/SHEIN-Frenchy-Ditsy-Floral-Print-Ruffle-Hem-Tie-Back-Maxi-Dress-p-23818422.html',
    site: 'web',
    kind: 'trap',
    structure:
      "SHEIN-style product detail page: price block followed by 'or 4 interest-free payments of $7.49 with afterpay / Klarna / zip' installment messaging, a review mentioning Afterpay, and a footer 'WE ACCEPT' logo row; there is no payment step, only Add to Cart.",
    expected: null,
  },
  {
    page: 'bigcommerce/late-bigcommerce-us-lease-to-own-affirm-sofas',
    url: 'https://www.harborandpinehome.com/checkout',
    site: 'bigcommerce',
    kind: 'late',
    structure:
      "BigCommerce optimized-checkout shell whose served HTML holds only a loading spinner in #checkout-app; an inline script renders the steps 1.2 s later, with the payment form-checklist split under 'Pay in full' (card, PayPal, Synchrony store card 'Monthly payments', Splitit), 'Buy now, pay later' (Affirm, and a disabled Afterpay with an over-$2,000 reason) and 'Lease-to-own' (Katapult, Snap, Acima) headings.",
    expected: { total: 261324, currency: 'USD', programs: { affirm: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/magento-nl-riverty-in3-klarna-fietsen',
    url: 'https://www.tweewielersdekraai.nl/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 (Luma-style, Mollie) payment step in two payment-groups: 'Direct betalen' (iDEAL selected, creditcard, PayPal, Bancontact) and an 'Achteraf betalen' group holding Klarna: Achteraf betalen, a disabled Riverty: Achteraf betalen with a red address note, and in3 Betaal in 3 termijnen; totals in the opc-sidebar table.",
    expected: { total: 167395, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/prestashop-fr-oney-alma-floa-paypal4x-electromenager',
    url: 'https://www.maison-electro-lyon.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic order page, step 4 'Paiement': payment-option radios for carte bancaire (selected), Oney 3x/4x, Alma, Floa, PayPal, a greyed 'Paiement en 4X PayPal' with a disabled input and an amount-limit reason, and virement; the reassurance block beside it advertises 3x/4x/10x.",
    expected: { total: 234900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/shopware-de-rechnung-klarna-gartenmoebel',
    url: 'https://www.gartenwelt-baumann.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: the Zahlungsart card lists the shop's own 'Rechnung' (selected), 'Rechnung mit Klarna', PayPal, Vorkasse and Kreditkarte as payment-method radios, while PayPal 'Später Bezahlen' and SEPA sit in a closed .collapse behind 'Weitere Zahlungsarten anzeigen'; footer logos and a trust bar repeat Rechnung/Klarna/PayPal Später Bezahlen.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-au-hotel-reserve-now-pay-later-afterpay-zip',
    url: 'https://book.harbourlanehotel.com.au/rooms?arrive=2024-11-08&depart=2024-11-10&adults=2',
    site: 'web',
    kind: 'trap',
    structure:
      "Hotel booking-engine room-selection step (step 1 of 4, no payment step): rate rows tagged 'Reserve now, pay later' / 'Pay at hotel', Afterpay and Zip promo lines under the prepaid Advance Purchase rates, a 'Your stay' summary with 'Due today A$0.00 / Pay at the hotel', FAQ details naming Afterpay, Zip, PayPal and Pay by bank, and footer card logos.",
    expected: null,
  },
  {
    page: 'web/trap-magento-uk-basket-clearpay-paypal-credit-collect',
    url: 'https://www.oakfieldgardenhome.co.uk/checkout/cart/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 basket page (no payment step): Clearpay and Klarna messaging widgets on cart lines and under the totals, a PayPal Credit banner, a 'Reserve now, pay at store on collection' fulfilment note, a 'Ways to pay' FAQ naming Clearpay/Klarna/PayPal Pay in 3/Pay by bank, and a footer payment-logo row; the only action is 'Proceed to Checkout'.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-b2b-net30-bill-me-later-paypal-credit',
    url: 'https://www.prosupplydirect.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront) classic checkout for a logged-in business account: ul.wc_payment_methods lists Net 30 Terms ('Pay later by invoice', selected, open payment_box), Purchase Order, a disabled 'Bill Me Later' with an amount-limit note, card, PayPal, 'PayPal Credit' (6-month credit line) and a disabled Affirm with a tax-exempt reason; footer widget repeats the payment names.",
    expected: { total: 481240, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'woocommerce/late-woocommerce-au-afterpay-zip-cycling',
    url: 'https://www.coastlinecycles.com.au/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      "WooCommerce (Storefront) checkout whose served #payment box holds only a blockUI 'Loading payment options' overlay; an inline script fills it about a second after DOMContentLoaded with card, PayPal, Afterpay (selected, 4 x $111.22 schedule with computed dates and a 'Total of 4 payments' line), Zip Pay (open box with a $40 minimum repayment and a $9.95 monthly fee), humm and bank transfer; the order-review table above shows Total $444.86 incl. GST.",
    expected: { total: 44486, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/magento-us-affirm-paylater-mattress',
    url: 'https://www.restwellmattress.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, Review & Payments step: Braintree card, PayPal, PayPal Pay Later (Pay in 4 / Pay Monthly sub-options), Affirm selected with a 3/6/12/24-month plan grid and a 'Total of payments $1,476.24' summary, and a disabled Sezzle radio with an order-limit notice; the Order Total sits in the sidebar summary table.",
    expected: {
      total: 125644,
      currency: 'USD',
      programs: { affirm: 'offered', 'paypal-pay-in-4': 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-klarna-finanzierung-hifi',
    url: 'https://www.klangraum-hifi.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: the 'Zahlungsart' card lists PayPal, a disabled PayPal 'Später Bezahlen' with an order-value notice, Klarna Rechnung, Klarna Finanzierung (selected, with a 6/12/24/36-month plan chooser and a 'Zu zahlender Gesamtbetrag 1.569,60 €' table), Ratepay Ratenzahlung, and a closed collapse with Vorkasse/Barzahlung; the Gesamtsumme is in the aside summary.",
    expected: { total: 138997, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/trap-prestashop-fr-simulateur-lave-linge',
    url: 'https://www.maison-electro.fr/lave-linge/2187-lave-linge-hublot-bosch-serie-8-wgb256090.html',
    site: 'web',
    kind: 'trap',
    structure:
      "PrestaShop classic-theme product page whose product-additional-info hook carries a 'Simulez votre paiement en plusieurs fois' calculator with radio rows for Klarna 3x/4x, PayPal Paiement en 4X and (in a hidden tab) Oney 10x-24x, plus a Klarna schedule table and footer payment logos; the cart is empty and there is no payment step.",
    expected: null,
  },
  {
    page: 'web/aboutyou-nl-achteraf-betalen-klarna-riverty-in3',
    url: 'https://www.aboutyou.nl/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "React checkout (nl-NL) with hashed styled-component classes and data-testids; a radiogroup of cards where two options are both titled 'Achteraf betalen' and told apart only by the Klarna and Riverty logo badges, next to in3 'Betaal in 3 termijnen', iDEAL (selected, bank select), plain PayPal and card; totals in '€ 260,97' style in an aside.",
    expected: { total: 26097, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/douglas-it-paga-in-3-rate-klarna-ritiro',
    url: 'https://www.douglas.it/it/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Own-markup Italian checkout whose payment list is ARIA role=radio divs (no native inputs): three options are all called 'Paga in 3/4 rate' and told apart by PayPal, Klarna and Scalapay badges; the Klarna one is aria-disabled and greyed because Click & Collect was chosen, HeyLight is disabled under 200 €, and free-sample checkboxes sit below.",
    expected: { total: 16949, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/hyva-magento-pl-blik-paypo-twisto-klarna-paypal',
    url: 'https://www.kawowy-raj.pl/checkout/index/index/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Hyvä Checkout (pl) rendered server-side with Magewire: an <ol id=\"payment-method-list\"> of eleven radio rows where BLIK Płacę później, PayPo, Twisto and Raty PayU crowd a Klarna-badged 'Zapłać za 30 dni' row and a disabled, faded 'PayPal – Zapłać później' row with a red amount-limit note; totals as '2 143,87 zł' with non-breaking spaces.",
    expected: { total: 214387, currency: 'PLN', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/late-magento-ch-twint-powerpay-klarna-limit',
    url: 'https://www.velohaus-zuerich.ch/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma one-page checkout (de-CH) served with only the checkout loader; an inline script draws the payment step 900 ms later: TWINT (selected), card, PostFinance Pay, Powerpay 'Kauf auf Rechnung oder in Raten', a disabled greyed 'Klarna – In 30 Tagen bezahlen' with the note that it is not available over CHF 1’000.–, and Vorauszahlung, plus the order summary with CHF amounts grouped by ’.",
    expected: { total: 133780, currency: 'CHF', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/shopware-at-klarna-rechnung-paypal-collapsed',
    url: 'https://www.bergsport-alpin.at/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page (de-AT) whose payment card lists five radios (Klarna-logo 'Rechnung', eps, Kreditkarte, plain PayPal, Vorkasse) and hides PayPal 'Später bezahlen', Apple Pay and Nachnahme in a closed Bootstrap .collapse behind 'Mehr anzeigen', while a top USP bar advertises PayPal Später bezahlen.",
    expected: { total: 125880, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/trap-shopware-fi-kiitos-klarna-walley',
    url: 'https://www.retkiaitta.fi/checkout/finish?orderId=0195c2f1a9b47d3c8e6f1a2b3c4d5e6f',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 finish (thank-you) page in Finnish: a 'Maksutapa' card records the already-chosen 'Klarna – Maksa 30 päivän kuluessa' with a due-date note, beside the order table and totals, plus a Walley/Klarna teaser and footer logos; nothing can be picked.",
    expected: null,
  },
  {
    page: 'web/trap-worten-pt-produto-pague-em-3',
    url: 'https://www.worten.pt/produtos/portatil-apple-macbook-air-13-6-apple-m3-8-gb-256-gb-cinzento-sideral-7832946',
    site: 'web',
    kind: 'trap',
    structure:
      "Portuguese product page whose buy box carries a Klarna / PayPal 'Pague em 3x' / Cofidis instalment simulator with toggle buttons, warranty and delivery radio groups, an open FAQ naming Klarna and PayPal Pague em 3x, a closed FAQ listing MB WAY and Multibanco, a hidden empty minicart and footer payment logos; there is no payment step.",
    expected: null,
  },
  {
    page: 'web/aspnet-uk-saddlery-rblpayment-clearpay-limit',
    url: 'https://www.ashbournesaddlery.co.uk/Checkout/Payment.aspx',
    site: 'web',
    kind: 'checkout',
    structure:
      'ASP.NET WebForms payment step: RadioButtonList ctl00_ContentPlaceHolder1_rblPayment rendered as a table (Card checked, PayPal, PayPal Pay in 3, Clearpay wrapped in span disabled=disabled with a label message about the £1,000 limit, BACS); a Klarna panel in the payment box is hidden by a display:none class, Klarna/Clearpay logos also sit in the footer; Order Total £1,249.00 in the right column GridView summary.',
    expected: { total: 124900, currency: 'GBP', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/late-oscommerce-us-checkout-payment-sezzle-affirm',
    url: 'https://www.brassbarnhardware.com/catalog/checkout_payment.php',
    site: 'web',
    kind: 'late',
    structure:
      "osCommerce 2.2 table/infoBox checkout_payment page whose Payment Method box is served as a 'Loading payment options' placeholder; an inline script on window load + 900 ms writes the moduleRow radio table (Credit Card, PayPal, Sezzle, a greyed moduleRowDisabled Affirm row with a disabled radio and a $50 minimum note, Check/Money Order) and an order-totals box (Total $43.85); Affirm also appears in a right-column ad and Sezzle/Affirm/Zip logos in the footer.",
    expected: { total: 4385, currency: 'USD', programs: { sezzle: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/magento1-au-onepage-afterpay-zip-sp-methods',
    url: 'https://www.baysidehomewares.com.au/checkout/onepage/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 1 rwd one-page checkout with the payment section active: dl.sp-methods#checkout-payment-method-load with dt radios (eWAY card checked with visible form, PayPal Express, Afterpay logo label with an instalment line, Zip label, bank deposit) and dd payment_form_* lists hidden by style=display:none (the hidden PayPal dd mentions Pay in 4 and the hidden Afterpay dd holds the $389.85 schedule); earlier steps and the empty review step are collapsed, and no grand total is rendered (only a hidden minicart subtotal and a $14.95 shipping line in the progress sidebar).',
    expected: { total: null, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/prestashop16-de-bestellung-step3-klarna-paypal-spaeter',
    url: 'https://www.kaffeewerk-muehlenhof.de/bestellung?step=3',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.6 default-bootstrap five-step order, step 5 Zahlung: #cart_summary table with Gesamt 1.249,90 € above #HOOK_PAYMENT, whose p.payment_module link blocks are Vorkasse, PayPal, a greyed non-link 'Später bezahlen mit PayPal' block with a 1.000 € limit note, two Klarna blocks (Rechnung, Ratenkauf), Riverty Rechnungskauf and Nachnahme; Klarna also appears in the header banner and footer logos.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/trap-opencart15-us-cart-bnpl-widgets',
    url: 'https://www.pinecrestoutfitters.com/index.php?route=checkout/cart',
    site: 'web',
    kind: 'trap',
    structure:
      "OpenCart 1.5 default-theme shopping cart (cart-info table, 'What would you like to do next?' radios, #total with Total $99.96 and a Checkout button) with Sezzle, Afterpay, PayPal Pay in 4 and Affirm on-site messaging lines under the totals, a 'Shop Now, Pay Later' sidebar box, hidden info modals and BNPL footer logos; the payment step is on a later page, so nothing is offered here.",
    expected: null,
  },
  {
    page: 'web/sfra-uk-klarna-business-customer',
    url: 'https://www.harrowandfinch.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce SFRA payment stage with payment methods as nav-tabs: Card tab active with aria-invalid card fields under a role=alert error, PayPal and Clearpay tabs selectable (Clearpay tab shows 4 x £74.75), Klarna tab disabled with 'Not available for business customers' while the billing company name is filled in; PayPal's Pay in 3 message lives only in the inactive (hidden) PayPal pane, and the footer names Klarna/Clearpay as accepted.",
    expected: { total: 29900, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/shopify-us-afterpay-declined-banner',
    url: 'https://www.northwoodoutfitters.com/60231458950/checkouts/3b5e0c9f5d1a4c7e8ab2e61f04d9c2aa?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      "Classic Shopify payment step: a role=alert banner says the Afterpay payment was declined, yet the Afterpay radio below is still enabled and checked; Shop Pay Installments is selectable; Affirm's radio is disabled with a note that it needs a US billing address while the billing section below shows Canada; plain PayPal and card rows are noise.",
    expected: {
      total: 81056,
      currency: 'USD',
      programs: { afterpay: 'offered', 'shop-pay-installments': 'offered', affirm: 'unavailable' },
    },
  },
  {
    page: 'web/shopware-de-klarna-abgelehnt',
    url: 'https://www.gartenhansen.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: a role=alert flashbag says Klarna could not approve the purchase; in the Zahlungsart card the Klarna radio is now disabled ('nicht mehr verfügbar') and 'Später bezahlen mit PayPal' is disabled with 'Ab 1.000 € nicht verfügbar' on a 1.249,90 € order; an enabled 'Ratenzahlung mit PayPal' sits inside the closed 'Weitere Zahlungsarten anzeigen' collapse; a Klarna instalment teaser sits on a line item; the AGB checkbox is aria-invalid.",
    expected: { total: 124990, currency: 'EUR', programs: { klarna: 'unavailable', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'amazon/amazon-us-spc-affirm-monthly-payments',
    url: 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure:
      "Amazon single-page checkout with step 2 'Payment method' expanded as a pmts-portal radiogroup (saved Visa selected, Amazon Store Card with special-financing note, expired Mastercard, gift card balance checkbox, then 'Other payment methods' with an Affirm 'Monthly payments' radio, Venmo, checking account, EBT), a Prime Visa promo under the list, and an order-summary table ending in 'Order total:'.",
    expected: { total: 81177, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/late-walmart-ca-checkout-affirm',
    url: 'https://www.walmart.ca/en/checkout',
    site: 'web',
    kind: 'late',
    structure:
      "Walmart Canada checkout served with only skeleton shimmer bars in the 'Payment' card (order summary with the CAD total is in the HTML); an inline script replaces them about 1.1 s after load with a radiogroup of a saved Mastercard, PayPal and 'Pay over time with Affirm', plus a gift-card number/PIN form.",
    expected: { total: 65535, currency: 'CAD', programs: { affirm: 'offered' } },
  },
  {
    page: 'amazon/trap-amazon-product-buy-now-1click',
    url: 'https://www.amazon.com/Bose-QuietComfort-Cancelling-Headphones-Bluetooth/dp/B0CCZ26B5V',
    site: 'amazon',
    kind: 'trap',
    structure:
      "Amazon product detail page whose price block carries a monthly-payments line mentioning 'Monthly payments with Affirm available at checkout', a Prime Visa offer and a buy box with 'Buy Now' / 'Buy now with 1-Click' and a 1-Click card note; there is no payment step, only product marketing.",
    expected: null,
  },
  {
    page: 'walmart/trap-walmart-cart-affirm-banner',
    url: 'https://www.walmart.com/cart',
    site: 'walmart',
    kind: 'trap',
    structure:
      "Walmart.com cart page (React, hashed w_ classes) with three items, a 'Continue to checkout' summary showing an estimated total before tax, an Affirm 'Pay over time' banner and a 'We accept … PayPal … Affirm' note in the right rail, a Capital One card promo and a Walmart+ upsell; no payment step is on the page.",
    expected: null,
  },
  {
    page: 'walmart/walmart-us-checkout-affirm-giftcard-split',
    url: 'https://www.walmart.com/checkout',
    site: 'walmart',
    kind: 'checkout',
    structure:
      "Walmart.com React checkout (hashed w_ classes, data-testid) whose 'Payment method' card applies a $40 gift card to part of the order and then offers a radio list for the rest: Capital One Walmart Rewards card (selected), Visa Debit, PayPal and 'Pay over time with Affirm'; a Capital One promo, a Walmart+ benefits banner and a sponsored right-rail ad naming Affirm surround it, and the summary shows 'Estimated total' $570.15 (the $530.15 remainder appears only as the split-tender note).",
    expected: { total: 57015, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/late-newegg-ca-checkout-affirm-cad',
    url: 'https://secure.newegg.ca/shop/checkout?sessionId=3e8d1f60-9b2a-4c7e-b51d-08a6f4c2d7e1',
    site: 'web',
    kind: 'late',
    structure:
      "Newegg.ca Secure Checkout served with steps 1-2 done, a CAD summary (Item(s), EHF, GST/HST 13%, 'Total (CAD): $1,528.87') and only skeleton placeholders in the Payment step; an inline script replaces them after 1.4 s with item-cell radio cards for a saved Visa, plain PayPal, Affirm (monthly or 4 interest-free payments) and a gift card field.",
    expected: { total: 152887, currency: 'CAD', programs: { affirm: 'offered' } },
  },
  {
    page: 'newegg/newegg-checkout-bnpl-group-zip-affirm-paypal',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=7b1e4c2a-5f0d-4d8e-9a61-3c2f8e0b9d47',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "Newegg Secure Checkout step 3 'Payment' as grouped item-cells radio cards: saved Visa with CVV2 box, PayPal card carrying a 'Pay Later: Pay in 4' line, Newegg Store Credit Card financing card, a 'Buy Now, Pay Later' group with Zip and Affirm cards, and a gift card field; right-hand Summary shows 'Est. Total: $974.23' split across <strong>/<sup> above the #btnCreditCard Place Order button.",
    expected: {
      total: 97423,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', zip: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'newegg/newegg-checkout-zip-over-limit-paypal-credit',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=c94a0e57-21b8-4f3d-8d6e-5a1f7b2c0e93',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "Newer Newegg checkout with CSS-module hashed classes: 'Payment Method' step is a radiogroup list (selected Mastercard, PayPal whose Pay Later line is [hidden], PayPal Credit 6-month no-interest card, Affirm pay over time, Zip greyed/disabled because the $1,769.90 order exceeds its $1,500 cap, Newegg Store Credit Card, BitPay), gift card form, and an Order Summary ending in 'Total: $1,769.90' with a promo discount.",
    expected: { total: 176990, currency: 'USD', programs: { affirm: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'target/target-checkout-review-circle-card-affirm-paypal',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure:
      "Target's one-page checkout: a #STEP_PAYMENT card with a radio list of tiles (selected Target Circle Card, saved Visa, new card, PayPal with a Pay Later 4-payment line, Affirm 'Pay over time', Apple Pay, GiftCard form) beside an order summary whose Total feeds the 'Place your order' button; Sezzle is named only in the footer's 'Ways to pay' blurb.",
    expected: { total: 28658, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered' } },
  },
  {
    page: 'target/target-co-payment-sezzle-affirm-minimum',
    url: 'https://www.target.com/co-payment',
    site: 'target',
    kind: 'checkout',
    structure:
      "Target's stepped /co-payment page for an Order Pickup order: a fieldset of radio cards (selected Mastercard, plain PayPal whose Pay in 4 message span is display:none, Sezzle with 4 interest-free payments, Affirm greyed and disabled because the order is under $100, Google Pay), a Target Circle Card apply promo, then an order summary and a sticky Total bar with 'Save and continue'.",
    expected: { total: 6840, currency: 'USD', programs: { sezzle: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'newegg/trap-newegg-product-zip-affirm-messaging',
    url: 'https://www.newegg.com/gigabyte-gv-n408swf3v2-16gd-geforce-rtx-4080-super-16gb-graphics-card/p/N82E16814932684',
    site: 'newegg',
    kind: 'trap',
    structure:
      "Newegg product detail page: product-buy-box with price $999.99 and 'Add to cart', a product-financing block of Zip pay-in-4, Affirm 'as low as', PayPal Pay Later and Newegg Store Credit Card messages, plus Zip/Affirm lines in 'Frequently Bought Together', a Q&A answer and a footer 'Pay with Zip, Affirm, PayPal' line; there is no checkout or payment step.",
    expected: null,
  },
  {
    page: 'target/trap-target-cart-affirm-as-low-as',
    url: 'https://www.target.com/cart',
    site: 'target',
    kind: 'trap',
    structure:
      "Target cart (before checkout): item rows with Pickup/Shipping toggles, an order summary with Total and 'Check out' button carrying Affirm 'as low as $40/mo' prequalify messaging, Sezzle/Affirm price lines in a recommendations carousel, a sponsored PayPal Pay in 4 ad and a footer link 'Pay over time with Affirm & Sezzle'; no payment step exists.",
    expected: null,
  },
  {
    page: 'web/apple-ca-checkout-macbook-pro-affirm',
    url: 'https://secure1.store.apple.com/ca/shop/checkout?_s=Billing-init',
    site: 'web',
    kind: 'checkout',
    structure:
      'Apple Store Canada billing step: a list of form-selector radio cards (card selected with its panel open, Monthly Financing with Affirm, plain PayPal, Apple Pay) beside a sticky order summary whose trade-in credit and AppleCare+ checkbox feed the HST-inclusive total.',
    expected: { total: 333011, currency: 'CAD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/dyson-au-checkout-afterpay-zip',
    url: 'https://www.dyson.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento-style Dyson AU 'Review & Payments' step: payment-method blocks (card active with form, PayPal, a disabled greyed Afterpay with an over-$2,000 note, Zip, Klarna, humm) whose non-active contents are display:none, while the summary lines and site banner still advertise Afterpay instalments.",
    expected: {
      total: 209800,
      currency: 'AUD',
      programs: { afterpay: 'unavailable', zip: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'web/late-dell-us-checkout-alienware-affirm',
    url: 'https://www.dell.com/en-us/checkout/billing',
    site: 'web',
    kind: 'late',
    structure:
      'Dell US checkout shell whose billing card is served as skeleton bars and a loader; an inline script replaces it after ~1.4 s with a radio group (card selected, Dell Pay, Affirm, a disabled Klarna with an over-$2,500 reason, plain PayPal), beside a static summary with support add-on checkboxes and a lender-neutral monthly calculator.',
    expected: { total: 416652, currency: 'USD', programs: { affirm: 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/lenovo-de-checkout-thinkpad-klarna',
    url: 'https://www.lenovo.com/de/de/checkout/multi/payment-method/add',
    site: 'web',
    kind: 'checkout',
    structure:
      "Lenovo DE hybris-style payment step: bordered radio rows (card selected with form, plain PayPal, a greyed disabled 'PayPal – Später bezahlen' with a 1.000 € limit hint, Klarna Rechnung/Finanzierung, Vorkasse, B2B invoice) next to a German-formatted summary with eCoupon and checked/unchecked service add-ons.",
    expected: { total: 185800, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/samsung-us-checkout-pay-monthly-tab',
    url: 'https://www.samsung.com/us/web/checkout/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Samsung US payment card with a 'Pay in full' / 'Pay monthly' tablist: the selected Pay monthly panel lists Samsung Financing (selected), Affirm, Klarna and a greyed, disabled Zip with an order-limit reason, while the hidden Pay in full panel carries card, PayPal with Pay Later copy, Google Pay and Samsung Pay.",
    expected: {
      total: 107423,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/trap-google-store-us-pixel-configurator',
    url: 'https://store.google.com/us/config/pixel_9_pro?hl=en-US',
    site: 'web',
    kind: 'trap',
    structure:
      "Google Store product configurator (model, color, storage, carrier, trade-in, Preferred Care checkboxes) with a 'How would you like to pay?' Pay in full / Pay monthly toggle that only previews Google Store Financing and Affirm prices, plus FAQ and footnotes naming Affirm and PayPal Pay Later; there is no checkout payment step.",
    expected: null,
  },
  {
    page: 'web/trap-sonos-uk-basket',
    url: 'https://www.sonos.com/en-gb/cart',
    site: 'web',
    kind: 'trap',
    structure:
      'Sonos UK basket page: line items with a per-item Klarna instalment note and accidental-damage checkboxes, a summary with Klarna and PayPal Pay in 3 on-site messages, a Checkout button plus plain PayPal/Apple Pay express buttons, an FAQ naming Klarna, PayPal Pay in 3 and Clearpay, and a footer logo strip; no payment step exists yet.',
    expected: null,
  },
  {
    page: 'web/late-magento-fr-atelier-paypal4x-klarna',
    url: 'https://www.maison-atelier-deco.fr/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      'Magento 2 Luma one-page checkout served with only the checkout loader; an inline script draws the payment step ~0.9 s after load: a mobile estimated-total strip and a compact chip list (both hidden at >=768 px, the chips lack Klarna and add Oney), the full desktop payment-method list (Carte bancaire, PayPal, Paiement en 4X PayPal, Klarna 3 fois sans frais, Alma, virement) and the opc-sidebar order summary with the 389,60 € total.',
    expected: { total: 38960, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/shopify-us-harborpine-shoppay-affirm-tiles',
    url: 'https://www.harborandpine.com/55126913/checkouts/8e1f0c2a9b7d4e6fa1c3?step=payment_method',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopify Plus classic checkout.liquid payment step with a desktop radio gateway list (shown at >=750 px: card, PayPal, Shop Pay Installments, Affirm, and a disabled Afterpay row with an order-limit notice) plus a phone tile grid hidden at >=750 px that still lets Afterpay be picked, adds Sezzle and drops Affirm; the order summary sits in the sidebar (collapsed below 1000 px) and the phone toggle button repeats the total.',
    expected: {
      total: 214860,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/trap-woocommerce-uk-oakthread-basket-topbar',
    url: 'https://www.oakandthread.co.uk/basket/',
    site: 'web',
    kind: 'trap',
    structure:
      "Flatsome/WooCommerce basket page (no payment step, only basket totals and 'Proceed to checkout') whose top bar exists twice: the `hide-for-medium` desktop copy shown at 1280 px mentions only delivery and returns, while the `show-for-medium` phone copy (display:none at >=850 px) is the only place naming Clearpay and PayPal Pay in 3.",
    expected: null,
  },
  {
    page: 'web/amazon-de-checkout-pay-raten-barclays',
    url: 'https://www.amazon.de/checkout/p/p-304-8816620-4471536/pay?pipelineType=Chewbacca&referrer=pay',
    site: 'web',
    kind: 'checkout',
    structure:
      "German Amazon.de new-pipeline checkout with an open 'Zahlungsart auswählen' panel (Visa, Amazon Visa, SEPA Bankeinzug, gift card balance, 'Ratenzahlung – Finanzierung' with Barclays, a disabled 'Rechnung' row) plus an Amazon Visa promo and an Amazon 'Monatliche Zahlungen' note in the item review; none of these instalment options is a listed program, and no Klarna appears.",
    expected: null,
  },
  {
    page: 'web/adyen-nl-dropin-v6-ideal-selected-riverty',
    url: 'https://www.baristahuis.nl/checkout/betalen',
    site: 'web',
    kind: 'checkout',
    structure:
      "Dutch shop with Adyen Web 6.x Drop-in: instant Google Pay list, a standalone stored-card container, then a div[role=radiogroup] 'Meer betaalmogelijkheden' of div.adyen-checkout__payment-method items with button[role=radio][aria-checked] headers and aria-hidden/inert detail wrappers; iDEAL is selected, Klarna ('Achteraf betalen met Klarna.') sits beside the look-alike Riverty ('Achteraf betalen met Riverty'), PayPal and Bancontact.",
    expected: { total: 138890, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/magento-de-mollie-klarna-packstation',
    url: 'https://www.gartenwerk-shop.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout as Knockout leaves it (hidden shipping step still in the DOM, ko comments): #checkout-payment-method-load .payment-group of div.payment-method blocks with radio + label, Mollie methods; Kreditkarte is _active, the Klarna method's radio is disabled with a notice that Klarna is not possible for Packstation delivery, Apple Pay is display:none; totals in the sidebar table (Gesamtsumme 578,00 €).",
    expected: { total: 57800, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/square-au-afterpay-over-limit',
    url: 'https://www.coastalcanvas.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Australian React shop (styled-components hashed classes) built on Square Web Payments: the payment step is a role=tablist of role=tab buttons (Card selected, Afterpay with aria-disabled=true and a reason 'Unavailable: Afterpay can only be used for orders between $1.00 and $2,000.00', Zip, Google Pay) with role=tabpanel panels, the inactive ones hidden; the logos carry the names via img alt; a top banner also advertises Afterpay & Zip.",
    expected: { total: 248650, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/trap-braintree-us-dropin-paypal-credit',
    url: 'https://www.ridgelineoutfitters.com/checkout?stage=payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Accordion checkout whose payment step is a Braintree Drop-in (braintree-dropin wrapper in braintree-show-options state, .braintree-option role=button rows: Card, PayPal, PayPal Credit, Venmo, a disabled Google Pay with a developer-error message); pay-later names appear only outside it: a Sezzle 'or 4 interest-free payments' widget under a line item in the order summary and an Affirm financing link in the footer.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-se-klarna-payments-categories',
    url: 'https://www.nordhemma.se/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Storefront) checkout in Swedish: #payment ul.wc_payment_methods with li.wc_payment_method radios and div.payment_box panels; the Klarna Payments plugin adds one gateway per Klarna category (klarna_payments_pay_later 'Betala senare' selected with its box open, klarna_payments_pay_over_time 'Dela upp betalningen' with its box display:none), whose labels name Klarna only through the badge image alt; totals use '1 247,00 kr'.",
    expected: { total: 124700, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/northbound-us-segmented-pay-buttons',
    url: 'https://www.northboundsupply.com/checkout?step=payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Headless Next.js checkout (CSS-module hashed classes) whose Payment step is a segmented control: a role=group of five buttons with aria-pressed (Klarna pressed), Affirm a disabled button with a visible reason note, Sezzle enabled. An Afterpay <afterpay-placement> line sits under a product in the order summary, outside the step.',
    expected: {
      total: 22786,
      currency: 'USD',
      programs: { klarna: 'offered', affirm: 'unavailable', sezzle: 'offered' },
    },
  },
  {
    page: 'web/shopware-au-change-payment-dialog',
    url: 'https://www.harbourandpine.com.au/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page: the Payment method card only names the current method (Credit card) with a 'Change payment method' button, and the Bootstrap modal #confirmPaymentModal is open (class show, display:block, body.modal-open) holding a role=listbox of role=option methods: Afterpay selectable, Zip Pay aria-disabled with an over-limit reason, plus humm (not a listed program), card, PayPal and EFT.",
    expected: { total: 168900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'newegg/trap-newegg-us-cart-financing-estimator',
    url: 'https://secure.newegg.com/shop/cart',
    site: 'newegg',
    kind: 'trap',
    structure:
      "Newegg shopping cart (not the checkout): beside the Summary box with 'Secure Checkout' sits a 'Pay over time' estimator, a native <select> whose options are Affirm, Zip, PayPal Pay in 4 and Klarna, changing only an 'as low as' estimate; payment is chosen on the next page.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-uk-payment-select-optgroup',
    url: 'https://www.fenwickandmoss.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce (Storefront) checkout where a plugin replaces the payment radios inside #payment with a native <select name="payment_method"> grouped by <optgroup>; the \'Pay later\' group holds Klarna (selected), PayPal Pay in 3 and a disabled Clearpay option (order over its limit). A store-notice bar above the header advertises Clearpay.',
    expected: {
      total: 31495,
      currency: 'GBP',
      programs: { klarna: 'offered', 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'bigcommerce/bigcommerce-au-afterpay-over-limit-zip',
    url: 'https://www.kitchenandhomeco.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout: li.checkout-step--payment holds ul.form-checklist with li.form-checklist-item radios (name=paymentProviderRadio) for Credit Card (selected, open body), PayPal (logo only), Afterpay (radio disabled, item --disabled, note: only for orders $1.00–$2,000.00), Zip and Bank Deposit; names sit in .paymentProviderHeader-name or only in a logo's aria-label. The order summary splits the total into label 'Total (AUD)' and value '$2,349.95' (cart-priceItem--total), beside Subtotal, Shipping and 'GST (included)' items.",
    expected: { total: 234995, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/prestashop-fr-4x-paypal-klarna-over-limit-sup-cents',
    url: 'https://www.lavelotheque.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 8 classic-theme order page: section#checkout-payment-step.-current holds .payment-options with div.payment-option rows (span.custom-radio input[name=payment-option][data-module-name] + label) for card, PayPal, 'Payer en 4X avec PayPal' (ps_checkout-paylater), Alma 3x/4x (not a program), Klarna 3x (radio disabled, note: limited to 35–1 500 €) and bank transfer; closed additional-information blocks carry ps-hidden. The Total TTC is written with cents in <sup> ('1 634€<sup>56</sup>') next to a struck pre-discount total '1 658€80'; the header cart shows the subtotal the same way, and amounts use U+202F as thousands separator.",
    expected: { total: 163456, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'shopify/shopify-ch-klarna-apostrophe-chf',
    url: 'https://velowerk-zuerich.ch/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGOFZSR0hZSjRTNjJEV1JNQUdQOEQ3Sg?locale=de-CH',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: the payment step is fieldset#basic with radios basic-creditCards (checked, card fields open), basic-TWINT, basic-PAYPAL_EXPRESS and basic-Klarna ('Klarna – Flexibel bezahlen'), each with a collapsible panel (aria-hidden when closed); express buttons (Shop Pay, PayPal, Google Pay) sit above it. Amounts use the Swiss apostrophe (U+2019) 'CHF 1’234.50'; the Gesamt row has a separate <abbr>CHF</abbr> code before the amount, a line item has a struck compare-at price 'CHF 1’049.00', and a mobile summary bar repeats the total.",
    expected: { total: 123450, currency: 'CHF', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/shopware-se-klarna-b2b-unavailable-net-gross',
    url: 'https://www.kontorsdirekt.se/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page for a business customer: the 'Betalningssätt' card holds form#changePaymentForm .payment-methods with .payment-method-radio inputs (name=paymentMethodId, hex ids) for company invoice (checked), Kort, Swish and Klarna, whose radio is disabled with the note 'Ej tillgängligt för företagskunder'; a closed Bootstrap .collapse ('Visa fler') hides one more method. The aside dl.checkout-aside-summary-list shows net prices with no decimals and U+00A0 grouping ('9 876 kr' excl. moms, 'plus 25 % moms 2 469 kr') before the gross 'Totalsumma 12 345 kr'.",
    expected: { total: 1234500, currency: 'SEK', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'woocommerce/woocommerce-de-klarna-germanized-vat-lines',
    url: 'https://radhaus-kaiser.de/kasse/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Storefront + Germanized shortcode checkout: #payment ul.wc_payment_methods sits before the review table, with li.wc_payment_method radios for Klarna (checked, open payment_box), PayPal, easyCredit-Ratenkauf and Vorkasse; totals use woocommerce-Price-amount <bdi>1.153,90&nbsp;<span>€</span></bdi>, with the header mini-cart subtotal (1.149,00 €), shipping, a struck UVP price and an 'inkl. 19 % MwSt.' line around the Gesamtsumme. A PayPal 'Später bezahlen' banner and footer text sit outside the step.",
    expected: { total: 115390, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/fernwood-us-aria-radios-paypal-paylater-klarna-sezzle-disabled',
    url: 'https://www.fernwoodandco.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom Next.js checkout with CSS-module hashed classes: the payment step is a div[role=radiogroup] of div[role=radio] options (card, PayPal, 'PayPal Pay Later', Klarna, Sezzle with aria-disabled and a pre-order reason, and an Affirm option carrying the hidden attribute); PayPal Pay in 4 message iframes sit under goods lines, an afterpay-placement under the total, plus an announcement bar, a display:none exit-intent modal naming Zip/Afterpay and a __NEXT_DATA__ blob listing promos.",
    expected: {
      total: 64152,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/late-sfcc-uk-adyen-dropin-klarna-clearpay',
    url: 'https://www.brightwellcycles.co.uk/checkout?stage=payment#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Salesforce Commerce Cloud SFRA checkout at stage=payment: the served #dropin-container only shows a spinner (plus a d-none legacy Klarna tab); after 1.1 s the page's own script renders an Adyen Drop-in radiogroup of div.adyen-checkout__payment-method items with button[role=radio] headers for card, PayPal, 'Pay in 3 with Klarna.' and Clearpay, while klarna-placement messaging sits under every summary line and Klarna/Clearpay appear in the header banner and footer.",
    expected: { total: 61498, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'newegg/newegg-us-affirm-zip-over-limit-store-card',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=8f3c2a71-5d4e-4b9a-a0c6-1e7b93d2f804',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "Newegg-style secure checkout: the Payment step holds two fieldsets of label.payment-option tiles with name=paymentType radios ('Pay in full': card, PayPal; 'Pay over time': Affirm, Zip disabled with an over-$1,500 alert, Newegg Store Credit Card, PayPal Credit); Affirm and Zip messaging under goods lines (one Zip widget display:none), a financing ribbon under the header and a logo strip under Place Order in the side summary.",
    expected: { total: 189829, currency: 'USD', programs: { affirm: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'shopify/shopify-au-afterpay-over-limit-zip-humm',
    url: 'https://www.koalacoastsurf.com.au/checkouts/cn/Z2NwLWF1c3RyYWxpYS1zb3V0aGVhc3QxOjAxSlFHNFc3UjhLMlRZQzVWTkQ5RzNNWEhQ?locale=en-AU',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Shopify one-page checkout with hashed classes: section[aria-label=Payment] > fieldset#basic holds label-wrapped radios (Credit card, PayPal, Afterpay disabled with an over-limit note, Zip, humm); checkout-extension blocks add a pay-later banner above Contact and Afterpay/Zip/Klarna instalment lines under each goods row in the role=table summary.',
    expected: { total: 220200, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-us-cards-wallets-bnpl-badges',
    url: 'https://www.pinecrestaudio.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'BigCommerce Optimized One-Page Checkout: li.checkout-step--payment holds ul.form-checklist with radio items for Credit Card, PayPal and Google Pay only; Afterpay, Affirm, Zip and Klarna appear only as messaging under goods rows and the total in the aside summary, in a promo top bar, a LiveChat greeting and a logo strip placed after the steps list below Place Order.',
    expected: null,
  },
  {
    page: 'web/trap-magento-uk-card-paypal-only-klarna-clearpay-everywhere',
    url: 'https://www.hawthorneandvale.co.uk/checkout/#payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma one-page checkout at the Review & Payments step: li#payment > #checkout-payment-method-load > div.payment-method blocks with payment[method] radios for Braintree card, PayPal and Google Pay only; Klarna Pay in 3, Clearpay and PayPal Pay in 3 appear in the USP bar, klarna-placement/square-placement/data-pp-message widgets in the sidebar summary, a collapsed 'How would you like to pay later?' FAQ after the steps, a display:none exit-intent modal, a OneTrust cookie layer and a chat launcher.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-affirm-among-bnpl-widgets',
    url: 'https://ridgelinesupply.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Classic WooCommerce shortcode checkout: the step is div#payment > ul.wc_payment_methods with li.wc_payment_method radios (Stripe card, PayPal Standard, Affirm) and per-gateway div.payment_box; Affirm as-low-as lines sit under every goods row, a PayPal Pay in 4 message iframe and a #sezzle-widget sit under the total, and a Klarna/Afterpay/Affirm/Sezzle logo strip and an open FAQ <details> follow the Place order button.',
    expected: { total: 93909, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'bigcommerce/bigcommerce-us-optimized-completed-steps-paylater',
    url: 'https://www.summitcyclesupply.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout: ol.checkout-steps with Customer, Shipping and Billing collapsed to stepHeader summaries with Edit buttons, and the open li.checkout-step--payment whose ul.form-checklist lists Credit Card, PayPal, PayPal 'Pay Later' (name shown as 'Pay Later' beside a PayPal logo) and a disabled Afterpay item with a limit note.",
    expected: { total: 214693, currency: 'USD', programs: { 'paypal-pay-in-4': 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/late-magento-us-review-payments-affirm',
    url: 'https://www.ridgelineoutfitters.com/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma one-page checkout as served holds only a loader inside div#checkout; after a simulated payment-information fetch (900 ms) the inline script draws the progress bar (Shipping complete, Review & Payments active), the hidden shipping steps, li#payment with div.payment-method radios (Credit Card, PayPal, Affirm) and the sidebar with 'Order Total'. Klarna appears only in the header promo strip.",
    expected: { total: 108745, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'web/sfcc-uk-place-order-clearpay-summary',
    url: 'https://www.hartleyandrowe.co.uk/on/demandware.store/Sites-HartleyRoweUK-Site/en_GB/Checkout-Begin?stage=placeOrder#placeOrder',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud (SFRA) checkout on its placeOrder stage: the payment step is the .card.payment-summary whose payment-details line shows the chosen Clearpay plan with a 'Change' link; the full .card.payment-form tab list (Card, PayPal, Klarna Pay in 3, Clearpay) is still in the DOM but hidden by the stylesheet's [data-checkout-stage=placeOrder] rules.",
    expected: { total: 23000, currency: 'GBP', programs: { afterpay: 'offered' } },
  },
  {
    page: 'web/shopware-de-confirm-more-methods-collapsed',
    url: 'https://www.roestwerk-elbe.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: the 'Zahlungsart' card holds form#changePaymentForm with five visible div.payment-method radios (PayPal, Kreditkarte, Klarna Rechnung, Apple Pay, Vorkasse) and a closed Bootstrap div.collapse holding PayPal 'Später Bezahlen' and Nachnahme behind 'Weitere Zahlungsarten anzeigen'; the footer logo strip also names 'Später Bezahlen'.",
    expected: { total: 99790, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'woocommerce/woocommerce-au-order-pay-after-klarna-decline',
    url: 'https://www.coastlinesurf.com.au/checkout/order-pay/48213/?pay_for_order=true&key=wc_order_Xk2pQ9vLr7Tz1',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce order-pay page (form#order_review): the shop_table's tfoot still says 'Payment method: Klarna' and an error notice says the Klarna payment was declined, but the payment step (div#payment ul.wc_payment_methods) offers card, PayPal, Afterpay (radio, box collapsed) and a disabled Zip radio with a 'not available for this order' note.",
    expected: { total: 124900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'woocommerce/late-woocommerce-us-blocks-checkout-klarna-afterpay-affirm',
    url: 'https://www.northfieldoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      'WooCommerce Checkout block: the served HTML holds only the empty inner-block placeholders (is-loading skeleton) plus wcSettings data; after ~850 ms the page script renders the steps, including fieldset#payment-method with a radio-control accordion (Card, PayPal, Klarna, Afterpay, Affirm Monthly Payments) and an order summary totalling $426.45. Same shop and chrome as the cart and order-received traps.',
    expected: {
      total: 42645,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'offered', affirm: 'offered' },
    },
  },
  {
    page: 'shopify/trap-shopify-us-product-choose-how-to-pay',
    url: 'https://lumenandoak.com/products/arden-walnut-floor-lamp?variant=44718236549178',
    site: 'shopify',
    kind: 'trap',
    structure:
      "A Shopify Dawn product page (no cart, no order): a theme app block renders a fieldset legend 'Choose how to pay' with real radio inputs for Pay in full / Pay in 4 with Afterpay / Affirm monthly, next to Shop Pay installment messaging and the Add to cart / Buy with Shop Pay buttons; the note says the method is chosen at checkout.",
    expected: null,
  },
  {
    page: 'web/trap-shopware-de-account-default-payment-klarna',
    url: 'https://www.lichtblick-wohnen.de/account/payment',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopware 6 storefront account page (body.is-ctl-account.is-act-paymentoverview): the standard payment-fields component, the same div.payment-methods > .payment-method radio markup the Shopware checkout uses, lists PayPal, PayPal 'Später bezahlen', Klarna Rechnung, Klarna Ratenkauf, card and Vorkasse so the customer can save a default; there is no order, cart or total.",
    expected: null,
  },
  {
    page: 'woocommerce/trap-woocommerce-us-blocks-cart-express-paylater',
    url: 'https://www.northfieldoutfitters.com/cart/',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "A WooCommerce Cart block page (body.woocommerce-cart): line items and an 'Estimated total', Klarna and PayPal Pay Later messaging under the totals, and an express-payment list with PayPal, 'Check out with PayPal Pay Later' and 'Check out with Afterpay' buttons above 'Proceed to Checkout'. There is no payment step: the page is the cart.",
    expected: null,
  },
  {
    page: 'woocommerce/trap-woocommerce-us-order-received-klarna-pay-in-4',
    url: 'https://www.northfieldoutfitters.com/checkout/order-received/10482/?key=wc_order_Rk4pZ2vLw9xQe',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce block order-confirmation page served under /checkout/order-received/ with body.woocommerce-checkout: a summary list and an order-details table both reading 'Payment method: Klarna · Pay in 4', plus Klarna's thank-you box with the 4-payment schedule. The order is already paid; no way to pay can be chosen.",
    expected: null,
  },
  {
    page: 'web/late-ionic-au-surf-radio-group',
    url: 'https://app.saltwatersupply.com.au/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Ionic PWA: the payment card is served holding only ion-skeleton-text; ~850 ms after load the page's own script 'fetches' the methods and builds ion-list > ion-radio-group > ion-item > ion-radio, each item and radio with an open shadow root (Ionic's item-native/radio-wrapper markup) and the method name and note slotted in as light DOM; Zip's ion-radio is disabled (item-interactive-disabled) with a red 'Temporarily unavailable' ion-note, humm is offered but is no program.",
    expected: { total: 53635, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/lit-us-outdoor-nested-declarative-shadow',
    url: 'https://www.ridgelinesupply.co/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Server-rendered Lit storefront: the payment step is <rs-payment-step> whose declarative shadow root holds role=radiogroup with a <slot>; each way to pay is a nested custom element with its own declarative shadow root and a native radio inside it, names slotted in from light DOM (except <klarna-payment-option>, whose name lives only in its shadow root); PayPal Pay in 4 is disabled with an over-limit note, and an <afterpay-placement> shadow widget sits in the order summary outside the step.',
    expected: {
      total: 163966,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'unavailable', affirm: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'web/shoelace-de-velohaus-sl-radio-group',
    url: 'https://www.velohaus-freiburg.de/kasse/zahlung',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shoelace components served as declarative shadow DOM: <sl-radio-group> whose shadow fieldset[role=radiogroup] slots in <sl-radio role=radio> hosts, each with its own shadow root (radio__control, label and description slots); labels and reasons are slotted light-DOM spans, Klarna's name only as an SVG logo (aria-label and <text>), and 'Später bezahlen mit PayPal' is disabled (disabled, aria-disabled, radio--disabled) with a visible reason; Ratenkauf by easyCredit is offered but is no program.",
    expected: { total: 127790, currency: 'EUR', programs: { 'paypal-pay-in-4': 'unavailable', klarna: 'offered' } },
  },
  {
    page: 'shopify/shopify-us-candles-extension-banner',
    url: 'https://hearthandpine.com/checkouts/cn/hWN4RjNmtB0G4uzhyUQV8XZ8',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed atomic classes: section[aria-label=Payment] > fieldset#basic with native radios named 'basic' (Credit card, PayPal, Shop Pay 'Pay in full or in installments', Afterpay), collapsible panels hidden; express Shop Pay/PayPal/G Pay buttons sit above, and a checkout UI extension <s-banner> with a declarative shadow root in the order summary advertises Affirm, which is not a way to pay in the step.",
    expected: { total: 18072, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'shopify/trap-shopify-us-cart-payment-terms',
    url: 'https://northloopcoffee.com/cart',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Dawn-theme cart page (no payment step): pay-later names appear only in shadow-rooted widgets and decorations: a <klarna-placement> top strip, a <shopify-payment-terms> Shop Pay installments message under the estimated total, the <shopify-accelerated-checkout-cart> express buttons (Shop Pay, PayPal, G Pay), and the footer's list-payment SVG icons titled Affirm, Afterpay, Klarna.",
    expected: null,
  },
  {
    page: 'web/webawesome-uk-homeware-collapsed-more-ways',
    url: 'https://www.harlowandfinch.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Web Awesome components as declarative shadow DOM inside a <wa-card>: a <wa-radio-group> (shadow fieldset role=radiogroup slotting <wa-radio> hosts with their own shadow roots, labels as slotted text) shows card, PayPal and Klarna Pay in 3; a second radio group with Clearpay and PayPal Pay in 3 sits inside a closed <wa-details> 'More ways to pay', whose shadow <details part=base> has no open attribute, so those options are not shown.",
    expected: { total: 39495, currency: 'GBP', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/late-shopify-us-tip-picker-shop-pay-installments',
    url: 'https://ridgelinesupply.co/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkVKOFQzUjZGNkdNWkZWOUtKUDdRV0RN/en-us?_r=AQABx7Yq3pHk0mZpWnT2L1c',
    site: 'shopify',
    kind: 'late',
    structure:
      "Shopify one-page checkout with hashed utility classes: the served HTML already holds radio groups for delivery strategy, shipping method, and a 5%/10%/15%/None tip picker, plus package-protection, marketing and remember-me checkboxes, but the Payment section is only an aria-busy skeleton; an inline script resolves a fake fetch after 1.1 s and fills it with a role=radiogroup of label.B4zH6 rows (Credit card with card fields, Shop Pay 'Pay in full or in installments', PayPal, Afterpay).",
    expected: { total: 27871, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/shopware-de-klarna-rates-collapsed-paylater',
    url: 'https://www.gipfelgut.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page: the Zahlungsart card (form#changePaymentForm > .payment-methods) shows five .payment-method radios (Klarna checked, with its own 30-Tage/3-Raten/Finanzierung plan radios nested below it, PayPal, Kreditkarte, Riverty Rechnungskauf, Vorkasse); PayPal 'Später bezahlen' and SEPA sit in the closed .collapse behind 'Mehr anzeigen'. Beside it a Versandart card with the same radio markup (DHL Wunschtag has a day select), and a Zusatzoptionen card with gift-wrap, donation radios and newsletter.",
    expected: { total: 33875, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-us-affirm-freight-card-only',
    url: 'https://www.hearthandgrain.com/checkout',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      "BigCommerce Optimized One-Page Checkout: ol.checkout-steps with completed Customer/Shipping/Billing step headers and the open Payment step, whose ul.form-checklist holds Credit Card (with save-card checkbox), PayPal, PayPal Credit and Apple Pay, next to a store-credit checkbox, coupon entry and order comments. Affirm appears only in the collapsed shipping summary ('Affirm-eligible delivery' under the freight option) and in the order-summary .affirm-as-low-as line.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-zip-afterpay-eligible-shipping',
    url: 'https://bellbirdknitwear.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      'Storefront-theme WooCommerce classic checkout: the payment step is div#payment > ul.wc_payment_methods with radio li.wc_payment_method rows (card with save-card checkbox, PayPal, Zip, humm, bank transfer). Afterpay is named only in the store notice, an Afterpay line under a product in the review table, and the note of a Sendle shipping radio ("Afterpay-eligible delivery") inside ul#shipping_method; delivery-date/time-slot, gift-wrap, round-up donation and newsletter fields sit in the customer column.',
    expected: { total: 35795, currency: 'AUD', programs: { zip: 'offered' } },
  },
  {
    page: 'web/legacy-us-payment-methods-table-affirm-plans',
    url: 'https://www.lakeshorepiano.com/checkout/Payment.aspx',
    site: 'web',
    kind: 'checkout',
    structure:
      'ASP.NET WebForms legacy shop: the payment step is a <table class="payment-methods"> with one radio per row (turned into cards by a media query); the selected Affirm row holds a nested 3/6/12/24-month plan comparison table, and the Sezzle row is disabled with an over-limit reason. PayPal Credit and Net 30 rows are non-programs.',
    expected: { total: 328928, currency: 'USD', programs: { affirm: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'web/magento1-de-onestepcheckout-dl-klarna',
    url: 'https://www.gartenwelt-hoffmann.de/onestepcheckout/',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 1 with Idev OneStepCheckout: the payment step is a <dl class="sp-methods" id="checkout-payment-method-load"> of dt (radio + label) / dd (ul.form-list, display:none unless selected) pairs; Klarna\'s Rechnung is the selected dt. PayPal\'s \'Später bezahlen\' wording sits only in its hidden dd, Ratepay Ratenzahlung is a non-program, and the totals table shows both an exkl. and an inkl. MwSt. Gesamtsumme.',
    expected: { total: 97890, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/trap-bigcommerce-us-cart-affirm-plan-table',
    url: 'https://www.northridgeoutfitters.com/cart.php',
    site: 'bigcommerce',
    kind: 'trap',
    structure:
      'BigCommerce Cornerstone cart page (table.cart whose rows become cards on narrow screens, ul.cart-totals with a Grand total): an Affirm estimator with a 3/6/12/24-month APR plan comparison table sits under the totals next to the Check out and PayPal buttons. It is a cart, not a checkout: no payment step.',
    expected: null,
  },
  {
    page: 'woocommerce/trap-woocommerce-au-order-received-afterpay-tfoot',
    url: 'https://saltandsurfco.com.au/checkout/order-received/48213/?key=wc_order_Xy7QpL2mN9aBc',
    site: 'woocommerce',
    kind: 'trap',
    structure:
      "WooCommerce (Storefront) order-received page served under /checkout/ with body.woocommerce-checkout: the order is already placed, and Afterpay appears only as a 'Payment method:' line in the overview list and in the order-details table's <tfoot>, plus an Afterpay instalment schedule table and footer logos. There is no payment step to choose from.",
    expected: null,
  },
  {
    page: 'shopify/shopify-us-gift-card-afterpay-greyed-tooltip',
    url: 'https://lumen-and-loom.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSjhRM0JQRzFaS1Y2VDRXN0s5WlI2QjJN',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed atomic classes: fieldset#basic of radio rows inside section[aria-label=Payment]. A gift card is applied in the summary (total after it is $156.12); Afterpay's row is greyed only by a hashed class and refuses clicks, with the reason 'Not available with gift cards' in a hover tooltip; Klarna has a disabled radio and 'Temporarily unavailable'; Shop Pay 'Pay in full or in installments' is a normal row.",
    expected: {
      total: 15612,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'unavailable', klarna: 'unavailable' },
    },
  },
  {
    page: 'woocommerce/woocommerce-us-affirm-zip-order-minimums',
    url: 'https://www.northforkoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce #payment ul.wc_payment_methods with li.wc_payment_method radios; each method's state is told only by a sentence in its label: Affirm 'available for orders over $50' (order total is $121.95), Zip 'available for orders over $150 — below the minimum' with an enabled radio, Sezzle 'Coming soon' with a disabled radio. An Afterpay 'coming this fall' store notice and an Affirm as-low-as line under a cart item sit outside the step.",
    expected: {
      total: 12195,
      currency: 'USD',
      programs: { affirm: 'offered', zip: 'unavailable', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/expedia-us-flight-affirm-under-minimum',
    url: 'https://www.expedia.com/Checkout/V1/FlightCheckout?tripid=5e1b8c27-9d0a-5f44-b3a1-7c2f60e4d918&c=0f3d7a61-24be-4c19-8f0e-93a6b2c4e715',
    site: 'web',
    kind: 'checkout',
    structure:
      "Expedia flight checkout with UITK-style markup; ways to pay are ARIA tabs (role=tablist/tab), and the 'Monthly payments with Affirm' tab carries aria-disabled with a visible banner saying it needs a $200+ trip total (trip total is $168.40). A lodging cross-sell card in the right rail also mentions Affirm, outside the payment step.",
    expected: { total: 16840, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'web/shopware-de-camper-rental-paypal-later-klarna-collapsed',
    url: 'https://www.nordwind-camper.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page for a campervan rental: form#changePaymentForm > .payment-methods of .payment-method Bootstrap radios; five are visible (card, PayPal, PayPal 'Später Bezahlen', Vorkasse, Apple Pay) and two Klarna methods sit in a closed .collapse (#collapsePaymentMethods) behind 'Weitere Zahlungsarten anzeigen'. The summary aside shows Gesamtsumme plus a deposit note that is not part of the payment.",
    expected: { total: 168900, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/trap-ticketek-au-seatmap-afterpay-zip',
    url: 'https://premier.ticketek.com.au/events/PAPERLANT26/venues/MCA/performances/EMCA2026314PL',
    site: 'web',
    kind: 'trap',
    structure:
      "Ticketek performance / seat-selection page (emotion-style hashed classes) with an SVG seat map, ticket-type selects, a held-seats basket with a Total and 'Continue to checkout'. Afterpay and Zip appear only as messaging lines under the basket total and in an open 'How can I pay?' help answer; no payment step exists yet.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-au-festival-afterpay-zip-line-widget',
    url: 'https://www.saltwatersoundsfestival.com.au/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Astra theme) checkout for festival tickets: #payment > ul.wc_payment_methods with li.wc_payment_method radios for Stripe card (chosen), PayPal, Afterpay (its instalment box hidden until chosen) and bank transfer. A rendered Zip 'own it now, pay later' widget sits in the order-review table footer under the total, inside #order_review but outside the payment list, and Zip is no gateway.",
    expected: { total: 68550, currency: 'AUD', programs: { afterpay: 'offered' } },
  },
  {
    page: 'amazon/amazon-us-chewbacca-pay-affirm-giftcard-blocked',
    url: 'https://www.amazon.com/checkout/p/p-106-8837210-5519462/pay?pipelineType=Chewbacca&referrer=pay',
    site: 'amazon',
    kind: 'checkout',
    structure:
      "Amazon's newer Chewbacca pay page: a role=radiogroup of div[role=radio] rows (no inputs) in a pmts-portal component; the 'Monthly payments with Affirm' row carries aria-disabled=true with a visible 'Not available for this order' reason (gift card in the order), next to a Prime Visa gift-card promo banner inside the same panel.",
    expected: { total: 27069, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'amazon/amazon-us-payselect-affirm-plan-chosen',
    url: 'https://www.amazon.com/gp/buy/payselect/handlers/display.html?hasWorkingJavascript=1',
    site: 'amazon',
    kind: 'checkout',
    structure:
      "Amazon's classic payselect step: an AUI form of pmts-instrument-box rows, each with a ppw-instrumentRowSelection radio; the Affirm row ('Monthly payments' + Affirm logo as SVG) is checked and expanded with a term dropdown and monthly amount, while an Affirm error alert sits hidden (a-hidden) in the same row and the Amazon Store Card row talks about 'special financing'.",
    expected: { total: 103073, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'walmart/late-walmart-us-review-order-klarna-tenderplan',
    url: 'https://www.walmart.com/checkout/review-order?cartId=c8d4e917-22af-4b6e-9f31-7a0e55b2d6c4&wv=main',
    site: 'walmart',
    kind: 'late',
    structure:
      "Walmart's Next.js review-order page is served with a skeleton in the payment section (data-testid=pciContent, aria-busy); an inline script fakes the getTenderPlan call and after 900 ms writes a fieldset of label tiles with visually-hidden radios: Visa (checked), PayPal, 'Pay over time with Klarna' (OnePay Later, powered by Klarna), Walmart Cash.",
    expected: { total: 48168, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'newegg/newegg-us-checkout-affirm-plan-zip-paypal-over-limit',
    url: 'https://secure.newegg.com/shop/checkout?sessionId=KQ7R2M4TX9ZB8WD1C3F5',
    site: 'newegg',
    kind: 'checkout',
    structure:
      "Newegg's stepped checkout (Shipping and Delivery done and collapsed, Payment active) with a bordered list of payment-method-item rows: Affirm is checked and expanded into three plan tiles (12 months selected); Zip has a disabled radio and an over-$1,500 notice; PayPal Pay in 4 is greyed by an is-disabled class and aria-disabled on the wrapper with an enabled-looking input; a Zip promo line sits under the order summary outside the step.",
    expected: {
      total: 200879,
      currency: 'USD',
      programs: { affirm: 'offered', zip: 'unavailable', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'target/target-us-checkout-affirm-under-100',
    url: 'https://www.target.com/checkout',
    site: 'target',
    kind: 'checkout',
    structure:
      "Target's single-page checkout with CSS-module hashed classes and data-test hooks: the Payment card is a fieldset of radio rows with React useId ids; the Affirm row's input has the disabled attribute and a red 'only available for orders of $100 or more' note (total $84.24), while Sezzle and Affirm also appear in a closed <details> help box and a footer 'Ways to pay' link outside the step.",
    expected: { total: 8424, currency: 'USD', programs: { affirm: 'unavailable' } },
  },
  {
    page: 'amazon/trap-amazon-us-dp-affirm-installment-buybox',
    url: 'https://www.amazon.com/Lenovo-Copilot-Touchscreen-Snapdragon-LPDDR5x/dp/B0DQ7M2LKX',
    site: 'amazon',
    kind: 'trap',
    structure:
      "An Amazon product detail page (centerCol/rightCol, desktop_buybox form with Add to Cart / Buy Now): the installmentCalculator line 'Or $83.25/mo (12 mo). Select from 2 plans' has an a-popover-preload block naming Affirm, a Prime Visa promo sits under the price, and a review mentions monthly payments; there is no payment step on the page.",
    expected: null,
  },
  {
    page: 'newegg/trap-newegg-us-cart-affirm-zip-paypal-messaging',
    url: 'https://secure.newegg.com/shop/cart',
    site: 'newegg',
    kind: 'trap',
    structure:
      "Newegg's shopping cart, not checkout: item cells plus a Summary box with an estimated total, a 'Secure Checkout' button and a PayPal express button, under which sit Affirm, Zip (quadpay-widget) and PayPal Pay in 4 messaging lines with data-amount attributes, and an Affirm 'Starting at $14/mo' line under one product; there is no payment step.",
    expected: null,
  },
  {
    page: 'bigcommerce/bigcommerce-ca-sezzle-disabled-klarna',
    url: 'https://www.northbaycycle.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce checkout-js desktop layout: ol.checkout-steps with customer/shipping/billing steps collapsed to summaries and li.checkout-step--payment current, holding ul.form-checklist of form-checklist-item radios (name=paymentProviderRadio). Klarna shows only as a logo plus 'Financing'; the Sezzle item's radio is disabled, greyed, with a note that Sezzle only covers orders up to $2,500 CAD. Total in aside.layout-cart as 'Total (CAD)'.",
    expected: { total: 313235, currency: 'CAD', programs: { klarna: 'offered', sezzle: 'unavailable' } },
  },
  {
    page: 'woocommerce/late-woocommerce-nz-afterpay-zip-laybuy',
    url: 'https://www.tuikitchenware.co.nz/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      "Storefront theme page whose served HTML holds only the empty WooCommerce checkout inner-block placeholders and a skeleton; an inline script 'fetches' the cart (setTimeout 1.1 s) and then writes the block checkout, including fieldset#payment-method with a radio-control accordion (card, Afterpay, Zip, Laybuy, bank transfer) and the order summary. The header mini-cart shows the $182.80 subtotal, not the $192.30 total.",
    expected: { total: 19230, currency: 'NZD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/shopify-au-afterpay-zip-logo-only-sticky-total',
    url: 'https://koala-linen-co.myshopify.com/checkouts/cn/Z2NwLWF1c3RyYWxpYS1zb3V0aGVhc3QxOjAxSk0yQzhSRlg0VFE3VzlLWjNWTjVIQjBF?locale=en-AU',
    site: 'shopify',
    kind: 'checkout',
    structure:
      'Mobile single-column Shopify checkout: fieldset#basic radios where Afterpay (selected, body open with a 4-payment schedule of $74.49) is shown only as a logo with a visually-hidden name, Zip and Laybuy are logo plus tagline, PayPal and card collapsed. The order summary disclosure is closed (hidden), so the total shows only in its toggle and in a fixed bottom pay bar.',
    expected: { total: 29795, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'shopify/shopify-us-shop-pay-installments-collapsed-methods',
    url: 'https://www.fernwoodoutdoor.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSktRNFc3VFI5WEgyTTVCVjhDM05aNlBE?locale=en-US&skip_shop_pay=true',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed atomic classes: section[aria-label=Payment] > fieldset#basic of native radios name=basic, each option a _1u2aa6m3 row whose collapsible body (aria-hidden, height 0) is closed except the selected credit card; Shop Pay Installments is a Shop Pay logo plus 'Pay in full or in installments', Affirm and Klarna are payment-app rows. Total appears in the sidebar Cost summary (role=table) and in the mobile 'Order summary' toggle.",
    expected: {
      total: 36536,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', affirm: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'shopify/trap-shopify-ca-checkout-cards-only-bnpl-summary-banner',
    url: 'https://www.borealiscoffee.ca/checkouts/cn/Z2NwLW5vcnRoYW1lcmljYS1ub3J0aGVhc3QxOjAxSk42VDNYV1E4UEIyWjdLRDVSTTlDRjRI?locale=en-CA',
    site: 'shopify',
    kind: 'trap',
    structure:
      "A real Shopify one-page checkout (mobile layout, order summary expanded at the top) whose Payment fieldset#basic offers only Credit card and PayPal; Klarna and Afterpay appear only in a checkout UI extension banner under the cart lines in the order summary ('You're $14.00 away from paying later'), outside the payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/woocommerce-us-block-zip-over-limit-sezzle-promo',
    url: 'https://www.maplecrestfurniture.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce block checkout as its React app leaves it: fieldset#payment-method.wc-block-checkout__payment-method holding a wc-block-components-radio-control of accordion options (WooPayments card open, Affirm and Klarna closed, Zip disabled with an info notice that the $1,693.73 order is over its $1,500 limit). A Sezzle '4 interest-free payments' widget sits under the totals in the sidebar, outside the payment step.",
    expected: {
      total: 169373,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'web/au-neto-bedding-checkout-late-afterpay-zip-humm-latitude',
    url: 'https://www.outbackbedding.com.au/purchase/confirm.html',
    site: 'web',
    kind: 'late',
    structure:
      "Neto/Maropost-style checkout whose 'Payment method' panel is served as a spinner plus shimmer skeleton lines; an inline script uses setTimeout(1200) to inject a ul.payment-options of radios (name=pay_type) for Credit Card (checked), PayPal, Afterpay, Zip, humm and Latitude Interest Free. Total in the right-hand order summary table tr.grand-total ($1,485.00 AUD incl. GST); an Afterpay instalment line sits under the summary.",
    expected: { total: 148500, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'web/au-react-hifi-checkout-zip-money-afterpay-over-limit',
    url: 'https://www.lumenaudio.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom Next.js checkout with CSS-module hashed classes: payment options are <button role=radio aria-checked> inside a role=radiogroup (Card checked, Zip Money, Afterpay with aria-disabled=true and 'Not available for orders over $2,000', Latitude Interest Free); PayPal Pay in 4 and humm sit inside a closed <details> 'Show 2 more ways to pay', so they are not seen. Apple Pay/PayPal express buttons above; total in the aside ('AUD $3,249.00', includes GST) and repeated in a fixed bottom pay bar.",
    expected: { total: 324900, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/au-shopify-linen-product-page-afterpay-zip-klarna-trap',
    url: 'https://www.harbourlinen.com.au/products/french-flax-linen-duvet-cover-set',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopify Dawn-style product page: <afterpay-placement>, Zip inline widget and Klarna promo badge under the price, a BNPL accordion, footer list-payment SVG icons (Afterpay, Zip, Klarna, Shop Pay) and an open cart drawer with 'Estimated total $368.00 AUD', an Afterpay instalment note and a 'Check out' button; no payment step anywhere.",
    expected: null,
  },
  {
    page: 'shopify/au-shopify-swimwear-checkout-afterpay-zip',
    url: 'https://saltwater-swim-co.myshopify.com/61873455297/checkouts/c1f9e2b7a04d4c3e8f1a6b2d9e7c5a31?step=payment_method',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Classic Shopify checkout.liquid payment step: fieldset inside .content-box with .radio-wrapper rows (data-select-gateway) and input[name='checkout[payment_gateway]'] radios for Credit card (checked), PayPal, Afterpay (name only as visually-hidden text plus SVG logo) and 'Zip - Own it now, pay later'; the offsite redirect notes are in .hidden subfield rows. Total is in the sidebar total-line-table footer ('AUD $199.90', including $18.17 GST).",
    expected: { total: 19990, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },
  {
    page: 'bigcommerce/ca-bigcommerce-paddle-checkout-affirm-paypal-payin4-sezzle',
    url: 'https://www.northernpaddle.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js markup): ul.form-checklist of li.form-checklist-item with hidden-styled radios name=paymentProviderRadio and paymentProviderHeader-name headings: Credit Card (selected), PayPal, PayPal 'Pay Later - Pay in 4', Affirm 'Monthly Payments (formerly PayBright)', and Sezzle whose subtext is a spinner 'Checking whether Sezzle is available for this order...'. Total in the aside cart-priceItem--total 'Total (CAD) $562.64' after GST and BC PST lines.",
    expected: {
      total: 56264,
      currency: 'CAD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', sezzle: 'unknown' },
    },
  },
  {
    page: 'shopify/ca-qc-shopify-savonnerie-paiement-klarna-affirm-indisponible',
    url: 'https://maison-boreale.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSjhRM1BYN0tWRk1ZN0ZDRjlTNkpGUkZF?locale=fr-CA',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "French-Canadian one-page Shopify checkout with hashed class names: 'Paiement' fieldset with a role=radiogroup of div rows each wrapping label+radio (name=basic): Carte de crédit (checked), PayPal (logo + sr-only text), 'Klarna - Payez en 4 versements sans intérêts', and Affirm whose row is aria-disabled with a disabled radio and 'Non disponible : ... 50,00 $ ou plus'. Total in the right-hand aside grid: 'Total CAD 44,84 $' after TPS and TVQ lines.",
    expected: { total: 4484, currency: 'CAD', programs: { klarna: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'woocommerce/nz-woocommerce-outdoor-checkout-afterpay-over-limit-zip-humm',
    url: 'https://www.kiwitrailgear.co.nz/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Storefront checkout: #payment ul.wc_payment_methods with li.wc_payment_method radios (name=payment_method) for Windcave card (checked), bank transfer, Afterpay, Zip, humm and Laybuy; the Afterpay li has class wc-gateway-ineligible, aria-disabled and a disabled radio with an 'Unavailable - only for orders between $1.00 and $2,000.00' note. Total in the review table tr.order-total ($2,349.00 incl. $306.39 GST); footer also lists Afterpay & Zip.",
    expected: { total: 234900, currency: 'NZD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'bigcommerce/late-bigcommerce-us-afterpay-eligibility',
    url: 'https://www.summitgearco.com/checkout',
    site: 'bigcommerce',
    kind: 'late',
    structure:
      "BigCommerce-style React one-page checkout whose payment step is served as grey skeleton bars; an inline script draws a 'Loading payment methods…' spinner, then the form-checklist of radios (Credit Card, PayPal, PayPal 'Pay Later' Pay Monthly, Affirm, Afterpay 'Checking eligibility…'), and ~0.9 s later disables Afterpay with 'Not available for this order … between $1.00 and $2,000.00'; Klarna appears only in the top announcement bar.",
    expected: {
      total: 214900,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/au-homewares-checkout-afterpay-zip-disabled-more-options-collapsed',
    url: 'https://www.saltandgumhome.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js-style checkout with CSS-module hashed classes: payment options are button role=radio elements (card checked, PayPal, Afterpay, Zip with disabled + aria-disabled and 'Not available for orders with pre-order items'). A 'More payment options' toggle (aria-expanded=false) controls a hidden group holding Klarna, humm and PayPal Pay in 4, which the shopper has not opened. A$303.95 is in the sidebar summary, on the pay button and in a mobile-only sticky bar; the closed cart drawer (data-state=closed, display:none, inert) has a stale A$318.90.",
    expected: { total: 30395, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/de-shopware-confirm-dual-payment-list-paypal-spaeter-klarna-pending',
    url: 'https://www.bergfalke-outdoor.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page with two copies of the Zahlungsart card: a desktop copy (d-none d-lg-block) and a mobile copy (d-lg-none) with identical options: Kreditkarte checked, PayPal, 'Später bezahlen mit PayPal', Klarna Rechnung showing a spinner and 'Verfügbarkeit wird geprüft …', and Riverty Rechnung (ehemals AfterPay). The desktop copy also has a collapsed .collapse holding Vorkasse. Gesamtsumme 214,80 € is in the desktop aside and in a mobile-only sticky bar; the closed offcanvas cart holds a stale 269,75 €.",
    expected: { total: 21480, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unknown' } },
  },
  {
    page: 'woocommerce/uk-woocommerce-checkout-clearpay-sticky-bar-stale-minicart',
    url: 'https://www.thistleandfern.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Storefront checkout: #payment ul.wc_payment_methods with li.wc_payment_method radios (Stripe card checked, PayPal, Clearpay, and 'PayPal Pay in 3' with a disabled radio, greyed label and a note that it needs £30–£2,000). The £25.55 total is in the review table's tr.order-total, duplicated in a mobile-only summary box and a mobile-only sticky bar (@media); the closed off-canvas side cart (aria-hidden, translateX + visibility:hidden) holds a stale £27.95 subtotal and a Klarna message.",
    expected: { total: 2555, currency: 'GBP', programs: { afterpay: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/us-magento-checkout-affirm-klarna-knockout-hidden-no-bnpl',
    url: 'https://www.harborandpine.com/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento 2 Luma one-page checkout, Review & Payments step: div.payment-method blocks with radio titles; Credit Card (Braintree, _active), PayPal and Check / Money order are visible, while PayPal Pay Later, Affirm and Klarna are rendered by Knockout with inline style display:none because they are not available. The order total $46.48 is in the .opc-block-summary totals table and in the mobile-only .opc-estimated-wrapper; Affirm appears only in a footer banner and in the hidden minicart dropdown.',
    expected: null,
  },
  {
    page: 'web/dk-kaffe-woocommerce-kassen-mobilepay-klarna',
    url: 'https://boennebaren.dk/kassen/',
    site: 'web',
    kind: 'checkout',
    structure:
      "Classic WooCommerce/Storefront checkout: #payment ul.wc_payment_methods with li.wc_payment_method rows (input.input-radio name=payment_method + label + payment_box); MobilePay is checked with its box open, QuickPay card and two Klarna Payments rows ('Betal senere med Klarna', 'Del betalingen op med Klarna') are selectable with their descriptions collapsed (display:none). Total '1.249,00 kr.' is in tr.order-total of the review-order table, with shipping radios above it.",
    expected: { total: 124900, currency: 'DKK', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/fi-sisustus-shopify-kassa-klarna-maksa-myohemmin-late',
    url: 'https://kotimaa-koti.myshopify.com/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpDNlQ4WDNSN0s5TTJQNFE1VzBWOEhGQg',
    site: 'shopify',
    kind: 'late',
    structure:
      "Shopify-style one-page checkout with hashed atomic classes; the 'Maksu' section is served as a shimmer skeleton (aria-busy) and an inline script renders, after 1.4 s via setTimeout, a fieldset radiogroup of gateways (card selected, 'Klarna – Maksa myöhemmin tai erissä', MobilePay, Paytrail) with collapsible bodies. Express PayPal/Google Pay buttons sit above; the total 'EUR 129,80 €' (Yhteensä) is in the right-hand order summary from the start.",
    expected: { total: 12980, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/nl-mode-shopware-bestellen-ideal-riverty-klarna-achteraf',
    url: 'https://www.duinwind.nl/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6-style confirm page: 'Betaalwijze' card lists .payment-method-radio form-checks (iDEAL checked, 'Achteraf betalen met Klarna', 'Riverty | Achteraf betalen' – the former AfterPay, not ours) with the rest (Gespreid betalen met Klarna, Bancontact, Creditcard) inside a closed Bootstrap .collapse behind 'Toon meer'. Total '€ 89,85' (Totaalbedrag) is in the aside dl.checkout-aside-summary-list.",
    expected: { total: 8985, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/no-elektronikk-kasse-vipps-klarna-ikke-tilgjengelig',
    url: 'https://www.lydhuset.no/kasse/betaling',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vue-style checkout: payment step is a ul role=radiogroup of <button role=radio aria-checked> rows (Vipps checked, card, Santander Delbetaling), followed by a separate <fieldset disabled aria-disabled=true> for Klarna holding two disabled radios ('Betal senere' and 'Delbetaling med Klarna') and a note that Klarna is not available for this order (pre-order). Total '14 990,00 kr' ('Å betale') is in the aside summary table.",
    expected: { total: 1499000, currency: 'NOK', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/no-friluft-magento-handlekurv-klarna-reklame-trap',
    url: 'https://www.viddafriluft.no/checkout/cart/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma cart page (Handlekurv): items table, cart-summary with collapsed shipping estimator radios, totals table (Ordretotal 3 498,00 kr) and a 'Gå til kassen' button; Klarna appears only in a <klarna-placement> credit-promotion badge, an FAQ of <details>, a cross-sell 'eller 233 kr/mnd med Klarna' line and footer logos – there is no payment method to choose on this page.",
    expected: null,
  },
  {
    page: 'web/se-lopning-norce-kassa-endast-klarna',
    url: 'https://www.fjallsteg.se/kassan',
    site: 'web',
    kind: 'checkout',
    structure:
      "SvelteKit-style single-column checkout on a Norce basket: step 4 'Betalning' offers only Klarna – a pink-bordered Klarna Payments box with a ul role=radiogroup of category radios (Faktura checked, Delbetalning, Betala nu), no other payment method exists. Total 'Att betala 2 148,00 kr' sits in a totals block inside the payment panel, just above the 'Slutför köp' button.",
    expected: { total: 214800, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/se-mode-centra-kassa-swish-klarna-faktura-delbetalning',
    url: 'https://www.norrvikstudio.se/sv/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Headless Centra/Next.js checkout with CSS-module hashed classes: step 4 'Betalning' is a fieldset of bordered divs, each a visually-hidden radio plus label; Swish is checked, Kort, and two Klarna rows ('Faktura' pay-in-30-days and 'Delbetalning' from 112 kr/mån) identified by Klarna SVG logos, all selectable. Grand total '1 249 kr' sits in a sticky aside <dl> (and on the submit button); a top promo bar and footer logos also mention Klarna.",
    expected: { total: 124900, currency: 'SEK', programs: { klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/au-bigcommerce-checkout-express-wallets-step-zip-afterpay-disabled',
    url: 'https://www.kookaburracycles.com.au/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout (checkout-js classes): express checkoutRemote row with PayPal, Google Pay and Amazon Pay only; step 4 'Payment' is a ul.form-checklist of paymentProviderRadio radios where Zip is enabled and the Afterpay item has form-checklist-item--disabled, a disabled input, opacity and a note that it is not available for this order (over $2,000). Total (AUD) $2,489.95 is in the Order Summary aside's cart-priceItem--total.",
    expected: { total: 248995, currency: 'AUD', programs: { zip: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'shopify/us-shopify-checkout-express-shoppay-step-installments-afterpay',
    url: 'https://northpeak-outfitters.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkJYN1E0VDJaUDhOM0s2RjdHUVpNNFdC',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: an 'Express checkout' row (Shop Pay, PayPal, Google Pay wallet buttons, none of them a pay-later program) above an 'OR' divider, then a Payment fieldset with a radiogroup of accordion rows (Credit card checked and expanded; 'Shop Pay – Pay in full or in installments', PayPal and Afterpay collapsed with their bodies [hidden]), all enabled. Total is in the right-hand order-summary table tfoot: USD $317.47.",
    expected: { total: 31747, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/us-shopify-dawn-cart-express-buttons-paylater-trap',
    url: 'https://www.saltandcedarhome.com/cart',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopify Dawn cart page (cart-items table, cart__footer with 'Estimated total $214.00 USD', Shop Pay installments and Afterpay messaging) whose additional-checkout-buttons block holds dynamic express buttons: Shop Pay, PayPal, 'PayPal Pay Later', 'Check out with afterpay' and Google Pay; there is no payment step, only cart-level shortcuts and a 'Check out' button, plus a footer mentioning pay-later programs.",
    expected: null,
  },
  {
    page: 'web/de-shopware-confirm-klarna-over-1500-note',
    url: 'https://www.kaffeewerk-muenster.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      'Shopware 6 confirm page: payment-methods list of div.payment-method blocks with form-check radio + payment-method-label (Vorkasse, PayPal, Kreditkarte, Rechnung via Riverty, Klarna). The Klarna radio is NOT disabled, but a visible alert-warning directly under it says Klarna is not available for orders over 1.500 €; the order total is 1.649,90 € (Gesamtsumme in the checkout-aside-summary dl).',
    expected: { total: 164990, currency: 'EUR', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/uk-magento-checkout-clearpay-below-min-tooltip-paypal-pay-in-3',
    url: 'https://www.hartleyandfinch.co.uk/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma 'Review & Payments' step: div.payment-method blocks with payment-method-title input.radio[name='payment[method]'] (card, PayPal, Pay in 3 with PayPal, Clearpay). The Clearpay block has class _disabled, its radio is disabled and greyed, and the reason (below the £35 minimum) sits only in a field-tooltip that opens on hover; Pay in 3 is enabled with a visible 'available on purchases from £30 to £2,000' message. Order Total £32.85 is in the opc-block-summary totals table.",
    expected: { total: 3285, currency: 'GBP', programs: { afterpay: 'unavailable', 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'shopify/us-shopify-checkout-afterpay-shop-pay-installments-within-limits',
    url: 'https://hearth-and-kettle.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkU4V1Q3UjVQRjBNRk1RN1BOMkI3NTNH',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: Payment section with fieldset#basic of label-wrapped radios (Credit card checked, Shop Pay 'Pay in full or in installments', Afterpay, PayPal), each with a hidden collapsible. Shop Pay Installments and Afterpay state their order limits ($50–$17,500 and $35–$2,000) as sublabels and this $186.42 order meets both; all radios enabled. Total is in the aside cost-summary table (USD $186.42). Express checkout buttons above are Shop Pay/PayPal/G Pay only.",
    expected: { total: 18642, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'woocommerce/us-woo-blocks-checkout-afterpay-over-limit-affirm',
    url: 'https://www.ridgelinesupplyco.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout: payment step is a wc-block-components-radio-control list of accordion options (card, PayPal, Afterpay, Affirm). The Afterpay radio carries the disabled attribute, its label is greyed (--disabled, aria-disabled) and a visible note beside it says it is unavailable for this order (limit $35–$1,000); Affirm is enabled with an 'available for purchases of $50–$30,000' line. Total $1,284.60 sits in the sidebar totals footer item.",
    expected: { total: 128460, currency: 'USD', programs: { afterpay: 'unavailable', affirm: 'offered' } },
  },
  {
    page: 'web/de-audio-shopware-confirm-ratepay-paypal-spaeter',
    url: 'https://www.klangwerk-audio.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 confirm page (Bootstrap card, form#changePaymentForm, div.payment-method > form-check radio + label.payment-method-label). Visible: Rechnung (Ratepay, checked), Ratenzahlung (Ratepay, input disabled with a minimum-value hint), PayPal, 'PayPal Später Bezahlen' (pay in 30 days, selectable) and Kreditkarte; Klarna, Billie and Vorkasse sit in the unopened div.collapse#collapsePaymentMethods ('Weitere Zahlungsarten anzeigen'), so the shopper does not see Klarna. Gesamtsumme 273,94 € in the aside dl.checkout-aside-summary-list.",
    expected: { total: 27394, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered' } },
  },
  {
    page: 'web/es-running-sfcc-cesta-trap-klarna-oney-promos',
    url: 'https://www.runnerzone-deportes.es/es/cesta',
    site: 'web',
    kind: 'trap',
    structure:
      "Salesforce Commerce Cloud (SFRA) cart page: product-info cards, a totals card (Total IVA incluido 94,92 €) with Klarna on-site messaging (klarna-placement), an Oney simulator and a PayPal 'Paga en 3 plazos' message under the totals, a 'Tramitar pedido' link to checkout, plus Klarna in a recommendation tile, a collapsed FAQ and footer logos. There is no payment step, so there is nothing to pick.",
    expected: null,
  },
  {
    page: 'web/fr-deco-prestashop-commande-alma-oney',
    url: 'https://www.atelier-lumiere-deco.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      'PrestaShop 1.7 classic theme one-page order: section#checkout-payment-step.-current with div.payment-options of payment-option-N containers (span.custom-radio input[name=payment-option] + label), additional-information blocks hidden with .ps-hidden. Options are card (CB), PayPal, Alma 3x, Alma 4x and Oney 3x 4x, none ours; Klarna appears only as a footer logo and Alma in the header banner. Total TTC 338,30 € in the cart summary card.',
    expected: null,
  },
  {
    page: 'woocommerce/it-arredo-woo-blocks-checkout-late-scalapay-klarna-paypal',
    url: 'https://www.casaeluce-arredi.it/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      "WooCommerce Blocks checkout served as an is-loading skeleton (spinner + shimmering placeholder divs, no payment names); an inline script waits 1.4 s after DOMContentLoaded and draws fieldset#payment-method with wc-block-components-radio-control accordion options: card (checked), PayPal, 'Paga in 3 rate con PayPal', Scalapay 'Paga in 3 rate', Klarna and bank transfer, all selectable. The same script draws the order summary sidebar with Totale 568,00 € (IVA inclusa).",
    expected: { total: 56800, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'web/nl-fiets-mollie-hosted-select-method-klarna-riverty-in3-billie',
    url: 'https://www.mollie.com/checkout/select-method/Rk4pT2xWqN',
    site: 'web',
    kind: 'checkout',
    structure:
      "Mollie-style hosted method list: a card showing 'Te betalen € 349,95' (order lines collapsed), then a form with ul.c-methods__list of <button type=submit name=method> rows: iDEAL, Klarna, Riverty (formerly AfterPay), in3, Creditcard, PayPal, Bancontact, Billie (button disabled, business-only note) and bank transfer. There are no radios: picking a method is clicking its button. Only Klarna is ours, and it can be clicked.",
    expected: { total: 34995, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/nl-mode-hyva-checkout-afterpay-riverty-in3',
    url: 'https://www.modehuisvanderberg.nl/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      'Magento Hyvä Checkout (Tailwind utility classes, Magewire wire:model radios) with an <ol id="payment-method-list" role="radiogroup"> of <li> options: iDEAL (checked, issuer select open), Bancontact, Creditcard, PayPal, \'AfterPay – Achteraf betalen\' (Riverty, the Dutch AfterPay, not Afterpay/Clearpay) and in3; none of them is one of our programs. Grand total €188,95 sits in the sidebar price summary.',
    expected: null,
  },
  {
    page: 'web/pl-elektro-next-platnosc-paypo-blik-klarna-disabled',
    url: 'https://www.elektromarket24.pl/zamowienie/platnosc',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js page with CSS-module hashed classes; payment is a role=radiogroup grid of <button role=radio aria-checked> tiles: BLIK (checked), Przelewy24, card, PayPo 30 dni, Raty PayPo, and a Klarna tile that is disabled (disabled + aria-disabled, dashed greyed style, red reason 'Niedostępne przy dostawie do Paczkomatu'). 'Do zapłaty 1 860,99 zł' sits in the aside summary after a discount line.",
    expected: { total: 186099, currency: 'PLN', programs: { klarna: 'unavailable' } },
  },
  {
    page: 'web/au-furniture-checkout-afterpay-limit-zip-klarna',
    url: 'https://www.fjordhem.com.au/au/en/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Scandinavian-furniture-style checkout (skapa-/hnf- classes); the payment methods are <button aria-pressed> choice items in a group. The Afterpay button has the disabled attribute, followed by an inline note that $2,448.00 is over Afterpay's $2,000 limit. Zip, Klarna and humm (not ours) can be chosen. PayPal and PayPal Pay in 4 sit in a collapsed 'More ways to pay' accordion (aria-expanded=false, panel hidden), so the shopper does not see them. The total is in the right-hand summary and in the 'Pay $2,448.00' button.",
    expected: {
      total: 244800,
      currency: 'AUD',
      programs: { afterpay: 'unavailable', zip: 'offered', klarna: 'offered' },
    },
  },
  {
    page: 'web/de-versandhaus-checkout-paypal-spaeter-bezahlen-klarna-raten',
    url: 'https://www.nordhaus.de/order/zahlungsart',
    site: 'web',
    kind: 'checkout',
    structure:
      "Vue-rendered German checkout (data-v-* scoped attributes, pl_ pattern-library classes); the payment options are <li role=radio aria-checked> items in a <ul role=radiogroup>, with no native inputs. 'PayPal – Später bezahlen' can be chosen; 'Klarna – In 3 Raten bezahlen' has aria-disabled=true, greyed styling and a note that it is not available for this order. Shop-own Rechnung/Ratenkauf, PayPal and Vorkasse are not ours. The Gesamtsumme (1.289,80 €) is in a <table> in the right-hand aside, and a cookie modal overlays the page.",
    expected: { total: 128980, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/uk-catalogue-retailer-checkout-clearpay-paypal-pay-in-3',
    url: 'https://www.homestead.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "styled-components markup (sc-* hashed classes) with a <form> of native radios grouped in three <fieldset>s (Pay now / Pay later / Pay monthly). Clearpay and PayPal Pay in 3 can be chosen; the whole 'Pay monthly' fieldset (Klarna Financing plus the store card) carries the disabled attribute, with a note that it needs orders of £199+. 'Total to pay £149.00' sits under the options above the submit button and again in the side summary.",
    expected: {
      total: 14900,
      currency: 'GBP',
      programs: { afterpay: 'offered', 'paypal-pay-in-4': 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/uk-electricals-product-page-klarna-clearpay-pay-in-3-trap',
    url: 'https://www.voltcurrent.co.uk/products/axiom-slate-14-oled-laptop-intel-core-ultra-5-512-gb-ssd-silver-10261453.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Electricals product page (dc- classes): a 'Ways to pay' box in the buy box has a radiogroup plan picker (pay in full, Klarna 3 payments, Clearpay 4 payments, PayPal Pay in 3, store credit) that only illustrates the costs; the next step is 'Add to basket', the basket is empty (£0.00), and the footer lists payment logos. There is no payment step.",
    expected: null,
  },
  {
    page: 'web/us-electronics-bigbox-checkout-affirm-paypal-pay-later',
    url: 'https://www.voltmart.com/checkout/r/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      'React-style checkout with hashed class names; the payment step is a role=radiogroup of <button role=radio aria-checked> tiles (card selected). PayPal Pay Later and Affirm tiles are selectable; the Klarna tile has aria-disabled=true, an is-disabled class, tabindex=-1 and a red note that it is not available for orders with a protection plan. The total ($1,407.23, incl. tax, free shipping) sits in a sticky right-hand order-summary <dl>; a store-card promo is not a payment option.',
    expected: {
      total: 140723,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', affirm: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/de-magento-checkout-geschenkkarte-klarna-paypal-spaeter-bezahlen',
    url: 'https://www.wohnfein.de/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout, step 'Prüfen & Bezahlen': div.payment-group of div.payment-method blocks with input[name='payment[method]'] radios. Card is _active; PayPal, Klarna Rechnung, Klarna Ratenkauf, Riverty and Vorkasse are enabled. 'Später bezahlen mit PayPal' has class _disabled, a disabled radio and a note that it can't be combined with a gift card. The totals table in the opc-sidebar has DHL Express 14,90 €, a Geschenkkarte −50,00 € row and Bestellsumme 353,90 €.",
    expected: { total: 35390, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'woocommerce/uk-woocommerce-subscription-checkout-store-credit-klarna-clearpay-refused',
    url: 'https://www.grindandgather.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce (Storefront + Subscriptions) classic checkout: ul.wc_payment_methods with li.wc_payment_method rows. Stripe card is checked and PayPal is enabled. Klarna and Clearpay li carry wc-gateway-disabled with disabled radios and visible notices that they can't be used for subscriptions. The review table has shipping-method radios (Tracked 48 £3.95 checked), a negative store-credit fee row, tr.order-total £76.45, and then a distracting 'Recurring totals' block (£22.45 / month).",
    expected: { total: 7645, currency: 'GBP', programs: { klarna: 'unavailable', afterpay: 'unavailable' } },
  },
  {
    page: 'shopify/us-shopify-checkout-gift-card-shop-pay-installments-afterpay',
    url: 'https://harbor-and-loom.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkVLN1M4WjJRNFdSN1RYM1pNQkYzV0tH',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed utility classes: a radiogroup inside fieldset#basic of label-wrapped radios (Credit card checked with its open collapsible, Shop Pay Installments, PayPal), and an Afterpay row whose radio is disabled and whose visible note says it can't be used with gift cards. The total sits in the aside's <dl> after a 'Gift card •••• K7QX −$50.00' line (Total USD $258.72); a hidden checkout[total_price] input also holds it.",
    expected: {
      total: 25872,
      currency: 'USD',
      programs: { 'shop-pay-installments': 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/au-homewares-shadcn-radix-checkout-afterpay-zip-checking-klarna-disabled',
    url: 'https://www.saltbushliving.com.au/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js + Tailwind checkout: delivery picked with a Headless UI RadioGroup (div role=radio, data-headlessui-state='checked' on Express), payment with a shadcn/Radix RadioGroup (button role=radio with data-state checked/unchecked plus hidden bubble inputs): card (checked), PayPal, Afterpay (selectable), Zip (enabled but a role=status spinner says 'Checking Zip availability for this order…'), Klarna (data-disabled + disabled button/input, note: not available for Parcel Locker delivery) and humm. Total AUD $231.95 in the order summary aside.",
    expected: {
      total: 23195,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'unknown', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/uk-tea-govuk-frontend-checkout-clearpay-paypal-pay-in-3-klarna-disabled',
    url: 'https://www.bramblewicktea.co.uk/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "GOV.UK Frontend-style payment question: fieldset with div.govuk-radios of govuk-radios__item (native input + label + hint) – card, PayPal, 'PayPal Pay in 3' (its conditional reveal still govuk-radios__conditional--hidden), Clearpay (native checked, conditional reveal open with 4 × £15.60), a divider, 'Klarna – Pay in 3' with a native disabled input and hint 'Not available for baskets that include a Tea Club subscription', and gift card. 'Total to pay £62.40' in a govuk-summary-card in the right column.",
    expected: {
      total: 6240,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', afterpay: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/us-outdoor-mui-checkout-affirm-klarna-afterpay-disabled',
    url: 'https://www.ridgelineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js + Material UI v5 checkout (emotion css-* classes): the Payment paper has a MuiFormGroup role=radiogroup of MuiFormControlLabel rows wrapped in bordered divs – card (Mui-checked, card fields shown), PayPal, Affirm monthly payments, Klarna Pay in 4 (both selectable), and Afterpay Pay in 4 with Mui-disabled on label/radio, aria-disabled, a native disabled input and helper text saying the order is over the $1,000 limit. Total 'USD $1,232.89' in the right order-summary aside; Affirm/Klarna/Afterpay also appear as footer links/badges.",
    expected: {
      total: 123289,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/au-cycling-flow-order-confirmation-afterpay-trap',
    url: 'https://www.meridiancycles.com/en-au/checkout/order/MC-AU-104829/confirmation',
    site: 'web',
    kind: 'trap',
    structure:
      "Flow-powered order confirmation ('Thank you, Hamish!') with emotion-style css-* classes: the order details show the already used payment method 'Afterpay — 4 payments of A$37.25' and an instalment schedule table, a pink promo card advertises Klarna and Zip for the next order, and the footer lists payment logos (Afterpay, Klarna, Zip). There is no payment choice anywhere; 'Total paid A$149.00' sits in the summary aside.",
    expected: null,
  },
  {
    page: 'shopify/ca-outdoor-shopify-markets-checkout-afterpay-sezzle',
    url: 'https://northbay-supply-co.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSjlHUTVSNFc3TkJYMlE4Wk1FVjNLQTRE',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify (Markets, CAD presentment) one-page checkout with hashed class names: a 'Shop Pay' / PayPal / G Pay express-checkout row at the top (wallet buttons only, no installments), then a section[aria-label=Payment] with a div[role=radiogroup] of label/radio rows (name=basic): Credit card (checked, fields open), PayPal, Afterpay and 'Sezzle – Buy Now, Pay Later', the redirect notes of the unselected ones carry the hidden attribute. The total is in the right-hand aside as 'CAD $174.99' (abbr CAD + $174.99) with 'Including $8.33 in taxes'; a mobile-only 'Show order summary $174.99' toggle is display:none on desktop.",
    expected: { total: 17499, currency: 'CAD', programs: { afterpay: 'offered', sezzle: 'offered' } },
  },
  {
    page: 'bigcommerce/ca-sneakers-bigcommerce-checkout-usd-affirm-sezzle-refused',
    url: 'https://www.lanewaystride.ca/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce optimized one-page checkout: completed Customer/Shipping/Billing step headers, then the Payment step's ul.form-checklist of li.form-checklist-item rows (radio name=paymentProviderRadio, paymentProviderHeader-name labels): Credit Card selected, 'Affirm — Pay over time' enabled, 'PayPal Pay in 4' enabled but showing a 'Checking eligibility…' spinner, and Sezzle with form-checklist-item--disabled, a disabled radio and an inline message that it is not available for USD orders. The total is the aside's cart-priceItem--total 'Total (USD) US$129.00'.",
    expected: {
      total: 12900,
      currency: 'USD',
      programs: { affirm: 'offered', 'paypal-pay-in-4': 'unknown', sezzle: 'unavailable' },
    },
  },
  {
    page: 'web/fr-deco-prestashop-checkout-chf-alma-no-klarna',
    url: 'https://www.atelier-brume.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic checkout with the header currency selector on CHF: the current section#checkout-payment-step lists .payment-option rows (custom-radio input name=payment-option, data-module-name) for Carte bancaire, PayPal, Alma 3x and bank transfer only; total 'Total TTC 156,90 CHF' is in the #js-checkout-summary card. Klarna appears only outside the step, in the top promo banner (EUR-only Pay in 3 offer) and in the footer payment logos with a note, so the step offers none of our programs.",
    expected: null,
  },
  {
    page: 'web/uk-apparel-globale-checkout-klarna-clearpay',
    url: 'https://www.harborandpine.com/checkout?glCountry=GB&glCurrency=GBP',
    site: 'web',
    kind: 'checkout',
    structure:
      "Global-e style cross-border checkout: numbered step cards, the 'Payment' step is a ul[role=radiogroup] of li.ge-pm items (radio name=PaymentMethodId, data-ge-pm ids) for card, PayPal, 'Klarna — Pay in 3' and 'Clearpay — 4 interest-free payments', all enabled, with per-method detail panels hidden except the card's. The total sits in the right-hand aside table row tr.ge-totals__grand as '£64.00 GBP', with a footnote that prices are set in USD but charged in GBP; a header country/currency switcher shows '£ GBP'.",
    expected: { total: 6400, currency: 'GBP', programs: { klarna: 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/au-homewares-magento-checkout-afterpay-over-limit-zip',
    url: 'https://www.saltandsagehome.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout served with the 'Review & Payments' step: li#payment.checkout-payment-method > form#co-payment-form > .payment-group of div.payment-method blocks, each a .payment-method-title.field.choice (input.radio name=payment[method] + label with inline SVG logo) and a .payment-method-content that is display:none unless the method is _active. Afterpay's block has class _disabled, a disabled radio and a red note that orders must be between $1.00 and $2,000.00; Zip and humm are selectable; the Order Total $2,529.95 sits in the sidebar tr.grand.totals, and the footer lists Afterpay/Zip/Klarna as plain logos outside the step.",
    expected: { total: 252995, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/au-bike-preorder-checkout-late-zip-afterpay-paypal-pay-in-4',
    url: 'https://www.kookaburracycles.com.au/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Next.js-style checkout with CSS-module hashed classes. The served Payment panel only has a spinner ('Loading payment options…') inside an aria-busy radiogroup. After 1.5 s an inline script renders button[role=radio] options: Card (checked), PayPal, PayPal Pay in 4 still showing 'Checking eligibility…', Afterpay with aria-disabled and 'isn't available for pre-order items', and Zip. Server-rendered delivery radios (Express $24.95 checked) drive the sidebar total of AUD $1,822.95.",
    expected: {
      total: 182295,
      currency: 'AUD',
      programs: { 'paypal-pay-in-4': 'unknown', afterpay: 'unavailable', zip: 'offered' },
    },
  },
  {
    page: 'woocommerce/au-homewares-woocommerce-late-afterpay-zip-nzd',
    url: 'https://saltbushandco.com.au/checkout/',
    site: 'woocommerce',
    kind: 'late',
    structure:
      "WooCommerce block checkout served as skeleton placeholders plus a 'Loading checkout…' spinner; an inline script (window load + setTimeout 1400 ms) replaces the block with contact/shipping cards, a 'Payment options' fieldset with wc-block-components-radio-control accordion options (card checked, Afterpay enabled, 'Zip – Own it now, pay later' with a disabled radio, aria-disabled and a note that Zip needs AUD, Laybuy enabled) and a sidebar whose totals footer item reads NZ$212.40. The header WOOCS currency select is set to NZD.",
    expected: { total: 21240, currency: 'NZD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/de-electronics-shopware-confirm-coupon-reprice-klarna-spaeter-bezahlen',
    url: 'https://www.technikhaus-brandt.de/checkout/confirm',
    site: 'web',
    kind: 'late',
    structure:
      "Shopware 6 confirm page: the 'Zahlungsart' card is served with only a 'Verfügbare Zahlungsarten werden geladen …' loader and a script fills div.payment-methods at 1.0 s with div.payment-method > .form-check.payment-method-radio rows (input.payment-method-input + label.payment-method-label with an SVG logo and .payment-method-description): PayPal (checked), 'Später bezahlen' (PayPal), Klarna, 'Riverty Rechnungskauf (ehemals AfterPay)', Kreditkarte, Vorkasse. At 1.5 s a promotion code is redeemed and the aside dl.checkout-aside-summary-list is rewritten, Gesamtsumme going from 634,90 € to 572,00 €; a deal-bar countdown rewrites itself every second.",
    expected: { total: 57200, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/uk-beauty-bigcommerce-checkout-methods-one-by-one-clearpay',
    url: 'https://www.hollisandrye.co.uk/checkout',
    site: 'bigcommerce',
    kind: 'late',
    structure:
      "BigCommerce optimized-checkout layout: the Payment step (li.checkout-step--payment) is served with only a 'Loading payment methods…' spinner and an empty, hidden ul.form-checklist; a script appends li.form-checklist-item rows one at a time every 350 ms from 0.8 s (card selected, PayPal, Klarna Pay in 3, Clearpay, then 'Pay in 3 with PayPal' whose radio is disabled with a 'Checking eligibility…' spinner that no callback ever resolves). The £86.45 total is static in the aside's cart-priceItem--total; the promo strip above the header also names Klarna and Clearpay.",
    expected: {
      total: 8645,
      currency: 'GBP',
      programs: { klarna: 'offered', afterpay: 'offered', 'paypal-pay-in-4': 'unknown' },
    },
  },
  {
    page: 'web/us-homeimprovement-checkout-late-affirm-zip-paypal-pay-in-4',
    url: 'https://www.hardlinehome.com/mycheckout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Angular-style (_ngcontent attributes, sui- utility classes) checkout; the served HTML has only a spinner and skeleton rows in the Payment panel, and an inline script fills it after 1.4 s with a fieldset of native radio inputs. PayPal Pay Later's radio is disabled with a red note that Pay in 4 only covers $30–$1,500. Affirm can be chosen. Zip shows a spinner and 'Checking eligibility…' that never resolves. The total ($2,404.21) is shown both in a sticky top summary bar and in the order-summary table.",
    expected: {
      total: 240421,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'unavailable', affirm: 'offered', zip: 'unknown' },
    },
  },
  {
    page: 'web/us-outdoor-react-checkout-rerender-afterpay-limit',
    url: 'https://www.ridgelineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "Next.js-style checkout with CSS-module hashed classes: the Payment section is served as shimmer skeleton rows and a script renders a fieldset/radiogroup of div.PaymentMethod_option rows (label > input[type=radio] + name + note) at 0.6 s, then at 1.8 s a tax quote arrives and the whole list is replaced with fresh nodes; in the new render Afterpay gets aria-disabled plus a disabled radio and a red 'available for orders between $35.00 and $2,000.00' note, and a Zip row stays in the DOM with the hidden attribute. The total sits in the sticky aside (data-testid=order-total), going from $1,949.00 to $2,116.30; the top banner and aside also carry an Affirm promo outside the step.",
    expected: {
      total: 211630,
      currency: 'USD',
      programs: { klarna: 'offered', afterpay: 'unavailable', affirm: 'offered' },
    },
  },
  {
    page: 'web/au-surf-account-saved-payment-methods-afterpay-zip-trap',
    url: 'https://www.coastlinesurfco.com.au/account/payment-methods',
    site: 'web',
    kind: 'trap',
    structure:
      "Next.js account 'Payment methods' page with CSS-module hashed classes: a fieldset of radio rows choosing the default saved method (Visa checked, Afterpay, Zip radio disabled 'reconnect', PayPal) with a 'Save default' submit, a recent-orders table ('Afterpay (2 of 4 paid)', 'Zip Pay'), BNPL FAQ <details>, hidden add-method dialog and footer logos — account settings, not a payment step for an order.",
    expected: null,
  },
  {
    page: 'web/uk-magento-basket-clearpay-klarna-plan-picker-trap',
    url: 'https://www.thornfield-home.co.uk/checkout/cart/',
    site: 'web',
    kind: 'trap',
    structure:
      "Magento 2 Luma basket (checkout/cart) with table.cart items, a totals table (Order Total £181.95) and a role=radiogroup 'How would you like to spread it?' calculator of button[role=radio] plans (Pay in full, Klarna Pay in 3, Clearpay, PayPal Pay in 3) explicitly labelled 'Preview only — you'll pick your payment method at checkout', plus promo strip and footer logos; the page's action is Proceed to Checkout, so there is no payment step.",
    expected: null,
  },
  {
    page: 'web/us-shopify-product-afterpay-klarna-shoppay-trap',
    url: 'https://www.harborandpine.co/products/waxed-canvas-field-jacket',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopify Dawn-style product page: <shopify-payment-terms> Shop Pay Installments banner, a rendered Afterpay placement and a <klarna-placement> 'Learn more' widget under the $149.00 price, hidden Klarna/Afterpay modals with plan tabs, variant radio fieldsets, a collapsed 'Flexible payment options' details block mentioning Affirm, Buy with Shop Pay express button and footer payment icons — no payment step.",
    expected: null,
  },
  {
    page: 'woocommerce/us-woocommerce-checkout-affirm-afterpay-over-limit-sezzle-promo',
    url: 'https://www.deskcraftsupply.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce classic (Storefront) checkout: ul.wc_payment_methods with li.wc_payment_method radios — Credit Card (checked), PayPal, Affirm (enabled), Afterpay with disabled radio, .wc-gateway-unavailable and an over-limit notice; total $2,146.85 in the review table's tr.order-total. Sezzle messaging under the total, a Sezzle/Zip store-notice bar and footer badges (Affirm, Afterpay, Sezzle, Zip, 'Klarna coming soon') sit outside the payment list.",
    expected: { total: 214685, currency: 'USD', programs: { affirm: 'offered', afterpay: 'unavailable' } },
  },
  {
    page: 'web/au-electronics-checkout-tablist-zip-afterpay-over-limit',
    url: 'https://www.kinetictech.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Server-rendered Vue checkout (data-v-* scoped attributes) whose payment box is a role=tablist of <button role=tab> elements (Card, PayPal, Afterpay, Zip, humm) with one visible role=tabpanel (Card, aria-selected) and the other panels hidden. The Afterpay tab is aria-disabled, greyed and labelled 'Unavailable – orders up to $2,000'; the Zip tab is enabled. Total (AUD) $2,349.00 is in the sticky order-summary aside and on the Place order button.",
    expected: { total: 234900, currency: 'AUD', programs: { afterpay: 'unavailable', zip: 'offered' } },
  },
  {
    page: 'web/de-fashion-checkout-details-accordion-klarna-riverty-paypal-later-disabled',
    url: 'https://www.nordkind-mode.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware-style confirm page where each payment method is a <details name=paymentMethod> accordion with a radio and label inside its <summary>; only Klarna – Rechnung is open and checked. 'PayPal Später bezahlen' is a greyed details with a disabled radio whose summary says it is not available for this order; Riverty (ehemals AfterPay), card, PayPal and Vorkasse are other, non-pay-later-program choices. Gesamtsumme 124,85 € sits in a <dl> in the sticky summary aside.",
    expected: { total: 12485, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/uk-homeware-checkout-late-table-clearpay-klarna-paypal-checking',
    url: 'https://www.hearthandlinen.co.uk/checkout/payment',
    site: 'web',
    kind: 'late',
    structure:
      "The served HTML shows only a skeleton and a 'Loading secure payment options…' spinner in the payment panel; an inline setTimeout (1.4 s) then draws a <table> whose rows each hold a radio input and a label: card (checked), PayPal, PayPal Pay in 3 with a 'Checking eligibility…' spinner, Clearpay, Klarna Pay in 3 and Apple Pay. The total £186.45 (incl. VAT) is static in the basket aside.",
    expected: {
      total: 18645,
      currency: 'GBP',
      programs: { afterpay: 'offered', klarna: 'offered', 'paypal-pay-in-4': 'unknown' },
    },
  },
  {
    page: 'web/us-outdoor-checkout-aria-radiogroup-affirm-afterpay-over-limit',
    url: 'https://www.ridgelineoutfitters.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom one-column checkout payment step where the ways to pay are divs with role=radio (aria-checked) inside a role=radiogroup; credit card is checked with its fields expanded, PayPal and Affirm are selectable, Afterpay carries aria-disabled=true, is faded and says it is not available because the order exceeds $1,000. Grand total $1,136.37 sits in the right-hand order-summary aside; a Klarna logo appears only in the footer's 'We accept' strip, not in the payment step.",
    expected: { total: 113637, currency: 'USD', programs: { affirm: 'offered', afterpay: 'unavailable' } },
  },

  {
    page: 'bigcommerce/us-bigcommerce-checkout-affirm-monthly-zip-over-limit',
    url: 'https://www.alpinecrestoutfitters.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce Optimized One-Page Checkout (checkout-js markup): ol.checkout-steps with completed Customer/Shipping/Billing steps and an open Payment step holding ul.form-checklist of paymentProviderRadio radios. Affirm ('Monthly Payments', checked) shows 'As low as $45/mo' and a 12/24/36-month APR table; 'Zip – Pay in 4' has a disabled input, form-checklist-item--disabled class and a sentence saying the order is over Zip's $1,000 limit; a Klarna item is left in the DOM with inline display:none (not seen). Total '$1,283.73' is in aside.layout-cart's cart-priceItem--total after a Tax line.",
    expected: { total: 128373, currency: 'USD', programs: { affirm: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/us-react-bike-shop-checkout-affirm-monthly-zip-checking',
    url: 'https://www.northpeakcycles.com/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom React/Next.js checkout (div#__next, emotion css-xxxx classes) where payment options are ARIA div[role=radio] cards inside a role=radiogroup, not inputs: card (aria-checked=true, form open), Affirm 'Monthly payments' with 'As low as $39/mo' and 12/24/36-month APR examples, 'Zip Pay in 4' with aria-busy and a 'Checking eligibility…' status spinner, and Apple Pay. Total '$1,046.46' appears in the order-summary aside and again in a fixed bottom bar ('Order total', 'Pay $1,046.46').",
    expected: { total: 104646, currency: 'USD', programs: { affirm: 'offered', zip: 'unknown' } },
  },
  {
    page: 'web/us-sfcc-sfra-checkout-affirm-36-months-paypal-tab',
    url: 'https://www.harborlinehome.com/checkout?stage=payment#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Salesforce Commerce Cloud SFRA checkout (data-checkout-stage=payment): the payment card uses ul.nav-tabs.payment-options with Credit Card, PayPal and Affirm tabs (Affirm active) and .tab-content panes where only .active is displayed; the Affirm pane shows 'As low as $43/mo' with 12/24/36-month plans and APRs. The PayPal pane (holding a 'Pay Later' button and Pay-in-4/Pay-Monthly text) is an inactive tab pane, display:none until the shopper clicks the PayPal tab, so PayPal Pay Later is not seen. Total '$1,186.40' is in the order-total-summary (.grand-total-sum) after 'Sales Tax $88.40'; a cookie banner's Accept button carries class 'affirm'.",
    expected: { total: 118640, currency: 'USD', programs: { affirm: 'offered' } },
  },
  {
    page: 'shopify/us-shopify-onepage-checkout-shop-pay-installments-sezzle',
    url: 'https://bramble-hearth-co.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSkQ0WTdNNlJYQ0c5VEJQS0g1SFFaV1hO?locale=en-US',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: the Payment section is a <fieldset id=\"basic\"> of native radios (basic-creditCards checked with the card form open; Shop Pay logo + 'Pay in full or in installments'; PayPal; 'Sezzle - Buy Now, Pay Later'), the non-selected options' redirect notes sit in [hidden] collapsibles. Express-checkout buttons (Shop Pay, PayPal, G Pay) at the top; the total 'USD $313.37' is in the right-hand order-summary aside after subtotal, shipping and 'Estimated taxes $19.47'.",
    expected: { total: 31337, currency: 'USD', programs: { 'shop-pay-installments': 'offered', sezzle: 'offered' } },
  },
  {
    page: 'shopify/us-shopify-thank-you-trap-shop-pay-installments-sezzle-promo',
    url: 'https://cedar-and-sage.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkVCM1E3UjJYUFM4TlZXRDRLNkgwWkFN/thank-you',
    site: 'shopify',
    kind: 'trap',
    structure:
      "Shopify one-page Thank-you / order-status page: 'Your order is confirmed', an Order details grid whose Payment method reads 'Shop Pay Installments' (already paid, first installment taken), a post-purchase app block advertising Sezzle for next time, and a 'How did you hear about us?' radio survey. There is no payment step to pick from; the summary aside shows Total USD $95.82.",
    expected: null,
  },
  {
    page: 'web/us-wix-checkout-late-sezzle-paypal-pay-in-4-under-minimum',
    url: 'https://www.lunaandlacecandles.com/checkout?appSectionParams=%7B%22a11y%22%3Atrue%2C%22cartId%22%3A%22b1f4c2e8-7d3a-4e59-9c0b-2a6f8e1d3c75%22%2C%22storeUrl%22%3A%22https%3A%2F%2Fwww.lunaandlacecandles.com%22%2C%22isFastFlow%22%3Afalse%2C%22origin%22%3A%22cart%22%7D',
    site: 'web',
    kind: 'late',
    structure:
      "Wix Stores checkout with data-hook attributes and hashed classes: as served, the Payment step is aria-busy with a 'Loading payment options…' spinner and skeleton rows; an inline script replaces it after 1.5 s (setTimeout) with a radiogroup list of native radios: Credit / Debit Card (checked), PayPal, 'PayPal Pay in 4' (disabled input, aria-disabled, text saying it is only for purchases of $30–$1,500) and Sezzle. Total '$26.95' is in the order-summary aside, present in the served HTML.",
    expected: { total: 2695, currency: 'USD', programs: { 'paypal-pay-in-4': 'unavailable', sezzle: 'offered' } },
  },
  {
    page: 'web/au-skincare-review-pay-afterpay-plan-late',
    url: 'https://www.saltbushskin.com.au/checkout/review',
    site: 'web',
    kind: 'late',
    structure:
      "Next.js-like 'Review & pay' step: served HTML shows only contact/ship summaries, a skeleton and 'Loading your payment details…' under Payment; an inline setTimeout (1.4 s) injects a role=radiogroup of div role=radio options (CSS-module hashed classes) with Afterpay aria-checked=true and a 4×A$37.25 fortnightly plan, and Zip aria-disabled=true with 'Unavailable … pre-order items'. Total A$149.00 is in the served order-summary aside.",
    expected: { total: 14900, currency: 'AUD', programs: { afterpay: 'offered', zip: 'unavailable' } },
  },
  {
    page: 'web/de-sneaker-shopware-bestellung-pruefen-paypal-spaeter',
    url: 'https://www.laufwerk-sneakers.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6-style confirm page titled 'Bestellung prüfen' with the payment list still visible in a card (radio input.payment-method-input + label): 'Später Bezahlen' (PayPal, pay in 30 days) is checked and highlighted, Klarna Ratenkauf has a disabled radio and a red 'Nicht verfügbar … Packstation' note; Vorkasse and Apple Pay sit in a closed .collapse behind 'Weitere Zahlungsarten anzeigen'. Total 'Gesamtsumme 139,85 €' in the aside dl summary.",
    expected: { total: 13985, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unavailable' } },
  },
  {
    page: 'web/uk-homeware-woocommerce-thank-you-clearpay-trap',
    url: 'https://www.hollowayandwren.co.uk/checkout/order-received/48213/?key=wc_order_Xk2mP9qL7rTzA',
    site: 'web',
    kind: 'trap',
    structure:
      'WooCommerce Storefront thank-you (order-received) page after payment: order overview list and order-details table name Clearpay as the payment method used, a Clearpay instalment schedule table shows paid/scheduled payments, and an upsell, store notice and footer badges mention Klarna/Clearpay; there is no way to pay to pick.',
    expected: null,
  },
  {
    page: 'web/us-outdoor-solidus-review-order-klarna-summary',
    url: 'https://www.ridgelineoutfitters.com/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Solidus/Spree-style multi-step checkout on its last step ('Review order'): the payment block is a read-only summary (Klarna logo SVG, 'Klarna — Pay in 4', '4 interest-free payments of $22.50, due every 2 weeks' and a 4-column schedule) with a 'Change' link back to /checkout/payment; no other methods are rendered. Total ($90.00) sits in a right-hand aside summary table (item total + shipping + tax).",
    expected: { total: 9000, currency: 'USD', programs: { klarna: 'offered' } },
  },
  {
    page: 'shopify/es-shopify-checkout-klarna-paga-en-3-plazos',
    url: 'https://lino-albufera.myshopify.com/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpCN0ZSUDVIMlFaWjlYNlQ0S0JNRkRQQQ?locale=es-ES',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: express buttons (Shop Pay/PayPal/G Pay), a review block, then a role=radiogroup accordion of label+radio rows (name=\"basic\") whose collapsibles use the hidden attribute except the selected card one; 'Klarna – Paga en 3 plazos sin intereses' is a selectable offsite gateway next to PayPal, Aplazame and bank transfer. The total 'EUR 1.088,95 €' (incluye 188,99 € de impuestos) is in the right-hand aside summary grid.",
    expected: { total: 108895, currency: 'EUR', programs: { klarna: 'offered' } },
  },
  {
    page: 'web/fr-prestashop-checkout-klarna-alma-4x-paypal',
    url: 'https://www.atelier-boise-jura.fr/commande',
    site: 'web',
    kind: 'checkout',
    structure:
      "PrestaShop 1.7 classic-theme order page: four section.checkout-step blocks, the current one (-current) holds .payment-options with custom-radio inputs name=\"payment-option\" plus js-additional-information boxes (non-selected ones display:none). '4X PayPal' row has a disabled radio, .ps-disabled/aria-disabled and a note saying it is only for 30–2 000 €; Klarna 3x, Alma, Oney, card, PayPal and wire are selectable. Total TTC '2 349,00 €' (nbsp-separated) sits in the right-hand #js-checkout-summary card.",
    expected: { total: 234900, currency: 'EUR', programs: { klarna: 'offered', 'paypal-pay-in-4': 'unavailable' } },
  },
  {
    page: 'web/fr-trap-product-page-klarna-4x-paypal-alma',
    url: 'https://www.velocite-urbaine.fr/velos-electriques/vae-ville-lyon-e7.html',
    site: 'web',
    kind: 'trap',
    structure:
      "Product detail page for an e-bike (1 299,00 € TVA incluse) with a klarna-placement messaging badge, a PayPal 4X pay-later message, and a 'Simulez votre paiement' radiogroup of plan radios (Comptant / Klarna 3x / 4X PayPal / Alma 10x) explicitly labelled indicative, above an 'Ajouter au panier' form; footer badges list Klarna and 4X PayPal. There is no checkout or payment step.",
    expected: null,
  },
  {
    page: 'web/it-magento-checkout-late-klarna-paypal-3-rate-scalapay',
    url: 'https://www.casaespresso-milano.it/checkout/#payment',
    site: 'web',
    kind: 'late',
    structure:
      "Magento 2 Luma checkout served with only a spinner (#checkout-loader) and skeleton lines in #checkout-step-payment and the sidebar; an inline setTimeout (1.4 s) injects the Knockout-style .payment-method list (radio name=\"payment[method]\", _active class) and the sidebar totals table with 'Totale ordine 1.489,90 €' (IVA 22% inclusa). 'Paga in 3 rate con PayPal' and Scalapay are selectable; the Klarna row carries a permanent 'Stiamo verificando se questa opzione è disponibile…' status note with spinner and never resolves.",
    expected: { total: 148990, currency: 'EUR', programs: { 'paypal-pay-in-4': 'offered', klarna: 'unknown' } },
  },
  {
    page: 'web/pt-electro-checkout-oney-cofidis-mbway-only',
    url: 'https://www.electrolar.pt/checkout/pagamento',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom Next.js-style checkout: payment methods are button[role=radio] tiles with aria-checked in a CSS grid radiogroup (MB WAY selected, Multibanco, card, plain PayPal, Oney 3x/4x, Cofidis Pay) and per-method detail panels toggled with hidden; total '1.249,00 €' with IVA incluído in the aside summary and on the pay button. None of the step's methods is ours; Klarna/PayPal instalments appear only as a closed FAQ question saying they are not accepted.",
    expected: null,
  },
  {
    page: 'web/au-koala-cove-nextjs-checkout-afterpay-zip-paypal-pay-in-4-disabled',
    url: 'https://www.koalacove.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Next.js checkout with CSS-module hashed classes: mega-menu panels with the hidden attribute, 44 bag lines with Afterpay/Zip messages, a carousel with Klarna/Afterpay/Zip badges, reviews and a hidden-answer FAQ, then near the bottom the Payment fieldset is a role=radiogroup of <button role=radio> options: card (aria-checked=true, card fields open), PayPal, Afterpay, Zip, 'PayPal Pay in 4' (disabled + aria-disabled, greyed, 'Unavailable for this order – available on purchases from $30 to $1,500') and humm. The total AUD $1,902.40 incl. GST is in the sticky Order summary aside.",
    expected: {
      total: 190240,
      currency: 'AUD',
      programs: { afterpay: 'offered', zip: 'offered', 'paypal-pay-in-4': 'unavailable' },
    },
  },
  {
    page: 'web/de-linden-leinen-shopware-confirm-klarna-riverty-paypal-later-collapsed',
    url: 'https://www.linden-und-leinen.de/checkout/confirm',
    site: 'web',
    kind: 'checkout',
    structure:
      "Shopware 6 storefront confirm page (hidden navigation-flyouts mega-menu, cookie-permission bar, chat button) where the small Zahlungsart card shows four .payment-method form-check radios: PayPal (checked), Kreditkarte, 'Rechnung mit Klarna' and 'Riverty Rechnung (ehemals AfterPay)' (Riverty, not Afterpay); 'Später bezahlen mit PayPal', SEPA-Lastschrift and Vorkasse sit in a closed Bootstrap .collapse behind 'Weitere Zahlungsarten anzeigen', so the shopper does not see them. 31 line items below carry Klarna/PayPal/Riverty hints; Gesamtsumme 1.843,15 € is in the checkout-aside-summary.",
    expected: { total: 184315, currency: 'EUR', programs: { klarna: 'offered' } },
  },

  {
    page: 'woocommerce/us-ridgeline-woocommerce-checkout-affirm-klarna-afterpay-over-limit',
    url: 'https://www.ridgelineoutfitters.com/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Storefront) checkout with a mega-menu (hidden sub-menus), Complianz cookie banner, chat launcher; the review-order table lists 40 cart_item rows, most carrying 'or 4 interest-free payments ... with Afterpay' lines, and its tfoot holds Total $2,998.06. Below it, the small #payment ul.wc_payment_methods has radio inputs: Credit Card (checked), PayPal, 'Monthly Payments with Affirm', 'Klarna – Pay in 4 interest-free payments', and Afterpay whose radio is disabled with a visible notice that it is only available for orders between $1.00 and $2,000.00. Klarna badges in the 'Customers also bought' carousel, a hidden-panel FAQ and footer logos (incl. Sezzle, Zip) are outside the payment step.",
    expected: {
      total: 299806,
      currency: 'USD',
      programs: { affirm: 'offered', klarna: 'offered', afterpay: 'unavailable' },
    },
  },
  {
    page: 'web/au-fashion-magento-checkout-afterpay-paypal-pay-in-4-store-credit-excl-gst',
    url: 'https://www.saltandsky.com.au/checkout/#payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento 2 Luma one-page checkout on the 'Review & Payments' step: div.payment-method blocks with payment[method] radios (Braintree card _active; Afterpay and PayPal Pay in 4 each with a large '$44.72' instalment; PayPal Express; Zip with disabled radio, label.disabled and 'can’t be used when store credit is applied'; humm), inactive payment-method-content is display:none. The opc-block-summary table-totals has Cart Subtotal $239.90, discount -$35.99, shipping $14.95, Store Credit -$40.00, 'Order Total Excl. GST $158.96', GST $19.90 and 'Order Total Incl. GST $178.86'; the header minicart shows $239.90.",
    expected: {
      total: 17886,
      currency: 'AUD',
      programs: { afterpay: 'offered', 'paypal-pay-in-4': 'offered', zip: 'unavailable' },
    },
  },
  {
    page: 'woocommerce/uk-homeware-woocommerce-checkout-clearpay-klarna-gift-card',
    url: 'https://www.hearthandloom.co.uk/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "Classic WooCommerce (Storefront) checkout: #order_review table tfoot lists Subtotal £196.00, coupon -£19.60, shipping £6.95, an 'Order value' row £183.35, a PW-style gift card row -£50.00 and tr.order-total 'Total £133.35 (includes £30.56 VAT)', which the Place order button repeats; the header mini-cart shows £196.00 and a 'You save £49.60' note sits above #payment. ul.wc_payment_methods has radio li's for card (checked), PayPal, Clearpay (with '4 interest-free payments of £33.34' in a larger font) and Klarna Pay in 3 ('3 payments of £44.45'); the non-chosen payment_box divs are display:none.",
    expected: { total: 13335, currency: 'GBP', programs: { afterpay: 'offered', klarna: 'offered' } },
  },
  {
    page: 'bigcommerce/us-electronics-bigcommerce-checkout-affirm-sezzle-zip-cad-estimate',
    url: 'https://www.voltgearsupply.com/checkout',
    site: 'bigcommerce',
    kind: 'checkout',
    structure:
      "BigCommerce checkout-js markup: completed steps collapsed, li.checkout-step--payment open with ul.form-checklist radios (Credit Card selected, PayPal, Affirm with a large '$141/mo', Sezzle in form-checklist-item--disabled with a disabled radio and '$35–$2,500' limit message, Zip with a disabled radio and spinner 'Checking if Zip is available for this order…'). The order summary aside shows Subtotal $2,999.00, coupon -$150.00, 'Total before tax $2,849.00', tax $235.04, 'Total (USD) $3,084.04' plus a note 'Estimated total in Canadian dollars: CA$4,226.37' and 'You save $150.00'.",
    expected: {
      total: 308404,
      currency: 'USD',
      programs: { affirm: 'offered', sezzle: 'unavailable', zip: 'unknown' },
    },
  },
  {
    page: 'shopify/us-outdoor-shopify-checkout-shop-pay-installments-afterpay-due-today',
    url: 'https://northtrail-goods.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSjlYNFE4TTJBVlE3S0Y2Vk1RQ1hQUjBH',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Shopify one-page checkout with hashed class names: Payment section is a role=radiogroup of div rows with radio inputs (Credit card checked and expanded; PayPal; 'Shop Pay — Pay in full or in installments · 4 interest-free payments of $24.75 — $24.75 due today' with the $24.75 in bold large type; Afterpay), the other rows' collapsibles are [hidden]. The right aside has struck-through line prices, Subtotal $86.00, Shipping $6.95, Estimated taxes $6.05, 'Total USD $99.00' and 'Total savings $21.00'; the mobile 'Show order summary $99.00' bar is display:none at desktop width and the Pay now button carries no amount.",
    expected: { total: 9900, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'web/au-react-skincare-checkout-bottom-sheet-afterpay-zip',
    url: 'https://www.saltbushskin.com.au/checkout/payment',
    site: 'web',
    kind: 'checkout',
    structure:
      "Custom React (emotion css-xxxx hashed classes) phone checkout with an open bottom sheet role=dialog 'How would you like to pay?' over a dimmed page; a segmented tablist 'Pay in full' / 'Pay in instalments' with the instalments tab selected, its panel a role=radiogroup of button role=radio options (Afterpay aria-checked=true, Zip Pay, humm); the 'Pay in full' panel (card, PayPal, Apple Pay) is `hidden`. Total A$105.95 in the sheet ('Order total'), the collapsed 'Show order summary' bar and the sticky 'Pay now' bar behind the sheet.",
    expected: { total: 10595, currency: 'AUD', programs: { afterpay: 'offered', zip: 'offered' } },
  },

  {
    page: 'web/uk-magento-pwa-knitwear-checkout-clearpay-paypal-pay-in-3-klarna-checking',
    url: 'https://www.thistleandrowan.co.uk/checkout',
    site: 'web',
    kind: 'checkout',
    structure:
      "Magento PWA Studio (Venia-style CSS-module hashed classes) on a phone: steps as stacked sections, delivery address and delivery method completed, '3. Payment — Step 3 of 3' open with a role=radiogroup of label-wrapped radios (card checked with hosted-field placeholders, PayPal, PayPal Pay in 3, Clearpay, Klarna whose row is aria-busy with a spinner 'Checking Klarna payment options for this order…'; a bank-transfer row carries `hidden`). Total £80.55 in the collapsed 'Show order summary' bar and the sticky 'Total to pay' footer.",
    expected: {
      total: 8055,
      currency: 'GBP',
      programs: { 'paypal-pay-in-4': 'offered', afterpay: 'offered', klarna: 'unknown' },
    },
  },
  {
    page: 'web/us-custom-lighting-checkout-late-paypal-pay-in-4-zip-klarna-down',
    url: 'https://www.lumenandloom.com/checkout/chk_01HZ8Q4T7M2W9RXK3B6VJ5N0PD/pay',
    site: 'web',
    kind: 'late',
    structure:
      "Custom Next.js-style checkout (CSS-module hashed classes), accordion steps with Contact and Delivery complete and 'Payment' step 3 of 3 open; as served it holds only a shimmer skeleton and 'Loading payment options…', and an inline script after 1.4 s draws a role=listbox of li role=option rows (card selected, PayPal, PayPal Pay in 4, Zip, Klarna with aria-disabled and 'temporarily unavailable' text). Total $534.28 in the collapsed summary bar and the fixed bottom pay bar.",
    expected: {
      total: 53428,
      currency: 'USD',
      programs: { 'paypal-pay-in-4': 'offered', zip: 'offered', klarna: 'unavailable' },
    },
  },
  {
    page: 'web/us-shopify-dawn-home-decor-cart-bnpl-messaging-trap',
    url: 'https://www.cedarandbloom.com/cart',
    site: 'web',
    kind: 'trap',
    structure:
      "Shopify Dawn-theme cart page on a phone: cart-items table, subtotal $85.00 with 'Taxes, discounts and shipping calculated at checkout', an Afterpay on-site message and a shopify-payment-terms Shop Pay installments banner under the subtotal, Klarna in the announcement bar and footer payment icons, Affirm/Sezzle in a FAQ details element, a 'Check out' button plus Shop Pay / Google Pay express buttons and a sticky 'Subtotal $85.00 / Check out' bar. No payment step where a way to pay is chosen.",
    expected: null,
  },
  {
    page: 'shopify/us-shopify-outdoor-checkout-shop-pay-installments-afterpay',
    url: 'https://wildpine-outfitters.myshopify.com/61834297/checkouts/4f1e9b0c7a2d8e35b6c1f07a9d3e2b84?step=payment_method',
    site: 'shopify',
    kind: 'checkout',
    structure:
      "Classic Shopify checkout.liquid on a phone: collapsed 'Show order summary $148.72' toggle button at top (full summary table with 'Total USD $148.72' is collapsed), payment step is a fieldset of `.radio-wrapper.content-box__row` gateway rows with `checkout[payment_gateway]` radios (Credit card checked, Shop Pay Installments, Afterpay, PayPal) and display:none secondary subfield rows; a Zip gateway row exists but is hidden with inline display:none by a payment customization. Fixed bottom footer button 'Pay now · $148.72'.",
    expected: { total: 14872, currency: 'USD', programs: { 'shop-pay-installments': 'offered', afterpay: 'offered' } },
  },
  {
    page: 'woocommerce/us-woocommerce-candles-checkout-klarna-zip-affirm-disabled',
    url: 'https://harborandhearth.co/checkout/',
    site: 'woocommerce',
    kind: 'checkout',
    structure:
      "WooCommerce Blocks checkout on a phone: collapsed 'Order summary $43.11' button at top (totals table hidden), 'Payment options' fieldset with a wc-block-components-radio-control radiogroup of accordion options (card checked with open Stripe fields, Klarna, Zip, Affirm, PayPal); Affirm's radio has the `disabled` attribute, aria-disabled label at 50% opacity and the note that it needs $50+. A promo bar above the header advertises Sezzle, outside the payment step. Fixed bottom 'Place Order · $43.11' bar.",
    expected: { total: 4311, currency: 'USD', programs: { klarna: 'offered', zip: 'offered', affirm: 'unavailable' } },
  },
  {
    page: 'web/nl-webwinkel-checkout-ideal-riverty-in3-no-ours',
    url: 'https://www.kooppunt.nl/nl/checkout/betaalwijze',
    site: 'web',
    kind: 'checkout',
    structure:
      "Dutch marketplace checkout; the payment step is a <dl> where each <dt> holds a native radio and label and each <dd> the details. The choices are iDEAL (with a bank <select>), 'Achteraf betalen met Riverty (voorheen AfterPay)', in3, credit card, PayPal and a gift card, so none of ours. Klarna appears only as a logo in the footer's 'Veilig betalen' strip, outside the payment step. Total € 79,98 is in the right-hand overview.",
    expected: null,
  },
];
