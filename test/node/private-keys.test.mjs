// A private signing key must never be committed: if one is tracked, this fails and names it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { repositoryRoot } from './content.mjs';

const privateKeyName = /(^|\/)[^/]*(\.private\.[^/]+|\.pem|\.key|\.jwk|\.p8|\.p12|\.pfx|^id_(rsa|ecdsa|ed25519))$/i;

/** A file's text that holds a private key: a PEM block, or a JWK with its private part `d`. */
export function looksLikePrivateKey(text) {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) return true;
  return /"kty"\s*:/.test(text) && /"d"\s*:\s*"[\w-]{16,}"/.test(text);
}

function trackedFiles() {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repositoryRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
}

describe('private signing keys', () => {
  it('no tracked file is named like a private key', () => {
    assert.deepEqual(trackedFiles().filter((path) => privateKeyName.test(path)), []);
  });

  it('no tracked file holds a private key', () => {
    const found = trackedFiles().filter((path) => {
      if (path.startsWith('test/node/')) return false; // this guard's own patterns
      try {
        return looksLikePrivateKey(readFileSync(`${repositoryRoot}${path}`, 'utf8'));
      } catch {
        return false; // removed in the working tree
      }
    });
    assert.deepEqual(found, []);
  });

  it('.gitignore keeps key files out', () => {
    const ignored = (path) => {
      try {
        execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: repositoryRoot });
        return true;
      } catch {
        return false;
      }
    };
    for (const path of ['abc.private.jwk', 'keys/release.pem', 'signing.key', 'x.jwk']) assert.ok(ignored(path), path);
  });

  it('recognises a JWK private key and a PEM block', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    assert.ok(looksLikePrivateKey(JSON.stringify(await crypto.subtle.exportKey('jwk', keys.privateKey))));
    assert.ok(!looksLikePrivateKey(JSON.stringify(await crypto.subtle.exportKey('jwk', keys.publicKey))));
    assert.ok(looksLikePrivateKey('-----BEGIN EC PRIVATE KEY-----\nMHc...'));
    assert.ok(privateKeyName.test('keys/abc.private.jwk') && privateKeyName.test('release.pem'));
  });
});
