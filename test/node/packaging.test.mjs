// The packages as a new user gets them: `npm pack` both (from the build `npm test` has just
// run: --ignore-scripts, so prepack does not build a second time), install the tarballs into
// a fresh project outside the workspace, and check what a consumer meets there: the files,
// publint, are-the-types-wrong, a strict TypeScript page and a React 19 JSX page.
// `prepack` itself (the whole root build) is not run here, to keep `npm test` from building
// twice: this test only checks that each package has one; `npm pack -w packages/content` in a
// fresh clone (or `npm pack` inside a package folder) is what runs it.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const contractTags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'];

const progress = (step) => console.log(`packaging: ${step}`);

/** Runs a command; on failure the assertion names the command and shows what it printed. */
function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe', ...options });
  } catch (error) {
    assert.fail(`${[command, ...args].join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/** Starts a command in the background; resolves with whether it succeeded and what it printed. */
function start(command, args) {
  const began = Date.now();
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      progress(`exit ${error?.code ?? 0} after ${Math.round((Date.now() - began) / 1000)} s: ${[command, ...args].map((arg) => arg.replace(/^.*\//, '')).join(' ')}`);
      resolve({ ok: !error, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * A React 19 page with every tag and its attributes, which must type-check, and mistakes,
 * each of which must be an error on its own line. TypeScript never checks JSX attribute names
 * with a hyphen (`heading-levle` passes, as data-* would): the misspellings it can catch are
 * names without one; a wrong value is caught either way.
 */
const reactPage = (() => {
  const correct = [
    '<safer-seven-briefing topic="cse" heading-level="1" now="2026-12-25T10:00:00Z" updates="https://example.org/cse.json" updates-key="key" />',
    '<safer-seven-warning-signs heading-level={3} className="signs" />',
    '<safer-seven-report-it ref={panel} heading-level="2" now="2026-12-25T10:00:00Z" onClick={() => panel.current?.activeRoute} />',
    '<safer-seven-contacts topic="cse" id="help" />',
    '<safer-seven-quick-exit href="https://www.bbc.co.uk/weather" />',
  ];
  const mistakes = [
    '<safer-seven-reportit />',
    '<safer-seven-report-it topik="cse" />',
    '<safer-seven-report-it heading-level="7" />',
    '<safer-seven-warning-signs now="2026-12-25T10:00:00Z" />',
    '<safer-seven-quick-exit hreff="https://www.bbc.co.uk/weather" />',
  ];
  const header = [
    "import '@safer-seven/elements/define/report-it.js';",
    "import '@safer-seven/elements/jsx';",
    "import { useRef } from 'react';",
    'export function Page() {',
    "  const panel = useRef<HTMLElementTagNameMap['safer-seven-report-it']>(null);",
    '  return (',
    '    <>',
  ];
  const lines = [...header, ...[...correct, ...mistakes].map((element) => `      ${element}`), '    </>', '  );', '}'];
  const mistakeLines = mistakes.map((_, index) => header.length + correct.length + index + 1);
  return { lines, mistakeLines };
})();

const installedVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

describe('the packed packages, installed into a fresh project', () => {
  let project;
  /** name -> { tarball, files: Set of paths in the tarball, directory: where it is installed } */
  const packages = new Map();

  before(() => {
    assert.ok(existsSync(join(root, 'packages/elements/dist/index.js')), 'build first: npm run build');
    project = mkdtempSync(join(tmpdir(), 'safer-seven-consumer-'));
    progress(`packing both packages into ${project}`);
    const packed = JSON.parse(
      run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project, '-w', 'packages/content', '-w', 'packages/elements']),
    );
    for (const { name, filename, files } of packed) {
      packages.set(name, {
        tarball: join(project, filename),
        files: new Set(files.map((file) => file.path)),
        directory: join(project, 'node_modules', name),
      });
    }
    progress('installing the tarballs and @types/react from npm’s cache');
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`);
    run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...[...packages.values()].map((p) => p.tarball), `@types/react@${installedVersion('@types/react')}`],
      { cwd: project },
    );
    progress('starting publint, are-the-types-wrong and the TypeScript consumers (they run side by side)');
    startChecks();
  });

  /** Each slow check, started at once in the background: name -> Promise<{ ok, output }>. */
  const checks = new Map();
  function startChecks() {
    for (const [name, { tarball, files, directory }] of packages) {
      // --pack false: lint the installed files, which are exactly the tarball's.
      checks.set(`publint ${name}`, start(bin('publint'), ['--strict', '--pack', 'false', directory]));
      // ESM only, on purpose: the packages are `"type": "module"` with no CommonJS build, for
      // browsers and bundlers. So the esm-only profile: node16 from ESM and bundler must be
      // clean; node10 and require() from CommonJS are not supported (a dynamic import works).
      // The define/*.js wildcard is invisible to attw: name each define module.
      const defineModules = [...files].filter((file) => /^dist\/define\/[^/]+\.js$/.test(file)).map((file) => `./${file.slice('dist/'.length)}`);
      const entrypoints = defineModules.length > 0 ? ['--include-entrypoints', ...defineModules] : [];
      // A stylesheet is not a module: attw cannot resolve it, and publint checks that it exists.
      if (files.has('dist/safer-seven.css')) entrypoints.push('--exclude-entrypoints', './safer-seven.css');
      checks.set(`attw ${name}`, start(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', ...entrypoints]));
    }
    // Each consumer is its own program: a tag declared by one file's import would be seen by all.
    const nodeNext = { module: 'NodeNext', moduleResolution: 'NodeNext' };
    write('define-only.ts', [
      "import '@safer-seven/elements/define/report-it.js';",
      "import { getBriefing } from '@safer-seven/content';",
      "const route: 'childrens-services' | 'emergency-duty-team' | undefined = document.querySelector('safer-seven-report-it')!.activeRoute;",
      "export const found = [route, getBriefing('cse').ok];",
    ]);
    checks.set('tsc define-only NodeNext', typescript('define-nodenext', 'define-only.ts', nodeNext));
    checks.set('tsc define-only Bundler', typescript('define-bundler', 'define-only.ts', { module: 'ESNext', moduleResolution: 'Bundler' }));
    write('drop-in.ts', [
      "import '@safer-seven/elements/safer-seven.min.js';",
      ...contractTags.map((tag, index) => `export const tag${index}: { topic: string } = document.querySelector('${tag}')!;`),
    ]);
    checks.set('tsc drop-in', typescript('drop-in', 'drop-in.ts', nodeNext));
    write('react-page.tsx', reactPage.lines);
    checks.set('tsc react', typescript('react', 'react-page.tsx', { ...nodeNext, jsx: 'react-jsx' }));
  }

  const write = (file, lines) => writeFileSync(join(project, file), `${lines.join('\n')}\n`);

  /** Starts tsc on one file of the consumer project, strict, checking every declaration but the DOM's. */
  function typescript(name, file, compilerOptions) {
    const options = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], skipDefaultLibCheck: true, ...compilerOptions };
    writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: options, files: [file] }));
    return start(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(project, `tsconfig.${name}.json`)]);
  }

  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('packs exactly the two packages', () => {
    assert.deepEqual([...packages.keys()].sort(), ['@safer-seven/content', '@safer-seven/elements']);
  });

  describe('the files in each tarball', () => {
    for (const name of ['@safer-seven/content', '@safer-seven/elements']) {
      it(`${name}: no source or tests, a declaration for every module, LICENSE and README`, () => {
        progress(`checking the files of ${name}`);
        const { files } = packages.get(name);
        const stray = [...files].filter((file) => /^(src|test|source)\//.test(file) || /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'));
        assert.deepEqual(stray, [], 'source or test files in the tarball');
        const untyped = [...files].filter((file) => file.endsWith('.js') && !files.has(file.replace(/\.js$/, '.d.ts')));
        assert.deepEqual(untyped, [], 'modules without a .d.ts');
        for (const file of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.has(file), `${file} is missing`);
        assert.match(readFileSync(join(packages.get(name).directory, 'LICENSE'), 'utf8'), /^MIT License/);
      });
    }

    it('both: MIT, public, Node 20+, with a repository, a homepage and a place for bugs', () => {
      for (const { directory } of packages.values()) {
        const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
        assert.equal(manifest.license, 'MIT');
        assert.equal(manifest.publishConfig?.access, 'public', 'a scoped package is published restricted by default');
        assert.equal(manifest.engines?.node, '>=20');
        assert.match(manifest.repository?.directory ?? '', /^packages\//);
        for (const field of ['homepage', 'bugs']) assert.ok(manifest[field], `${manifest.name} has no ${field}`);
        assert.ok(manifest.scripts?.prepack, `${manifest.name} does not build before it is packed`);
      }
    });

    it('@safer-seven/content: NOTICE says whose words the briefing is', () => {
      const { files, directory } = packages.get('@safer-seven/content');
      assert.ok(files.has('NOTICE'), 'NOTICE is missing');
      assert.match(readFileSync(join(directory, 'NOTICE'), 'utf8'), /Dudley Safeguarding People Partnership/);
      for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cse.json']) assert.ok(files.has(file), `${file} is missing`);
    });

    it('@safer-seven/elements: the drop-in bundle, its integrity hash and declarations', () => {
      const { files, directory } = packages.get('@safer-seven/elements');
      for (const file of ['dist/safer-seven.min.js', 'dist/safer-seven.min.js.sri.txt', 'dist/safer-seven.min.d.ts', 'dist/jsx.d.ts']) {
        assert.ok(files.has(file), `${file} is missing`);
      }
      const digest = createHash('sha384').update(readFileSync(join(directory, 'dist/safer-seven.min.js'))).digest('base64');
      assert.equal(readFileSync(join(directory, 'dist/safer-seven.min.js.sri.txt'), 'utf8').trim(), `sha384-${digest}`);
    });

    it('@safer-seven/elements: takes the content as a caret range, so a data-only fix reaches it', () => {
      const manifest = JSON.parse(readFileSync(join(packages.get('@safer-seven/elements').directory, 'package.json'), 'utf8'));
      const content = JSON.parse(readFileSync(join(packages.get('@safer-seven/content').directory, 'package.json'), 'utf8'));
      assert.equal(manifest.dependencies['@safer-seven/content'], `^${content.version}`);
    });

    it('@safer-seven/elements: custom-elements.json names the tarball’s modules and each tag once', () => {
      progress('checking custom-elements.json');
      const { files, directory } = packages.get('@safer-seven/elements');
      const packageJson = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
      assert.ok(files.has(packageJson.customElements), `customElements (${packageJson.customElements}) is not in the tarball`);
      const manifest = JSON.parse(readFileSync(join(directory, packageJson.customElements), 'utf8'));
      const modulePaths = JSON.stringify(manifest).match(/"(path|module)":"[^"]*"/g).map((entry) => JSON.parse(`{${entry}}`));
      const missing = modulePaths.map((entry) => Object.values(entry)[0]).filter((path) => !files.has(path));
      assert.deepEqual([...new Set(missing)], [], 'the manifest names files the tarball does not hold');
      const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition');
      const classTags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
      for (const definition of definitions) assert.match(definition.name, /^safer-seven-[a-z-]+$/, 'a definition that is not a tag');
      assert.deepEqual(definitions.map((d) => d.name).sort(), [...classTags].sort(), 'each class with a tag is defined once');
      for (const tag of contractTags) assert.ok(classTags.includes(tag), `${tag} is not in the manifest`);
    });
  });

  describe('linters', () => {
    for (const name of ['@safer-seven/content', '@safer-seven/elements']) {
      it(`${name}: publint --strict finds nothing`, async () => {
        const { ok, output } = await checks.get(`publint ${name}`);
        assert.ok(ok && /All good!/.test(output), output);
      });

      it(`${name}: are-the-types-wrong (profile esm-only) finds nothing`, async () => {
        const { ok, output } = await checks.get(`attw ${name}`);
        assert.ok(ok, output);
      });
    }
  });

  describe('a strict TypeScript consumer', () => {
    for (const resolution of ['NodeNext', 'Bundler']) {
      it(`types the tag for a page that imports only its define module (${resolution})`, async () => {
        const { ok, output } = await checks.get(`tsc define-only ${resolution}`);
        assert.ok(ok, output);
      });
    }

    it('types every tag for a page that imports only the drop-in bundle', async () => {
      const { ok, output } = await checks.get('tsc drop-in');
      assert.ok(ok, output);
    });

    it('type-checks every tag with its attributes in React 19 JSX, and rejects each mistake', async () => {
      const { output } = await checks.get('tsc react');
      const errorLines = [...new Set([...output.matchAll(/react-page\.tsx\((\d+),\d+\): error/g)].map((match) => Number(match[1])))];
      assert.deepEqual(errorLines.sort((a, b) => a - b), reactPage.mistakeLines, `errors on other lines than the mistakes':\n${output}`);
    });
  });
});
