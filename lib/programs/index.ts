import type { ProgramId } from '../ids';
import { jdBaitiao } from './jd-baitiao';
import { jdPaylater } from './jd-paylater';
import type { Program } from './schema';

/** Every program we know the rules of. Adding one: its file, and one line here. */
export const PROGRAMS: readonly Program[] = [jdPaylater, jdBaitiao];

export function programById(id: ProgramId): Program | undefined {
  return PROGRAMS.find((program) => program.id === id);
}
