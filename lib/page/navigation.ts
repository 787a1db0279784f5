/**
 * Which history navigations show a new view. A jump to an anchor (a table of contents, a
 * footnote) keeps the page and its marks; a hash router's route (`#/world/123`, `#!/…`) and
 * any change of path or query are a new view, which needs its own trigger.
 */
const ROUTE_FRAGMENT = /^#[!/]/;

export function isNewView(from: URL, to: URL): boolean {
  if (from.origin !== to.origin || from.pathname !== to.pathname || from.search !== to.search)
    return true;
  return from.hash !== to.hash && (ROUTE_FRAGMENT.test(from.hash) || ROUTE_FRAGMENT.test(to.hash));
}
