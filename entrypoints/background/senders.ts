import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITE_MATCHES } from '../../lib/sites';

// Who may say what. A message that fails these checks is dropped without an answer.

type Sender = chrome.runtime.MessageSender;

function ours(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

const SITE_PATTERNS = SITE_MATCHES.map((pattern) => new MatchPattern(pattern));

/** Our content script, in the top frame of a real tab, on a page our content script is declared for. */
export function contentScriptTab(sender: Sender): { tabId: number; url: URL } | undefined {
  if (!ours(sender) || sender.frameId !== 0 || sender.tab?.id === undefined || !sender.url) return undefined;
  if (!URL.canParse(sender.url)) return undefined;
  const url = new URL(sender.url);
  // A string, not a URL: the matcher tests `instanceof Location`, which a service worker lacks.
  return SITE_PATTERNS.some((pattern) => pattern.includes(url.href)) ? { tabId: sender.tab.id, url } : undefined;
}

/** An extension page of ours (popup, dashboard), not a web page and not a content script. */
export function extensionPage(sender: Sender): boolean {
  return ours(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Our panel page, framed inside a tab: answers concern that tab only. */
export function panelTab(sender: Sender): number | undefined {
  if (!extensionPage(sender) || !sender.url?.startsWith(browser.runtime.getURL('/panel.html'))) return undefined;
  return sender.tab?.id;
}
