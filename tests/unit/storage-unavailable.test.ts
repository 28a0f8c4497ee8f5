import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Firefox private browsing (and some locked-down profiles) give extension pages no IndexedDB.
// The pages must say so plainly and keep working otherwise.

const saved = { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange };
let unmount: (() => void) | undefined;

afterEach(async () => {
  unmount?.();
  // Let effects scheduled by the last render run while the stubs still exist.
  await new Promise((done) => setTimeout(done, 20));
  vi.restoreAllMocks();
  Object.assign(globalThis, saved);
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function renderWithoutIndexedDB(load: () => Promise<() => unknown>): Promise<Document> {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', new URL('chrome-extension://test/options.html'));
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal('cancelAnimationFrame', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  // Dexie reads indexedDB when it is imported: remove it first, then import the page fresh.
  Reflect.deleteProperty(globalThis, 'indexedDB');
  Reflect.deleteProperty(globalThis, 'IDBKeyRange');
  vi.resetModules();
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const { h, render } = await import('preact');
  const component = await load();
  const app = document.getElementById('app');
  if (!app) throw new Error('no app element');
  render(h(component as never, {}), app);
  unmount = () => render(null, app);
  return document;
}

async function settle(document: Document, text: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
    if (text.test(alert)) return alert;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`no alert matching ${text}: ${document.body.innerHTML.slice(0, 500)}`);
}

describe('IndexedDB unavailable', () => {
  it('the popup says so and offers nothing that would fail', async () => {
    const document = await renderWithoutIndexedDB(async () => (await import('../../components/Popup')).Popup);
    expect(await settle(document, /cannot be shown or saved/)).toMatch(/private window/);
    const add = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Add a bill');
    expect(add?.hasAttribute('disabled')).toBe(true);
    expect(document.querySelectorAll('[data-installment]')).toHaveLength(0);
  });

  it('the dashboard says so and still shows its settings', async () => {
    const document = await renderWithoutIndexedDB(async () => (await import('../../components/Dashboard')).Dashboard);
    expect(await settle(document, /cannot be shown or saved/)).toBeTruthy();
    expect(document.querySelector('#settings')).not.toBeNull();
  });
});
