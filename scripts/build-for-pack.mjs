// `prepack` of both packages: runs the workspace root's build, so that `npm pack` and
// `npm publish` ship a fresh dist/ whether they run from the root (`npm pack -w
// packages/content`) or inside a package folder. npm passes the workspace it is packing down
// in npm_config_workspace; the root build must not inherit it, or `npm run build` would look
// for a build script in the package instead of the root.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_(workspaces?|include_workspace_root)$/i.test(name)),
);
const npm = process.env.npm_execpath;
const [command, args] = npm && npm.endsWith('.js') ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
console.log(`prepack: building the workspace in ${root}`);
execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });
