import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { corpusPlugin } from './lib/corpus/vite-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is an explicit import (DESIGN.md, Layout).
  imports: false,
  // Static assets live under entrypoints/ to keep the agreed top-level layout.
  publicDir: 'entrypoints/public',
  i18n: { localesDir: 'lib/i18n/locales' },
  // The Firefox sources zip is what add-on review rebuilds from (README, "Reviewers"): what the
  // build reads (seeds, lib, entrypoints, components, configs, lockfile), not tests or tooling.
  zip: {
    excludeSources: ['test/**', 'vitest.config.ts', 'vitest.e2e.config.ts'],
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), corpusPlugin(), compileEagerly(['page-annotator.js', 'card-ui.js'])],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox: <all_urls> lets the background inject the annotator and the card's UI into a
    // page (entrypoints/content/lazy-script.ts); the content script already runs on
    // <all_urls>, so the install prompt ("Access your data for all websites") is unchanged.
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? ['<all_urls>'] : [])],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'geneva-lens@geneva-lens.invalid',
              // The CSS Custom Highlight API ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android reads data_collection_permissions from 142; older versions would install
            // without seeing the declaration, so web-ext lint asks for the higher floor there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Highlight API from 105; Vite's build target emits syntax for 107; the options and
          // corpus pages paint the background style with color-mix(), from 111.
          minimum_chrome_version: '111',
          // The annotator, imported by the content script once a page may hold a trigger
          // (issue 3), and the hover card's UI, on the first card (issue 4); Firefox injects
          // both from the background instead (entrypoints/content/lazy-script.ts). A
          // per-session URL, so a page cannot probe for the files to detect the extension.
          web_accessible_resources: [
            {
              resources: ['page-annotator.js', 'card-ui.js'],
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
        }),
  }),
  hooks: {
    'build:done': (wxt) => {
      const dir = wxt.config.outDir;
      const how =
        wxt.config.browser === 'firefox'
          ? 'about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → manifest.json'
          : 'chrome://extensions → Developer mode → "Load unpacked" → this folder';
      wxt.logger.success(`Geneva Lens for ${wxt.config.browser}: ${dir}\n  Load it: ${how}`);
    },
  },
});

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function
 * of the file as it loads. A page's first scan calls nearly all of the annotator, and the first
 * card nearly all of its UI; compiling each function on its first call cost more. All our
 * main-thread work on the bench's five triggered pages went from 24.0 to 21.2 ms in a new tab
 * (a cold renderer) and from 13.3 to 12.5 ms in the same tab, medians of 40 traced loads; a
 * first card in a new tab showed 276 ms after the pointer reached its name instead of 284 ms
 * (hover delay included; medians of 14). The script on every page gained nothing from it
 * (7.15 vs 7.28 ms in a new tab, on the pages without a trigger).
 */
function compileEagerly(fileNames: string[]): Plugin {
  return {
    name: 'geneva-lens:compile-eagerly',
    generateBundle(_, bundle) {
      for (const fileName of fileNames) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}
