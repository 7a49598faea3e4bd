// Signed content files for the browser tests, made in the test run itself: a throwaway key
// pair is generated when the test server starts (Node WebCrypto, never written anywhere), and
// each file below is signed with it on first request. No key that any build trusts is in the
// repository. Served under /test/updates/ by test/bundle/server.mjs:
//
//   public-key.txt              the throwaway public key, for updates-key
//   valid.signed.json           a newer cse briefing: the Emergency Duty Team on a number from
//                               Ofcom's drama range (0306 999 0123, never a real line), office
//                               hours until 20:00, an extra bank holiday on 4 January 2028
//   tampered / other-key / older / same-version / other-topic / invalid / malformed /
//   oversized / slow (answers after 3 s) .signed.json: what the elements must refuse
//   anything else                404
import { pathToFileURL } from 'node:url';

const repositoryRoot = new URL('../../', import.meta.url);
export const updatesPath = '/test/updates/';

/** The fictional number of the valid file: Ofcom's drama range, so it can never reach a person. */
export const dramaNumber = { display: '0306 999 0123', dial: '+443069990123' };

let made;

async function content() {
  return import(pathToFileURL(new URL('packages/content/dist/index.js', repositoryRoot).pathname).href);
}

/** The newer briefing of the valid file. */
export function updatedBriefing(cse) {
  const briefing = structuredClone(cse);
  const [major, minor] = briefing.version.split('.').map(Number);
  briefing.version = `${major}.${minor + 1}.0`;
  briefing.reviewed = '2026-12-15';
  briefing.reviewDue = '2027-12-15';
  briefing.contacts.find((contact) => contact.id === 'emergency-duty-team').phone = { ...dramaNumber };
  briefing.officeHours.closes = '20:00';
  // A signed file can add a bank holiday.
  briefing.officeHours.closedDays.added.push({ date: '2028-01-04', name: 'Extra bank holiday (test)' });
  return briefing;
}

async function makeFiles() {
  const { cse, generateSigningKeys, publicKeyText, signBriefingText } = await content();
  const keys = await generateSigningKeys();
  const otherKeys = await generateSigningKeys();
  const sign = async (briefing, signingKeys = keys) =>
    JSON.stringify(await signBriefingText(JSON.stringify(briefing), briefing.topic, signingKeys));
  const updated = updatedBriefing(cse);
  const valid = await sign(updated);
  const tampered = JSON.parse(valid);
  tampered.briefing = tampered.briefing.replace(dramaNumber.dial, '+443069990456');
  const oversized = JSON.parse(valid);
  oversized.padding = ' '.repeat(140_000);
  return {
    'public-key.txt': await publicKeyText(keys.publicKey),
    'valid.signed.json': valid,
    'slow.signed.json': valid,
    'tampered.signed.json': JSON.stringify(tampered),
    'other-key.signed.json': await sign(updated, otherKeys),
    'older.signed.json': await sign({ ...updated, version: '0.9.0' }),
    'same-version.signed.json': await sign(structuredClone(cse)),
    'other-topic.signed.json': await sign({ ...updated, topic: 'other' }),
    'invalid.signed.json': await sign({ ...updated, officeHours: { ...updated.officeHours, opens: '9am' } }),
    'malformed.signed.json': '{"format":1,"topic":"cse",',
    'oversized.signed.json': JSON.stringify(oversized),
  };
}

/** The throwaway public key, for pages whose HTML names it. */
export async function testPublicKey() {
  made ??= makeFiles();
  return (await made)['public-key.txt'];
}

/** Answers a request under /test/updates/. */
export async function serveSignedFile(context) {
  made ??= makeFiles();
  const files = await made;
  const name = context.path.slice(updatesPath.length);
  context.set('Cache-Control', 'no-store');
  if (!Object.hasOwn(files, name)) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'Not found';
    return;
  }
  if (name.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 3000));
  context.status = 200;
  context.type = name.endsWith('.txt') ? 'text/plain' : 'application/json';
  context.body = files[name];
}
