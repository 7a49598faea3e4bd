// One file builds every output, in the order data flows: content, then elements, then the
// drop-in bundle that holds both with Lit.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const elementsVersion = JSON.parse(readFileSync('packages/elements/package.json', 'utf8')).version;


/**
 * Empties a package's dist/ before its first build writes to it, so that no file from an
 * earlier build (a renamed module, a removed entry) is published. Only on a package's first
 * config: the drop-in bundle writes into elements' dist/ after the npm build.
 */
function emptyDirectory(directory) {
  return {
    name: 'safer-seven-empty-directory',
    buildStart() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Writes a hand-written declaration file beside an output, for outputs TypeScript does not type. */
function declarationFile(path, text) {
  return {
    name: 'safer-seven-declaration-file',
    writeBundle() {
      writeFileSync(path, text);
    },
  };
}

/**
 * Writes `dist/cse.json`: the same briefing as the ESM, for sites that are not JavaScript, with
 * its bank holidays also written out as dates (`withDaysWrittenOut`: they cannot work out Easter).
 */
function briefingJson() {
  return {
    name: 'safer-seven-briefing-json',
    async writeBundle() {
      const content = await import(`${pathToFileURL('packages/content/dist/index.js').href}?t=${Date.now()}`);
      for (const topic of content.knownTopics) {
        const result = content.getBriefing(topic);
        writeFileSync(`packages/content/dist/${topic}.json`, `${JSON.stringify(content.withDaysWrittenOut(result.briefing), null, 2)}\n`);
      }
    },
  };
}

/** Writes the bundle's Subresource Integrity hash beside it, for the README's embed snippet. */
function subresourceIntegrity() {
  return {
    name: 'safer-seven-sri',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        const path = `${options.dir ?? dirname(options.file)}/${file}`;
        const digest = createHash('sha384').update(readFileSync(path)).digest('base64');
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(`${path}.sri.txt`, `sha384-${digest}\n`);
      }
    },
  };
}

/**
 * Reads the briefings' data files (`packages/content/data/*.json`, which staff edit through the
 * content desk) into dist/index.js as one object literal each, `var cse = { topic: "cse", … }`,
 * so that the drop-ins can leave out `unrenderedFields` from it and every consumer gets the same
 * exports as when the data was TypeScript.
 */
const briefingData = () => json({ include: 'packages/content/data/*.json', namedExports: false, preferConst: true });

const content = {
  input: 'packages/content/src/index.ts',
  output: { dir: 'packages/content/dist', format: 'es', sourcemap: false },
  plugins: [
    emptyDirectory('packages/content/dist'),
    typescript({ tsconfig: 'packages/content/tsconfig.json', outDir: 'packages/content/dist', declaration: true }),
    briefingData(),
    briefingJson(),
  ],
};

/**
 * `@safer-seven/content/quick-exit`: the quick exit's words alone, so that its drop-in file
 * holds no briefing. A build of its own, so that dist/index.js stays one file that imports
 * nothing (its copy of these few strings is the same source). Types: dist/strings/quick-exit.d.ts.
 */
const contentQuickExit = {
  input: 'packages/content/src/strings/quick-exit.ts',
  output: { dir: 'packages/content/dist', entryFileNames: 'quick-exit.js', format: 'es', sourcemap: false },
  plugins: [
    typescript({ tsconfig: 'packages/content/tsconfig.json', outDir: 'packages/content/dist', declaration: false }),
    // Its types are the main build's dist/strings/quick-exit.d.ts: every .js has a .d.ts beside it.
    declarationFile('packages/content/dist/quick-exit.d.ts', "export * from './strings/quick-exit.js';\n"),
  ],
};

const elements = {
  input: {
    index: 'packages/elements/src/index.ts',
    'safer-seven': 'packages/elements/src/safer-seven.ts',
    'define/briefing': 'packages/elements/src/define/briefing.ts',
    'define/warning-signs': 'packages/elements/src/define/warning-signs.ts',
    'define/report-it': 'packages/elements/src/define/report-it.ts',
    'define/contacts': 'packages/elements/src/define/contacts.ts',
    // Types only (React's JSX); its empty module lets `import '@safer-seven/elements/jsx'` bundle.
    jsx: 'packages/elements/src/jsx.ts',
    'define/quick-exit': 'packages/elements/src/define/quick-exit.ts',
    'safer-seven-quick-exit': 'packages/elements/src/safer-seven-quick-exit.ts',
  },
  // Lit and the content are the npm user's own dependencies: one copy each on their page.
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@safer-seven/'),
  // jsx.js is empty on purpose (see above): pass on every other warning.
  onwarn: (warning, warn) => warning.code === 'EMPTY_BUNDLE' || warn(warning),
  output: { dir: 'packages/elements/dist', format: 'es', preserveModules: true, preserveModulesRoot: 'packages/elements/src' },
  plugins: [
    emptyDirectory('packages/elements/dist'),
    typescript({ tsconfig: 'packages/elements/tsconfig.json', outDir: 'packages/elements/dist', declaration: true }),
    // Minified like the drop-in: a server render writes the same short stylesheet and markup.
    minifyHTML(),
  ],
};

/**
 * The drop-in bundle's first statement. A page may hold two copies of the bundle (a CMS
 * block pasted twice, an old and a new version), or the bundle beside the npm build. A later
 * copy then stops before Lit starts, so it neither throws (Trusted Types refuses a second
 * 'lit-html' policy) nor does work twice; it says so once, naming both versions. A browser
 * without custom elements keeps the fallback content.
 */
const stopWhenAlreadyDefined = `
if (typeof customElements !== 'object') return;
const earlier = customElements.get('safer-seven-briefing');
if (earlier) {
  console.warn('Safer Seven ${elementsVersion}: Safer Seven ' + (earlier.version || '(unknown version)') + ' is already on this page; keeping it.');
  return;
}`;

/**
 * Swaps the signed-updates loader for its stand-in, for the main drop-in file: signed updates
 * are opt-in, so their bytes live in safer-seven-updates.min.js (see signed-updates-unavailable.ts).
 */
function withoutSignedUpdates() {
  return {
    name: 'safer-seven-without-signed-updates',
    resolveId(source, importer) {
      if (source === './signed-updates.js' && importer?.endsWith('safer-seven-element.ts')) {
        return this.resolve('./signed-updates-unavailable.js', importer, { skipSelf: true });
      }
      return null;
    },
  };
}

/**
 * The briefing fields that no element renders, left out of the drop-in files' copy of the data
 * (about 130 B gzip of the updates file, 180 B of the main one): where the words come from
 * (`source`), the short names (`shortTitle`, `publisher.shortName`), each contact's `purpose`
 * (the panels word who to call otherwise), the resources' ids and the bank holidays' region.
 * They stay in the content package, `cse.json` and the signed file. A signed file's shape is
 * held to the drop-in's copy, so it may carry them or not; every field an element renders it
 * must carry, as before. By path, `*` for each item; a path the data no longer has fails the build.
 */
const unrenderedFields = ['source', 'shortTitle', 'publisher.shortName', 'contacts.*.purpose', 'resources.*.id', 'officeHours.closedDays.region', 'officeHours.closedDays.removed.*.name'];

/**
 * The bank holidays the drop-ins' copy leaves out: the days added or removed before this year
 * (scripts/time-zone-table.mjs's first year, 2026), whose dates a page never judges but in a
 * preview of the past (`now` set to 2022), about 115 B gzip of the updates file. The last day of
 * each list stays, with an empty name: the rule set's shape check takes a signed file's days by
 * its model's.
 * The content package, `cse.json` and the signed file keep every day.
 */
const pastDayLists = ['officeHours.closedDays.added', 'officeHours.closedDays.removed'];
const firstJudgedDate = '2026-01-01';

/** Adds to `ranges` the days of the list at `keys` (in `node`) dated before `firstJudgedDate`, all but the last. */
function removePastDays(node, keys, ranges) {
  const list = keys.reduce((object, key) => object.properties.find((property) => property.key?.name === key).value, node);
  const dateOf = (element) => element.properties.find((property) => property.key?.name === 'date').value.value;
  list.elements.forEach((element, index) => {
    const next = list.elements[index + 1];
    if (dateOf(element) >= firstJudgedDate) return;
    if (next) return ranges.push([element.start, next.start]);
    // The last, kept as the model of a day: its name (if the copy has names) is never shown.
    const name = element.properties.find((property) => property.key?.name === 'name')?.value;
    if (name) ranges.push([name.start + 1, name.end - 1]);
  });
}

/** Removes `unrenderedFields` from the briefings' object literals in the content package's dist/index.js. */
function withoutUnrenderedFields() {
  return {
    name: 'safer-seven-without-unrendered-fields',
    transform(code, id) {
      if (!id.endsWith('packages/content/dist/index.js')) return null;
      const declarations = this.parse(code)
        .body.filter((node) => node.type === 'VariableDeclaration')
        .flatMap((node) => node.declarations);
      // A field's value may be another constant of the module (the bank-holiday table).
      const valueOf = (node) => (node.type === 'Identifier' ? declarations.find((declaration) => declaration.id.name === node.name).init : node);
      const briefings = declarations.filter(
        // A briefing has a list of sections (other objects of the module have a field named `sections`).
        (declaration) =>
          declaration.init?.type === 'ObjectExpression' &&
          declaration.init.properties.some((property) => property.key?.name === 'sections' && property.value.type === 'ArrayExpression'),
      );
      if (briefings.length === 0) this.error('no briefing found in the content package to trim');
      const ranges = [];
      const remove = (node, [key, ...rest], path) => {
        const object = valueOf(node);
        if (key === '*') return object.elements.forEach((item) => remove(item, rest, path));
        const properties = object.properties;
        const index = properties.findIndex((property) => property.key?.name === key);
        if (index < 0) this.error(`the briefing has no ${path}: update unrenderedFields in rollup.config.mjs`);
        if (rest.length > 0) return remove(properties[index].value, rest, path);
        const next = properties[index + 1];
        ranges.push(next ? [properties[index].start, next.start] : [properties[index - 1].end, properties[index].end]);
      };
      for (const briefing of briefings) for (const path of unrenderedFields) remove(briefing.init, path.split('.'), path);
      for (const briefing of briefings) for (const path of pastDayLists) removePastDays(briefing.init, path.split('.'), ranges);
      let trimmed = code;
      // Each range once: the table's constants are shared by every briefing.
      // A range inside another (a past day's trimmed name) goes with the outer one.
      const once = [...new Map(ranges.map((range) => [range[0], range])).values()].filter(
        ([start, end]) => !ranges.some((outer) => outer[0] <= start && end <= outer[1] && outer[1] - outer[0] > end - start),
      );
      for (const [start, end] of once.sort((first, second) => second[0] - first[0])) trimmed = trimmed.slice(0, start) + trimmed.slice(end);
      return { code: trimmed, map: null };
    },
  };
}

const dropIn = {
  input: 'packages/elements/src/safer-seven.ts',
  output: {
    file: 'packages/elements/dist/safer-seven.min.js',
    // An IIFE with no imports or exports runs the same as a classic script and as a module.
    format: 'iife',
    inlineDynamicImports: true,
    intro: stopWhenAlreadyDefined,
  },
  plugins: [
    withoutSignedUpdates(),
    withoutUnrenderedFields(),
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: 'packages/elements/tsconfig.json', declaration: false, outDir: 'packages/elements/dist' }),
    minifyHTML(),
    terser({
      ecma: 2022,
      module: false,
      compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, keep_fargs: false },
      format: { comments: false },
    }),
    subresourceIntegrity(),
    declarationFile(
      'packages/elements/dist/safer-seven.min.d.ts',
      "// The drop-in bundle registers every tag and exports nothing, as safer-seven.js.\nimport './safer-seven.js';\nexport {};\n",
    ),
  ],
};

/**
 * The quick exit's own drop-in file: most pages that carry the briefing do not want it, so
 * it does not grow the main bundle. It holds no Lit (the element is a plain HTMLElement), so
 * it sits beside the main bundle under a strict policy without a second 'lit-html' policy.
 * Its guard is its own tag's: loaded twice, the first copy wins and the later one says so.
 */
const quickExitDropIn = {
  ...dropIn,
  plugins: [
    ...dropIn.plugins.slice(0, -1),
    declarationFile(
      'packages/elements/dist/safer-seven-quick-exit.min.d.ts',
      "// The quick exit's drop-in file registers <safer-seven-quick-exit> and exports nothing.\nimport './safer-seven-quick-exit.js';\nexport {};\n",
    ),
  ],
  input: 'packages/elements/src/safer-seven-quick-exit.ts',
  output: {
    ...dropIn.output,
    file: 'packages/elements/dist/safer-seven-quick-exit.min.js',
    intro: stopWhenAlreadyDefined.replace("'safer-seven-briefing'", "'safer-seven-quick-exit'"),
  },
};

/**
 * The drop-in with signed content updates: the main file plus the loader that fetches and
 * verifies a signed content file (about 1,270 bytes gzip, with the rule set). A page that opts into updates loads
 * this file instead of safer-seven.min.js; it has its own budget in .size-limit.json.
 */
const updatesDropIn = {
  ...dropIn,
  output: { ...dropIn.output, file: 'packages/elements/dist/safer-seven-updates.min.js' },
  plugins: [
    ...dropIn.plugins.slice(1, -1),
    declarationFile(
      'packages/elements/dist/safer-seven-updates.min.d.ts',
      "// The drop-in bundle with signed updates registers every tag and exports nothing, as safer-seven.js.\nimport './safer-seven.js';\nexport {};\n",
    ),
  ],
};

export default [content, contentQuickExit, elements, dropIn, updatesDropIn, quickExitDropIn];
