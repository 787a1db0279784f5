/**
 * The canonical text of a seed JSON file (Dark Reader style: hand-edited data that a
 * formatter and a test keep canonical, so diffs show only real edits). Two-space JSON,
 * object keys in the order the schemas in ./schema declare them, trailing newline.
 */
import type * as v from 'valibot';
import {
  ArticleMetaSchema,
  BoilerplateSchema,
  DisagreementsFileSchema,
  EntitySeedSchema,
  EventsFileSchema,
  ParadigmsSchema,
} from './schema';

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  value?: AnySchema;
};

/** Every object's key sequence, from every seed schema, outermost first. */
function keySequences(schema: AnySchema, out: string[][]): string[][] {
  if (schema.entries) {
    out.push(Object.keys(schema.entries));
    for (const entry of Object.values(schema.entries)) keySequences(entry, out);
  }
  for (const inner of [schema.wrapped, schema.item, schema.value]) {
    if (inner) keySequences(inner, out);
  }
  return out;
}

/**
 * One global key rank consistent with every schema's declared order (a topological sort,
 * ties broken by first appearance), so a value formats the same whichever file it is in.
 */
function keyRank(schemas: AnySchema[]): Map<string, number> {
  const sequences = schemas.flatMap((s) => keySequences(s, []));
  const keys = [...new Set(sequences.flat())];
  const before = new Map(keys.map((k) => [k, new Set<string>()]));
  for (const seq of sequences) {
    for (let i = 1; i < seq.length; i++) before.get(seq[i] as string)?.add(seq[i - 1] as string);
  }
  const rank = new Map<string, number>();
  while (rank.size < keys.length) {
    const next = keys.find(
      (k) => !rank.has(k) && [...(before.get(k) ?? [])].every((b) => rank.has(b)),
    );
    if (next === undefined) throw new Error('seed schemas declare conflicting key orders');
    rank.set(next, rank.size);
  }
  return rank;
}

const RANK = keyRank([
  ArticleMetaSchema,
  BoilerplateSchema,
  ParadigmsSchema,
  EntitySeedSchema,
  EventsFileSchema,
  DisagreementsFileSchema,
] as AnySchema[]);

/** Schema keys first in schema order; other keys (paradigm ids) sorted after them. */
function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => compareKeys(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
  }
  return value;
}

export function formatSeedJson(value: unknown): string {
  return JSON.stringify(ordered(value), null, 2) + '\n';
}

/** Events and disagreements are kept sorted: by date, then id (disagreements by id). */
export function sortSeedList<T extends { id: string; date?: string }>(items: readonly T[]): T[] {
  const key = (item: T): string => `${item.date ?? ''}\u0000${item.id}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
