import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isPreactInnerHtml } from '../../tools/lint-firefox';

/** Preact 10's minified diff, as esbuild emits it into our bundles. */
const PREACT =
  'if(f)c||y&&(f.__html==y.__html||f.__html==_.innerHTML)||(_.innerHTML=f.__html),e.__k=[];';

const dir = mkdtempSync(join(tmpdir(), 'gl-lint-'));
mkdirSync(join(dir, 'chunks'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a built file; returns web-ext's warning pointing (1-based column) at `flagged`. */
function warningAt(file: string, code: string, flagged: string, message = 'innerHTML') {
  writeFileSync(join(dir, file), code);
  const column = code.indexOf(flagged) + 1;
  return { code: 'UNSAFE_VAR_ASSIGNMENT', message, file, line: 1, column };
}

describe('isPreactInnerHtml', () => {
  const preact = () => warningAt('chunks/ui-abc123.js', PREACT, '(_.innerHTML=f.__html)');

  test("accepts Preact's dangerouslySetInnerHTML assignment where web-ext points at it", () => {
    expect(isPreactInnerHtml(dir, preact())).toBe(true);
  });

  test('rejects an innerHTML write in our own code', () => {
    const ours = 'function show(t){document.body.innerHTML=t.textContent}';
    expect(isPreactInnerHtml(dir, warningAt('background.js', ours, 'document.body'))).toBe(false);
  });

  test('rejects other codes, other places in the file, and warnings without a position', () => {
    expect(isPreactInnerHtml(dir, { ...preact(), code: 'DANGEROUS_EVAL' })).toBe(false);
    expect(isPreactInnerHtml(dir, { ...preact(), column: 1 })).toBe(false);
    expect(isPreactInnerHtml(dir, { ...preact(), column: undefined })).toBe(false);
    expect(isPreactInnerHtml(dir, { ...preact(), file: undefined })).toBe(false);
  });

  test('rejects a computed import(), which shares the code but is not Preact', () => {
    const loader = 'async function l(){await import(U.runtime.getURL(is))}';
    const warning = warningAt('loader.js', loader, 'import(', 'Unsafe call to import');
    expect(isPreactInnerHtml(dir, warning)).toBe(false);
  });
});
