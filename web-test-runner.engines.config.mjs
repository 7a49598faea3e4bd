// The cross-engine tests, test/engines/**, in Chromium, Firefox (Gecko) and WebKit: parents
// read school pages on iPhones, so what a page relies on must work in all three. Everything
// but the files and the browsers is the main config's (plugins, middleware, Lit's production
// build), so both runs serve the same thing. `npm run test:engines`, after `npm run build`.
import mainConfig from './web-test-runner.config.mjs';
import { firefoxLauncher, webKitLauncher } from './test/engines/launchers.mjs';

export default {
  ...mainConfig,
  files: ['test/engines/**/*.test.ts', 'test/ssr/drop-in.test.ts'],
  browsers: [...mainConfig.browsers, firefoxLauncher(), webKitLauncher()],
  // Three browsers start on a shared two-core machine: Firefox has taken over 30 s (the
  // default) to open its first page while other builds ran. These are limits, not timings.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
};
