import type { ComponentChildren } from 'preact';
import type { CorpusRoute } from '../../lib/routes/corpus-route';
import type { CardUi } from './card-ui';

/** A link to a view of the corpus page. */
export interface CorpusLinkProps {
  ui: CardUi;
  route: CorpusRoute;
  class?: string;
  children: ComponentChildren;
}

export function CorpusLink({ ui, route, class: className, children }: CorpusLinkProps) {
  const open = ui.openCorpus;
  return (
    <a
      class={className}
      href={ui.corpusHref(route)}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        // Modified clicks keep the browser's own behaviour (new tab, new window).
        if (!open || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        open(route);
      }}
    >
      {children}
    </a>
  );
}
