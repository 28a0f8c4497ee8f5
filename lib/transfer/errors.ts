import type { z } from 'zod';

/** What is wrong with an imported file, precisely enough for the shopper to fix it. */
export interface ImportProblem {
  /** 1-based: the CSV line (the header is line 1) or the bill's position in a JSON backup. */
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

export type ImportResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ImportProblem };

/** The first issue of a failed parse, with the last named key on its path as the field. */
export function firstProblem(error: z.ZodError, rowOf: (path: readonly PropertyKey[]) => number): ImportProblem {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = [...path].reverse().find((key): key is string => typeof key === 'string') ?? '(file)';
  return { row: rowOf(path), field, message: issue?.message ?? 'invalid' };
}
