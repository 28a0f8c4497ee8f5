import { isProgramId, PROGRAM_IDS, type ProgramId } from './ids';

// Which programs' details the shopper keeps open in the panel: a list of program ids in
// storage.local, written by the panel and read with the panel's view. Plain code, no zod: the
// panel's bundle carries it.

/** The stored list, with anything that is not a known program id (or is repeated) dropped. */
export function parseOpenDetails(raw: unknown): ProgramId[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.slice(0, PROGRAM_IDS.length * 2).filter(isProgramId))];
}

/** The list after the shopper opens (`open`) or closes one program's details. */
export function withDetails(list: readonly ProgramId[], program: ProgramId, open: boolean): ProgramId[] {
  const rest = list.filter((id) => id !== program);
  return open ? [...rest, program] : rest;
}
