import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A committed fixture page as a Document, the way an adapter sees a real page. */
export function fixtureDocument(path: string): Document {
  const html = readFileSync(`${FIXTURES_DIR}${path}`, 'utf8');
  return parseHTML(html).document as unknown as Document;
}
