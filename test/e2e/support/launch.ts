/** launchExtensionAt with the build and server the e2e global setup provided. */
import { inject } from 'vitest';
import { launchExtensionAt, type LaunchOptions, type LoadedExtension } from './extension';

export type { LoadedExtension } from './extension';

export function launchExtension(options: Omit<LaunchOptions, 'extensionDir' | 'apiOrigin'> = {}): Promise<LoadedExtension> {
  return launchExtensionAt({ ...options, extensionDir: inject('extensionDir'), apiOrigin: inject('apiOrigin') });
}
