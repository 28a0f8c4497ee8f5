import Papa from 'papaparse';
import type { z } from 'zod';
import { fractionDigits, isCurrencyCode, toDecimalString } from '../money';
import { dueFromText, parseDueFromText } from '../provenance';
import type { BillWithInstallments } from '../store/bills';
import type { Bill, Installment } from '../store/db';
import { firstProblem, type ImportProblem, type ImportResult } from './errors';
import { uniqueIds } from './json';
import { BillRecord, InstallmentRecord } from './schema';

/** One row per installment; the bill's columns repeat on each of its rows. */
export const CSV_COLUMNS = [
  'billId',
  'site',
  'program',
  'merchant',
  'orderId',
  'total',
  'currency',
  'purchased',
  'received',
  'awaitingReceipt',
  'billStatus',
  'notes',
  'created',
  'updated',
  'installmentId',
  'sequence',
  'amount',
  'due',
  'status',
  'paidOn',
  'estimated',
  'snoozedUntil',
  'dismissed',
  'dueFrom',
] as const;
/** Columns a file may lack (it was written before they existed): their cells read as empty. */
const LATER_COLUMNS: ReadonlySet<string> = new Set(['dueFrom']);
type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Record<Column, string>;

/** Record fields whose column has another name. */
const BILL_COLUMN: Partial<Record<keyof Bill, Column>> = { id: 'billId', status: 'billStatus' };
const INSTALLMENT_COLUMN: Partial<Record<keyof Installment, Column>> = { id: 'installmentId' };

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: such cells (and any already
 * starting with the escape mark) get a leading apostrophe, which the import removes again.
 */
const FORMULA_START = /^['=+\-@\t\r]/;
const escapeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const unescapeCell = (value: string) => (value.startsWith("'") ? value.slice(1) : value);

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
const flag = (value: boolean | undefined) => (value === undefined ? '' : String(value));

/** Amounts in major units (2399.00), as a spreadsheet shows money; converted exactly, never through a float. */
export function toCsv(entries: readonly BillWithInstallments[]): string {
  const rows: CsvRow[] = [];
  for (const { bill, installments } of entries) {
    const billColumns = {
      billId: bill.id,
      site: bill.site ?? '',
      program: bill.program,
      merchant: bill.merchant ?? '',
      orderId: bill.orderId ?? '',
      total: toDecimalString({ amount: bill.total, currency: bill.currency }),
      currency: bill.currency,
      purchased: bill.purchased,
      received: bill.received ?? '',
      awaitingReceipt: String(bill.awaitingReceipt),
      billStatus: bill.status,
      notes: bill.notes ?? '',
      created: iso(bill.created),
      updated: iso(bill.updated),
    };
    const none = { installmentId: '', sequence: '', amount: '', due: '', status: '', paidOn: '' };
    const parts = installments.map((row) => ({
      installmentId: row.id,
      sequence: String(row.sequence),
      amount: toDecimalString({ amount: row.amount, currency: row.currency }),
      due: row.due,
      status: row.status,
      paidOn: row.paidOn ?? '',
      estimated: String(row.estimated),
      snoozedUntil: iso(row.snoozedUntil),
      dismissed: flag(row.dismissed),
      dueFrom: dueFromText(row.dueFrom),
    }));
    // A bill without installments still gets a row, so it survives the round trip.
    for (const part of parts.length > 0
      ? parts
      : [{ ...none, estimated: '', snoozedUntil: '', dismissed: '', dueFrom: '' }]) {
      rows.push({ ...billColumns, ...part });
    }
  }
  const escaped = rows.map((row) => CSV_COLUMNS.map((column) => escapeCell(row[column])));
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: escaped }, { newline: '\r\n' })}\r\n`;
}

class RowError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

function minor(value: string, currency: string, line: number, field: Column): number {
  const digits = isCurrencyCode(currency) ? fractionDigits(currency) : 2;
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(value);
  if (!match || (match[2] ?? '').length > digits) {
    throw new RowError({ row: line, field, message: `not an amount with at most ${digits} decimals` });
  }
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || '0');
}

function instant(value: string, line: number, field: Column): number | undefined {
  if (value === '') return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new RowError({ row: line, field, message: 'not a UTC time (2026-01-31T09:00:00.000Z)' });
  return ms;
}

function bool(value: string, line: number, field: Column): boolean | undefined {
  if (value === '') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new RowError({ row: line, field, message: 'not true or false' });
}

function dueFrom(value: string, line: number) {
  const parsed = parseDueFromText(value);
  if (parsed === null) {
    throw new RowError({
      row: line,
      field: 'dueFrom',
      message: 'not a due date source (page:jd:stated:2026-12-02, estimate, rule, shopper)',
    });
  }
  return parsed;
}

/** Only the fields that have a value: an empty cell is an absent optional field. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')) as T;
}

function rowToRecords(row: CsvRow, line: number): { bill: unknown; installment?: unknown } {
  const bill = present({
    id: row.billId,
    site: row.site,
    program: row.program,
    merchant: row.merchant,
    orderId: row.orderId,
    total: minor(row.total, row.currency, line, 'total'),
    currency: row.currency,
    purchased: row.purchased,
    received: row.received,
    awaitingReceipt: bool(row.awaitingReceipt, line, 'awaitingReceipt'),
    status: row.billStatus,
    notes: row.notes,
    created: instant(row.created, line, 'created'),
    updated: instant(row.updated, line, 'updated'),
  });
  if (row.installmentId === '') return { bill };
  const installment = present({
    id: row.installmentId,
    billId: row.billId,
    program: row.program,
    sequence: /^\d+$/.test(row.sequence) ? Number(row.sequence) : row.sequence,
    amount: minor(row.amount, row.currency, line, 'amount'),
    currency: row.currency,
    due: row.due,
    status: row.status,
    paidOn: row.paidOn,
    estimated: bool(row.estimated, line, 'estimated'),
    snoozedUntil: instant(row.snoozedUntil, line, 'snoozedUntil'),
    dismissed: bool(row.dismissed, line, 'dismissed'),
    dueFrom: dueFrom(row.dueFrom, line),
  });
  return { bill, installment };
}

function check<T>(schema: z.ZodType<T>, value: unknown, line: number, columns: Partial<Record<string, Column>>): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problem = firstProblem(parsed.error, () => line);
  throw new RowError({ ...problem, field: columns[problem.field] ?? problem.field });
}

/** Reads a CSV written by `toCsv` (or edited in a spreadsheet); the first bad cell is reported by line and column. */
export function parseCsv(text: string): ImportResult<BillWithInstallments[]> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const firstError = parsed.errors[0];
  if (firstError) {
    return { ok: false, problem: { row: (firstError.row ?? 0) + 2, field: '(row)', message: firstError.message } };
  }
  const missing = CSV_COLUMNS.find((column) => !LATER_COLUMNS.has(column) && !parsed.meta.fields?.includes(column));
  if (missing) return { ok: false, problem: { row: 1, field: missing, message: 'column missing' } };
  const byBill = new Map<string, { bill: Bill; line: number; installments: Installment[] }>();
  try {
    parsed.data.forEach((raw, index) => {
      const line = index + 2;
      const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, unescapeCell(raw[column] ?? '')])) as CsvRow;
      const records = rowToRecords(row, line);
      const bill = check(BillRecord, records.bill, line, BILL_COLUMN);
      const known = byBill.get(bill.id);
      if (known && JSON.stringify(known.bill) !== JSON.stringify(bill)) {
        throw new RowError({ row: line, field: 'billId', message: `bill columns differ from line ${known.line}` });
      }
      const entry = known ?? { bill, line, installments: [] };
      byBill.set(bill.id, entry);
      if (records.installment !== undefined) {
        const installment = check(InstallmentRecord, records.installment, line, INSTALLMENT_COLUMN);
        entry.installments.push(installment);
      }
    });
  } catch (error) {
    if (error instanceof RowError) return { ok: false, problem: error.problem };
    throw error;
  }
  const entries = [...byBill.values()];
  return uniqueIds(
    entries.map(({ bill, installments }) => ({ bill, installments })),
    (index) => entries[index]?.line ?? 0,
  );
}
