// Runs Mozilla's linter (web-ext lint, as addons.mozilla.org does on upload) on the Firefox build
// and fails on any error, and on any warning that is not one of the known ones in bundled
// libraries or the one of our own listed below: any other warning from our own code fails the test
// command.
//
//   npx tsx scripts/lint-firefox.ts [.output/firefox-mv2]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Message {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface Report {
  readonly errors: Message[];
  readonly warnings: Message[];
  readonly notices: Message[];
}

/**
 * Warnings the linter gives about library code, recognised by the code around the spot it names.
 * Each says why it is harmless here.
 */
const LIBRARY_WARNINGS: readonly { code: string; pattern: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    pattern: /innerHTML=\w+\.__html/,
    why: 'Preact’s dangerouslySetInnerHTML, which our components never use (page text is rendered as text)',
  },
  {
    code: 'DANGEROUS_EVAL',
    pattern: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    why: 'zod probing whether it may compile validators; the Content Security Policy says no, and zod falls back',
  },
];

/**
 * Warnings about our own code that were looked at and kept, each with the reason. Printed on every
 * run: the aim is none.
 */
const ACCEPTED_OWN_WARNINGS: readonly { code: string; pattern: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    pattern: /import\(\w+\.runtime\.getURL\(`\/(?:detector|shop-reader)\.js`\)\)/,
    why: 'the content scripts import their reader from their own package (runtime.getURL), never a remote URL; the linter flags any import() of a non-literal',
  },
];

/** The built code around the spot a message names. */
function around(directory: string, message: Message): string {
  if (!message.file || message.line === undefined) return '';
  const line = readFileSync(join(directory, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

function main(): void {
  const directory = process.argv[2] ?? join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', directory, '--no-input', '--output', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    // web-ext exits non-zero when there are errors; its report is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const report = JSON.parse(output) as Report;
  const ours: Message[] = [];
  for (const warning of report.warnings) {
    const code = around(directory, warning);
    const known = LIBRARY_WARNINGS.find((entry) => entry.code === warning.code && entry.pattern.test(code));
    const accepted = ACCEPTED_OWN_WARNINGS.find((entry) => entry.code === warning.code && entry.pattern.test(code));
    if (known) console.log(`library warning ${warning.code} in ${warning.file}: ${known.why}`);
    else if (accepted) console.log(`OUR OWN warning ${warning.code} in ${warning.file}, accepted: ${accepted.why}`);
    else ours.push(warning);
  }
  for (const notice of report.notices) console.log(`notice ${notice.code} in ${notice.file ?? '-'}: ${notice.message}`);
  const failures = [...report.errors, ...ours];
  for (const failure of failures) {
    console.error(`${failure.code} in ${failure.file ?? '-'}:${failure.line ?? '-'}: ${failure.message}`);
  }
  if (failures.length > 0) {
    console.error(`web-ext lint: ${report.errors.length} errors, ${ours.length} warnings not from a known library`);
    process.exit(1);
  }
  console.log(
    `web-ext lint: no errors, no warnings from our own code but the accepted ones above (${report.warnings.length} in all)`,
  );
}

main();
