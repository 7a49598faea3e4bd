// `npm run test:engines` step 1: make sure there is a Firefox and a WebKit to test in (and a
// display for WebKit). Installs Debian's packages when it can (root with apt-get, as in CI),
// and otherwise stops with one instruction. Chromium is ensure-chromium.mjs's job.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox, findMiniBrowser, findWebKitWebDriver, hasDisplay, missingEngines } from './find-engines.mjs';

function describeFound() {
  const display = hasDisplay() ? 'this display' : 'Xvfb';
  return `Engine tests use ${findFirefox()}, and ${findMiniBrowser()} through ${findWebKitWebDriver()} on ${display}`;
}

const missing = missingEngines();
if (missing.length === 0) {
  console.log(describeFound());
  process.exit(0);
}

const packages = [...new Set(missing.map(({ debianPackage }) => debianPackage))];
const missingWords = missing.map(({ what }) => what).join(', ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(
    `No ${missingWords} found: installing Debian's ${packages.join(' ')} (apt-get install, about 275 MB to download on a fresh machine; a few minutes)...`,
  );
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
  if (missingEngines().length === 0) {
    console.log(`Installed: ${describeFound()}`);
    process.exit(0);
  }
}

console.error(
  `No ${missingWords} found. Install ${packages.join(' ')} (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}), ` +
    'or set FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH, then run npm run test:engines again.',
);
process.exit(1);
