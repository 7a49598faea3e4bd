// The release path end to end, as the partnership runs it: make a key outside the repository,
// sign every topic, and check that the file verifies against the printed public key.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { content, repositoryRoot } from './content.mjs';

const run = promisify(execFile);

/** Runs a command script; resolves to its output, whether it succeeded or not. */
async function command(script, args) {
  try {
    const { stdout, stderr } = await run('node', [`scripts/${script}`, ...args], { cwd: repositoryRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('npm run content:keys and content:release', () => {
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
      // The briefing, its bank holidays also written out as dates for scripts released before the rule.
      assert.deepEqual(JSON.parse(JSON.parse(text).briefing), JSON.parse(JSON.stringify(content.withDaysWrittenOut(briefing))));
      // A page built with an older version takes it; the built-in version itself is no update.
      const older = { ...briefing, version: '0.0.1' };
      const verdict = await content.verifyUpdate(text, publicKey, older);
      assert.equal(verdict.ok, true, verdict.reason);
      assert.match((await content.verifyUpdate(text, publicKey, briefing)).reason, /not newer/);
    }
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
    const unknown = await command('content-release.mjs', ['--colour', 'red']);
    assert.match(unknown.stderr, /unexpected argument "--colour"/);
    assert.notEqual(unknown.code, 0);
  });
});
