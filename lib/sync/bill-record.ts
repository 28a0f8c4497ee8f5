import { z } from 'zod';
import { addDays, type CalendarDate, daysBetween } from '../dates';
import { PROGRAM_IDS, SITE_IDS } from '../ids';
import { isCurrencyCode, MAX_MINOR_UNITS } from '../money';
import { type DueFrom, ESTIMATE, RULE, SHOPPER } from '../provenance';
import { type Bill, REMINDERS_PENDING, type StoredInstallment } from '../store/db';
import { canonical, type Json } from './doc';

// A bill and its installments as synced facts. Each field has a short, permanent name (every byte
// counts against the browser's quota), a schema for what may be read from sync storage, and the
// way to read it from and write it to the local row. A field added later (an order page's due
// date source, say) is one more line in BILL_FIELDS: merging knows nothing of fields.
//
// Installment fields are named by the installment's sequence and a letter ("2p": is payment 2
// paid). An installment is there while its amount and due date are set; removing it (a new plan
// with fewer payments) clears its fields.

type Row = Record<string, unknown>;

export interface FieldSpec {
  /** The field's name in sync storage. Never reuse a name for another meaning. */
  readonly path: string;
  /** A value read from sync storage must pass this (null, "not set", is checked apart). */
  readonly schema: z.ZodType;
  /** Required fields are set on every bill (an item without one is unreadable). */
  readonly required?: boolean;
  /** The synced value of the local field; undefined when not set or at its default. */
  read(row: Row): Json | undefined;
  /** Sets the local field from a synced value; undefined clears it (or sets its default). */
  write(row: Row, value: Json | undefined): void;
}

const EPOCH = '1970-01-01' as CalendarDate;
// Schemas with checks are built on first use (z.lazy), as the worker's others are: not as it starts.
const dayNumber = z.lazy(() => z.number().int().min(0).max(2_932_896)); // 1970-01-01 to 9999-12-31
const epochMs = z.lazy(() => z.number().int().min(0).max(253_402_300_799_999));

/** Calendar dates travel as days since 1970-01-01: 5 digits instead of 12 characters. */
export function toDayNumber(date: CalendarDate): number {
  return daysBetween(EPOCH, date);
}

export function fromDayNumber(day: number): CalendarDate {
  return addDays(EPOCH, day);
}

function plain(path: string, key: string, schema: z.ZodType, required = false): FieldSpec {
  return {
    path,
    schema,
    required,
    read: (row) => (row[key] === undefined ? undefined : (row[key] as Json)),
    write: (row, value) => {
      if (value === undefined) delete row[key];
      else row[key] = value;
    },
  };
}

function day(path: string, key: string, required = false): FieldSpec {
  return {
    path,
    schema: dayNumber,
    required,
    read: (row) => (typeof row[key] === 'string' ? toDayNumber(row[key] as CalendarDate) : undefined),
    write: (row, value) => {
      if (typeof value === 'number') row[key] = fromDayNumber(value);
      else delete row[key];
    },
  };
}

/** Instants (epoch ms) travel as they are: a device that rounded them would hold a different bill. */
function instant(path: string, key: string, required = false): FieldSpec {
  return plain(path, key, epochMs, required);
}

/** A yes/no field: 1 when yes, not set when no (its default). `kept`: the local field is always present. */
function flag(path: string, key: string, kept = false): FieldSpec {
  return {
    path,
    schema: z.literal(1),
    read: (row) => (row[key] === true ? 1 : undefined),
    write: (row, value) => {
      if (value === 1) row[key] = true;
      else if (kept) row[key] = false;
      else delete row[key];
    },
  };
}

const text = (max: number) => z.lazy(() => z.string().max(max));
const minorUnits = z.lazy(() => z.number().int().min(0).max(MAX_MINOR_UNITS));
const currency = z.lazy(() => z.string().refine(isCurrencyCode));

export const BILL_FIELDS: readonly FieldSpec[] = [
  plain('p', 'program', z.enum(PROGRAM_IDS), true),
  plain('s', 'site', z.enum(SITE_IDS)),
  plain('m', 'merchant', text(200)),
  plain('o', 'orderId', text(64)),
  plain('t', 'total', minorUnits, true),
  plain('c', 'currency', currency, true),
  instant('cr', 'created', true),
  day('pu', 'purchased', true),
  day('r', 'received'),
  flag('aw', 'awaitingReceipt', true),
  plain('n', 'notes', text(2000)),
  // An order page's update the shopper undid: not offered again until the page says something new.
  plain('dc', 'declined', text(200)),
];

/** Paid is one field with its day, so "paid" and "paid on" never disagree: the day, or 0 when it is not known. */
const paid: FieldSpec = {
  path: 'p',
  schema: dayNumber,
  read: (row) =>
    row.status === 'paid' ? (typeof row.paidOn === 'string' ? toDayNumber(row.paidOn as CalendarDate) : 0) : undefined,
  write: (row, value) => {
    if (typeof value !== 'number') {
      row.status = 'upcoming';
      delete row.paidOn;
      return;
    }
    row.status = 'paid';
    if (value > 0) row.paidOn = fromDayNumber(value);
    else delete row.paidOn;
  },
};

/** Where the due date came from (lib/provenance.ts), compactly: `e`, `r`, `s`, or `p:<site>:<basis>:<read day>`. */
const dueFrom: FieldSpec = {
  path: 'f',
  schema: z.lazy(() => z.string().regex(/^(?:[ers]|p:[a-z]{1,20}:[spr]:\d{1,7})$/)),
  read: (row) => {
    const from = row.dueFrom as DueFrom | undefined;
    if (!from) return undefined;
    if (from.kind !== 'page') return from.kind[0] as Json;
    return `p:${from.site}:${from.basis[0]}:${toDayNumber(from.read)}`;
  },
  write: (row, value) => {
    if (typeof value !== 'string') {
      delete row.dueFrom;
      return;
    }
    const kinds = { e: ESTIMATE, r: RULE, s: SHOPPER } as const;
    const [kind, site, basis, read] = value.split(':');
    if (kind !== 'p') {
      row.dueFrom = kinds[kind as keyof typeof kinds];
      return;
    }
    const bases = { s: 'stated', r: 'receipt', p: 'placed' } as const;
    const parsedSite = z.enum(SITE_IDS).safeParse(site);
    if (!parsedSite.success) return;
    row.dueFrom = {
      kind: 'page',
      site: parsedSite.data,
      basis: bases[basis as keyof typeof bases],
      read: fromDayNumber(Number(read)),
    } satisfies DueFrom;
  },
};

/** A payment an order page showed cancelled: after `paid`, which it never overrides. */
const cancelled: FieldSpec = {
  path: 'k',
  schema: z.literal(1),
  read: (row) => (row.status === 'cancelled' ? 1 : undefined),
  write: (row, value) => {
    if (value === 1 && row.status !== 'paid') row.status = 'cancelled';
    else if (value === undefined && row.status === 'cancelled') row.status = 'upcoming';
  },
};

export const INSTALLMENT_FIELDS: readonly FieldSpec[] = [
  plain('a', 'amount', minorUnits),
  day('d', 'due'),
  paid,
  cancelled,
  dueFrom,
  flag('e', 'estimated', true),
  instant('z', 'snoozedUntil'),
  flag('x', 'dismissed'),
];

const BILL_BY_PATH = new Map(BILL_FIELDS.map((field) => [field.path, field]));
const INSTALLMENT_BY_PATH = new Map(INSTALLMENT_FIELDS.map((field) => [field.path, field]));

export const MAX_SEQUENCE = 120;
const INSTALLMENT_PATH = /^([1-9]\d{0,2})([a-z]{1,2})$/;
/** Names a later version may give bill and installment fields: kept, never understood. */
const FUTURE_PATH = /^(?:[a-z]{1,3}|[1-9]\d{0,2}[a-z]{1,2})$/;

export type PathKind =
  | { kind: 'bill'; field: FieldSpec }
  | { kind: 'installment'; sequence: number; field: FieldSpec }
  | { kind: 'unknown' }
  | { kind: 'invalid' };

export function billPath(path: string): PathKind {
  const field = BILL_BY_PATH.get(path);
  if (field) return { kind: 'bill', field };
  const match = INSTALLMENT_PATH.exec(path);
  if (match) {
    const sequence = Number(match[1]);
    const installmentField = INSTALLMENT_BY_PATH.get(match[2] ?? '');
    if (installmentField && sequence <= MAX_SEQUENCE) return { kind: 'installment', sequence, field: installmentField };
  }
  return FUTURE_PATH.test(path) ? { kind: 'unknown' } : { kind: 'invalid' };
}

/** Whether this version of the extension reads and writes the field. */
export function isBillField(path: string): boolean {
  const kind = billPath(path).kind;
  return kind === 'bill' || kind === 'installment';
}

/** Why a local bill cannot be synced as it is. */
export type Unsupported = 'installment-ids';

/**
 * The synced values of a bill and its installments. Installments are named by sequence, so a bill
 * whose installment ids are not `${billId}#${sequence}` (a hand-made spreadsheet) cannot be synced.
 */
export function billValues(
  bill: Bill,
  installments: readonly StoredInstallment[],
): Map<string, Json> | { unsupported: Unsupported } {
  const values = new Map<string, Json>();
  for (const field of BILL_FIELDS) {
    const value = field.read(bill as unknown as Row);
    if (value !== undefined) values.set(field.path, value);
  }
  const sequences = new Set<number>();
  for (const row of installments) {
    const { sequence } = row;
    if (
      row.id !== `${bill.id}#${sequence}` ||
      !Number.isInteger(sequence) ||
      sequence < 1 ||
      sequence > MAX_SEQUENCE ||
      sequences.has(sequence)
    ) {
      return { unsupported: 'installment-ids' };
    }
    sequences.add(sequence);
    for (const field of INSTALLMENT_FIELDS) {
      const value = field.read(row as unknown as Row);
      if (value !== undefined) values.set(`${sequence}${field.path}`, value);
    }
  }
  return values;
}

export interface LocalBill {
  bill: Bill;
  installments: StoredInstallment[];
}

export interface AppliedBill extends LocalBill {
  /** Installments stored before that are no longer there. */
  removed: string[];
  /** Installments written (new or changed). */
  changed: StoredInstallment[];
  billChanged: boolean;
}

/** The row's stored fields, without planning's bookkeeping, as canonical text. */
function rowText(row: object): string {
  const fields: Record<string, Json> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'remindersDone' && value !== undefined) fields[key] = value as Json;
  }
  return canonical(fields);
}

function sameRow(a: object, b: object): boolean {
  return rowText(a) === rowText(b);
}

/**
 * The local bill and installments the synced values describe, built on what is stored (fields
 * that do not sync, such as when this device last edited it, stay as they are). What planning
 * knows of an installment it owes reminders for is reset for every changed row: it reads them
 * again, and the record of reminders already shown keeps it from showing one twice.
 */
export function billFromValues(id: string, values: ReadonlyMap<string, Json>, stored?: LocalBill): AppliedBill {
  const bill: Row = stored ? { ...stored.bill } : { id, status: 'open' };
  for (const field of BILL_FIELDS) field.write(bill, values.get(field.path));
  if (bill.updated === undefined) bill.updated = bill.created;

  const bySequence = new Map<number, Map<string, Json>>();
  for (const [path, value] of values) {
    const kind = billPath(path);
    if (kind.kind !== 'installment') continue;
    const fields = bySequence.get(kind.sequence) ?? new Map<string, Json>();
    fields.set(kind.field.path, value);
    bySequence.set(kind.sequence, fields);
  }
  const previous = new Map((stored?.installments ?? []).map((row) => [row.id, row]));
  const installments: StoredInstallment[] = [];
  const changed: StoredInstallment[] = [];
  for (const sequence of [...bySequence.keys()].sort((a, b) => a - b)) {
    const fields = bySequence.get(sequence) ?? new Map<string, Json>();
    if (!fields.has('a') || !fields.has('d')) continue;
    const rowId = `${id}#${sequence}`;
    const before = previous.get(rowId);
    const row: Row = {
      ...(before ?? {}),
      id: rowId,
      billId: id,
      sequence,
      program: bill.program,
      currency: bill.currency,
    };
    for (const field of INSTALLMENT_FIELDS) field.write(row, fields.get(field.path));
    const stable = before !== undefined && sameRow(before, row);
    row.remindersDone = stable ? before.remindersDone : REMINDERS_PENDING;
    const result = row as unknown as StoredInstallment;
    installments.push(result);
    if (!stable) changed.push(result);
  }
  const kept = new Set(installments.map((row) => row.id));
  const removed = [...previous.keys()].filter((rowId) => !kept.has(rowId));
  bill.status = installments.length > 0 && installments.every((row) => row.status === 'paid') ? 'closed' : 'open';
  const result = bill as unknown as Bill;
  return {
    bill: result,
    installments,
    removed,
    changed,
    billChanged: stored === undefined || !sameRow(stored.bill, result),
  };
}
