// The site build (`npm run site`, after `npm run build`) for an address other than the
// config's, as the GitHub Pages workflow and any partnership host build it: that address
// appears where an absolute URL is needed and nowhere else is there a localhost; the config
// is checked; the signed content file is copied in only when configured, and the build stops
// when it is configured but not released; and the small static server serves the folder
// under a sub-path as a host must (content types, the _headers); and the earlier releases'
// versioned files are put back beside this one's (scripts/site/earlier-versions.mjs).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildPackagesKeepingReleases, buildSite } from '../../scripts/build-site.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';
import { readSiteConfig, SiteConfigError } from '../../scripts/site/config.mjs';
import { addEarlierVersions } from '../../scripts/site/earlier-versions.mjs';
import { repositoryRoot } from './content.mjs';

const run = promisify(execFile);
const publicUrl = 'https://example.org/safer-seven/';
const configDefault = JSON.parse(readFileSync(join(repositoryRoot, 'site.config.json'), 'utf8')).publicUrl;
const key = 'A'.repeat(87);

function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|js|css|json|txt)$|^_headers$/.test(entry.name))
    // Decap CMS's own build (the content desk, admin/), as npm ships it: it names its default
    // local address. The desk's own files (index.html, admin.js, preview.js) are checked.
    .filter((entry) => !/(^|\.)decap-cms\.js(\.LICENSE\.txt)?$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

describe('npm run site, for https://example.org/safer-seven/', () => {
  let folder;
  let out;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-site-'));
    out = join(folder, 'site');
    const { stdout } = await run('node', ['scripts/build-site.mjs', '--out', out], {
      cwd: repositoryRoot,
      env: { ...process.env, SAFER_SEVEN_SITE_URL: publicUrl },
    });
    assert.match(stdout, /build-site: \d+ pages in .* for https:\/\/example\.org\/safer-seven\//);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('names localhost nowhere, and the config\'s own address nowhere either', () => {
    for (const file of textFiles(out)) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /localhost|127\.0\.0\.1/, relative(out, file));
      assert.ok(!text.includes(configDefault), `${relative(out, file)} names ${configDefault}`);
    }
  });

  it('writes the address only whole, where an absolute URL is needed', () => {
    const holding = [];
    for (const file of textFiles(out)) {
      const text = readFileSync(file, 'utf8');
      // Never a part of it, such as the origin alone with a path of its own.
      assert.deepEqual(text.match(/https:\/\/example\.org\/(?!safer-seven\/)\S*/g) ?? [], [], relative(out, file));
      if (text.includes(publicUrl)) holding.push(relative(out, file));
    }
    const info = JSON.parse(readFileSync(join(out, 'assets/bundle-info.json'), 'utf8'));
    assert.equal(info.publicUrl, publicUrl);
    assert.equal(info.siteUrl, `${publicUrl}files/elements/${info.version}/safer-seven.min.js`);
    assert.equal(info.updates.siteUrl, `${publicUrl}files/elements/${info.version}/safer-seven-updates.min.js`);
    // The oEmbed JSON and its discovery links are absolute by nature: each names this address.
    const oembed = holding.filter((path) => path.endsWith('.oembed.json'));
    for (const path of readdirSync(join(out, 'embed')).filter((name) => name.endsWith('.oembed.json'))) {
      assert.ok(oembed.includes(`embed/${path}`), `embed/${path} does not name ${publicUrl}`);
    }
    for (const page of readdirSync(join(out, 'embed')).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(out, 'embed', page), 'utf8');
      for (const [, href] of html.matchAll(/<link[^>]+type="application\/json\+oembed"[^>]+href="([^"]+)"/g)) {
        assert.ok(href.startsWith(publicUrl), `embed/${page}: discovery link ${href}`);
      }
    }
    // Pages and the site's own scripts link within the site by relative addresses only.
    for (const path of holding.filter((file) => /\.(html|css)$/.test(file) && !file.startsWith('embed/'))) {
      assert.fail(`${path} names the public address; a page of the site links by relative addresses`);
    }
  });
});

describe('site.config.json', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-config-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const configFile = (config) => {
    const file = join(folder, `config-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ publicUrl: 'https://example.org/', dropIn: 'cdn', ...config }));
    return file;
  };
  const rejects = (config, env, message) =>
    assert.throws(() => readSiteConfig({ file: configFile(config), env }), (error) => error instanceof SiteConfigError && message.test(error.message));

  it('takes the committed config as it is', () => {
    const config = readSiteConfig({ env: {} });
    assert.equal(config.publicUrl, configDefault);
    assert.match(config.publicUrl, /^https:\/\/.*\/$/);
    // Nothing a reader loads comes from a third party: the snippets name this site's own copy.
    assert.equal(config.dropIn, 'site');
  });

  it('loads the drop-in from the site itself unless the config opts into the CDN', () => {
    const file = join(folder, 'no-drop-in.json');
    writeFileSync(file, JSON.stringify({ publicUrl: 'https://example.org/' }));
    assert.equal(readSiteConfig({ file, env: {} }).dropIn, 'site');
  });

  it('lets SAFER_SEVEN_SITE_URL override the address', () => {
    assert.equal(readSiteConfig({ file: configFile({}), env: { SAFER_SEVEN_SITE_URL: publicUrl } }).publicUrl, publicUrl);
  });

  it('refuses an address that is not absolute, not http(s), or not a folder', () => {
    rejects({ publicUrl: 'safer-seven/' }, {}, /not an absolute address/);
    rejects({}, { SAFER_SEVEN_SITE_URL: 'ftp://example.org/' }, /must start with https:/);
    rejects({}, { SAFER_SEVEN_SITE_URL: 'https://example.org/safer-seven' }, /must end in "\/"/);
    rejects({ publicUrl: 'https://example.org/?a=1' }, {}, /must end in "\/"/);
  });

  it('refuses a drop-in source or a public key it does not know', () => {
    rejects({ dropIn: 'unpkg' }, {}, /dropIn: "unpkg" must be "site" or "cdn"/);
    rejects({ signedContent: { publicKeys: ['short'] } }, {}, /publicKeys: each key is 87/);
    rejects({ signedContent: { url: 'http://example.com/cse.signed.json', publicKeys: [key] } }, {}, /must be https:/);
  });

  it('resolves the signed file against the site, this site\'s copy by default', () => {
    const config = readSiteConfig({ file: configFile({ signedContent: { publicKeys: [key] } }), env: { SAFER_SEVEN_SITE_URL: publicUrl } });
    assert.deepEqual(config.signedContent, {
      url: `${publicUrl}content/cse.signed.json`,
      publicKeys: [key],
      file: join(repositoryRoot, 'packages/content/dist/signed/cse.signed.json'),
    });
  });
});

describe('the signed content file in the site', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-signed-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is copied in, with its public keys, when the config names it and the release made it', async () => {
    const configFile = join(folder, 'with.json');
    const released = join(folder, 'cse.signed.json');
    writeFileSync(released, '{"format":"released by the test"}\n');
    writeFileSync(configFile, JSON.stringify({ publicUrl, dropIn: 'site', signedContent: { publicKeys: [key, 'B'.repeat(87)], file: released } }));
    const out = join(folder, 'site-with');
    const result = await buildSite({ outDir: out, configFile, env: {} });
    assert.equal(readFileSync(join(out, 'content/cse.signed.json'), 'utf8'), readFileSync(released, 'utf8'));
    assert.equal(readFileSync(join(out, 'content/public-key.txt'), 'utf8'), `${key}\n${'B'.repeat(87)}\n`);
    assert.equal(result.signed.url, `${publicUrl}content/cse.signed.json`);
    const landing = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(landing, /href="content\/cse\.signed\.json"/);
    assert.match(landing, /href="content\/public-key\.txt"/);
    // dropIn "site": the snippets' addresses are this site's own copies.
    const info = JSON.parse(readFileSync(join(out, 'assets/bundle-info.json'), 'utf8'));
    assert.equal(info.url, info.siteUrl);
    assert.equal(info.signedContent.url, `${publicUrl}content/cse.signed.json`);
  });

  it('is the one other origin the pages may fetch from, when the config places it there', async () => {
    const released = join(folder, 'elsewhere.signed.json');
    writeFileSync(released, '{}\n');
    const configFile = join(folder, 'elsewhere.json');
    writeFileSync(configFile, JSON.stringify({ publicUrl, dropIn: 'cdn', signedContent: { url: 'https://content.example.net/cse.signed.json', publicKeys: [key], file: released } }));
    const out = join(folder, 'site-elsewhere');
    await buildSite({ outDir: out, configFile, env: {} });
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /connect-src 'self' https:\/\/content\.example\.net;/);
  });

  it('survives the packages\' build that npm run site runs first (which empties dist/)', () => {
    const dir = join(folder, 'dist/signed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cse.signed.json'), 'the release');
    const kept = buildPackagesKeepingReleases({ dir, build: () => rmSync(join(folder, 'dist'), { recursive: true, force: true }) });
    assert.deepEqual(kept, ['cse.signed.json']);
    assert.equal(readFileSync(join(dir, 'cse.signed.json'), 'utf8'), 'the release');
    assert.deepEqual(buildPackagesKeepingReleases({ dir: join(folder, 'none'), build: () => {} }), []);
  });

  it('is left out when the config does not name it', async () => {
    const configFile = join(folder, 'without.json');
    writeFileSync(configFile, JSON.stringify({ publicUrl, dropIn: 'cdn' }));
    const out = join(folder, 'site-without');
    await buildSite({ outDir: out, configFile, env: {} });
    assert.deepEqual(readdirSync(out).filter((name) => name === 'content'), []);
    assert.doesNotMatch(readFileSync(join(out, 'index.html'), 'utf8'), /cse\.signed\.json/);
    const info = JSON.parse(readFileSync(join(out, 'assets/bundle-info.json'), 'utf8'));
    assert.equal(info.url, info.cdnUrl);
  });

  it('stops the build, saying what to run, when the config names it but no release made it', async () => {
    const configFile = join(folder, 'missing.json');
    writeFileSync(configFile, JSON.stringify({ publicUrl, dropIn: 'cdn', signedContent: { publicKeys: [key], file: join(folder, 'nothing.json') } }));
    await assert.rejects(
      buildSite({ outDir: join(folder, 'site-missing'), configFile, env: {} }),
      (error) => error instanceof SiteConfigError && /does not exist: run npm run content:release/.test(error.message),
    );
  });
});

describe('the static server (npm start), under a sub-path', () => {
  let server;
  let base;
  before(async () => {
    server = await serveSite({ port: 0, basePath: '/safer-seven/' });
    base = `http://localhost:${server.address().port}/safer-seven/`;
  });
  after(() => server.close());

  const head = async (path) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    return response;
  };

  it('sends each kind of file with its content type', async () => {
    const info = JSON.parse(readFileSync(join(repositoryRoot, 'site/assets/bundle-info.json'), 'utf8'));
    const types = {
      '': 'text/html; charset=utf-8',
      'builder.js': 'text/javascript; charset=utf-8',
      'assets/demo.css': 'text/css; charset=utf-8',
      [info.contentJson]: 'application/json; charset=utf-8',
      [`${info.localUrl}.sri.txt`]: 'text/plain; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await head(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
    }
  });

  it('sends the _headers: readable anywhere and short-lived for content/ and embed/, immutable for files/', async () => {
    const info = JSON.parse(readFileSync(join(repositoryRoot, 'site/assets/bundle-info.json'), 'utf8'));
    const file = await head(info.localUrl);
    assert.equal(file.headers.get('access-control-allow-origin'), '*');
    assert.equal(file.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const embed = await head('embed/report-it.html');
    assert.equal(embed.headers.get('access-control-allow-origin'), '*');
    assert.ok(Number(/max-age=(\d+)/.exec(embed.headers.get('cache-control'))[1]) <= 3600);
    const headers = readFileSync(join(repositoryRoot, 'site/_headers'), 'utf8');
    assert.match(headers, /^\/content\/\*\n {2}Access-Control-Allow-Origin: \*\n {2}Cache-Control: public, max-age=300$/m);
    assert.equal((await head('index.html')).headers.get('access-control-allow-origin'), null);
  });

  it('answers 404 outside its folder, for a missing file and for _headers, and redirects a folder to its slash', async () => {
    assert.equal((await fetch(`http://localhost:${server.address().port}/index.html`)).status, 404);
    assert.equal((await head('nothing.html')).status, 404);
    assert.equal((await head('_headers')).status, 404);
    assert.equal((await head('../package.json')).status, 404);
    const folder = await head('examples');
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.get('location'), '/safer-seven/examples/');
  });
});

describe('the earlier releases in the site (the Pages workflow, after npm run site)', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-versions-test-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** A stand-in for npm: `releases` maps a package name to { version: { file: text } }. */
  const fakeNpm = (releases) => ({
    versions: async (name) => Object.keys(releases[name] ?? {}),
    async pack(name, version, destination) {
      const staged = mkdtempSync(join(folder, 'stage-'));
      for (const [file, text] of Object.entries(releases[name][version])) {
        mkdirSync(join(staged, 'package/dist'), { recursive: true });
        writeFileSync(join(staged, 'package/dist', file), text);
      }
      const tarball = join(destination, `${name.replace('/', '-')}-${version}.tgz`);
      await run('tar', ['-czf', tarball, '-C', staged, 'package']);
      return tarball;
    },
  });
  const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

  it('puts back each earlier version beside this one, with SRI files, and leaves this one alone', async () => {
    const siteDir = join(folder, 'site');
    mkdirSync(join(siteDir, 'files/elements/0.2.0'), { recursive: true });
    writeFileSync(join(siteDir, 'files/elements/0.2.0/safer-seven.min.js'), 'this build');
    const added = await addEarlierVersions({
      siteDir,
      npm: fakeNpm({
        '@safer-seven/elements': {
          '0.1.0': { 'safer-seven.min.js': 'old main', 'safer-seven.min.js.sri.txt': `${sri('old main')}\n`, 'safer-seven.css': 'css', 'index.js': 'not kept' },
          '0.2.0': { 'safer-seven.min.js': 'published copy' },
        },
        '@safer-seven/content': { '0.1.0': { 'cse.json': '{}' } },
      }),
    });
    assert.deepEqual(added, ['files/elements/0.1.0', 'files/content/0.1.0']);
    assert.deepEqual(readdirSync(join(siteDir, 'files/elements/0.1.0')).sort(), ['safer-seven.css', 'safer-seven.min.js', 'safer-seven.min.js.sri.txt']);
    assert.equal(readFileSync(join(siteDir, 'files/elements/0.1.0/safer-seven.min.js.sri.txt'), 'utf8'), `${sri('old main')}\n`);
    assert.equal(readFileSync(join(siteDir, 'files/content/0.1.0/cse.json'), 'utf8'), '{}');
    assert.equal(readFileSync(join(siteDir, 'files/elements/0.2.0/safer-seven.min.js'), 'utf8'), 'this build');
  });

  it('refuses a release whose SRI file does not match its file, and adds nothing for a package not on npm', async () => {
    const siteDir = join(folder, 'site-bad');
    await assert.rejects(
      addEarlierVersions({ siteDir, npm: fakeNpm({ '@safer-seven/elements': { '0.1.0': { 'safer-seven.min.js': 'x', 'safer-seven.min.js.sri.txt': 'sha384-wrong' } } }) }),
      /0\.1\.0 safer-seven\.min\.js\.sri\.txt does not match/,
    );
    assert.deepEqual(await addEarlierVersions({ siteDir: join(folder, 'site-none'), npm: fakeNpm({}) }), []);
  });
});

describe('npm start (node scripts/serve-site.mjs --build)', () => {
  let folder;
  let child;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-start-'));
  });
  after(() => {
    child?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds the site for its own local address, serves it there and prints that address', async () => {
    const port = 8115;
    child = spawn('node', ['scripts/serve-site.mjs', '--build', '--dir', join(folder, 'site')], {
      cwd: repositoryRoot,
      env: { ...process.env, PORT: String(port), SAFER_SEVEN_SITE_URL: '' },
    });
    let output = '';
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Press Ctrl-C')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve-site exited (${code}): ${output}`)));
    });
    assert.match(output, new RegExp(`Safer Seven site: http://localhost:${port}/\\n`));
    const landing = await fetch(`http://localhost:${port}/`);
    assert.equal(landing.status, 200);
    assert.match(await landing.text(), /<h1>Put the Safer Seven briefing on your website<\/h1>/);
    const info = await (await fetch(`http://localhost:${port}/assets/bundle-info.json`)).json();
    assert.equal(info.publicUrl, `http://localhost:${port}/`);
  });
});
