// Before the oEmbed test: make sure there is a PHP and a WordPress whose own oEmbed filter the
// test runs on the site's oEmbed answers (test/wordpress/oembed-filter.php). Installs Debian's
// packages when it can (root with apt-get, as in CI), and otherwise stops with one instruction.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findPhp, findWordPress } from './find-wordpress.mjs';

const packages = [];
if (!findPhp()) packages.push('php-cli');
if (!findWordPress()) packages.push('wordpress');
if (packages.length === 0) {
  console.log(`oEmbed tests use ${findPhp()} and WordPress in ${findWordPress()}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`No ${packages.join(' or ')} found: installing Debian's ${packages.join(' ')} (apt-get install, without recommends)...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
  if (findPhp() && findWordPress()) process.exit(0);
}
console.error(
  `No ${packages.join(' or ')} found. Install them (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}), ` +
    'or set PHP_PATH and WORDPRESS_DIR, then run the tests again.',
);
process.exit(1);
