// Reads the GitHub Actions workflows and checks least privilege and the signing jobs (issue 22,
// review points 2 and 5): permissions per job (nothing at the top), every `uses:` pinned to a
// 40-character commit, npm pinned exactly, and each job that holds a signing key sits behind an
// environment, installs nothing and runs only repository code that Node runs as it is.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from './content.mjs';

const folder = join(repositoryRoot, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8').replace(/^\s*#.*$/gm, '') }));

/** The jobs of a workflow: each job's name and its block of lines (two-space indented under `jobs:`). */
function jobsOf(text) {
  const body = text.slice(text.search(/^jobs:\s*$/m));
  return [...body.matchAll(/^ {2}([\w-]+):\s*\n((?: {4,}.*\n|\s*\n)*)/gm)].map(([, name, block]) => ({ name, block }));
}

/** The signing secrets: a job that reads one holds a key. */
const keySecrets = /secrets\.(CONTENT_SIGNING_KEY|CONTENT_FRESHNESS_KEY)\b/;

/** Every module a script imports, itself included, followed through relative imports. */
function importClosure(path, seen = new Map()) {
  if (seen.has(path)) return seen;
  const source = readFileSync(path, 'utf8');
  seen.set(path, source);
  for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
    if (specifier.startsWith('.')) importClosure(join(dirname(path), specifier), seen);
  }
  return seen;
}

describe('the GitHub Actions workflows', () => {
  it('are there: the site, the release on merge, the weekly freshness run and the review check', () => {
    assert.deepEqual(workflows.map((workflow) => workflow.name).sort(), ['content-freshness.yml', 'content-release.yml', 'content-review.yml', 'site.yml']);
  });

  it('grant nothing at the top and set permissions per job', () => {
    for (const { name, text } of workflows) {
      assert.match(text, /^permissions: \{\}\s*$/m, `${name}: permissions: {} at the top`);
      assert.equal(text.match(/^permissions:/gm).length, 1, name);
      const jobs = jobsOf(text);
      assert.ok(jobs.length > 0, name);
      for (const job of jobs) assert.match(job.block, /^ {4}permissions:/m, `${name}: job ${job.name} sets its permissions`);
    }
  });

  it('pin every action to a 40-character commit, with the tag in a comment', () => {
    for (const { name } of workflows) {
      const raw = readFileSync(join(folder, name), 'utf8');
      for (const [line, target] of raw.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+).*$/gm)) {
        if (target.startsWith('./.github/workflows/')) continue;
        assert.match(target, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${name}: ${line.trim()}`);
        assert.match(line, /@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, `${name}: the tag in a comment: ${line.trim()}`);
      }
    }
  });

  it('pin the npm version exactly', () => {
    for (const { name, text } of workflows) {
      for (const [, version] of text.matchAll(/npm install --global npm@(\S+)/g)) assert.match(version, /^\d+\.\d+\.\d+$/, name);
    }
  });

  it('give pages: write and id-token: write to the deploy job alone (or a call of site.yml)', () => {
    for (const { name, text } of workflows) {
      for (const job of jobsOf(text)) {
        if (!/pages: write|id-token: write/.test(job.block)) continue;
        assert.ok(job.name === 'deploy' || /uses: \.\/\.github\/workflows\/site\.yml/.test(job.block), `${name}: ${job.name}`);
        assert.doesNotMatch(job.block, /npm |run:/, `${name}: ${job.name} runs no build`);
      }
    }
  });

  it('never fetch what the live site serves', () => {
    for (const { name, text } of workflows) assert.doesNotMatch(text, /\bcurl\b|\bwget\b|Invoke-WebRequest/, name);
  });

  describe('a job that holds a signing key (review point 2: third-party build code could read it)', () => {
    const signingJobs = workflows.flatMap(({ name, text }) => jobsOf(text).filter((job) => keySecrets.test(job.block)).map((job) => ({ workflow: name, ...job })));

    it('exists for each key: the content key in the release, the freshness key in the site build', () => {
      assert.deepEqual(
        signingJobs.map((job) => `${job.workflow}:${job.name}:${keySecrets.exec(job.block)[1]}`).sort(),
        ['content-release.yml:sign:CONTENT_SIGNING_KEY', 'site.yml:freshness:CONTENT_FRESHNESS_KEY'],
      );
    });

    it('uses its environment: content-release (required reviewers) for the content key, content-freshness for the freshness key', () => {
      for (const job of signingJobs) {
        const environment = /^ {4}environment:\s*(\S+)\s*$/m.exec(job.block)?.[1];
        assert.equal(environment, job.name === 'sign' ? 'content-release' : 'content-freshness', `${job.workflow}:${job.name}`);
      }
    });

    it('installs nothing: no npm ci or npm install, no npx, no setup action, no package manager', () => {
      for (const job of signingJobs) {
        assert.doesNotMatch(job.block, /\bnpm\b|\bnpx\b|\byarn\b|\bpnpm\b|setup-node|pip install|apt-get/, `${job.workflow}:${job.name}`);
        for (const [, action] of job.block.matchAll(/uses:\s*([\w-]+\/[\w-]+)@/g)) {
          assert.ok(['actions/checkout', 'actions/upload-artifact', 'actions/download-artifact'].includes(action), `${job.workflow}:${job.name} uses ${action}`);
        }
      }
    });

    it('runs only repository .mjs scripts with node, and they import only node: modules and each other', () => {
      for (const job of signingJobs) {
        const scripts = [...job.block.matchAll(/^\s+node (scripts\/[\w-]+\.mjs)\b/gm)].map((match) => match[1]);
        assert.equal(scripts.length, 1, `${job.workflow}:${job.name} runs one script`);
        // Any other node command is an inline check of the version, nothing loaded.
        for (const [line] of job.block.matchAll(/^\s+node .*$/gm)) assert.match(line, /^\s+node (scripts\/[\w-]+\.mjs|-e "[^"]*")/, line);
        for (const [path, source] of importClosure(join(repositoryRoot, scripts[0]))) {
          const shown = relative(repositoryRoot, path);
          assert.match(shown, /^scripts\/[\w-]+\.mjs$/, `${scripts[0]} loads only repository scripts: ${shown}`);
          for (const [, specifier] of source.matchAll(/from\s+'([^']+)'/g)) assert.match(specifier, /^(node:|\.\/[\w-]+\.mjs$)/, `${shown} imports ${specifier}`);
          assert.doesNotMatch(source, /\bimport\(|require\(|child_process|dist\//, `${shown}: no dynamic import, no process, no build output`);
        }
      }
    });

    it('reads the key into an owner-only temporary file outside the checkout, removed when the step ends, never echoed', () => {
      for (const job of signingJobs) {
        const secret = keySecrets.exec(job.block)[1];
        assert.match(job.block, /umask 077\n\s+key_file="\$\(mktemp "\$RUNNER_TEMP\/[\w-]+-key\.XXXXXX"\)"\n\s+trap 'rm -f "\$key_file"' EXIT/);
        assert.doesNotMatch(job.block, new RegExp(`echo[^\\n]*\\$${secret}`));
        assert.equal(job.block.match(new RegExp(`\\$${secret}\\b`, 'g')).length, 2, 'read only to test it is set and to write the file');
      }
    });
  });

  it('starts the weekly run from the repository\'s last release tag', () => {
    const weekly = workflows.find((workflow) => workflow.name === 'content-freshness.yml').text;
    assert.match(weekly, /cron: '\d+ \d+ \* \* 1'/);
    assert.match(weekly, /uses: \.\/\.github\/workflows\/site\.yml/);
    const site = workflows.find((workflow) => workflow.name === 'site.yml').text;
    assert.match(site, /git tag --list 'content-cse-v\*' --sort=-v:refname/);
    assert.match(site, /git show "\$tag:releases\/cse\.signed\.json"/);
    assert.match(site, /--last "\$RUNNER_TEMP\/last\.signed\.json" --tag "\$RELEASE_TAG"/);
  });

  it('runs the content review on a pull request that changes the data', () => {
    const review = workflows.find((workflow) => workflow.name === 'content-review.yml').text;
    assert.match(review, /pull_request:/);
    assert.match(review, /npm run --silent content:review -- --base "\$BASE_SHA"/);
    const pkg = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
    assert.equal(pkg.scripts['content:review'], 'node scripts/content-review.mjs');
  });
});
