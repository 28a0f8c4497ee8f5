import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../lib/i18n';
import { parseAddedShops, parseShopOrigin } from '../lib/shops';
import { SHOPS_KEY } from '../lib/storage-keys';
import { requestShop, shopName } from './ShopsSection';
import { useStoredValue } from './shopper-storage';

type Page = { kind: 'other' } | { kind: 'shop'; origin: string } | { kind: 'built-in'; host: string };

/**
 * The page the popup was opened on. The popup sees its address because the shopper opened it
 * there (activeTab); on any other page, or without an address, there is nothing to offer.
 */
async function pageOfActiveTab(): Promise<Page> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url;
  if (!url?.startsWith('https://')) return { kind: 'other' };
  const parsed = parseShopOrigin(url);
  if (parsed.ok) return { kind: 'shop', origin: parsed.origin };
  return parsed.problem === 'built-in' ? { kind: 'built-in', host: new URL(url).hostname } : { kind: 'other' };
}

/** "Read checkouts on this shop", on an https page the extension does not read yet. */
export function ThisShop({ t }: { t: Translate }) {
  const [page, setPage] = useState<Page>({ kind: 'other' });
  const [denied, setDenied] = useState(false);
  const [failed, setFailed] = useState(false);
  const shops = useStoredValue(SHOPS_KEY, parseAddedShops);
  useEffect(() => {
    pageOfActiveTab().then(setPage, () => setPage({ kind: 'other' }));
  }, []);

  if (page.kind === 'other') return null;
  if (page.kind === 'built-in') return <p class="this-shop muted small">{t('builtInThisShop', { shop: page.host })}</p>;
  const shop = shopName(page.origin);
  if (shops.some((added) => added.origin === page.origin))
    return <p class="this-shop muted small">{t('readingThisShop', { shop })}</p>;
  return (
    <div class="this-shop">
      <button
        type="button"
        data-action="read-this-shop"
        aria-label={t('readThisShopLabel', { shop })}
        onClick={() => {
          // The request goes out in the click itself; the background adds the shop when the
          // browser grants it, even if this popup has closed by then.
          requestShop(page.origin).then(
            (granted) => setDenied(!granted),
            () => setFailed(true),
          );
        }}
      >
        {t('readThisShop')}
      </button>{' '}
      <span class="muted small">{shop}</span>
      <p role="status" class={denied || failed ? 'error small' : 'small'}>
        {denied ? t('shopDenied', { shop }) : failed ? t('actionFailed') : ''}
      </p>
    </div>
  );
}
