import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ORDER_MATCHES } from '../../lib/orders';
import { SITE_MATCHES } from '../../lib/sites';

// Who may say what. A message that fails these checks is dropped without an answer.

type Sender = chrome.runtime.MessageSender;

function ours(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

const SITE_PATTERNS = SITE_MATCHES.map((pattern) => new MatchPattern(pattern));
const ORDER_PATTERNS = ORDER_MATCHES.map((pattern) => new MatchPattern(pattern));

function scriptTab(sender: Sender, patterns: readonly MatchPattern[]): { tabId: number; url: URL } | undefined {
  if (!ours(sender) || sender.frameId !== 0 || sender.tab?.id === undefined || !sender.url) return undefined;
  if (!URL.canParse(sender.url)) return undefined;
  const url = new URL(sender.url);
  // A string, not a URL: the matcher tests `instanceof Location`, which a service worker lacks.
  return patterns.some((pattern) => pattern.includes(url.href)) ? { tabId: sender.tab.id, url } : undefined;
}

/** Our checkout content script, in the top frame of a real tab, on a page it is declared for. */
export function contentScriptTab(sender: Sender): { tabId: number; url: URL } | undefined {
  return scriptTab(sender, SITE_PATTERNS);
}

/** Our order-page content script, in the top frame of a real tab, on a page it is declared for. */
export function orderPageTab(sender: Sender): { tabId: number; url: URL } | undefined {
  return scriptTab(sender, ORDER_PATTERNS);
}

function ourPage(sender: Sender): boolean {
  return ours(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

function isPanel(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/panel.html')) === true;
}

/**
 * An extension page of ours that no web page can frame (popup, dashboard). Not the panel: it is
 * web-accessible, so a shop's page can load it, and it may only speak for its own tab's checkout.
 */
export function extensionPage(sender: Sender): boolean {
  return ourPage(sender) && !isPanel(sender);
}

/** Our panel page, framed inside a tab: answers concern that tab only. */
export function panelTab(sender: Sender): number | undefined {
  return ourPage(sender) && isPanel(sender) ? sender.tab?.id : undefined;
}
