/**
 * One Chromium process for the whole bench, so every number comes from the same run: its
 * default profile has the built extension loaded; contexts made with `newContext()` are
 * off-the-record and run without it, which is where mark.js and the other peers are timed.
 * The process is started by hand and driven over CDP because Playwright only gives
 * extensions to a persistent context, which cannot open a second, extension-free context.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, enableDiagnostics } from '../e2e/support/chromium';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchBrowser {
  browser: Browser;
  /** The profile with the extension. */
  extension: BrowserContext;
  extensionId: string;
  /** A context without the extension, for the peers. */
  plain: BrowserContext;
  close(): Promise<void>;
}

export async function launchBench(extensionDir: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'gl-bench-profile-'));
  const child: ChildProcess = spawn(
    EXECUTABLE,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Saved pages reference CDNs and trackers: only loopback resolves, so nothing waits on them.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...CHROMIUM_FLAGS,
      '--window-size=1280,800',
      'about:blank',
    ],
    // Its own process group, so closing ends its helper processes too, and only those.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const killGroup = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    return await connect(child, profile, killGroup);
  } catch (error) {
    killGroup();
    throw error;
  }
}

async function connect(
  child: ChildProcess,
  profile: string,
  killGroup: () => void,
): Promise<BenchBrowser> {
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /DevTools listening on (ws:\S+)/.exec(log);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const extension = browser.contexts()[0];
  if (!extension) throw new Error('Chromium has no default context');
  const worker =
    extension.serviceWorkers()[0] ??
    (await extension.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The content script records the measures the bench reads only where storage says so
  // (entrypoints/content/marks.ts): a user's browser never does.
  await enableDiagnostics(worker);
  const plain = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    browser,
    extension,
    extensionId,
    plain,
    async close() {
      await browser.close().catch(() => undefined);
      const exited = new Promise((ok) =>
        child.exitCode === null ? child.once('exit', ok) : ok(null),
      );
      killGroup();
      await exited;
      try {
        // Chromium's helpers may still flush the profile for a moment after the browser exits.
        rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
      } catch {
        process.stderr.write(`could not remove the temp profile ${profile}\n`);
      }
    },
  };
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the generated pages from `dir` on loopback. */
export async function servePages(dir: string): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || !file.endsWith('.html')) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
