/** launchExtensionAt with the build and server the e2e global setup provided. */
import { afterAll, beforeAll, inject } from 'vitest';
import { launchExtensionAt, type LaunchOptions, type LoadedExtension } from './extension';

export type { LoadedExtension } from './extension';

export function launchExtension(options: Omit<LaunchOptions, 'extensionDir' | 'apiOrigin'> = {}): Promise<LoadedExtension> {
  return launchExtensionAt({ ...options, extensionDir: inject('extensionDir'), apiOrigin: inject('apiOrigin') });
}

/**
 * One browser with the extension for the whole describe block: launched before its tests, closed
 * after. Returns a getter because the launch happens later than the block's body runs.
 */
export function useExtension(options: Omit<LaunchOptions, 'extensionDir' | 'apiOrigin'> = {}): () => LoadedExtension {
  let ext: LoadedExtension | undefined;
  beforeAll(async () => {
    ext = await launchExtension(options);
  });
  afterAll(async () => {
    await ext?.close();
  });
  return () => {
    if (!ext) throw new Error('the extension is launched in beforeAll');
    return ext;
  };
}
