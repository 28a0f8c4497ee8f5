import { z } from 'zod';
import type { BillWithInstallments } from '../store/bills';
import { firstProblem, type ImportResult } from './errors';
import { BillEntries } from './schema';

export const BACKUP_FORMAT = 'paylater-lens-backup';
export const BACKUP_VERSION = 1;

const Backup = z.lazy(() =>
  z
    .object({
      format: z.literal(BACKUP_FORMAT),
      version: z.literal(BACKUP_VERSION),
      exported: z.string().max(40),
      bills: BillEntries,
    })
    .strict(),
);

/** A full backup: every bill with every installment, as stored. */
export function toJsonBackup(entries: readonly BillWithInstallments[], now: number): string {
  const backup: z.input<typeof Backup> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: new Date(now).toISOString(),
    bills: entries.map((entry) => ({ bill: entry.bill, installments: entry.installments })),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export function parseJsonBackup(text: string): ImportResult<BillWithInstallments[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { row: 0, field: '(file)', message: (error as Error).message } };
  }
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    // Bill n of the backup is "row" n: the shopper can find it by counting bills.
    return {
      ok: false,
      problem: firstProblem(parsed.error, (path) => (path[0] === 'bills' ? Number(path[1]) + 1 : 0)),
    };
  }
  return uniqueIds(parsed.data.bills, (index) => index + 1);
}

/** Two bills or installments with one id would silently overwrite each other: refuse the file instead. */
export function uniqueIds(
  entries: BillWithInstallments[],
  rowOf: (index: number) => number,
): ImportResult<BillWithInstallments[]> {
  const bills = new Set<string>();
  const installments = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (bills.has(entry.bill.id)) return duplicate(rowOf(index), 'id');
    bills.add(entry.bill.id);
    for (const row of entry.installments) {
      if (installments.has(row.id)) return duplicate(rowOf(index), 'installmentId');
      installments.add(row.id);
    }
  }
  return { ok: true, value: entries };
}

function duplicate(row: number, field: string): ImportResult<never> {
  return { ok: false, problem: { row, field, message: 'appears twice' } };
}
