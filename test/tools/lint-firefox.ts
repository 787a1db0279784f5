/**
 * `web-ext lint` on the Firefox build with every warning an error, except Preact's own
 * `dangerouslySetInnerHTML` path (issue 6, DESIGN.md Toolchain notes). The linter cannot tell
 * that our code never passes that prop, so it flags the assignment inside Preact's runtime
 * once per bundled copy: in the chunk shared by the extension pages and in the card's UI
 * (card-ui.js, or the content script if the card is bundled there). Those are accepted by
 * code, by file and by the exact minified shape of Preact's statement, one per file and two
 * in all; anything else fails, so a real innerHTML in our code cannot hide behind them.
 *
 * Run: `npx tsx test/tools/lint-firefox.ts [build dir]` (default .output/firefox-mv2).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

const ROOT = resolve(import.meta.dirname, '../..');
/** At most this many copies of Preact's runtime: the extension pages' chunk and the card's. */
const MAX_ACCEPTED = 2;
/** Built scripts (the shape test below is what tells Preact's statement apart). */
const PREACT_FILES = /^[\w./-]+\.js$/;
/** Preact's diff: `if (newHtml) ... dom.innerHTML = newHtml.__html` after minification. */
const PREACT_ASSIGNMENT = /^\(?[\w$]+\.innerHTML=[\w$]+\.__html\b/;

export function isPreactInnerHtml(dir: string, warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file) return false;
  if (!PREACT_FILES.test(warning.file) || !warning.line || !warning.column) return false;
  const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  return PREACT_ASSIGNMENT.test(line.slice(warning.column - 1, warning.column + 60));
}

function lint(dir: string): LintReport {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const run = spawnSync(
    bin,
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
    },
  );
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as LintReport;
}

function describe(m: LintMessage): string {
  const where = m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '';
  return `${m.code}${where}: ${m.message}`;
}

function main(): number {
  const dir = resolve(ROOT, process.argv[2] ?? '.output/firefox-mv2');
  const report = lint(dir);
  const accepted = report.warnings.filter((w) => isPreactInnerHtml(dir, w));
  const perFile = new Set(accepted.map((w) => w.file));
  const rejected = [
    ...report.errors,
    ...report.notices,
    ...report.warnings.filter((w) => !accepted.includes(w)),
  ];
  for (const w of accepted) console.log(`accepted (Preact runtime): ${describe(w)}`);
  for (const m of rejected) console.error(`FAIL ${describe(m)}`);
  if (perFile.size !== accepted.length || accepted.length > MAX_ACCEPTED) {
    console.error(`FAIL more Preact innerHTML warnings than copies of Preact (${accepted.length})`);
    return 1;
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  return rejected.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main();
}
