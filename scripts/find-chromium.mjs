// Finds a Chromium or Chrome for the browser tests, the benchmark and the demo checks.
// One place, so that `npm test`, `npm run bench` and web-test-runner agree.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium: `CHROME_PATH` if set, else the first one installed; or undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path));
}

/**
 * Flags for a headless Chromium on a closed network. As root Chromium needs --no-sandbox;
 * the background-networking flags stop it calling home, which this machine refuses anyway.
 */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
