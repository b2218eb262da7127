// What every headless-Chromium test and the page benchmark share: where the repository and
// dist/ are, Debian's Chromium driven by playwright-core, its flags, and why it cannot run.
//   import { chromiumSkip, launchChromium, dist } from './chromium.mjs';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// --expose-gc lets the leak tests collect before they count.
const FLAGS = ['--js-flags=--expose-gc', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch {}

/** Why Chromium cannot run here, or false. */
export const chromiumSkip = !chromium ? 'playwright-core is not installed (npm ci in js/)' : !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)` : false;

/** A headless browser (the caller closes it). */
export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** `cargo xtask test` (and so CI) sets PYGMY_REQUIRE_BROWSER: there a skip would pass unseen,
 *  so it becomes a failing test of the file that calls this with node:test's `test`. */
export function requireChromium(test, fail) {
  if (chromiumSkip && process.env.PYGMY_REQUIRE_BROWSER) {
    test('headless Chromium is available', () => fail(`${chromiumSkip}; or run cargo xtask test --no-browser`));
  }
}
