// What the WordPress test needs, in one place for scripts/ensure-wordpress.mjs and the test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const wordpressDir = '/usr/share/wordpress';

/** The first of `paths` that exists, or undefined. */
function firstExisting(paths) {
  return paths.find((path) => existsSync(path));
}

/** Where the MariaDB server and its installer are, or undefined. */
export function mariadbPaths() {
  const server = firstExisting(['/usr/sbin/mariadbd', '/usr/sbin/mysqld']);
  const installer = firstExisting(['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db']);
  const client = firstExisting(['/usr/bin/mariadb', '/usr/bin/mysql']);
  return server && installer && client ? { server, installer, client } : undefined;
}

/** Whether `php` runs and has mysqli. */
function phpHasMysqli() {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

/** The Debian packages' names of what is missing; empty when everything is there. */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(`${wordpressDir}/wp-settings.php`)) missing.push('wordpress');
  if (!phpHasMysqli()) missing.push('php-cli with php-mysql');
  if (!mariadbPaths()) missing.push('mariadb-server');
  return missing;
}
