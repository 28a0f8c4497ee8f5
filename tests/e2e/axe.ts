import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Surface } from './drivers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
}

/** Runs axe-core in the page or frame; the source goes in as the body of the evaluated function. */
export async function seriousViolations(page: Surface): Promise<AxeViolation[]> {
  const run = new Function(
    `${AXE_SOURCE};
     return axe.run(document, { resultTypes: ['violations'] }).then((result) =>
       result.violations
         .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
         .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length })));`,
  ) as () => Promise<AxeViolation[]>;
  return page.evaluate(run);
}
