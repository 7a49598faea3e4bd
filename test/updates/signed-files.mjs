// Signed content files for the browser tests, made in the test run itself: a throwaway key
// pair is generated when the test server starts (Node WebCrypto, never written anywhere), and
// each file below is signed with it on first request. No key that any build trusts is in the
// repository. Served under /test/updates/ by test/bundle/server.mjs:
//
//   public-key.txt              the throwaway content key and freshness key, as updates-key pins
//                               them: "<content key> fresh:<freshness key>"
//   public-keys.txt             the same with a second content key: three keys, space-separated,
//                               as a page pins them while the content key rotates
//   valid.signed.json           a newer cse briefing: the Emergency Duty Team on a number from
//                               Ofcom's drama range (0306 999 0123, never a real line), office
//                               hours until 20:00, an extra bank holiday on 4 January 2028;
//                               it expires in fourteen days, as a release does
//   second-key.signed.json      the same, signed by the second key: taken where both are pinned
//   expired.signed.json         the same, its freshness record expired on 1 November 2026: refused
//   no-freshness.signed.json    the same without a freshness record (the first form): refused
//   freshness-other-file.signed.json  a record over another briefing: refused
//   far-expiry.signed.json      a record with an expires of 2124: refused
//   markup.signed.json          the same, with markup in its words: taken, shown as text
//   tampered / other-key / older / same-version / other-topic / invalid / malformed /
//   oversized / slow (answers after 3 s) / javascript-link / data-link / http-link /
//   bad-dial / not-semver / holiday-markup / holiday-not-a-date / no-expiry .signed.json:
//                               what the elements must refuse
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

/** What the markup file puts in its words: a renderer that wrote it as HTML would make these elements. */
export const markup = {
  /** Point 7's title. */
  title: 'Report it <img src=x onerror="alert(1)">',
  /** The words before the second route's number. */
  paragraph: '<script>alert(1)</script> <b>bold</b> & <a href="javascript:alert(1)">a link</a>',
};

/** When the expired file expired: before every instant the tests judge at. */
export const expiredAt = '2026-11-01T00:00:00Z';

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
  briefing.expires = new Date(Date.now() + 14 * 86_400_000).toISOString();
  return briefing;
}

/** `briefing` with one field changed: `path` as the rule set names it, `resources[1].href`. */
function withField(briefing, path, value) {
  const changed = structuredClone(briefing);
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  const last = keys.pop();
  keys.reduce((field, key) => field[key], changed)[last] = value;
  return changed;
}

/** Each refused field: the file's name, the field and the value a leaked key might sign. */
export const refusedFields = {
  'javascript-link': ['resources[1].href', 'javascript:alert(1)'],
  'data-link': ['publisher.website.href', 'data:text/html,<script>alert(1)</script>'],
  'http-link': ['resources[0].href', 'http://example.org/'],
  'bad-dial': ['contacts[0].phone.dial', '101,javascript:alert(1)'],
  'not-semver': ['version', '99'],
  // The extra bank holiday of 4 January 2028 (the sixth added day), as a leaked key might sign it.
  'holiday-markup': ['officeHours.closedDays.added[5].name', 'Bank holiday <img src=x onerror=alert(1)>'],
  'holiday-not-a-date': ['officeHours.closedDays.added[5].date', '4 January 2028'],
  // Issue 22, review point 3: what a screenshot would show as genuine. 999 shown, another number dialled.
  'shown-999-dials-another': ['contacts[3].phone.dial', '+447700900666'],
  // Zero-width characters inside a warning sign.
  'zero-width-sign': ['warningSigns[2]', 'Becoming\u200b more\u2060 secretive\ufeff'],
  // A control character in a section's title.
  'control-in-title': ['sections[0].title', 'Child Sexual\u0007 Exploitation'],
  // A paragraph past its cap (300 characters).
  'long-paragraph': ['sections[0].body[0].text', 'A'.repeat(301)],
};

/**
 * Issue 22, review point 3: a right-to-left override that shows "0300 555 0050" (the override
 * reverses "0500 555 0030") while the link dials another number; and point 4: 2,000 warning signs.
 */
export const overridden = {
  'bidi-number': (briefing) => {
    briefing.contacts[0].phone = { ...briefing.contacts[0].phone, display: '\u202e0500 555 0030', dial: '+447700900666' };
    return briefing;
  },
  'many-signs': (briefing) => {
    briefing.warningSigns = Array.from({ length: 2000 }, (_, index) => `Warning sign ${index + 1}`);
    return briefing;
  },
};

async function makeFiles() {
  const { cse, generateSigningKeys, publicKeyText, signBriefingText, withFreshnessRecord } = await content();
  const keys = await generateSigningKeys();
  const secondKeys = await generateSigningKeys();
  const otherKeys = await generateSigningKeys();
  const freshnessKeys = await generateSigningKeys();
  const contentSigned = (briefing, signingKeys = keys) => signBriefingText(JSON.stringify(briefing), briefing.topic, signingKeys);
  // The record's expires is the briefing's own, as a release signs both on one day.
  const sign = async (briefing, signingKeys = keys, expires = briefing.expires) =>
    JSON.stringify(await withFreshnessRecord(await contentSigned(briefing, signingKeys), expires, freshnessKeys));
  const updated = updatedBriefing(cse);
  const valid = await sign(updated);
  const tampered = JSON.parse(valid);
  tampered.briefing = tampered.briefing.replace(dramaNumber.dial, '+443069990456');
  const oversized = JSON.parse(valid);
  oversized.padding = ' '.repeat(140_000);
  // In point 7's title and in the words before a number: the report-it panel shows both.
  const withMarkup = structuredClone(updated);
  withMarkup.sections.find((section) => section.id === 'report-it').title = markup.title;
  withMarkup.reportingRoutes[1].before = markup.paragraph;
  const { expires: _expires, ...unexpiring } = updated;
  const refused = {};
  for (const [name, [path, value]] of Object.entries(refusedFields)) refused[`${name}.signed.json`] = await sign(withField(updated, path, value));
  for (const [name, change] of Object.entries(overridden)) refused[`${name}.signed.json`] = await sign(change(structuredClone(updated)));
  const publicKey = await publicKeyText(keys.publicKey);
  const freshnessKey = `fresh:${await publicKeyText(freshnessKeys.publicKey)}`;
  const otherBriefing = { ...updated, contacts: updated.contacts.map((contact) => (contact.id === 'cse-team' ? { ...contact, email: 'other@example.org' } : contact)) };
  const otherFile = JSON.parse(await sign(otherBriefing));
  return {
    'public-key.txt': `${publicKey} ${freshnessKey}`,
    'public-keys.txt': `${publicKey} ${await publicKeyText(secondKeys.publicKey)} ${freshnessKey}`,
    'no-freshness.signed.json': JSON.stringify(await contentSigned(updated)),
    'freshness-other-file.signed.json': JSON.stringify({ ...(await contentSigned(updated)), fresh: otherFile.fresh }),
    'far-expiry.signed.json': await sign(updated, keys, '2124-01-01T00:00:00Z'),
    'valid.signed.json': valid,
    'slow.signed.json': valid,
    'second-key.signed.json': await sign(updated, secondKeys),
    'expired.signed.json': await sign(updated, keys, expiredAt),
    'markup.signed.json': await sign(withMarkup),
    'tampered.signed.json': JSON.stringify(tampered),
    'other-key.signed.json': await sign(updated, otherKeys),
    'older.signed.json': await sign({ ...updated, version: '0.9.0' }),
    'same-version.signed.json': await sign({ ...structuredClone(cse), expires: updated.expires }),
    'other-topic.signed.json': await sign({ ...updated, topic: 'other' }),
    'invalid.signed.json': await sign({ ...updated, officeHours: { ...updated.officeHours, opens: '9am' } }),
    'no-expiry.signed.json': await sign(unexpiring, keys, undefined),
    'malformed.signed.json': '{"format":1,"topic":"cse",',
    'oversized.signed.json': JSON.stringify(oversized),
    ...refused,
  };
}

/** The throwaway keys as a page pins them (`public-key.txt`, or `public-keys.txt` while rotating), for pages whose HTML names them. */
export async function testPublicKey(file = 'public-key.txt') {
  made ??= makeFiles();
  return (await made)[file];
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
