import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE =
  'lib/ is pure logic: browser APIs belong in entrypoints/, components/ or lib/browser/.';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text must never reach an HTML sink.' },
        { property: 'outerHTML', message: 'Page text must never reach an HTML sink.' },
        { property: 'insertAdjacentHTML', message: 'Page text must never reach an HTML sink.' },
      ],
    },
  },
  {
    // Pure logic runs under plain vitest and in any context: the browser stays at the edges
    // (entrypoints/, components/, and the thin storage and messaging layer in lib/browser/).
    files: ['lib/**/*.ts'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'chrome',
          'browser',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'XMLHttpRequest',
          'MutationObserver',
          'CSS',
          'getComputedStyle',
          'requestAnimationFrame',
          'requestIdleCallback',
        ].map((name) => ({ name, message: PURE })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['#imports', 'wxt', 'webextension-polyfill', 'preact'].map((name) => ({
            name,
            message: PURE,
          })),
          patterns: [
            { group: ['wxt/*', 'preact/*'], message: PURE },
            { group: ['**/entrypoints/**', '**/components/**'], message: PURE },
          ],
        },
      ],
    },
  },
);
