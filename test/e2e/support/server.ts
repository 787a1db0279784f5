/**
 * A static server on loopback for e2e tests: /fixtures/* from test/fixtures/pages, /real/*
 * from ../shared/pages-real and /generated/* from what a test put in `generated`. A sidecar
 * `<page>.headers.json` beside a fixture sets response headers (Content-Security-Policy, for
 * the strict-CSP and Trusted Types pages).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURE_PAGES = join(REPO_ROOT, 'test/fixtures/pages');
export const REAL_PAGES = resolve(REPO_ROOT, '../shared/pages-real');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface TestServer {
  origin: string;
  /** Every path requested, in order: tests of "no network" read it. */
  requests: string[];
  /** Pages a test makes for itself, too large to keep as fixtures: served at /generated/<name>. */
  generated: Map<string, string>;
  close(): Promise<void>;
}

function fileFor(urlPath: string): string | undefined {
  const [prefix, ...rest] = urlPath.split('/').filter(Boolean);
  const root = prefix === 'fixtures' ? FIXTURE_PAGES : prefix === 'real' ? REAL_PAGES : undefined;
  if (!root) return undefined;
  const file = normalize(join(root, ...rest.map(decodeURIComponent)));
  return file.startsWith(root) && existsSync(file) ? file : undefined;
}

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const generated = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const page = path.startsWith('/generated/') ? generated.get(path.slice(11)) : undefined;
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const file = fileFor(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    const sidecar = file.replace(/\.html$/, '.headers.json');
    if (sidecar !== file && existsSync(sidecar)) {
      Object.assign(headers, JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>);
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    generated,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
