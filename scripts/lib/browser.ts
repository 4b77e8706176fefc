/**
 * Finds the Chromium the end-to-end tests drive, at run time, so one config works on a
 * laptop and on a bare Debian machine: $CHROMIUM_PATH if set, else the system Chromium,
 * else Playwright's own download. With none of them, it stops with one clear sentence.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** The executable to launch, or undefined to let Playwright use its own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for the end-to-end tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
}
