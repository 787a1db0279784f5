/**
 * The card's "Open in the corpus" links arrive at the background as `open-corpus` messages
 * from a content script, which a page could try to imitate: only a well-formed route of the
 * corpus page is accepted, re-formatted from its parse so nothing else reaches a tab URL.
 */
import type { OpenCorpusRequest } from '../browser/messages';
import { formatRoute, parseRoute } from '../routes/corpus-route';

export function isOpenCorpusRequest(message: unknown): message is OpenCorpusRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'open-corpus' && typeof m.hash === 'string';
}

/** The hash to open, or null when the request names no corpus view but the home one. */
export function corpusHashOf(request: OpenCorpusRequest): string | null {
  const route = parseRoute(request.hash);
  return route.view === 'home' ? null : formatRoute(route);
}
