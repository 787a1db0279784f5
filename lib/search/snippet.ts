/**
 * Splits a text into runs so the words a search matched can be emphasised: a word matches
 * when its loose key is one of the index terms the search reported.
 */
import { searchKey } from './fold';

export interface Run {
  text: string;
  match: boolean;
}

export function markTerms(text: string, terms: readonly string[]): Run[] {
  const wanted = new Set(terms);
  const runs: Run[] = [];
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (part === '') continue;
    const match = wanted.has(searchKey(part));
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else runs.push({ text: part, match });
  }
  return runs;
}
