// `npm start`: serves demo/ (after `npm run build`) on a fixed port and prints the URL.
// Ctrl-C stops it cleanly.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: true, appIndex: undefined, open: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\nSafer Seven demo: http://localhost:${port}/demo/\nPress Ctrl-C to stop.\n`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
