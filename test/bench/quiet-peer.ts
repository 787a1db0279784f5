/**
 * The peer of a page without a trigger: the least an extension can do for the same job, with
 * none of our stack. Its content script listens for the popup's messages, reads the page's
 * rendered text (`innerText`) when the page is idle, tests it with the same gate expression as
 * ours, and reads the same settings from extension storage: plain `chrome.*` calls, no polyfill,
 * no WXT context, no modules. What it costs a page is what any extension doing this job costs
 * on this machine; what ours costs beyond that is our stack and our code.
 *
 * Its marks (`geneva-lens:peer-*`) are what the bench's trace summary attributes its
 * continuations by, as ours are (trace.ts); the bench loads it in a browser of its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the peer extension into `dir`, with `gateSource` (MatcherData.prefilter) inlined. */
export function writeQuietPeer(dir: string, gateSource: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Geneva Lens bench: quiet peer',
    version: '1',
    permissions: ['storage'],
    // The bench finds an extension's id through its service worker.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(
    join(dir, 'content.js'),
    `chrome.runtime.onMessage.addListener(() => undefined);
requestIdleCallback(() => {
  const text = document.body ? document.body.innerText : '';
  const opens = new RegExp(${JSON.stringify(gateSource)}).test(text);
  performance.mark(opens ? 'geneva-lens:peer-opens' : 'geneva-lens:peer-closed');
  chrome.storage.local
    .get(['settings', 'diagnostics'])
    .then(() => performance.mark('geneva-lens:peer-settled'));
});
`,
  );
}
