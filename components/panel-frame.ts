import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/core';
import type { PanelView } from '../lib/protocol';
import { messenger } from './client';

/**
 * The view a panel frame shows, asked again whenever `follow` says it may have changed. Answers
 * may come back out of order: only the latest request's is shown, and a failed one leaves the
 * panel as it is until the next change asks again.
 */
export function useFollowedView(initial: PanelView, follow: (listener: () => void) => void) {
  const [view, setView] = useState(initial);
  useEffect(() => {
    let latest = 0;
    follow(() => {
      const request = ++latest;
      messenger.sendMessage('getPanelState', {}).then(
        (next) => request === latest && setView(next),
        () => undefined,
      );
    });
  }, [follow]);
  return [view, setView] as const;
}

/**
 * The frame's language and height. The language is set before the first paint: it picks the
 * fonts Chinese text is set in. The frame cannot size itself: the background passes our height to
 * our tab's content script, never through the page. Measured at once, not left to the observer's
 * first report (a tab in the background runs no observers, and its panel would stay zero pixels
 * high until shown), and sent only when new (each report costs the background a round trip to the
 * tab). `root` changes element when `layout` changes.
 */
export function useFrameSize(root: RefObject<HTMLElement>, locale: Locale, layout: unknown): void {
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    let sent = -1;
    const report = () => {
      const height = element.getBoundingClientRect().height;
      if (height === sent) return;
      sent = height;
      void messenger.sendMessage('panelResized', { height }).catch(() => undefined);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [layout]);
}
