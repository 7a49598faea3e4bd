// The release path end to end, as the partnership runs it: make a key outside the repository,
// sign every topic with an expires, check that the file verifies against the printed public
// key, and re-sign it as the weekly workflow does.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { content, repositoryRoot } from './content.mjs';

const run = promisify(execFile);

/** Runs a command script; resolves to its output, whether it succeeded or not. */
async function command(script, args, env = {}) {
  try {
    const { stdout, stderr } = await run('node', [`scripts/${script}`, ...args], { cwd: repositoryRoot, env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('npm run content:keys, content:release and content:resign', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-release-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('makes a key outside the repository and signs every topic with it', async () => {
    const keyPath = join(folder, 'throwaway.private.jwk');
    const keys = await command('content-keys.mjs', ['--out', keyPath]);
    assert.equal(keys.code, 0, keys.stderr);
    assert.equal(statSync(keyPath).mode & 0o077, 0, 'only its owner can read the private key');
    const publicKey = /^([\w-]{87})$/m.exec(keys.stdout)?.[1];
    assert.ok(publicKey, `the public key is printed: ${keys.stdout}`);

    const outDir = join(folder, 'signed');
    const release = await command('content-release.mjs', ['--key', keyPath, '--out', outDir]);
    assert.equal(release.code, 0, release.stderr);
    assert.ok(release.stdout.includes(`updates-key="${publicKey}"`), release.stdout);

    for (const topic of content.knownTopics) {
      const text = readFileSync(join(outDir, `${topic}.signed.json`), 'utf8');
      const briefing = content.getBriefing(topic).briefing;
      const { expires, ...signedBriefing } = JSON.parse(JSON.parse(text).briefing);
      // The briefing, its bank holidays also written out as dates for scripts released before the rule.
      assert.deepEqual(signedBriefing, JSON.parse(JSON.stringify(content.withDaysWrittenOut(briefing))));
      // Fourteen days ahead by default, inside the signed text, and printed.
      const days = (Date.parse(expires) - Date.now()) / 86_400_000;
      assert.ok(days > 13.9 && days <= 14, `expires ${expires}`);
      assert.ok(release.stdout.includes(`expires ${expires}`), release.stdout);
      // A page built with an older version takes it; the built-in version itself is no update.
      const older = { ...briefing, version: '0.0.1' };
      const verdict = await content.verifyUpdate(text, publicKey, older);
      assert.equal(verdict.ok, true, verdict.reason);
      assert.match((await content.verifyUpdate(text, publicKey, briefing)).reason, /not newer/);
    }
  });

  it('re-signs with a new expires and no other change, and warns when the input expires within three days', async () => {
    const keyPath = join(folder, 'resign.private.jwk');
    const keys = await command('content-keys.mjs', ['--out', keyPath]);
    const publicKey = /^([\w-]{87})$/m.exec(keys.stdout)[1];
    const outDir = join(folder, 'resign');
    const release = await command('content-release.mjs', ['--key', keyPath, '--out', outDir, '--days', '2']);
    assert.equal(release.code, 0, release.stderr);
    const path = join(outDir, 'cse.signed.json');
    const before = JSON.parse(readFileSync(path, 'utf8'));
    const oldExpires = JSON.parse(before.briefing).expires;

    const resign = await command('content-resign.mjs', ['--key', keyPath, '--in', path, '--days', '31']);
    assert.equal(resign.code, 0, resign.stderr);
    assert.match(resign.stderr, /warning: .*cse\.signed\.json expires .* \(in (47 hours|2 days)\): a weekly re-sign was missed/);
    const after = JSON.parse(readFileSync(path, 'utf8'));
    const newExpires = JSON.parse(after.briefing).expires;
    const days = (Date.parse(newExpires) - Date.now()) / 86_400_000;
    assert.ok(days > 30.9 && days <= 31, `expires ${newExpires}`);
    // The signed text is the old one but for the one value; the envelope but for the signature.
    assert.equal(after.briefing, before.briefing.replace(oldExpires, newExpires));
    // The bank holidays stay written out, for scripts released before the rule.
    assert.deepEqual(JSON.parse(after.briefing).officeHours.closedDays.days, content.withDaysWrittenOut(content.cse).officeHours.closedDays.days);
    assert.deepEqual({ ...after, briefing: '', signature: '' }, { ...before, briefing: '', signature: '' });
    assert.notEqual(after.signature, before.signature);
    const older = { ...content.cse, version: '0.0.1' };
    assert.equal((await content.verifyUpdate(JSON.stringify(after), publicKey, older)).ok, true);

    // A week ahead: no warning. In GitHub Actions a warning is also an annotation.
    const quiet = await command('content-resign.mjs', ['--key', keyPath, '--in', path]);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    const soon = join(outDir, 'soon.signed.json');
    await command('content-release.mjs', ['--key', keyPath, '--out', join(folder, 'soon'), '--days', '1']);
    copyFileSync(join(folder, 'soon', 'cse.signed.json'), soon);
    const annotated = await command('content-resign.mjs', ['--key', keyPath, '--in', soon], { GITHUB_ACTIONS: 'true' });
    assert.equal(annotated.code, 0, annotated.stderr);
    assert.match(annotated.stdout, /^::warning title=Signed content expires soon::/m);
  });

  it('re-signs only a file that the key (or --from-key) signed, and keeps days within 1 to 31', async () => {
    const first = join(folder, 'first.private.jwk');
    const second = join(folder, 'second.private.jwk');
    const firstKeys = await command('content-keys.mjs', ['--out', first]);
    await command('content-keys.mjs', ['--out', second]);
    const firstPublicKey = /^([\w-]{87})$/m.exec(firstKeys.stdout)[1];
    const outDir = join(folder, 'rotate');
    await command('content-release.mjs', ['--key', first, '--out', outDir]);
    const path = join(outDir, 'cse.signed.json');

    const refused = await command('content-resign.mjs', ['--key', second, '--in', path]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /does not verify \(other key; tried \S+\); nothing re-signed/);
    // Moving the content to the next key, as the rotation steps do.
    const moved = await command('content-resign.mjs', ['--key', second, '--in', path, '--from-key', firstPublicKey]);
    assert.equal(moved.code, 0, moved.stderr);

    for (const days of ['0', '32', '7.5', 'week']) {
      const result = await command('content-release.mjs', ['--key', first, '--out', outDir, '--days', days]);
      assert.notEqual(result.code, 0, days);
      assert.match(result.stderr, /--days must be a whole number from 1 to 31/);
    }
    const tampered = JSON.parse(readFileSync(path, 'utf8'));
    tampered.briefing = tampered.briefing.replace('0300 555 0050', '0306 999 0123');
    const tamperedPath = join(outDir, 'tampered.signed.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    const bad = await command('content-resign.mjs', ['--key', second, '--in', tamperedPath]);
    assert.match(bad.stderr, /does not verify \(bad signature\)/);
  });

  it('refuses to write a private key inside the repository', async () => {
    const result = await command('content-keys.mjs', ['--out', join(repositoryRoot, 'oops.private.jwk')]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /refusing to write a private key inside the repository/);
  });

  it('says clearly what is wrong with its input', async () => {
    const noKey = await command('content-release.mjs', []);
    assert.match(noKey.stderr, /--key <private key file>/);
    const missing = await command('content-release.mjs', ['--key', join(folder, 'none.jwk')]);
    assert.match(missing.stderr, /no such file/);
    const noResignKey = await command('content-resign.mjs', []);
    assert.match(noResignKey.stderr, /npm run content:resign -- --key <private key file>/);
    const unknown = await command('content-release.mjs', ['--colour', 'red']);
    assert.match(unknown.stderr, /unexpected argument "--colour"/);
    assert.notEqual(unknown.code, 0);
  });
});

describe('the weekly re-sign workflow', () => {
  const schedule = readFileSync(join(repositoryRoot, '.github/workflows/content-resign.yml'), 'utf8');
  // The build and deploy are site.yml's, called with resign: true, so a weekly deploy is the
  // same site as a push's (its address, the earlier releases' files).
  const workflow = readFileSync(join(repositoryRoot, '.github/workflows/site.yml'), 'utf8');

  it('runs weekly, re-signs with the secret and deploys what it signed', () => {
    assert.match(schedule, /cron: '\d+ \d+ \* \* 1'/);
    assert.match(schedule, /uses: \.\/\.github\/workflows\/site\.yml\n\s+with:\n\s+resign: true/);
    assert.match(schedule, /CONTENT_SIGNING_KEY: \$\{\{ secrets\.CONTENT_SIGNING_KEY \}\}/);
    assert.doesNotMatch(schedule, /concurrency:/, "a caller in site.yml's own concurrency group deadlocks");
    assert.match(workflow, /workflow_call:/);
    assert.match(workflow, /if: inputs\.resign/);
    assert.match(workflow, /secrets\.CONTENT_SIGNING_KEY/);
    assert.match(workflow, /content:resign -- --key "\$key_file" --in "\$file"/);
    // Re-signed where the site build copies from, before it; then the same build and deploy.
    assert.ok(workflow.indexOf('content:resign') < workflow.indexOf('run: npm run site'));
    assert.match(workflow, /scripts\/site\/earlier-versions\.mjs/);
    assert.match(workflow, /actions\/deploy-pages/);
  });

  it('keeps the private key in a temporary file outside the checkout, owner-only, removed after', () => {
    assert.match(workflow, /umask 077\n\s+key_file="\$\(mktemp "\$RUNNER_TEMP\/content-key\.XXXXXX"\)"\n\s+trap 'rm -f "\$key_file"' EXIT/);
    // Never echoed, never a command-line argument of its own.
    for (const text of [schedule, workflow]) assert.doesNotMatch(text, /echo[^\n]*CONTENT_SIGNING_KEY\b(?! is not set)/);
    assert.equal(workflow.match(/\$CONTENT_SIGNING_KEY/g).length, 2, 'read only to test it is set and to write the file');
  });
});
