// Finds the other two browser engines for `npm run test:engines`: Gecko (Firefox) and WebKit
// (WebKitGTK's MiniBrowser, driven by WebKitWebDriver). One place, like find-chromium.mjs, so
// that the installer script and the test config agree. Each can be pointed elsewhere with an
// environment variable. WebKit here is WebKitGTK on Linux: the engine of Safari on iPhones,
// without Apple's platform layer.
import { existsSync, readdirSync } from 'node:fs';

/** Where each is looked for, first hit wins; Debian's packages put them at the first paths. */
const firefoxCandidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];
const webKitWebDriverCandidates = ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'];

function firstExisting(variable, candidates) {
  if (process.env[variable]) return process.env[variable];
  return candidates.find((path) => existsSync(path));
}

/** Debian installs MiniBrowser under its multiarch library folder (x86_64-linux-gnu, aarch64-…). */
function miniBrowserCandidates() {
  const folders = ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'];
  const libraryFolders = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu')) : [];
  return [
    ...libraryFolders.flatMap((arch) => folders.map((folder) => `/usr/lib/${arch}/${folder}/MiniBrowser`)),
    ...folders.map((folder) => `/usr/libexec/${folder}/MiniBrowser`),
  ];
}

/** Firefox: `FIREFOX_PATH` if set, else the first one installed; or undefined. */
export function findFirefox() {
  return firstExisting('FIREFOX_PATH', firefoxCandidates);
}

/** WebKitWebDriver: `WEBKIT_WEBDRIVER_PATH` if set, else Debian's; or undefined. */
export function findWebKitWebDriver() {
  return firstExisting('WEBKIT_WEBDRIVER_PATH', webKitWebDriverCandidates);
}

/** The WebKitGTK browser it drives: `WEBKIT_BROWSER_PATH` if set, else MiniBrowser; or undefined. */
export function findMiniBrowser() {
  return firstExisting('WEBKIT_BROWSER_PATH', miniBrowserCandidates());
}

/** Xvfb, the X server in memory that WebKitGTK draws into when there is no display (CI). */
export function findXvfb() {
  return firstExisting('XVFB_PATH', ['/usr/bin/Xvfb']);
}

/** WebKitGTK has no headless mode: it needs an X or Wayland display, real or Xvfb's. */
export function hasDisplay() {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * What is missing for the engine tests, with the Debian package that brings each. Chromium
 * is find-chromium.mjs's job.
 */
export function missingEngines() {
  // A path from an environment variable counts only when there is a file there.
  const isThere = (path) => Boolean(path) && existsSync(path);
  const missing = [];
  if (!isThere(findFirefox())) missing.push({ what: 'Firefox', debianPackage: 'firefox-esr' });
  if (!isThere(findWebKitWebDriver())) missing.push({ what: 'WebKitWebDriver', debianPackage: 'webkit2gtk-driver' });
  // webkit2gtk-driver depends on libwebkit2gtk-4.1-0, which holds MiniBrowser.
  if (!isThere(findMiniBrowser())) missing.push({ what: "WebKitGTK's MiniBrowser", debianPackage: 'webkit2gtk-driver' });
  if (!hasDisplay() && !isThere(findXvfb())) missing.push({ what: 'a display (Xvfb)', debianPackage: 'xvfb' });
  return missing;
}
