/** Without the Navigation API, how often the URL is compared: a string comparison, nothing more. */
const URL_POLL_MS = 500;

interface ExtensionApi {
  readonly runtime: { readonly id?: string; getURL(path: string): string };
}

/**
 * The work of a content script on a shop's every page: it only checks the URL, and on a checkout
 * loads a reader (`load` imports an extension file, run in this same isolated world), which takes
 * over. Until then it touches no extension API: the first touch builds the API's bindings in the
 * page (0.4 ms of the page's main thread). WXT's content-script context touches it as it starts,
 * which is why the content scripts are no WXT content scripts and the readers make that context.
 */
export function loadReaderOnCheckouts(
  isCheckout: (url: URL) => boolean,
  load: (extension: ExtensionApi) => unknown,
): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    if (!isCheckout(new URL(location.href))) return;
    navigation?.removeEventListener('currententrychange', check);
    clearInterval(poll);
    const extension = (globalThis as { chrome?: Partial<ExtensionApi> }).chrome;
    // Left over from before an update or removal, this script has no extension to load from.
    if (!extension?.runtime?.id) return;
    Promise.resolve(load(extension as ExtensionApi)).catch(() => undefined);
  };
  // Single-page shops (Pinduoduo) reach the checkout by pushState: the Navigation API tells every
  // world about it; where that API is missing, compare the URL now and then.
  if (navigation) navigation.addEventListener('currententrychange', check);
  else poll = setInterval(check, URL_POLL_MS);
  check();
}
