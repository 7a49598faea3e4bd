// Browser tests in a real Chromium: content, elements, and the built drop-in bundle.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/find-chromium.mjs';
import { bundleTestMiddleware } from './test/bundle/server.mjs';
import { forcedColorsPlugin } from './test/plugins/forced-colors.mjs';
import { embedProbeMiddleware } from './test/demo/embed-probe-server.mjs';
import { siteFilesPlugin, siteTestMiddleware } from './test/site/server.mjs';
import { ssrTestMiddleware } from './test/ssr/server.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/engines/**'],
  // Lit's production build, as partners get it: its development build warns on every page.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColorsPlugin(), siteFilesPlugin()],
  middleware: [bundleTestMiddleware, ssrTestMiddleware, embedProbeMiddleware, siteTestMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs() },
    }),
  ],
};
