import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale, Translate } from '../lib/i18n';
import { type AddedShop, originPattern, parseAddedShops, parseShopOrigin, type ShopOriginProblem } from '../lib/shops';
import { SHOPS_KEY } from '../lib/storage-keys';
import { messenger } from './client';
import { useStoredValue } from './shopper-storage';

type Status = { readonly text: string; readonly error: boolean } | null;

/** A shop as the shopper knows it: its host. */
export const shopName = (origin: string) => new URL(origin).host;

/** The host the shopper typed, as well as it can be told. */
function typedHost(input: string): string {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  return URL.canParse(withScheme) ? new URL(withScheme).hostname : text;
}

export function problemText(problem: ShopOriginProblem, input: string, t: Translate): string {
  switch (problem) {
    case 'empty':
      return t('shopEmpty');
    case 'not-https':
      return t('shopNotHttps');
    case 'built-in':
      return t('shopBuiltIn', { shop: typedHost(input) });
    default:
      return t('shopInvalid');
  }
}

/**
 * Asks the browser for one shop's origin and, once granted, has the background read its checkouts.
 * Must run in the shopper's click or key press: browsers grant optional permissions only from one,
 * so nothing may be awaited before the request.
 */
export function requestShop(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
    if (granted) await messenger.sendMessage('addShop', { origin });
    return granted;
  });
}

/** The dashboard's list of shops the shopper added, with a field to add one and a button to remove each. */
export function ShopsSection({ locale, t }: { locale: Locale; t: Translate }) {
  const shops = useStoredValue(SHOPS_KEY, parseAddedShops);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseShopOrigin(input);
    if (!parsed.ok) {
      setInvalid(true);
      setStatus({ text: problemText(parsed.problem, input, t), error: true });
      return;
    }
    setInvalid(false);
    const shop = shopName(parsed.origin);
    requestShop(parsed.origin).then(
      (granted) => {
        if (granted) setInput('');
        setStatus(
          granted ? { text: t('shopAdded', { shop }), error: false } : { text: t('shopDenied', { shop }), error: true },
        );
      },
      () => setStatus({ text: t('actionFailed'), error: true }),
    );
  };

  const remove = (shop: AddedShop) =>
    messenger.sendMessage('removeShop', { origin: shop.origin }).then(
      () => setStatus({ text: t('shopRemoved', { shop: shopName(shop.origin) }), error: false }),
      () => setStatus({ text: t('actionFailed'), error: true }),
    );

  return (
    <section id="shops" class="card shops" data-testid="shops" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('shopsTitle')}</h2>
      <p class="muted small">{t('shopsIntro')}</p>
      <form class="shop-form" onSubmit={add} noValidate>
        <label for={`${id}-origin`}>{t('shopOrigin')}</label>
        <input
          id={`${id}-origin`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          data-field="shop-origin"
          placeholder={t('shopOriginHint')}
          aria-describedby={`${id}-status`}
          aria-invalid={invalid}
          value={input}
          onInput={(event) => {
            setInput(event.currentTarget.value);
            setInvalid(false);
          }}
        />
        <button type="submit" class="primary" data-action="add-shop">
          {t('addShop')}
        </button>
      </form>
      <p id={`${id}-status`} role="status" class={status?.error ? 'error' : 'muted small'}>
        {status?.text ?? ''}
      </p>
      {shops.length === 0 ? (
        <p class="muted">{t('shopsEmpty')}</p>
      ) : (
        <ul class="shop-list">
          {shops.map((shop) => (
            <li key={shop.origin} data-shop-origin={shop.origin}>
              <span class="shop-name">{shopName(shop.origin)}</span>
              <span class="muted small">{t('shopAddedOn', { date: dates.format(shop.addedAt) })}</span>
              <button
                type="button"
                data-action="remove-shop"
                aria-label={t('removeShopLabel', { shop: shopName(shop.origin) })}
                onClick={() => void remove(shop)}
              >
                {t('removeShop')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
