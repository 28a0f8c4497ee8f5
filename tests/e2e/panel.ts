import { expect } from 'vitest';
import { type Surface, type TestPage, waitFor } from './drivers';

/** What the panel should show on a page. `total` is undefined where the page shows none. */
export interface Expected {
  readonly url: string;
  readonly fixture: string;
  readonly site: string;
  readonly total: string | undefined;
  readonly currency?: string;
  readonly programs: Readonly<Record<string, 'eligible' | 'ineligible' | 'unknown'>>;
}

export const hosts = (page: TestPage) => page.evaluate(() => document.querySelectorAll('paylater-lens').length);
export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function panelRoot(panel: Surface): Promise<Record<string, string | undefined>> {
  return waitFor(
    () =>
      panel.evaluate(() => {
        const element = document.querySelector<HTMLElement>('[data-testid="panel"]');
        return element && { ...element.dataset };
      }),
    'the panel to render',
  );
}

export async function statuses(panel: Surface): Promise<Record<string, string | undefined>> {
  return panel.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-program]')].map((row) => [
        row.dataset.program,
        row.dataset.status,
      ]),
    ),
  );
}

/** Waits until the panel shows what the page shows (it may still be re-read), then checks it. */
export async function expectPanel(page: TestPage, expected: Expected, timeoutMs = 10_000): Promise<Surface> {
  let panel = await page.panelFrame(timeoutMs);
  const settled = async () => {
    // A page that redraws what holds the panel takes its frame out, and the panel comes back in a
    // new one after what the page keeps: follow the frame there is now.
    panel = await page.panelFrame(timeoutMs);
    const root = await panel.evaluate(() => {
      const element = document.querySelector<HTMLElement>('[data-testid="panel"]');
      return element && { ...element.dataset };
    });
    const rows = await statuses(panel);
    const programs = Object.entries(expected.programs);
    return (
      root?.total === expected.total &&
      Object.keys(rows).length === programs.length &&
      programs.every(([program, status]) => rows[program] === status) &&
      (await hosts(page)) === 1
    );
  };
  await waitFor(settled, `the panel to show ${expected.fixture}`, timeoutMs).catch(() => undefined);
  const root = await panelRoot(panel);
  expect(root).toMatchObject({ site: expected.site, currency: expected.currency ?? 'CNY' });
  expect(root.total).toBe(expected.total);
  expect(await statuses(panel)).toEqual(expected.programs);
  expect(await hosts(page)).toBe(1);
  return panel;
}
