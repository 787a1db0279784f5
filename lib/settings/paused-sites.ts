/**
 * Pausing per site. A site is a hostname without one leading `www.` (settings v2, see
 * lib/browser/storage.ts): users think of www.nytimes.com and nytimes.com as one site, and
 * pausing one and landing on the other must not surprise them. Subdomains such as
 * cooking.nytimes.com stay sites of their own. Pages that are not on the web (chrome:, about:,
 * the extension's own pages) have no site to pause.
 */
import type { Settings } from './schema';

/** The site a hostname belongs to, the form in which pausedSites are stored and compared. */
export function siteKey(hostname: string): string {
  const host = hostname.trim().toLowerCase();
  // `www` alone or `www.` with nothing after it is a (strange) hostname, not a prefix.
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}

/** The pausable site of a URL, or undefined for browser pages, files and junk. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname
      ? siteKey(u.hostname)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Both sides go through siteKey. Settings read from storage are repaired into siteKeys
 * already (repair.ts, also where the content script reads a value the migration has not
 * reached); this keeps a list that did not come through repair right as well.
 */
export function isPaused(settings: Settings, site: string): boolean {
  const key = siteKey(site);
  return settings.pausedSites.some((s) => siteKey(s) === key);
}

/**
 * The pausedSites list after pausing or resuming one site, kept sorted for the options list.
 * Resuming drops every stored form of the site, or an old `www.` entry would keep it paused.
 */
export function withSitePaused(settings: Settings, site: string, paused: boolean): string[] {
  const key = siteKey(site);
  const rest = settings.pausedSites.filter((s) => siteKey(s) !== key);
  return paused ? [...rest, key].sort() : rest;
}
