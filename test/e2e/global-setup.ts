/**
 * Once per e2e run: start the fake CoinGecko (port 0, 127.0.0.1 only), then build the extension
 * pointed at it, with content scripts allowed on 127.0.0.1 pages.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { chromiumPath } from './support/chromium-path';

let server: FakeCoinGecko | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    apiOrigin: string;
    extensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fail fast, with a clear message, when there is no browser
  server = await startFakeCoinGecko();
  const extensionDir = buildExtension(server.apiBase, join(ROOT, '.output', 'e2e'));
  project.provide('apiOrigin', server.origin);
  project.provide('extensionDir', extensionDir);
  return async () => {
    await server?.close();
  };
}
