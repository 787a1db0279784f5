/**
 * One loopback server and one Chromium with the built extension per spec file, opened before
 * its tests and closed after them. A spec's own beforeAll (opening a page, say) runs after
 * these, since hooks run in the order they are registered.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './chromium';
import { startServer, type TestServer } from './server';

export interface ChromiumSuite {
  readonly server: TestServer;
  readonly browser: ExtensionBrowser;
}

export function chromiumSuite(options?: LaunchOptions): ChromiumSuite {
  const suite = {} as { server: TestServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
