// The custom elements manifest (packages/elements/custom-elements.json): editors, Storybook
// and the README read the tags' attributes, parts and custom properties from the same JSDoc.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

// The analyzer names a module by its source file, and a superclass by `/packages/…/x.js`.
const source = /^\/?packages\/elements\/src\/(.+)\.[jt]s$/;

/**
 * Makes the manifest describe the published package rather than the source tree:
 * - modules are `dist/<name>.js` (what the tarball holds), not `packages/elements/src/<name>.ts`;
 * - each `defineElement('safer-seven-…', Class)` call is the tag's definition, in its define
 *   module; the helper's own `customElements.define(tag, element)` is not a tag named `tag`;
 * - `export type { … }` exports nothing at run time, so it is not listed, nor is a module of
 *   types only (the build writes no JavaScript for it). `npm run build` runs this after rollup.
 */
function publishedPackagePlugin() {
  const definitions = []; // { module, tag, className }
  const typeOnlyExports = []; // { module, name }
  return {
    name: 'safer-seven-published-package',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (node.isTypeOnly || element.isTypeOnly) typeOnlyExports.push({ module: moduleDoc.path, name: element.name.text });
        }
      }
      const [tag, element] = ts.isCallExpression(node) ? node.arguments : [];
      if (node.expression?.text === 'defineElement' && tag && ts.isStringLiteral(tag) && element && ts.isIdentifier(element)) {
        definitions.push({ module: moduleDoc.path, tag: tag.text, className: element.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const classModule = new Map(
        modules.flatMap((module) => module.declarations.filter((d) => d.kind === 'class').map((d) => [d.name, module.path])),
      );
      for (const module of modules) {
        const typeOnly = typeOnlyExports.filter((entry) => entry.module === module.path).map((entry) => entry.name);
        module.exports = (module.exports ?? []).filter(
          (entry) => !typeOnly.includes(entry.name) && !(entry.kind === 'custom-element-definition' && !entry.name.includes('-')),
        );
        for (const { tag, className } of definitions.filter((definition) => definition.module === module.path)) {
          module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule.get(className) } });
        }
        // Re-exports name their module as written (`./briefing/briefing.js`): from the package root.
        for (const entry of module.exports) {
          if (entry.declaration?.module?.startsWith('.')) {
            entry.declaration.module = posix.join(posix.dirname(module.path), entry.declaration.module).replace(/\.js$/, '.ts');
          }
        }
      }
      rewriteSourcePaths(customElementsManifest);
      if (!existsSync('packages/elements/dist')) throw new Error('Build packages/elements (rollup) before its manifest.');
      customElementsManifest.modules = modules.filter((module) => existsSync(`packages/elements/${module.path}`));
    },
  };
}

/** Every `path` and `module` under `packages/elements/src/` becomes its build output in `dist/`. */
function rewriteSourcePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewriteSourcePaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof item === 'string') value[key] = item.replace(source, 'dist/$1.js');
    else rewriteSourcePaths(item);
  }
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [publishedPackagePlugin()],
};
