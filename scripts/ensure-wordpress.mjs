// `npm test`, before the WordPress test: make sure there is a WordPress to run the plugin in.
// Debian's `wordpress` (6.1, in /usr/share/wordpress) with its default theme
// `wordpress-theme-twentytwentythree`, `php-cli`, `php-mysql`, `mariadb-server` and `openssl`
// (the oEmbed test's certificate): installs
// what is missing when it can (root with apt-get, as in CI), says what it installs, and
// otherwise stops with one instruction, as ensure-chromium.mjs does for the browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingForWordPress, wordpressDir, wordpressTheme } from './find-wordpress.mjs';

const found = `WordPress test uses ${wordpressDir} with the ${wordpressTheme.name} theme, php, mariadbd and openssl`;
let missing = missingForWordPress();
if (missing.length === 0) {
  console.log(found);
  process.exit(0);
}

const packagesOf = (list) => [...new Set(list.flatMap((entry) => entry.packages))].join(' ');
const whatOf = (list) => list.map((entry) => entry.what).join(', ');
const packages = packagesOf(missing);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing for the WordPress test: ${whatOf(missing)}. Installing Debian's ${packages} (apt-get install)...`);
  // No recommends: the test serves WordPress with `php -S`, not Apache. The theme, which
  // wordpress only recommends, is named on its own.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, {
    stdio: 'inherit',
  });
  missing = missingForWordPress();
  if (missing.length === 0) {
    console.log(`Installed ${packages}: ${found}`);
    process.exit(0);
  }
}

console.error(
  `The WordPress test needs ${whatOf(missing)}. Install them (Debian/Ubuntu: sudo apt-get install ${packagesOf(missing)}), then run npm test again.`,
);
process.exit(1);
