// The release path end to end, as the partnership runs it, with two keys with two powers
// (docs/trust-model.md): the content key signs a release, the freshness key signs a short
// record over exactly that release each week. The signing commands run here as the signing
// jobs run them: Node with permission to read only scripts/ and their own inputs (no
// node_modules, no build output) and to start no process.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { content, repositoryRoot } from './content.mjs';

const run = promisify(execFile);
const day = 86_400_000;

async function node(args, env = {}) {
  try {
    const { stdout, stderr } = await run('node', args, { cwd: repositoryRoot, env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_OUTPUT: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** A command as a developer runs it. */
const command = (script, args, env) => node([`scripts/${script}`, ...args], env);

let folder;

/** A signing command as the signing job runs it: it may read scripts/ and the test's folder, nothing else, and start no process. */
const signingCommand = (script, args) =>
  node(['--no-warnings', '--experimental-permission', `--allow-fs-read=${join(repositoryRoot, 'scripts')}/`, `--allow-fs-read=${folder}/`, `--allow-fs-write=${folder}/`, `scripts/${script}`, ...args]);

const publicKeyOf = (stdout) => /^([\w-]{87})$/m.exec(stdout)?.[1];

describe('the release commands: two keys with two powers', () => {
  let contentKey;
  let freshnessKey;
  let contentPath;
  let freshnessPath;
  let pinned;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'safer-seven-release-'));
    contentPath = join(folder, 'content.private.jwk');
    freshnessPath = join(folder, 'freshness.private.jwk');
    contentKey = publicKeyOf((await command('content-keys.mjs', ['--out', contentPath])).stdout);
    freshnessKey = publicKeyOf((await command('content-keys.mjs', ['--out', freshnessPath])).stdout);
    pinned = `${contentKey} fresh:${freshnessKey}`;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** The data file as the editor writes it, and the candidate as content:prepare writes it. */
  function writeData(name, briefing) {
    const data = join(folder, `${name}.data.json`);
    const candidate = join(folder, `${name}.candidate.json`);
    writeFileSync(data, JSON.stringify(briefing, null, 2));
    writeFileSync(candidate, JSON.stringify(content.withDaysWrittenOut(briefing), null, 2));
    return { data, candidate };
  }

  async function sign(name, briefing, last) {
    const { data, candidate } = writeData(name, briefing);
    const out = join(folder, `${name}.signed.json`);
    const result = await signingCommand('content-sign.mjs', ['--key', contentPath, '--candidate', candidate, '--data', data, '--pinned', pinned, '--out', out, ...(last ? ['--last', last] : [])]);
    return { ...result, out };
  }

  const freshness = (args) => signingCommand('content-freshness.mjs', ['--key', freshnessPath, '--pinned', pinned, ...args]);

  it('makes keys outside the repository, owner-only', () => {
    assert.match(contentKey, /^[\w-]{87}$/);
    assert.notEqual(contentKey, freshnessKey);
    assert.equal(statSync(contentPath).mode & 0o077, 0);
  });

  it('content:release (by hand) signs with both keys and prints the updates-key to pin', async () => {
    const outDir = join(folder, 'by-hand');
    const release = await command('content-release.mjs', ['--key', contentPath, '--freshness-key', freshnessPath, '--out', outDir]);
    assert.equal(release.code, 0, release.stderr);
    assert.ok(release.stdout.includes(`updates-key="${pinned}"`), release.stdout);
    const text = readFileSync(join(outDir, 'cse.signed.json'), 'utf8');
    const older = { ...content.cse, version: '0.0.1' };
    const verdict = await content.verifyUpdate(text, pinned, older);
    assert.equal(verdict.ok, true, verdict.reason);
    assert.equal((await content.verifyUpdate(text, contentKey, older)).reason, 'fresh:other key', 'a page that pins only the content key');
    // The same key refused for both roles.
    const same = await command('content-release.mjs', ['--key', contentPath, '--freshness-key', contentPath, '--out', outDir]);
    assert.match(same.stderr, /two roles need two keys/);
  });

  describe('content:sign, the signing job: the release sets version, reviewed and reviewDue', () => {
    const today = new Date().toISOString().slice(0, 10);
    const withDial = (briefing) => {
      const changed = structuredClone(briefing);
      changed.contacts.find((contact) => contact.id === 'emergency-duty-team').phone = { display: '0306 999 0123', dial: '+443069990123' };
      return changed;
    };
    const withWording = (briefing) => {
      const changed = structuredClone(briefing);
      changed.warningSigns[0] = `${changed.warningSigns[0]} (reworded)`;
      return changed;
    };

    it('signs the first release at the data\'s version, a changed fact as the next minor, a wording fix as the next patch', async () => {
      const first = await sign('first', content.cse);
      assert.equal(first.code, 0, first.stderr);
      const firstBriefing = JSON.parse(JSON.parse(readFileSync(first.out, 'utf8')).briefing);
      assert.equal(firstBriefing.version, content.cse.version);
      assert.deepEqual([firstBriefing.reviewed, firstBriefing.reviewDue], [today, content.defaultReviewDue(today)]);
      const ahead = (Date.parse(firstBriefing.expires) - Date.now()) / day;
      assert.ok(ahead > 30.9 && ahead <= 31, `its own expires, for scripts before the freshness key: ${firstBriefing.expires}`);

      const [major, minor, patch] = content.cse.version.split('.').map(Number);
      const fact = await sign('fact', withDial(content.cse), first.out);
      assert.equal(fact.code, 0, fact.stderr);
      assert.match(fact.stdout, /\(fact: contacts\[1\]\.phone\.display, contacts\[1\]\.phone\.dial\)/);
      assert.equal(JSON.parse(JSON.parse(readFileSync(fact.out, 'utf8')).briefing).version, `${major}.${minor + 1}.0`);

      const wording = await sign('wording', withWording(withDial(content.cse)), fact.out);
      assert.equal(wording.code, 0, wording.stderr);
      assert.equal(JSON.parse(JSON.parse(readFileSync(wording.out, 'utf8')).briefing).version, `${major}.${minor + 1}.${patch + 1}`);

      const nothing = await sign('nothing', withWording(withDial(content.cse)), wording.out);
      assert.notEqual(nothing.code, 0);
      assert.match(nothing.stderr, /nothing to release/);
    });

    it('signs the data file, not what the preparing job says it is', async () => {
      const { data, candidate } = writeData('swapped', content.cse);
      writeFileSync(candidate, JSON.stringify(content.withDaysWrittenOut(withDial(content.cse))));
      const out = join(folder, 'swapped.signed.json');
      const result = await signingCommand('content-sign.mjs', ['--key', contentPath, '--candidate', candidate, '--data', data, '--pinned', pinned, '--out', out]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /the candidate is not the data file .*: nothing signed/);
      // Nor a key that pages do not pin as the content key (the freshness key, say).
      const wrongKey = await signingCommand('content-sign.mjs', ['--key', freshnessPath, '--candidate', candidate, '--data', data, '--pinned', pinned, '--out', out]);
      assert.match(wrongKey.stderr, /is not one that pages pin/);
    });
  });

  describe('content:freshness, the weekly run (review point 1: it laundered stale files)', () => {
    let older;
    let last;
    before(async () => {
      older = (await sign('older', content.cse)).out;
      const newer = structuredClone(content.cse);
      newer.contacts.find((contact) => contact.id === 'cse-team').email = 'cse.team@example.org';
      last = (await sign('last', newer, older)).out;
    });

    it('signs a record over exactly the repository\'s last release, which a page then takes', async () => {
      const out = join(folder, 'fresh.signed.json');
      const result = await freshness(['--last', last, '--tag', `content-cse-v${JSON.parse(JSON.parse(readFileSync(last, 'utf8')).briefing).version}`, '--out', out]);
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(out, 'utf8');
      const file = JSON.parse(text);
      const record = JSON.parse(file.fresh.text);
      assert.equal(record.sha256, await content.sha256Text(file.briefing));
      assert.equal(file.briefing, JSON.parse(readFileSync(last, 'utf8')).briefing, 'no fact changes');
      const ahead = (Date.parse(record.expires) - Date.now()) / day;
      assert.ok(ahead > 13.9 && ahead <= 14, record.expires);
      const verdict = await content.verifyUpdate(text, pinned, content.cse);
      assert.equal(verdict.ok, true, verdict.reason);
      assert.equal(verdict.briefing.expires, record.expires);
    });

    it('refuses an input older than the repository\'s last release', async () => {
      const result = await freshness(['--last', last, '--in', older, '--out', join(folder, 'x.json')]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /older than the repository's last release .*: not renewed/);
    });

    it('refuses an expired input: one whose freshness record has passed', async () => {
      const expired = join(folder, 'expired.signed.json');
      const file = JSON.parse(readFileSync(last, 'utf8'));
      const freshnessKeys = { ...(await content.importSigningKeys(JSON.parse(readFileSync(freshnessPath, 'utf8')))) };
      writeFileSync(expired, JSON.stringify(await content.withFreshnessRecord(file, '2026-11-01T00:00:00Z', freshnessKeys)));
      const result = await freshness(['--last', last, '--in', expired, '--out', join(folder, 'x.json')]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /expired 2026-11-01T00:00:00Z: not renewed/);
    });

    it('refuses an older release under a newer tag', async () => {
      const result = await freshness(['--last', older, '--tag', 'content-cse-v9.9.9', '--out', join(folder, 'x.json')]);
      assert.match(result.stderr, /the tag content-cse-v9\.9\.9 points at a release of version/);
    });

    it('refuses a file no pinned content key signed: the freshness key cannot vouch for its own briefing', async () => {
      const forged = join(folder, 'forged.signed.json');
      const freshnessKeys = await content.importSigningKeys(JSON.parse(readFileSync(freshnessPath, 'utf8')));
      writeFileSync(forged, JSON.stringify(await content.signBriefingText(JSON.parse(readFileSync(last, 'utf8')).briefing, 'cse', freshnessKeys)));
      const result = await freshness(['--last', forged, '--out', join(folder, 'x.json')]);
      assert.match(result.stderr, /is not signed by a pinned content key/);
    });

    it('keeps days within 1 to 31', async () => {
      for (const days of ['0', '32', '7.5', 'week']) {
        const result = await freshness(['--last', last, '--days', days]);
        assert.match(result.stderr, /--days must be a whole number from 1 to 31/, days);
      }
    });
  });

  it('refuses to write a private key inside the repository', async () => {
    const result = await command('content-keys.mjs', ['--out', join(repositoryRoot, 'oops.private.jwk')]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /refusing to write a private key inside the repository/);
  });

  it('says clearly what is wrong with its input', async () => {
    const noKey = await command('content-release.mjs', []);
    assert.match(noKey.stderr, /--key <private key file>/);
    const unknown = await command('content-release.mjs', ['--colour', 'red']);
    assert.match(unknown.stderr, /unexpected argument "--colour"/);
    assert.notEqual(unknown.code, 0);
  });
});
