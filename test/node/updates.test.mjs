// Signed content updates, verified in Node with the same code the elements run in the browser.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { content, newerBriefing } from './content.mjs';

const { cse, generateSigningKeys, publicKeyText, signBriefingText, verifyUpdate } = content;

describe('verifyUpdate', () => {
  let keys;
  let publicKey;
  let otherPublicKey;
  before(async () => {
    keys = await generateSigningKeys();
    publicKey = await publicKeyText(keys.publicKey);
    otherPublicKey = await publicKeyText((await generateSigningKeys()).publicKey);
  });

  async function signed(briefing, signingKeys = keys) {
    return JSON.stringify(await signBriefingText(JSON.stringify(briefing), briefing.topic, signingKeys));
  }

  it('accepts a newer, valid briefing signed by the pinned key', async () => {
    const briefing = newerBriefing();
    const verdict = await verifyUpdate(await signed(briefing), publicKey, cse);
    assert.equal(verdict.ok, true, verdict.reason);
    assert.deepEqual(verdict.briefing, briefing);
  });

  it('pins a public key as 87 base64url characters', () => {
    assert.match(publicKey, /^[\w-]{87}$/);
  });

  const refusals = [
    ['a tampered briefing', async () => (await signed(newerBriefing())).replace('0300 555 0050', '0306 999 0123'), /bad signature/],
    ['another key', async () => signed(newerBriefing(), await generateSigningKeys()), /other key/],
    ['the same version', async () => signed(structuredClone(cse)), /not newer/],
    ['an older version', async () => signed({ ...structuredClone(cse), version: '0.9.0' }), /not newer/],
    ['another topic', async () => signed(newerBriefing((briefing) => ({ ...briefing, topic: 'other' }))), /other topic/],
    ['text that is not JSON', async () => '{"format":1,', /malformed/],
    ['JSON with no key id', async () => JSON.stringify({ hello: 'world' }), /other key/],
    [
      'a signed briefing of the wrong shape',
      async () => signed(newerBriefing((briefing) => ({ ...briefing, officeHours: { ...briefing.officeHours, closes: '25:00' } }))),
      /invalid office hours/,
    ],
  ];
  for (const [name, file, reason] of refusals) {
    it(`refuses ${name}, saying why`, async () => {
      const verdict = await verifyUpdate(await file(), publicKey, cse);
      assert.equal(verdict.ok, false);
      assert.match(verdict.reason, reason);
    });
  }

  it('refuses a key that is not a P-256 public key', async () => {
    const file = JSON.parse(await signed(newerBriefing()));
    const verdict = await verifyUpdate(JSON.stringify({ ...file, keyId: 'not a key' }), 'not a key', cse);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.reason, 'malformed');
  });

  it('tells "signed by another key" from "tampered" by the key id', async () => {
    const verdict = await verifyUpdate(await signed(newerBriefing()), otherPublicKey, cse);
    assert.match(verdict.reason, /other key/);
  });
});

describe('validateBriefing', () => {
  const { validateBriefing } = content;

  it('accepts every built-in briefing', () => {
    for (const topic of content.knownTopics) {
      const briefing = content.getBriefing(topic).briefing;
      const result = validateBriefing(JSON.parse(JSON.stringify(briefing)), briefing);
      assert.equal(result.ok, true, result.reason);
    }
  });

  const broken = {
    'a missing version': (b) => delete b.version,
    'a warning sign that is not text': (b) => (b.warningSigns[0] = 7),
    'a reporting route of an unknown urgency': (b) => (b.reportingRoutes[0].urgency = 'whenever'),
    'sections out of order': (b) => b.sections.reverse(),
    'office hours of 25:00': (b) => (b.officeHours.closes = '25:00'),
    'a contact without a name': (b) => delete b.contacts[2].name,
    'a route to a contact that does not exist': (b) => (b.contacts = b.contacts.filter((c) => c.id !== 'emergency-duty-team')),
    'a phone number that cannot be dialled': (b) => (b.contacts[0].phone.dial = 'call us'),
    'a website that is not https:': (b) => (b.publisher.website.href = 'http://example.org'),
    'six sections': (b) => b.sections.pop(),
    'a block of an unknown kind': (b) => b.sections[0].body.push({ kind: 'script', text: 'x' }),
    'a time zone nobody knows': (b) => (b.officeHours.timeZone = 'Mars/Olympus'),
    'a resource link that is not https:': (b) => (b.resources[1].href = 'javascript:alert(1)'),
  };
  for (const [name, breakIt] of Object.entries(broken)) {
    it(`refuses ${name}`, () => {
      const briefing = structuredClone(content.cse);
      breakIt(briefing);
      assert.equal(validateBriefing(briefing, content.cse).ok, false);
    });
  }

  it('takes a later release that adds bank holidays, a resource and a field', () => {
    const briefing = structuredClone(content.cse);
    briefing.officeHours.closedDays.added.push({ date: '2028-06-07', name: 'An extra bank holiday' });
    briefing.resources.push({ id: 'new', name: 'A new resource', href: 'https://example.org' });
    briefing.newField = { any: 'thing' };
    const result = validateBriefing(briefing, content.cse);
    assert.equal(result.ok, true, result.reason);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'cse', 42, []]) assert.equal(validateBriefing(value, content.cse).ok, false);
  });
});

describe('versions and review dates', () => {
  it('compares versions by number, not as text', () => {
    assert.ok(content.compareVersions('1.10.0', '1.9.9') > 0);
    assert.ok(content.compareVersions('1.0.0', '1.0.1') < 0);
    assert.equal(content.compareVersions('2.3.4', '2.3.4'), 0);
  });

  it('falls due twelve months after review by default', () => {
    assert.equal(content.defaultReviewDue('2026-11-29'), '2027-11-29');
    assert.equal(content.defaultReviewDue('2028-02-29'), '2029-02-28');
    assert.equal(content.cse.reviewDue, content.defaultReviewDue(content.cse.reviewed));
  });

  it('is past due only after the whole review day', () => {
    const due = { reviewDue: '2027-11-29' };
    assert.equal(content.isPastReviewDue(due, Date.parse('2027-11-29T23:59:59Z')), false);
    assert.equal(content.isPastReviewDue(due, Date.parse('2027-11-30T00:00:00Z')), true);
  });

  it('says when the details were checked, the date in words, and where the latest are', () => {
    assert.equal(
      content.enGB.checkedOn('2026-11-29', 'dudleysafeguarding.org.uk'),
      'These details were checked on 29 November 2026. Check dudleysafeguarding.org.uk for the latest.',
    );
    assert.match(content.enGB.checkedOn('2027-01-05', 'x'), / on 5 January 2027\. /);
  });
});
