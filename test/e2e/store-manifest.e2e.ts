/**
 * Store fit of the built packages (issue 6), read from .output after `npm run build`: the
 * permissions stay minimal, the script injected into every page stays small, Firefox gets its id, version floors and data declaration, icons
 * exist at every size with the pixel size they claim, and every localised string the manifest
 * names exists in each locale within the stores' length limits.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './support/server';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  icons?: Record<string, string>;
  default_locale?: string;
};

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const ICON_SIZES = ['16', '32', '48', '96', '128'];
/** Chrome Web Store: name ≤ 75, description ≤ 132 characters; AMO: name ≤ 50. */
const LIMITS: Record<string, number> = { extName: 50, extDescription: 132 };

function manifestOf(dir: string): Manifest {
  const file = join(REPO_ROOT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${dir}: run "npm run build" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe.each(Object.entries(BUILDS))('%s package', (browser, dir) => {
  const manifest = manifestOf(dir);
  const root = join(REPO_ROOT, dir);

  test('asks only for storage and activeTab, and for no site beyond where it already runs', () => {
    const apis = (manifest.permissions ?? []).filter((p) => !p.includes(':') && p !== '<all_urls>');
    expect(apis.sort()).toEqual(['activeTab', 'storage']);
    // Firefox injects the card's UI from the background (entrypoints/content/card-loader.ts),
    // which takes host permission for the page: exactly the content script's own matches, so
    // the install prompt is the one the content script alone already causes. Chrome needs none.
    const hosts = (manifest.permissions ?? []).filter((p) => !apis.includes(p));
    const matches = (manifest.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
    expect(hosts).toEqual(browser === 'firefox' ? matches : []);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  test('injects at most 60 kB of minified script into every page (DESIGN.md, Speed)', () => {
    const scripts = (manifest.content_scripts as { js?: string[] }[]).flatMap((c) => c.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, file) => sum + readFileSync(join(root, file)).length, 0);
    expect(bytes).toBeLessThanOrEqual(60_000);
  });

  test('has every icon size, each the size it claims', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      expect(pngSize(join(root, path))).toEqual([Number(size), Number(size)]);
    }
  });

  test('every __MSG_ string exists in English and Icelandic, within store limits', () => {
    expect(manifest.default_locale).toBe('en');
    expect(readdirSync(join(root, '_locales')).sort()).toEqual(['en', 'is']);
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const locale of ['en', 'is']) {
      const messages = JSON.parse(
        readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      for (const key of keys) {
        const message = messages[key]?.message ?? '';
        expect(message, `${locale}/${key}`).not.toBe('');
        expect(message.length, `${locale}/${key}`).toBeLessThanOrEqual(LIMITS[key] ?? Infinity);
      }
    }
  });

  test('names only files it ships as web-accessible', () => {
    const entries = (manifest.web_accessible_resources ?? []) as (
      string | { resources: string[]; use_dynamic_url?: boolean }
    )[];
    for (const entry of entries) {
      const files = typeof entry === 'string' ? [entry] : entry.resources;
      for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
      // In Chrome, a per-session URL: pages cannot probe for the file to detect the extension.
      if (browser === 'chrome' && typeof entry !== 'string')
        expect(entry.use_dynamic_url).toBe(true);
    }
  });
});

test('Firefox: add-on id, Highlight API floor, data collection declared as none', () => {
  const gecko = manifestOf(BUILDS.firefox).browser_specific_settings as {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
    gecko_android: { strict_min_version: string };
  };
  expect(gecko.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(parseFloat(gecko.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  expect(gecko.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(parseFloat(gecko.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
});

test('Chrome: a minimum version no lower than the Highlight API', () => {
  const { minimum_chrome_version: min } = manifestOf(BUILDS.chrome) as {
    minimum_chrome_version?: string;
  };
  expect(Number(min)).toBeGreaterThanOrEqual(105);
});
