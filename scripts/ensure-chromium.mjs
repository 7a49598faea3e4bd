// `npm test` step 1: make sure there is a Chromium to test in. Installs Debian's package
// when it can (root with apt-get, as in CI), and otherwise stops with one instruction.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  if (!existsSync(found)) {
    console.error(`CHROME_PATH is ${found}, but there is no file there. Point it at a Chromium or Chrome.`);
    process.exit(1);
  }
  console.log(`Browser tests use ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (findChromium()) {
    console.log(`Installed: browser tests use ${findChromium()}`);
    process.exit(0);
  }
}

console.error(
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary, then run npm test again.',
);
process.exit(1);
