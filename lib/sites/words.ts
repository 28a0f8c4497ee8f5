/**
 * The words a checkout is read by, per language. Every pattern that is searched for (`heading`,
 * `otherHeading`, `methods`, `totals`) is an alternation of plain words, so that a page's text can
 * be searched for all of them at once (see `keywords` in text.ts).
 */
export interface PageWords {
  /** Headings of a payment step: 支付方式, Payment method. */
  readonly heading: RegExp;
  /**
   * Headings of the sections whose items may name a program without being ways to pay (coupons, goods,
   * recommendations, help): what is under them is no payment step.
   */
  readonly otherHeading: RegExp;
  /** Ordinary ways to pay besides the named wallets (bank cards, balance): never reported, but they make a list a list of ways to pay. */
  readonly methods: RegExp;
  /** Labels of the payable total, strongest first: a weaker label can be a shop's subtotal. */
  readonly totals: readonly RegExp[];
  /** Labels that hold a total's word yet name a part of it (Total before tax, Total savings). */
  readonly notTotal?: RegExp;
  /**
   * Labels of a part of the order (店铺合计: one shop's sum, before the order's discounts): its total
   * only where no other label of the same rank says otherwise.
   */
  readonly partTotal?: RegExp;
  /**
   * The words of a control that states the order's total after them (Place order · £94.95, Pay $184.20,
   * Show order summary $184.20): the total where no label names one.
   */
  readonly totalControl?: RegExp;
  /** How a price is written: where in a text the amount and its currency marks are. */
  readonly price: RegExp;
  /** What a page says when an option cannot be chosen. */
  readonly unavailable: RegExp;
  /**
   * An option's limits said on their own (Afterpay is available for orders between $1 and $2,000):
   * a refusal only where the order's total lies outside them.
   */
  readonly limit?: RegExp;
  /** What a page says while it is still finding out whether an option can be chosen. */
  readonly pending: RegExp;
  /** Text right before a name that makes it a mention, not an option's name (由…, with …). */
  readonly mentionBefore: RegExp;
  /** Text right after a name that makes it a mention (…提供, …还款, …说明). */
  readonly mentionAfter: RegExp;
  /** Promotion words: a name that shares its text with them is an advert, unless a control makes it an option. */
  readonly promotion: RegExp;
  /** How many times longer this language's labels and notes run than Chinese ones (the limits scale by it). */
  readonly length: number;
}

export const CHINESE: PageWords = {
  heading: /支付方式|付款方式|支付渠道|付款渠道/,
  otherHeading:
    /优惠券|红包|优惠|商品清单|送货清单|商品信息|猜你喜欢|为你推荐|买了又买|看了又看|还买了|还看了|大家都在买|相关推荐|常见问题|帮助中心|押金/,
  methods:
    /银行卡|储蓄卡|信用卡|借记卡|网银|快捷支付|余额宝|账户余额|余额|零钱|货到付款|在线支付|多多支付|钱包|数字人民币|礼品卡|对公转账|公司转账/,
  totals: [/应付|实付|需付款|需支付|待支付|支付金额|付款金额/, /合计|总计/, /订单金额|订单总额/],
  partTotal: /店铺合计|商品合计|商品总计/,
  // HK$, NT$: a dollar keeps its country's letters. RMB 9,999: the yuan as Apple's store writes it.
  price: /(?:\b[A-Z]{1,2})?[¥$]\s*\d[\d,]*(?:\.\d+)?|\bRMB\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*元/,
  // 不可用 covers 暂不可用.
  unavailable: /不可用|暂时无法|无法使用|不支持|(?:额度|芝麻分|支付分|信用分)不足|未开通|未通过|不满足|不符合/,
  pending: /正在查询|查询中|加载中|检测中|评估中|正在评估|计算中|正在校验|校验中|正在核验|核验中/,
  // 【公告】, 【京东超市】: a tag that opens a notice or a goods title.
  mentionBefore: /(?:由|从|支持|使用|可用|用|开通|申请|关于|什么是|了解|如何|怎么|【[^】]{1,8}】)\s*$/,
  mentionAfter:
    /^\s*(?:款|提供|还款|扣款|支付(?:券|满|立减|减|享|优惠|专享|密码)|密码|满\d|立减|减\d|券|红包|专享|专属|用户|会员|新客|首单|权益|福利|补贴|抵扣|说明|介绍|常见问题|帮助|规则|协议|攻略|活动|专区|是什么|怎么|如何|需要|有什么|入口|服务协议)/,
  length: 1,
  promotion: /立减|优惠|领取|领券|立即|补贴|免息券|新人|专享|满\d+减|活动|开通|去开通|限时|广告|推广/,
};

/**
 * Western checkouts: English, with the German and French words of the shops that write in those
 * (Zahlung, Gesamtsumme, Paiement), Dutch ones (Betaalmethode, Totaal), Italian and Spanish headings,
 * their local ways to pay (iDEAL, TWINT, BLIK), the Nordic words (Betalning, Att betala, I alt,
 * Yhteensä: Klarna's home markets), the Polish (Metoda płatności, Do zapłaty), and those of Klarna's
 * later markets: Portuguese, Czech and Slovak, Hungarian, Romanian, Greek (Forma de pagamento, Celkem
 * k úhradě, Fizetési mód, Total de plată, Τρόπος πληρωμής), since their prices and providers are the same.
 */
export const ENGLISH: PageWords = {
  heading:
    /Payment method|Payment options|Payment|How would you like to pay|How do you want to pay|Choose how to pay|Zahlungsart|Zahlungsmethode|Zahlung|Moyen de paiement|Mode de paiement|Paiement|Betaalmethode|Betaalwijze|Betaalopties|Betaalmogelijkheden|Metodo di pagamento|Metodi di pagamento|Método de pago|Métodos de pago|Forma de pago|Pago|Betalningssätt|Betalningsmetod|Betalning|Betalingsmetode|Betalingsmåde|Betalingsmåte|Betaling|Maksutapa|Maksutavat|Metoda płatności|Metody płatności|Sposób płatności|Płatność|Způsob platby|Způsob úhrady|Platební metoda|Spôsob platby|Spôsob úhrady|Platba|Fizetési mód|Fizetési módok|Fizetés|Metodă de plată|Metoda de plată|Modalitate de plată|Modalități de plată|Plată|Método de pagamento|Métodos de pagamento|Forma de pagamento|Formas de pagamento|Pagamento|Τρόπος πληρωμής|Τρόποι πληρωμής|Πληρωμή/i,
  otherHeading:
    /Discount|Gift card|Promo code|Coupon|Order summary|We accept|Wir akzeptieren|Nous acceptons|Aceptamos|Accettiamo|Wij accepteren|Vi accepterar|Vi aksepterer|Vi accepterer|Hyväksymme|Akceptujemy|Aceitamos|Cart totals|Basket totals|Shopping cart|Your cart|You may also like|Recommended|Related products|Customers also|Frequently asked|FAQ|Reviews|hear about|heard about|hear of us|heard of us|find out about|do you use|use most|do you prefer|have you used|quick question|survey|like us to add|like us to offer|wish we offered|like to see|Umfrage|Befragung|Sondage|Enquête|Encuesta|Sondaggio|Enquete|Ankieta|Kysely|Undersökning|Undersøkelse|Undersøgelse/i,
  methods:
    /Credit or debit card|Debit or credit card|Credit card|Debit card|Card|Apple Pay|Google Pay|Venmo|Gift card|GiftCard|Bank transfer|Cash on delivery|Store credit|Mastercard|Visa|American Express|Discover|Kreditkarte|Debitkarte|Karte|Vorkasse|Banküberweisung|Carte bancaire|Carte|Virement|Swish|Vipps|MobilePay|iDEAL|Bancontact|TWINT|giropay|Przelewy24|BLIK|Satispay|Multibanco|Betalkort|Kortbetalning|Betalingskort|Korttimaksu|Pankkikortti|Verkkopankki|Tarjeta|Bizum|Carta di credito|Bonifico|Contrassegno|Cartão|MB WAY|Platba kartou|Bankovní převod|Dobírka|Bankkártya|Utánvét|Card bancar|Ramburs/i,
  totals: [
    // What is left to pay once a gift card or store credit has paid part of the order's total.
    /Amount to pay|Left to pay|Remaining to pay|Balance due|Balance to pay/i,
    /Total due today|Order total|Estimated total|Total due|Amount due|Grand total|Total to pay|Gesamtsumme|Gesamtbetrag|Bestellsumme|Endsumme|Zu zahlen|Montant total|Total TTC|Montant à payer|Totaalbedrag|Te betalen|Att betala|Å betale|At betale|Maksettava|Do zapłaty|Łącznie do zapłaty|Celkem k úhradě|K úhradě|Celkom k úhrade|Suma k úhrade|Fizetendő végösszeg|Fizetendő összeg|Végösszeg|Total de plată|Total de plata|Total a pagar|Importe total|Totale ordine|Σύνολο παραγγελίας|Πληρωτέο ποσό/i,
    /Totalt|Totalbeløp|Totalbelopp|Totalsum|Total|Gesamt|Summe|Totaal|Yhteensä|Razem|Łącznie|Suma|Celkem|Celkom|Spolu|Összesen|Σύνολο/i,
    // "I alt" (Danish) is weakest: as letters it also ends words (Mini alternatives). "Due today" is a
    // trial's or deposit's total where no other label names one; beside a total, a plan's first payment.
    /Order amount|I alt|Due today/i,
  ],
  // A limit's sentence: "requires an order total of at least $50.00"; a note on what it holds: "Total
  // includes applicable California Electronic Waste Recycling Fee ($0.00 …)".
  notTotal:
    /total (?:includes|excludes|does not include)|(?:total|balance due) (?:is )?(?:of )?(?:at least|over|under|above|below|more than|less than|between|up to|exceeding)|total of [^.!?]{1,20}? or (?:more|less|above|over|higher|greater)|requires? (?:an? |the )?(?:order |cart |basket )?total|(?:minimum|maximum) (?:order )?total|before tax|tax included|included in total|saving|Sub[- ]?total|Recurring totals?|total in (?:[A-Z][a-z]+ )?(?:dollars|euros|pounds|yen|yuan|francs|kronor|kroner)\b|Subtotaal|Sous-total|Zwischensumme|Varer i alt|Varor totalt|Tuotteet yhteensä|Produkter i alt|Artikler i alt|Items total|Merchandise total|Warensumme|Artikelsumme|Summe Artikel|Versandkosten gesamt|Gutscheine gesamt|Total (?:products|shipping|vouchers|wrapping|discounts?|produits|expédition|bons de réduction|productos|envío)\b|Teilsumme|Summer|totals\b|Net total|Total net|excl\.? (?:VAT|tax|GST|HST)|excluding (?:VAT|tax|GST|HST)|(?:tax|VAT|GST|HST) excl|\bex\.? (?:VAT|GST)|Nettosumme|Nettobetrag|zzgl\.|(?:ohne|exkl\.?) (?:MwSt|USt)|Total HT|hors taxes|hors TVA|Delsumma|Delsum|Mellemsum|Välisumma|Suma częściowa|Mezisoučet|Medzisúčet|Zboží celkem|Tovar spolu|Részösszeg|bez DPH|Nettó|sin IVA|IVA esclusa|excl\.? btw|exclusief btw|Υποσύνολο|exkl\.? moms|ekskl\.? mva|ekskl\.? moms/i,
  totalControl:
    /^(?:(?:show|hide) order summary|order summary|place (?:your )?order|pay(?: now| securely)?|complete (?:order|purchase|payment)|confirm (?:and pay|order|payment)|submit order|buy now|order now|jetzt (?:kaufen|bezahlen)|kaufen|zahlungspflichtig bestellen|bezahlen|commander|payer|pagar|paga|betalen|afrekenen|betala|maksa|zapłać|zaplatit)(?=[\s·•:–—|-])/i,
  // $1,234.56, US$ 1,234.56, A$, C$, NZ$, HK$, £, €, 1.234,56 €, 1 234,56 €, USD $1,234.56, 1,234.56 USD, USD 1,234.56,
  // the crowns: 1 595,00 kr, kr 2 499,00, 1.234,56 kr., DKK 899,95, NOK kr 1 249,00 (drawn apart, read
  // as one), 1 497,- kr (no øre), the złoty: 649,00 zł, the Czech crown: 2 490 Kč, the forint: 12 990 Ft, the leu: 349,99 lei.
  price:
    /(?:\b(?:USD|EUR|GBP|AUD|CAD|NZD|SEK|NOK|DKK|CHF|PLN|CZK|HUF|RON|MXN) ?)?(?:(?:US|AU|CA|NZ|HK|NT|SG|MX|[ACRS])\$|\$|£|€|(?:\b|(?<=NOK|SEK|DKK))[Kk]r\.?) ?\d[\d,.\s'’]*|\d[\d,.\s'’]*(?:[,.:]-\s*)?(?:€|£|\$|\b[DNS]?kr\b\.?|zł|Kč|\bFt\b\.?|\blei\b|\b(?:USD|EUR|GBP|AUD|CAD|NZD|SEK|NOK|DKK|CHF|PLN|CZK|HUF|RON|MXN)\b)|\b(?:USD|EUR|GBP|AUD|CAD|NZD|SEK|NOK|DKK|CHF|PLN|CZK|HUF|RON|MXN) ?\d[\d,.\s'’]*/,
  unavailable:
    /unavailable|not available|isn't available|is not available|only available|cannot offer|can't offer|unable to offer|nicht anbieten|nicht angeboten|available (?:for|on) orders|cannot be used|can't be used|not eligible|ineligible|not supported|does not support|doesn't support|over the limit|exceeds|too high|too low|minimum order|order minimum|nicht verfügbar|nicht möglich|zu hoch|zu niedrig|überschreitet|trop élevé|trop bas|te hoog|te laag|indisponible|non disponible|inte tillgänglig|ej tillgänglig|ikke tilgjengelig|ikke tilgængelig|ei saatavilla|ei käytettävissä|niedostępna|niedostępny|niedostępne|nie jest dostępna|no disponible|no está disponible|non disponibile|non è disponibile|niet beschikbaar|niet mogelijk|indisponível|não disponível|não está disponível|nedostupn|není k dispozici|není dostupn|nie je dostupn|nie je k dispozícii|nem elérhető|nem érhető el|indisponibil|nu este disponibil|μη διαθέσιμ|δεν είναι διαθέσιμ/i,
  limit: /(?:is )?(?:only )?available (?:for|on) orders|minimum order|order minimum/gi,
  // Only while the page says it is still finding out (Checking eligibility…), not "Checking eligibility won't affect your credit".
  // German, French, Dutch and Nordic pages say it in the present ("wird geprüft", "we controleren"),
  // or as a noun and an ellipsis ("Vérification de votre admissibilité…").
  pending:
    /(?:checking|loading|calculating|verifying|vérification|chargement|prüfung|wird geladen|comprobando|verificando|cargando|a verificar|verifica|caricamento|controllo|controleren|sprawdzanie|ładowanie|kontrollerar|laddar|sjekker|tjekker|kollar)[^.…]{0,60}(?:…|\.\.\.)|please wait|one moment|we(?: are|['’]re) (?:still )?checking|prüfen gerade|wird gerade geprüft|wird geprüft|werden geprüft|wird überprüft|bitte warten|einen moment|en cours de vérification|vérification[^.…]{0,40}en cours|veuillez patienter|un instant|we controleren|wordt gecontroleerd|een moment|even geduld|vi kontrollerar|kontrolleras|vi kontrollerer|kontrolleres|tarkistetaan|hetkinen/i,
  // "Paying with Afterpay" is the chosen way to pay, said where the list folds away (a "Change" beside it).
  mentionBefore: /(?:(?<!paying )with|by|through|via|using|from|to|powered by|about|learn about|what is|\bmed)\s*$/i,
  // "Afterpay-eligible delivery": a word that describes something else by the program.
  mentionAfter: /^\s*(?:FAQ|terms|help|support|learn more|\?|is |are |was |works|-eligible\b)/i,
  length: 2.5,
  // Not "as low as $8/mo": beside an option's name it is the plan's rate; in a widget the name
  // follows "with" and is a mention anyway.
  promotion: /learn more|apply now|sign up|offer|promo|get \d+% off|save/i,
};
