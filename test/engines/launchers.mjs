// The two other engines for web-test-runner.engines.config.mjs.
//
// Firefox: @web/test-runner-chrome's launcher with puppeteer-core's Firefox support (WebDriver
// BiDi), which is all that @web/test-runner-puppeteer is, without the `puppeteer` package
// and the browser download its install script tries (this machine reaches no such host).
//
// WebKit: @web/test-runner-webdriver with WebKitGTK's WebKitWebDriver driving MiniBrowser.
// The launcher starts the driver on a free port itself (and Xvfb when there is no display:
// WebKitGTK has no headless mode), so the config works the same on a desktop and in CI, and
// stops both when the run ends, however it ends.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findFirefox, findMiniBrowser, findWebKitWebDriver, findXvfb, hasDisplay } from '../../scripts/find-engines.mjs';

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
  });
}

/** A TCP port nobody listens on now, from the system. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Ends a child process now, and when this process exits first (a crash, Ctrl-C). */
function endWithThisProcess(child) {
  const end = () => child.kill();
  process.once('exit', end);
  return () => {
    process.removeListener('exit', end);
    end();
  };
}

/** Starts Xvfb on the first free display it finds (-displayfd) and returns `:N` and a stop. */
async function startXvfb() {
  const xvfb = spawn(findXvfb(), ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const stop = endWithThisProcess(xvfb);
  const [displayNumber] = await Promise.race([
    once(xvfb.stdio[3], 'data'),
    once(xvfb, 'exit').then(([code]) => Promise.reject(new Error(`Xvfb exited (${code}) before it opened a display`))),
  ]);
  return { display: `:${String(displayNumber).trim()}`, stop };
}

/** Waits until the driver answers its status endpoint, or fails after `attempts` tries. */
async function waitForDriver(url, driver, attempts = 200) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}) before it answered`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver; webdriverio 9 would otherwise ask for BiDi,
        // which WebKitGTK does not offer, and no session would match.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    });
    this.stopServices = [];
  }

  async initialize(config, testFiles) {
    const environment = { ...process.env };
    if (!hasDisplay()) {
      const xvfb = await startXvfb();
      this.stopServices.push(xvfb.stop);
      environment.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(findWebKitWebDriver(), [`--port=${port}`], { env: environment, stdio: 'ignore' });
    this.stopServices.push(endWithThisProcess(driver));
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const stop of this.stopServices.splice(0).reverse()) stop();
  }
}

export function webKitLauncher() {
  return new WebKitLauncher();
}
