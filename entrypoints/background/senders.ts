import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ORDER_MATCHES } from '../../lib/orders';
import { SITE_MATCHES } from '../../lib/sites';
import { isAddedShop } from './shops';

// Who may say what. A message that fails these checks is dropped without an answer.

type Sender = chrome.runtime.MessageSender;

function ours(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

const SITE_PATTERNS = SITE_MATCHES.map((pattern) => new MatchPattern(pattern));
const ORDER_PATTERNS = ORDER_MATCHES.map((pattern) => new MatchPattern(pattern));

/** Our script in the top frame of a real tab: where it sent from. */
function scriptTab(sender: Sender): { tabId: number; url: URL } | undefined {
  if (!ours(sender) || sender.frameId !== 0 || sender.tab?.id === undefined || !sender.url) return undefined;
  if (!URL.canParse(sender.url)) return undefined;
  return { tabId: sender.tab.id, url: new URL(sender.url) };
}

// A string, not a URL, to the matchers: they test `instanceof Location`, which a service worker lacks.
const matchesAny = (patterns: readonly MatchPattern[], url: URL) =>
  patterns.some((pattern) => pattern.includes(url.href));

/** Where a checkout content script's message came from: a built-in shop page, or a page of a shop the shopper added. */
export interface ContentScriptTab {
  readonly tabId: number;
  readonly url: URL;
  /** On a shop the shopper added (read by platform), not on a built-in shop's page. */
  readonly added: boolean;
}

/**
 * Our checkout content script, in the top frame of a real tab, on a page the built-in one is
 * declared for, or on an https page of a shop in the stored list of added shops. Nothing else: a
 * host permission alone (the shopper granted a site some other way) makes no shop.
 */
export async function contentScriptTab(sender: Sender): Promise<ContentScriptTab | undefined> {
  const from = scriptTab(sender);
  if (!from) return undefined;
  if (matchesAny(SITE_PATTERNS, from.url)) return { ...from, added: false };
  if (from.url.protocol === 'https:' && (await isAddedShop(`https://${from.url.hostname}`)))
    return { ...from, added: true };
  return undefined;
}

/** Our order-page content script, in the top frame of a real tab, on a page it is declared for. */
export function orderPageTab(sender: Sender): { tabId: number; url: URL } | undefined {
  const from = scriptTab(sender);
  return from && matchesAny(ORDER_PATTERNS, from.url) ? from : undefined;
}

function ourPage(sender: Sender): boolean {
  return ours(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Our panel page. Its address is taken from the extension's root: in Chrome, runtime.getURL gives
 * web-accessible files the per-session address pages load them by, while the frame itself (and so
 * its messages' sender) has the extension's fixed one.
 */
function isPanel(sender: Sender): boolean {
  return sender.url?.startsWith(`${browser.runtime.getURL('/')}panel.html`) === true;
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
