import { existsSync } from 'node:fs';

/** Debian's Chromium, or $CHROMIUM_PATH. Never a downloaded browser. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary. The end-to-end tests never download a browser.`,
    );
  }
  return candidate;
}
