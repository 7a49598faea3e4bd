// A throwaway WordPress 6.1 multisite network for the plugin's test, made from Debian's
// packages in a temporary directory and removed afterwards:
//
//   MariaDB   mysql_install_db + mariadbd in <tmp>/db, own socket, no TCP port
//   WordPress /usr/share/wordpress hard-linked (or copied) into <tmp>/wordpress, with its own
//             wp-config.php (WP_DEBUG_LOG to <tmp>/debug.log) and wp-content/, the theme of
//             scripts/find-wordpress.mjs activated, and the test's own mu-plugins if any
//   plugin    unzipped from integrations/wordpress/dist/safer-seven.zip, the build's own zip
//   server    php -S 127.0.0.1:<port>
//
// startWordPress() returns what wordpress-setup.php printed (install, activate, then each of
// `phases`: `content` by default), runPhase() for a later phase of it, and stop(), which ends
// both servers (also when a step fails) and deletes the directory.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { unzipSync } from 'fflate';
import { mariadbPaths, wordpressDir, wordpressTheme } from '../../scripts/find-wordpress.mjs';

const root = new URL('../..', import.meta.url).pathname;
const setupScript = new URL('wordpress-setup.php', import.meta.url).pathname;
export const pluginZip = join(root, 'integrations/wordpress/dist/safer-seven.zip');
export const password = 'safer-seven-test-password';

/** Waits until `check()` is true, or throws after `timeoutMs`. */
async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** WordPress's files, as hard links where the file system allows it (fast), else copies. */
function copyWordPress(target) {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(wordpressDir)) {
    // Debian's wp-config.php reads /etc/wordpress; wp-content is the site's own.
    if (entry === 'wp-config.php' || entry === 'wp-content' || entry === '.htaccess') continue;
    try {
      execFileSync('cp', ['-al', join(wordpressDir, entry), target]);
    } catch {
      cpSync(join(wordpressDir, entry), join(target, entry), { recursive: true, verbatimSymlinks: true });
    }
  }
  // Debian links a few libraries in by relative links (underscore.js, getID3): point the
  // copies at the same files by absolute paths.
  for (const name of readdirSync(wordpressDir, { recursive: true }).map(String)) {
    const source = join(wordpressDir, name);
    if (!lstatSync(source).isSymbolicLink()) continue;
    rmSync(join(target, name), { force: true });
    if (existsSync(source)) symlinkSync(realpathSync(source), join(target, name));
  }
  const content = join(target, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  cpSync(join(wordpressDir, 'wp-content/themes'), join(content, 'themes'), { recursive: true });
}

/** Unzips the built plugin into wp-content/plugins, as WordPress's uploader would. */
function installPluginZip(pluginsDir) {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(pluginZip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(pluginsDir, name)), { recursive: true });
    writeFileSync(join(pluginsDir, name), bytes);
  }
}

function wpConfig({ socket, host, debugLog, multisite }) {
  const network = multisite
    ? `define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '${host}' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
`
    : '';
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  .map((name) => `define( '${name}', 'safer-seven-test-${name}' );`)
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HOME', 'http://${host}' );
define( 'WP_SITEURL', 'http://${host}' );
// A closed machine: no update checks, no cron requests, no mail.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
${network}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts MariaDB, installs WordPress as a multisite network with the theme active and the plugin
 * network-activated, runs the setup's `phases` (`content`: the plugin test's posts; `author`: an
 * Author) and serves the site on 127.0.0.1:<port>. `muPlugins`: file name to PHP source, put in
 * wp-content/mu-plugins/ before WordPress first runs.
 */
export async function startWordPress({ port, log = console.log, phases = ['content'], muPlugins = {} }) {
  const tmp = mkdtempSync(join(tmpdir(), 'safer-seven-wp-'));
  const children = [];
  const host = `127.0.0.1:${port}`;
  // If the test process is interrupted (Ctrl-C) or ends without stop(), end the servers anyway:
  // they run in process groups of their own, so the terminal's signal does not reach them.
  const killNow = () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
    }
    if (!process.env.SAFER_SEVEN_KEEP_WORDPRESS) rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    killNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Each server runs in a process group of its own: php -S's workers end with it.
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    if (!process.env.SAFER_SEVEN_KEEP_WORDPRESS) rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const { server, installer, client } = mariadbPaths();
    const dataDir = join(tmp, 'db');
    const socket = join(tmp, 'mysqld.sock');
    const asUser = typeof process.getuid === 'function' && process.getuid() === 0 ? [`--user=${userInfo().username}`] : [];
    log('wordpress: MariaDB: mysql_install_db in a temporary data directory');
    execFileSync(installer, ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asUser], {
      stdio: 'ignore',
    });
    const mariadb = spawn(
      server,
      ['--no-defaults', `--datadir=${dataDir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(tmp, 'mysqld.pid')}`, `--log-error=${join(tmp, 'mysqld.err')}`, ...asUser],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    await waitFor('MariaDB to take connections', () => existsSync(socket) || mariadb.exitCode !== null, 30_000);
    if (mariadb.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(join(tmp, 'mysqld.err'), 'utf8')}`);
    execFileSync(client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    log('wordpress: WordPress 6.1 from /usr/share/wordpress into a temporary directory, plugin from safer-seven.zip');
    const site = join(tmp, 'wordpress');
    const debugLog = join(tmp, 'debug.log');
    copyWordPress(site);
    installPluginZip(join(site, 'wp-content/plugins'));
    // Mail goes nowhere on a test machine: say so before WordPress tries.
    writeFileSync(join(site, 'wp-content/mu-plugins/no-mail.php'), "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n");
    for (const [name, source] of Object.entries(muPlugins)) writeFileSync(join(site, 'wp-content/mu-plugins', name), source);

    const php = (phase) => {
      const output = execFileSync('php', [setupScript, site, phase], {
        encoding: 'utf8',
        env: { ...process.env, WP_TEST_HOST: host, WP_TEST_PASSWORD: password, WP_TEST_THEME: wordpressTheme.slug },
      });
      try {
        return JSON.parse(output.trim().split('\n').pop());
      } catch {
        throw new Error(`wordpress-setup.php ${phase} printed no JSON: ${output.replace(/<style[\s\S]*<\/style>/, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").slice(0, 1500)}`);
      }
    };
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, host, debugLog, multisite: false }));
    log(`wordpress: wp_install(), then a multisite network (populate_network), theme ${wordpressTheme.slug}`);
    const { theme } = php('install');
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, host, debugLog, multisite: true }));
    log(`wordpress: network-activate the plugin, then ${phases.join(', ')}`);
    const { networkActive } = php('activate');
    const setup = { theme, networkActive };
    for (const phase of phases) Object.assign(setup, php(phase));

    log(`wordpress: php -S ${host}`);
    const phpServer = spawn('php', ['-S', host, '-t', site], {
      stdio: 'ignore',
      detached: true,
      // Workers, so that the block editor's parallel requests do not queue behind each other.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(phpServer);
    await waitFor(
      `php -S on ${host}`,
      () =>
        phpServer.exitCode !== null ||
        fetch(`http://${host}/wp-login.php`).then(
          (response) => response.ok,
          () => false,
        ),
      30_000,
    );
    if (phpServer.exitCode !== null) throw new Error('php -S exited');
    return { ...setup, origin: `http://${host}`, site, debugLog, runPhase: php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
