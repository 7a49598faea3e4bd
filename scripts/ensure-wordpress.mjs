// `npm test`, before the WordPress test: make sure there is a WordPress to run the plugin in.
// Debian's `wordpress` (6.1, in /usr/share/wordpress), `php-cli`, `php-mysql` and
// `mariadb-server`: installed when missing if it can (root with apt-get, as in CI), and
// otherwise stops with one instruction, as ensure-chromium.mjs does for the browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingForWordPress } from './find-wordpress.mjs';

const packages = 'wordpress php-cli php-mysql mariadb-server';
let missing = missingForWordPress();
if (missing.length === 0) {
  console.log('WordPress test uses /usr/share/wordpress, php and mariadbd');
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing for the WordPress test: ${missing.join(', ')}. Installing Debian's ${packages} (apt-get install)...`);
  // No recommends: the test serves WordPress with `php -S`, not Apache.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, {
    stdio: 'inherit',
  });
  missing = missingForWordPress();
  if (missing.length === 0) process.exit(0);
}

console.error(
  `The WordPress test needs ${missing.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install ${packages}), then run npm test again.`,
);
process.exit(1);
