import { z } from 'zod';
import { billPath } from './bill-record';
import type { Doc, Fact, Json } from './doc';
import { isVersion, type Version } from './hlc';
import type { KvRecord } from './kv-records';

// How records look in sync storage. One item per bill (its installments inside), one per settings
// record. Compact: short field names, integer minor units, days as day numbers, and each distinct
// version written once per item:
//   {"v":1,"c":["<version>",...],"f":{"<field>":<value>,...},"k":{"<field>":<index into c>}}
// A field's version is c[0] unless k says otherwise. A deleted bill is {"v":1,"d":"<version>"}.
// Everything read back is untrusted: written by other installs, other versions, perhaps a corrupt
// profile. An item this version cannot read is skipped; one from a newer format is left alone.

export const FORMAT = 1;

export const BILL_PREFIX = 'b:';
export const MAX_BILL_ID = 100;

export function billKey(id: string): string {
  return `${BILL_PREFIX}${id}`;
}

/** The bill id an item key names, if it names one. */
export function billIdOf(key: string): string | undefined {
  if (!key.startsWith(BILL_PREFIX)) return undefined;
  const id = key.slice(BILL_PREFIX.length);
  return id.length >= 1 && id.length <= MAX_BILL_ID ? id : undefined;
}

// Built on first use (z.lazy), as the worker's other schemas are: not as the worker starts.
const version = z.lazy(() => z.string().refine(isVersion, 'not a version'));
const path = z.lazy(() => z.string().min(1).max(64));

const Envelope = z.lazy(() => z.looseObject({ v: z.number().int().min(1) }));
const Tombstone = z.lazy(() => z.strictObject({ v: z.literal(FORMAT), d: version }));
const Live = z.lazy(() =>
  z.strictObject({
    v: z.literal(FORMAT),
    c: z.array(version).min(1).max(1024),
    f: z.record(path, z.json()),
    k: z.record(path, z.number().int().min(1)).optional(),
  }),
);

/** What a record's fields may hold; a problem's text for the dashboard, or how to treat the field. */
export interface FieldRules {
  /** 'ours': a field this version reads (value already checked); 'future': a valid name it does not know. */
  check(path: string, value: Json): 'ours' | 'future' | string;
  /** Fields every live record must have set. */
  readonly required: readonly string[];
}

export type Decoded = { kind: 'doc'; doc: Doc } | { kind: 'newer' } | { kind: 'unreadable'; problem: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'item'}: ${issue.message}` : 'invalid';
}

export function decodeItem(value: unknown, rules: FieldRules): Decoded {
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { kind: 'unreadable', problem: firstIssue(envelope.error) };
  if (envelope.data.v > FORMAT) return { kind: 'newer' };
  const tombstone = Tombstone.safeParse(value);
  if (tombstone.success) return { kind: 'doc', doc: { facts: {}, deleted: tombstone.data.d } };
  const live = Live.safeParse(value);
  if (!live.success) return { kind: 'unreadable', problem: firstIssue(live.error) };
  const { c: versions, f: values, k: indexes = {} } = live.data;
  const facts: Record<string, Fact> = {};
  for (const [field, raw] of Object.entries(values)) {
    const factVersion = versions[indexes[field] ?? 0];
    if (factVersion === undefined) return { kind: 'unreadable', problem: `${field}: no such version` };
    const check = rules.check(field, raw as Json);
    if (check !== 'ours' && check !== 'future') return { kind: 'unreadable', problem: `${field}: ${check}` };
    facts[field] = [raw as Json, factVersion];
  }
  for (const field of Object.keys(indexes)) {
    if (!(field in values)) return { kind: 'unreadable', problem: `${field}: version of no field` };
  }
  for (const field of rules.required) {
    if (facts[field] === undefined || facts[field][0] === null)
      return { kind: 'unreadable', problem: `${field}: missing` };
  }
  return { kind: 'doc', doc: { facts } };
}

/** The item for a record: the same record always gives the same item, on every device. */
export function encodeDoc(doc: Doc): Json {
  if (doc.deleted !== undefined) return { v: FORMAT, d: doc.deleted };
  const counts = new Map<Version, number>();
  for (const [, factVersion] of Object.values(doc.facts)) counts.set(factVersion, (counts.get(factVersion) ?? 0) + 1);
  const versions = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([v]) => v);
  const index = new Map(versions.map((v, position) => [v, position]));
  const values: Record<string, Json> = {};
  const indexes: Record<string, number> = {};
  for (const field of Object.keys(doc.facts).sort()) {
    const [value, factVersion] = doc.facts[field] as Fact;
    values[field] = value;
    const position = index.get(factVersion) ?? 0;
    if (position !== 0) indexes[field] = position;
  }
  return Object.keys(indexes).length > 0
    ? { v: FORMAT, c: versions, f: values, k: indexes }
    : { v: FORMAT, c: versions, f: values };
}

const encoder = new TextEncoder();

/** Bytes an item takes against the quota: its key and its JSON, in UTF-8 (as Chrome and Firefox count). */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** Newer versions may add fields; what they put there is kept (bounded), never read. */
const FUTURE_VALUE_CHARS = 2000;

function futureValue(value: Json): 'future' | string {
  return JSON.stringify(value).length <= FUTURE_VALUE_CHARS ? 'future' : 'too long';
}

function checkValue(schema: z.ZodType, value: Json): 'ours' | string {
  const parsed = schema.safeParse(value);
  return parsed.success ? 'ours' : (parsed.error.issues[0]?.message ?? 'invalid');
}

export const BILL_RULES: FieldRules = {
  check(field, value) {
    const kind = billPath(field);
    if (kind.kind === 'invalid') return 'not a field name';
    if (kind.kind === 'unknown') return futureValue(value);
    if (value === null) return kind.kind === 'bill' && kind.field.required ? 'required' : 'ours';
    return checkValue(kind.field.schema, value);
  },
  required: ['p', 't', 'c', 'cr', 'pu'],
};

export function kvRules(record: KvRecord): FieldRules {
  return {
    check(field, value) {
      if (!record.validPath(field)) return 'not a field name';
      const schema = record.schemaOf(field);
      if (schema === undefined) return futureValue(value);
      return value === null ? 'ours' : checkValue(schema, value);
    },
    required: [],
  };
}
