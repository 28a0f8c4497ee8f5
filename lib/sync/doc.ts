import type { Version } from './hlc';

// A synced record is a set of facts: for each field (a path such as "t" or "2p"), its value and the
// version that set it. Merging keeps, per field, the fact with the greater version, so any two
// devices that have seen the same facts hold the same record, whatever order they arrived in.
// Deletion is final: a deleted record keeps only its deletion's version (a tombstone).

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A field's value (null: not set, the field's default) and the version that set it. */
export type Fact = readonly [value: Json, version: Version];

export interface Doc {
  readonly facts: Readonly<Record<string, Fact>>;
  /** Set once the record is deleted; its facts are then dropped. */
  readonly deleted?: Version;
}

export const EMPTY_DOC: Doc = { facts: {} };

/** JSON with object keys sorted: equal values give equal text whatever order their keys were set in. */
export function canonical(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as { readonly [key: string]: Json };
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(object[key] ?? null)}`)
    .join(',')}}`;
}

function sameValue(a: Json, b: Json): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The fact that wins: the greater version; for one version (which should not happen) the greater value, so every device picks the same. */
function winner(a: Fact | undefined, b: Fact): Fact {
  if (a === undefined || b[1] > a[1]) return b;
  if (b[1] < a[1]) return a;
  return canonical(b[0]) > canonical(a[0]) ? b : a;
}

/** The record holding both sets of facts. Commutative, associative and idempotent. */
export function mergeDocs(a: Doc, b: Doc): Doc {
  if (a.deleted !== undefined || b.deleted !== undefined) {
    const deleted = [a.deleted, b.deleted].filter((version) => version !== undefined).sort();
    return { facts: {}, deleted: deleted.at(-1) as Version };
  }
  const facts: Record<string, Fact> = { ...a.facts };
  for (const [path, fact] of Object.entries(b.facts)) facts[path] = winner(facts[path], fact);
  return { facts };
}

export function sameDoc(a: Doc, b: Doc): boolean {
  if (a.deleted !== b.deleted) return false;
  const paths = Object.keys(a.facts);
  if (paths.length !== Object.keys(b.facts).length) return false;
  return paths.every((path) => {
    const left = a.facts[path];
    const right = b.facts[path];
    return left !== undefined && right !== undefined && left[1] === right[1] && sameValue(left[0], right[0]);
  });
}

/** The record's current values, without the fields that are not set. */
export function valuesOf(doc: Doc): Map<string, Json> {
  const values = new Map<string, Json>();
  for (const [path, [value]] of Object.entries(doc.facts)) if (value !== null) values.set(path, value);
  return values;
}

/**
 * The record after this device's own changes: every field in `isOurs` whose local value differs
 * from the record's gets a fact at `version`. Fields outside `isOurs` (written by a newer version
 * of the extension, say) are kept as they are. Undefined when nothing changed.
 */
export function withLocalValues(
  doc: Doc,
  local: ReadonlyMap<string, Json>,
  isOurs: (path: string) => boolean,
  version: () => Version,
): Doc | undefined {
  if (doc.deleted !== undefined) return undefined;
  let facts: Record<string, Fact> | undefined;
  let stamp: Version | undefined;
  const set = (path: string, value: Json) => {
    facts ??= { ...doc.facts };
    stamp ??= version();
    facts[path] = [value, stamp];
  };
  for (const [path, [value]] of Object.entries(doc.facts)) {
    if (isOurs(path) && !local.has(path) && value !== null) set(path, null);
  }
  for (const [path, value] of local) {
    if (!sameValue(doc.facts[path]?.[0] ?? null, value)) set(path, value);
  }
  return facts ? { facts } : undefined;
}

export function tombstone(doc: Doc, version: Version): Doc {
  return mergeDocs(doc, { facts: {}, deleted: version });
}

/** The greatest version in the record: seeing it, a device's clock moves past it. */
export function latestVersion(doc: Doc): Version | undefined {
  let latest = doc.deleted;
  for (const [, version] of Object.values(doc.facts)) if (latest === undefined || version > latest) latest = version;
  return latest;
}
