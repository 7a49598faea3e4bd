import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
export default { input: '/work/main/.tmp/lit-only.js', output: { file: '/work/main/.tmp/lit-only.min.js', format: 'iife' }, plugins: [nodeResolve({exportConditions:['production']}), terser()] };
