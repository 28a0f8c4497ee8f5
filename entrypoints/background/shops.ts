import { browser } from 'wxt/browser';
import { type AddedShop, MAX_SHOPS, originPattern, parseAddedShops, patternOrigin } from '../../lib/shops';
import { SHOPS_KEY } from '../../lib/storage-keys';

// The shops the shopper added: a list in storage.local (the truth), a host permission per shop
// (the browser's consent), and one registered content script matching them all. Both browsers keep
// a registered script across restarts (persistAcrossSessions) but drop it on an update, and the
// shopper can take a permission back in the browser's own settings: so at every start and every
// change the script is made to match the shops that are listed and still granted.

const SCRIPT_ID = 'added-shops';
/** WXT's output for entrypoints/shop-loader.ts. */
export const SHOP_SCRIPT_FILE = 'shop-loader.js';

export async function readShops(): Promise<AddedShop[]> {
  const stored = await browser.storage.local.get(SHOPS_KEY);
  return parseAddedShops(stored[SHOPS_KEY]);
}

async function writeShops(shops: readonly AddedShop[]): Promise<void> {
  await browser.storage.local.set({ [SHOPS_KEY]: shops });
}

/** Whether a page's origin is a shop the shopper added. */
export async function isAddedShop(origin: string): Promise<boolean> {
  return (await readShops()).some((shop) => shop.origin === origin);
}

// One change at a time: a click's request and the permission event it fires both add the shop.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const granted = (origin: string) => browser.permissions.contains({ origins: [originPattern(origin)] });

/** Makes the registered script match exactly the listed shops the browser still lets us read. */
async function reconcile(): Promise<void> {
  const shops = await readShops();
  const live = (await Promise.all(shops.map(async (shop) => ((await granted(shop.origin)) ? [shop] : [])))).flat();
  if (live.length !== shops.length) await writeShops(live);
  const matches = live.map((shop) => originPattern(shop.origin));
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else if (!registered) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, js: [SHOP_SCRIPT_FILE], matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (registered.matches?.join('\n') !== matches.join('\n') || registered.js?.join() !== SHOP_SCRIPT_FILE) {
    // New shops, or a script an earlier version registered with its own file.
    await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, js: [SHOP_SCRIPT_FILE], matches }]);
  }
}

async function addToList(origins: readonly string[]): Promise<void> {
  const shops = await readShops();
  const added = origins.filter((origin) => !shops.some((shop) => shop.origin === origin));
  if (added.length === 0) return;
  if (shops.length + added.length > MAX_SHOPS) throw new Error(`At most ${MAX_SHOPS} shops`);
  const now = Date.now();
  await writeShops([...shops, ...added.map((origin) => ({ origin, addedAt: now }))]);
}

async function removeFromList(origins: readonly string[]): Promise<void> {
  const shops = await readShops();
  const kept = shops.filter((shop) => !origins.includes(shop.origin));
  if (kept.length !== shops.length) await writeShops(kept);
}

/** The shop is no longer read whatever happens here: a permission the browser will not take back is only a warning. */
async function givePermissionsBack(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await browser.permissions
    .remove({ origins: origins.map(originPattern) })
    .catch((error: unknown) => console.warn('PayLater Lens: permission not given back', error));
}

/** The popup or dashboard asked the browser for this shop and got it: read its checkouts. */
export function addShop(origin: string): Promise<void> {
  return serially(async () => {
    if (!(await granted(origin))) throw new Error('The browser has not granted this shop');
    await addToList([origin]);
    await reconcile();
  });
}

/** Stops reading a shop and gives its permission back. */
export function removeShop(origin: string): Promise<void> {
  return serially(async () => {
    await removeFromList([origin]);
    await reconcile();
    await givePermissionsBack([origin]);
  });
}

/** Every added shop forgotten, its script unregistered and its permission given back ("delete all my data"). */
export function forgetShops(): Promise<void> {
  return serially(async () => {
    const shops = await readShops();
    // No write when there is nothing to forget: "delete everything" clears storage just after.
    if (shops.length > 0) await writeShops([]);
    await reconcile();
    await givePermissionsBack(shops.map((shop) => shop.origin));
  });
}

function sync(): void {
  serially(reconcile).catch((error: unknown) => console.warn('PayLater Lens: added shops not registered', error));
}

/** Added synchronously in main(), so the start or permission change that woke the background is not missed. */
export function registerShopListeners(): void {
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  // A grant is a shop added, even when the popup that asked closed before it heard the answer
  // (a permission prompt takes the focus, which closes a popup).
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    const shops = origins.flatMap((pattern) => patternOrigin(pattern) ?? []);
    if (shops.length === 0) return;
    serially(async () => {
      await addToList(shops);
      await reconcile();
    }).catch((error: unknown) => console.warn('PayLater Lens: shop not added', error));
  });
  // Taken back in the browser's settings, or by removeShop: the shop goes from the list.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    const shops = origins.flatMap((pattern) => patternOrigin(pattern) ?? []);
    if (shops.length === 0) return;
    serially(async () => {
      await removeFromList(shops);
      await reconcile();
    }).catch((error: unknown) => console.warn('PayLater Lens: shop not removed', error));
  });
}
