/**
 * Parses and validates seed JSON files. Every failure names the file, the line and the path
 * inside the file, so a broken hand edit is found in seconds (issue 2).
 */
import * as v from 'valibot';
import {
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser';
import type { SeedFile } from './seed-files';

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`seeds/${file}:${line}: ${path ? path + ': ' : ''}${problem}`);
    this.name = 'SeedError';
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Line of the deepest existing node on `path` (a missing key points at its parent). */
function lineOfPath(file: SeedFile, path: (string | number)[]): number {
  const root = parseTree(file.text);
  if (!root) return 1;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node)
      return lineAt(file.text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return 1;
}

export function parseJson(file: SeedFile): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(file.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  const first = errors[0];
  if (first) {
    throw new SeedError(
      file.path,
      lineAt(file.text, first.offset),
      '',
      `invalid JSON (${printParseErrorCode(first.error)})`,
    );
  }
  return value;
}

export function parseSeed<S extends v.GenericSchema>(file: SeedFile, schema: S): v.InferOutput<S> {
  const result = v.safeParse(schema, parseJson(file));
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  throw new SeedError(file.path, lineOfPath(file, path), formatPath(path), issue.message);
}

/** Reports a problem found after parsing (a broken citation, an unknown id) at its place. */
export function seedProblem(file: SeedFile, path: (string | number)[], problem: string): SeedError {
  return new SeedError(file.path, lineOfPath(file, path), formatPath(path), problem);
}
