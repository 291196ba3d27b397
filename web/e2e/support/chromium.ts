import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (never a downloaded browser: its host is not reachable). Without one the
 * browser tier fails, saying how to install it, rather than being skipped.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
  return path;
}
