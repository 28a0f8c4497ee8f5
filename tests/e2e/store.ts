import { type Driver, type Surface, waitFor } from './drivers';
import { shopUrl } from './server';

/** The JD test checkout, at its real address. */
export const CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=1763700000000';

export interface StoreSnapshot {
  readonly database: Record<string, unknown[]>;
  readonly local: Record<string, unknown>;
}

/** Everything the extension keeps about the shopper, read in its own origin. */
export function readStore(from: Driver | Surface): Promise<StoreSnapshot> {
  // An extension page reads the same database; a stopped worker cannot answer until an event wakes it.
  // A read queued behind a database deletion may wait: fail it after a while, so callers polling
  // with waitFor ask again instead of hanging.
  const run = async <T>(fn: () => Promise<T>): Promise<T> =>
    Promise.race([
      'background' in from ? from.background(fn) : from.evaluate(fn),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the store did not answer in 5 s')), 5000)),
    ]) as Promise<T>;
  return run(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const database: Record<string, unknown[]> = {};
    // Opening a database that is not there would create it: after "delete everything" there is none.
    const exists = (await indexedDB.databases()).some((info) => info.name === 'paylater-lens');
    if (!exists) return { database, local: await api.storage.local.get(null) };
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('paylater-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const name of open.objectStoreNames) {
      database[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = open.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    open.close();
    return { database, local: await api.storage.local.get(null) };
  });
}

/** Tracks the JD test checkout's bill through the real panel, as the shopper would. */
export async function trackOnHonestCheckout(driver: Driver): Promise<string> {
  const page = await driver.open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
  const panel = await page.panelFrame();
  await panel.click('[data-program="jd-paylater"] [data-action="track"]');
  await waitFor(
    () =>
      panel.evaluate(() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-tracked') === 'true'),
    'the honest panel to say tracked',
  );
  const panelUrl = await panel.evaluate(() => location.href);
  await page.close();
  return panelUrl;
}

/** Adds a bill through the popup's form, as a shopper would, and waits for its row. */
export async function addBillInPopup(
  popup: Surface,
  bill: { program: string; amount: string; purchased: string; due: string },
): Promise<void> {
  // The button toggles the form: click it only once the previous bill's form has closed.
  await waitFor(() => popup.evaluate(() => document.querySelector('.add-bill') === null), 'no add-bill form open');
  await popup.click('.header-actions button');
  // The form's code loads on demand, so on a slow machine it appears a moment after the click.
  await waitFor(() => popup.evaluate(() => document.querySelector('.add-bill select') !== null), 'the add-bill form');
  const fields = {
    '.add-bill select': bill.program,
    '.add-bill input[inputmode="decimal"]': bill.amount,
    '.add-bill .form-row:nth-of-type(2) label:nth-child(1) input': bill.purchased,
    '.add-bill .form-row:nth-of-type(2) label:nth-child(2) input': bill.due,
  };
  // Set through the prototype's setter and fire input and change, as typing would, so Preact's handlers run.
  await popup.evaluate(
    new Function(
      `for (const [selector, value] of Object.entries(${JSON.stringify(fields)})) {
         const element = document.querySelector(selector);
         if (!element) throw new Error('no field ' + selector);
         Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set.call(element, value);
         element.dispatchEvent(new Event('input', { bubbles: true }));
         element.dispatchEvent(new Event('change', { bubbles: true }));
       }`,
    ) as () => void,
  );
  await popup.click('.add-bill button[type="submit"]');
  // Done when the row shows (the list follows the database) and the form has closed (the add's answer came).
  const row = `[data-installment][data-program="${bill.program}"]`;
  const done = `return document.querySelector(${JSON.stringify(row)}) !== null && document.querySelector('.add-bill') === null`;
  await waitFor(
    () => popup.evaluate(new Function(done) as () => boolean),
    `${bill.program} in the popup, its form closed`,
  );
}
