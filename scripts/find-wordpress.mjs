// Finds the PHP and the WordPress installation that the oEmbed test runs WordPress's own filter
// with (test/node/oembed.test.mjs). One place, so that ensure-wordpress.mjs and the test agree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The php command: `PHP_PATH` if set, else `php` when it runs; or undefined. */
export function findPhp() {
  const candidate = process.env.PHP_PATH ?? 'php';
  try {
    execFileSync(candidate, ['-v'], { stdio: 'ignore' });
    return candidate;
  } catch {
    return undefined;
  }
}

/** A WordPress folder holding wp-includes/embed.php: `WORDPRESS_DIR`, else Debian's; or undefined. */
export function findWordPress() {
  const directory = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
  return existsSync(`${directory}/wp-includes/embed.php`) ? directory : undefined;
}
