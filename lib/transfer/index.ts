import type { BillWithInstallments } from '../store/bills';
import { parseCsv } from './csv';
import type { ImportResult } from './errors';
import { parseJsonBackup } from './json';

export { toCsv } from './csv';
export type { ImportProblem, ImportResult } from './errors';
export { toICalendar } from './ical';
export { toJsonBackup } from './json';

/** Files larger than this are not a shopper's bills. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Reads a backup (JSON) or a spreadsheet (CSV), told apart by content rather than by the file's name. */
export function parseImport(text: string): ImportResult<BillWithInstallments[]> {
  return text.trimStart().startsWith('{') ? parseJsonBackup(text) : parseCsv(text);
}
