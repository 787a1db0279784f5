/**
 * Turns a verbatim article file into its readable body: one paragraph per non-empty line,
 * with boilerplate (site furniture, bylines, captions, repeated headlines) dropped by the rules
 * in seeds/boilerplate.json. The seeds themselves stay byte for byte as received.
 */
import type { Span } from './bundle';
import type { Boilerplate } from './schema';

export interface CleanedText {
  text: string;
  paragraphs: Span[];
}

export interface CompiledBoilerplate {
  lines: Set<string>;
  patterns: RegExp[];
  trailing: RegExp[];
  captionAfter: RegExp[];
}

export function compileBoilerplate(rules: Boilerplate): CompiledBoilerplate {
  const rx = (source: string) => new RegExp(source, 'u');
  return {
    lines: new Set(rules.lines.map((l) => l.trim())),
    patterns: rules.patterns.map(rx),
    trailing: rules.trailing.map(rx),
    captionAfter: rules.captionAfter.map(rx),
  };
}

/** `headline` is the article's own title: lines repeating it are dropped. */
export function cleanArticle(
  raw: string,
  rules: CompiledBoilerplate,
  headline?: string,
): CleanedText {
  const kept: string[] = [];
  let skipCaption = false;
  for (const rawLine of raw.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '') continue;
    if (skipCaption) {
      skipCaption = false;
      continue;
    }
    if (rules.captionAfter.some((r) => r.test(line))) {
      skipCaption = true;
      continue;
    }
    if (rules.lines.has(line) || line === headline || rules.patterns.some((r) => r.test(line))) {
      continue;
    }
    for (const r of rules.trailing) line = line.replace(r, '').trimEnd();
    if (line !== '') kept.push(line);
  }
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const p of kept) {
    paragraphs.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  return { text: kept.join('\n\n'), paragraphs };
}
