// What the WordPress test needs, in one place for scripts/ensure-wordpress.mjs and the test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const wordpressDir = '/usr/share/wordpress';

/**
 * The theme the test activates. Debian's `wordpress` package holds no theme (its recommends,
 * which `--no-install-recommends` skips, bring one): without a theme every front-end page is
 * blank. Twenty Twenty-Three is the default theme of WordPress 6.1, packaged on its own.
 */
export const wordpressTheme = {
  slug: 'twentytwentythree',
  name: 'Twenty Twenty-Three',
  debianPackage: 'wordpress-theme-twentytwentythree',
  dir: `${wordpressDir}/wp-content/themes/twentytwentythree`,
};

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

/** A block theme's files that WordPress reads to list it and render a page with it. */
const themeFiles = ['style.css', 'theme.json', 'templates/index.html'];

/**
 * What is missing, each as `{ what, packages }` (the Debian packages that bring it); empty
 * when everything is there.
 */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(`${wordpressDir}/wp-settings.php`)) missing.push({ what: 'WordPress', packages: ['wordpress'] });
  if (!themeFiles.every((file) => existsSync(`${wordpressTheme.dir}/${file}`))) {
    missing.push({ what: `a theme (${wordpressTheme.name})`, packages: [wordpressTheme.debianPackage] });
  }
  if (!phpHasMysqli()) missing.push({ what: 'php with mysqli', packages: ['php-cli', 'php-mysql'] });
  if (!mariadbPaths()) missing.push({ what: 'MariaDB', packages: ['mariadb-server'] });
  // The oEmbed test serves its site over https with a certificate it makes (ca-certificates,
  // which wordpress depends on, brings openssl; named here in case it is ever not).
  if (!existsSync('/usr/bin/openssl')) missing.push({ what: 'openssl', packages: ['openssl'] });
  return missing;
}
