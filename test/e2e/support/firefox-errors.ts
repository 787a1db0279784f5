/**
 * Page errors in Firefox, attributed: Firefox reports a page's Content-Security-Policy
 * violations as page errors, so errors are compared with the same pages without the add-on.
 */
import type { FirefoxWithAddon } from './firefox';

/**
 * Page error messages reported since `from`, sorted. The browser's own favicon fetch is
 * neither ours nor the page's.
 */
export function pageErrorsSince(firefox: FirefoxWithAddon, from: number): string[] {
  return firefox.pageErrors
    .slice(from)
    .map((e) => e.message)
    .filter((m) => !m.includes('/favicon.ico'))
    .sort();
}

/**
 * The errors the add-on added: Firefox reports a page's Content-Security-Policy violations as
 * page errors, and the strict-CSP and Trusted Types fixtures cause some on purpose. So the
 * add-on is uninstalled, each page is loaded again, and only errors beyond that baseline
 * count (say, a style of ours the page's CSP blocks). Call it last: the add-on is gone after.
 */
export async function errorsAddedByAddon(
  firefox: FirefoxWithAddon,
  withAddon: Map<string, string[]>,
): Promise<Record<string, string[]>> {
  await firefox.browser.uninstallExtension(firefox.addonId);
  const page = await firefox.newPage();
  const added: Record<string, string[]> = {};
  for (const [url, errors] of withAddon) {
    const from = firefox.pageErrors.length;
    await page.goto(url);
    await new Promise((ok) => setTimeout(ok, 500));
    const baseline = pageErrorsSince(firefox, from);
    const extra = errors.filter((m) => {
      const at = baseline.indexOf(m);
      if (at >= 0) baseline.splice(at, 1);
      return at < 0;
    });
    if (extra.length) added[url] = extra;
  }
  await page.close();
  return added;
}
