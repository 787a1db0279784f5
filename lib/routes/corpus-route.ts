/**
 * Deep links into the corpus page (corpus.html): every view has its own hash URL so cards can
 * open the exact sentence and back/forward work (issue 5). Shapes, shared with the card:
 *   #/article/<id>  #/article/<id>/s/<sentence>  #/entity/<id>  #/search/<query>  #/timeline
 * Anything else is the home view (the list of articles and entities).
 */
export type CorpusRoute =
  | { view: 'home' }
  | { view: 'article'; id: string; sentence?: number }
  | { view: 'entity'; id: string }
  | { view: 'search'; query: string }
  | { view: 'timeline' };

const ID = /^[A-Za-z0-9_-]+$/;

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): CorpusRoute {
  const path = hash.replace(/^#/, '').replace(/^\//, '');
  const [head, ...rest] = path.split('/');
  if (head === 'timeline' && rest.length === 0) return { view: 'timeline' };
  if (head === 'search') {
    const query = decode(rest.join('/'));
    return query === undefined ? { view: 'home' } : { view: 'search', query };
  }
  const id = rest[0] === undefined ? undefined : decode(rest[0]);
  if (id === undefined || !ID.test(id)) return { view: 'home' };
  if (head === 'entity' && rest.length === 1) return { view: 'entity', id };
  if (head === 'article') {
    if (rest.length === 1) return { view: 'article', id };
    if (rest.length === 3 && rest[1] === 's' && /^\d{1,6}$/.test(rest[2] ?? '')) {
      return { view: 'article', id, sentence: Number(rest[2]) };
    }
  }
  return { view: 'home' };
}

export function formatRoute(route: CorpusRoute): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'timeline':
      return '#/timeline';
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`;
    case 'entity':
      return `#/entity/${encodeURIComponent(route.id)}`;
    case 'article':
      return route.sentence === undefined
        ? `#/article/${encodeURIComponent(route.id)}`
        : `#/article/${encodeURIComponent(route.id)}/s/${route.sentence}`;
  }
}
