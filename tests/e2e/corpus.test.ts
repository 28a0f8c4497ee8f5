import { describe, expect, it } from 'vitest';
import { READINGS } from '../corpus/readings';
import type { CorpusPage, PageState } from '../corpus/types';
import { BROWSERS, useBrowser } from './harness';
import { expectPanel, hosts, pause } from './panel';
import { shopUrl } from './server';

// The detection corpus in real browsers, served at the shops' real addresses: pages written by
// other hands than the reader's, with their scripts running (late steps, re-rendering lists) and
// styles applied (collapsed sections). The unit corpus test prints the confusion table.

const STATUS = { offered: 'eligible', unavailable: 'ineligible', unknown: 'unknown' } as const satisfies Record<
  PageState,
  string
>;

/** How long a page without a panel is watched: longer than any late page takes to draw its step. */
const NO_PANEL_MS = 2500;

function expected(page: CorpusPage) {
  if (!page.expected) return undefined;
  return {
    url: page.url,
    fixture: page.page,
    site: page.site,
    total: page.expected.total === null ? undefined : String(page.expected.total),
    programs: Object.fromEntries(
      Object.entries(page.expected.programs).map(([program, state]) => [program, STATUS[state as PageState]]),
    ),
  };
}

describe.each(BROWSERS)('detection corpus in %s', (name) => {
  const { driver } = useBrowser(name);

  it.each(READINGS.map((page) => [page.page, page] as const))('%s', async (_page, page) => {
    const tab = await driver().open(shopUrl(page.url.replace(/^https:/, 'http:'), `corpus/${page.page}`));
    const panel = expected(page);
    if (panel) await expectPanel(tab, panel);
    else {
      await pause(NO_PANEL_MS);
      expect(await hosts(tab)).toBe(0);
    }
    await tab.close();
  });
});
