/**
 * Pausing per site: the key is the page's hostname, the same value the content script checks
 * with isSiteActive. Pages that are not on the web (chrome:, about:, the extension's own pages)
 * have no site to pause.
 */
import type { Settings } from './schema';

/** The pausable site of a URL, or undefined for browser pages, files and junk. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname
      ? u.hostname.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}

export function isPaused(settings: Settings, site: string): boolean {
  return settings.pausedSites.includes(site.toLowerCase());
}

/** The pausedSites list after pausing or resuming one site, kept sorted for the options list. */
export function withSitePaused(settings: Settings, site: string, paused: boolean): string[] {
  const host = site.toLowerCase();
  const rest = settings.pausedSites.filter((s) => s !== host);
  return paused ? [...rest, host].sort() : rest;
}
