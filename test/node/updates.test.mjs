// Signed content updates, verified in Node with the same code the elements run in the browser.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { content, newerBriefing } from './content.mjs';

const { cse, generateSigningKeys, publicKeyText, signBriefingText, verifyUpdate, withFreshnessRecord } = content;

/** A signed briefing's `expires`, as the release command writes it: two weeks ahead. */
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString();
const day = 86_400_000;

describe('verifyUpdate: two keys with two powers', () => {
  let keys;
  let freshnessKeys;
  let publicKey;
  let freshnessKey;
  let otherPublicKey;
  /** What a page pins: the content key, and the freshness key labelled `fresh:`. */
  let pinned;
  before(async () => {
    keys = await generateSigningKeys();
    freshnessKeys = await generateSigningKeys();
    publicKey = await publicKeyText(keys.publicKey);
    freshnessKey = await publicKeyText(freshnessKeys.publicKey);
    otherPublicKey = await publicKeyText((await generateSigningKeys()).publicKey);
    pinned = `${publicKey} fresh:${freshnessKey}`;
  });

  /** The content-signed file of the first form (its own `expires`, as old scripts read it). */
  async function contentSigned(briefing, signingKeys = keys) {
    const withExpiry = { expires: inTwoWeeks, ...briefing };
    return signBriefingText(JSON.stringify(withExpiry), briefing.topic, signingKeys);
  }

  /** The file as a release makes it: content-signed, with a freshness record. */
  async function signed(briefing, { signingKeys = keys, expires = inTwoWeeks, recordKeys = freshnessKeys } = {}) {
    return JSON.stringify(await withFreshnessRecord(await contentSigned(briefing, signingKeys), expires, recordKeys));
  }

  it('accepts a newer, valid briefing that the content key signed, with a fresh record, taking its expires', async () => {
    const briefing = newerBriefing();
    const expires = new Date(Date.now() + 7 * day).toISOString();
    const verdict = await verifyUpdate(await signed(briefing, { expires }), pinned, cse);
    assert.equal(verdict.ok, true, verdict.reason);
    assert.deepEqual(verdict.briefing, { ...briefing, expires });
  });

  it('pins a public key as 87 base64url characters', () => {
    assert.match(publicKey, /^[\w-]{87}$/);
  });

  const refusals = [
    ['a tampered briefing', async () => (await signed(newerBriefing())).replace('0300 555 0050', '0306 999 0123'), /^bad signature$/],
    ['another content key', async () => signed(newerBriefing(), { signingKeys: await generateSigningKeys() }), /^other key$/],
    ['the same version', async () => signed(structuredClone(cse)), /not newer/],
    ['an older version', async () => signed({ ...structuredClone(cse), version: '0.9.0' }), /not newer/],
    ['another topic', async () => signed(newerBriefing((briefing) => ({ ...briefing, topic: 'other' }))), /^invalid topic$/],
    ['a javascript: link', async () => signed(newerBriefing((b) => void (b.resources[1].href = 'javascript:alert(1)'))), /^invalid resources\[1\]\.href$/],
    ['a bad dial', async () => signed(newerBriefing((b) => void (b.contacts[3].phone.dial = '101,javascript:alert(1)'))), /^invalid contacts\[3\]\.phone\.dial$/],
    ['a version of 99', async () => signed(newerBriefing((b) => void (b.version = '99'))), /^invalid version$/],
    ['text that is not JSON', async () => '{"format":1,', /malformed/],
    ['JSON with no key', async () => JSON.stringify({ hello: 'world' }), /^other key$/],
    [
      'a signed briefing of the wrong shape',
      async () => signed(newerBriefing((briefing) => ({ ...briefing, officeHours: { ...briefing.officeHours, closes: '25:00' } }))),
      /^invalid officeHours\.closes$/,
    ],
    // Review point 4: nothing bounded expires. At most 31 days after signing, plus a day.
    ['an expires of 2124', async () => signed(newerBriefing(), { expires: '2124-01-01T00:00:00Z' }), /^invalid expires$/],
    ['an expires 33 days ahead', async () => signed(newerBriefing(), { expires: new Date(Date.now() + 33 * day).toISOString() }), /^invalid expires$/],
    ['an expires that passed more than a day ago', async () => signed(newerBriefing(), { expires: new Date(Date.now() - 25 * 3_600_000).toISOString() }), /^invalid expires$/],
    ['an expires that is not an instant', async () => signed(newerBriefing(), { expires: 'soon' }), /^invalid expires$/],
    // The two powers.
    ['a file of the first form, with no freshness record', async () => JSON.stringify(await contentSigned(newerBriefing())), /^fresh:other key$/],
    ['a record signed by another key', async () => signed(newerBriefing(), { recordKeys: await generateSigningKeys() }), /^fresh:other key$/],
    ['a record signed by the content key', async () => signed(newerBriefing(), { recordKeys: keys }), /^fresh:other key$/],
    [
      'a briefing that the freshness key signed, with its own record (a leaked freshness key)',
      async () => signed(newerBriefing(), { signingKeys: freshnessKeys }),
      /^other key$/,
    ],
    [
      'a record over another file (the briefing changed after the record was signed, both signatures re-made but the record kept)',
      async () => {
        const real = JSON.parse(await signed(newerBriefing()));
        const other = await contentSigned(newerBriefing((b) => void (b.contacts[0].phone.display = '0300 555 0051')));
        return JSON.stringify({ ...other, fresh: real.fresh });
      },
      /^other file$/,
    ],
    [
      'a tampered record',
      async () => {
        const file = JSON.parse(await signed(newerBriefing()));
        return JSON.stringify({ ...file, fresh: { ...file.fresh, text: file.fresh.text.replace(/"expires":"[^"]*"/, '"expires":"2124-01-01T00:00:00Z"') } });
      },
      /^fresh:bad signature$/,
    ],
  ];
  for (const [name, file, reason] of refusals) {
    it(`refuses ${name}, saying why`, async () => {
      const verdict = await verifyUpdate(await file(), pinned, cse);
      assert.equal(verdict.ok, false);
      assert.match(verdict.reason, reason);
    });
  }

  it('refuses a record signed by the freshness key over a briefing the content key did not sign', async () => {
    // The freshness key signs a true record (the right hash, version and expires) over a
    // briefing with another number, content-signed by a key the page does not pin as content.
    const forged = await withFreshnessRecord(await contentSigned(newerBriefing((b) => void (b.contacts[0].phone = { display: '999', dial: '+447700900666' })), await generateSigningKeys()), inTwoWeeks, freshnessKeys);
    assert.equal((await verifyUpdate(JSON.stringify(forged), pinned, cse)).reason, 'other key');
    // Or the file claims the pinned content key, but its signature is over another text.
    const claimed = { ...forged, key: publicKey, keyId: publicKey.slice(0, 16) };
    assert.equal((await verifyUpdate(JSON.stringify(claimed), pinned, cse)).reason, 'bad signature');
  });

  it('never takes the freshness key as a content key, even when the file names it with its label', async () => {
    const file = JSON.parse(await signed(newerBriefing(), { signingKeys: freshnessKeys }));
    const labelled = { ...file, key: `fresh:${freshnessKey}` };
    const verdict = await verifyUpdate(JSON.stringify(labelled), pinned, cse);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.reason, 'malformed', 'a labelled key is found but is no base64url: it cannot be imported');
  });

  it('refuses every file when the page pins no freshness key (a content key alone, as pages before this release)', async () => {
    assert.equal((await verifyUpdate(await signed(newerBriefing()), publicKey, cse)).reason, 'fresh:other key');
  });

  it('takes a file signed by either of two pinned content keys, in either order, however spaced', async () => {
    const file = await signed(newerBriefing());
    for (const keysText of [`${publicKey} ${otherPublicKey} fresh:${freshnessKey}`, `fresh:${freshnessKey} ${otherPublicKey} ${publicKey}`, `  ${otherPublicKey}\n ${publicKey}\tfresh:${freshnessKey} `]) {
      const verdict = await verifyUpdate(file, keysText, cse);
      assert.equal(verdict.ok, true, verdict.reason);
    }
    assert.equal((await verifyUpdate(file, '   ', cse)).reason, 'malformed');
  });

  it('takes a record that passed its expires less than a day ago: a reader\'s clock may be a day ahead', async () => {
    const verdict = await verifyUpdate(await signed(newerBriefing(), { expires: new Date(Date.now() - 23 * 3_600_000).toISOString() }), pinned, cse);
    assert.equal(verdict.ok, true, verdict.reason);
  });

  it('reads the same file as scripts released before the freshness key did: the content key and its own expires', async () => {
    // What such a script ran (verify.ts before this release): the key by keyId, the signature
    // over the briefing text, the briefing's own expires. The file keeps every field it read.
    const file = JSON.parse(await signed(newerBriefing()));
    assert.equal(file.format, 1);
    assert.equal(file.keyId, publicKey.slice(0, 16));
    const key = await crypto.subtle.importKey('raw', content.fromBase64Url(publicKey), content.signingAlgorithm, false, ['verify']);
    assert.ok(await crypto.subtle.verify(content.signingAlgorithm, key, content.fromBase64Url(file.signature), new TextEncoder().encode(file.briefing)));
    assert.equal(JSON.parse(file.briefing).expires, inTwoWeeks);
    // The label is no key id of an old script's: it finds the content key and ignores the other.
    const oldScriptKeys = pinned.match(/\S+/g);
    assert.deepEqual(oldScriptKeys.filter((pinnedKey) => pinnedKey.slice(0, 16) === file.keyId), [publicKey]);
  });
});

describe('the one rule set (briefingProblem), which the release commands and the page both run', () => {
  const { briefingProblem, validateBriefing } = content;
  /** The CSE briefing as a signed file holds it. */
  const signedCse = () => ({ ...structuredClone(content.cse), expires: inTwoWeeks });

  it('accepts every built-in briefing once it has an expires', () => {
    for (const topic of content.knownTopics) {
      const briefing = content.getBriefing(topic).briefing;
      const result = validateBriefing({ ...JSON.parse(JSON.stringify(briefing)), expires: inTwoWeeks }, briefing);
      assert.equal(result.ok, true, result.reason);
    }
  });

  // Each change, and the path of the field the rule set must name (`shape` where a field is missing or of the wrong type).
  const broken = {
    'a missing version': [(b) => delete b.version, 'shape'],
    'no expires': [(b) => delete b.expires, 'shape'],
    'a warning sign that is not text': [(b) => (b.warningSigns[0] = 7), 'shape'],
    'a reporting route of an unknown urgency': [(b) => (b.reportingRoutes[0].urgency = 'whenever'), 'shape'],
    'a block of an unknown kind': [(b) => b.sections[0].body.push({ kind: 'script', text: 'x' }), 'shape'],
    'a contact without a name': [(b) => delete b.contacts[2].name, 'shape'],
    'six sections': [(b) => b.sections.pop(), 'sections'],
    'sections out of order': [(b) => b.sections.reverse(), 'sections'],
    'another topic': [(b) => (b.topic = 'other'), 'topic'],
    'a version of 99': [(b) => (b.version = '99'), 'version'],
    'a version with a pre-release part': [(b) => (b.version = '1.2.3-beta'), 'version'],
    'a review date of 30 February': [(b) => (b.reviewed = '2026-02-30'), 'reviewed'],
    'a review-due date that is not a date': [(b) => (b.reviewDue = 'next year'), 'reviewDue'],
    'an expires that is not an instant': [(b) => (b.expires = 'soon'), 'expires'],
    'an expires of 2124': [(b) => (b.expires = '2124-01-01T00:00:00Z'), 'expires'],
    'an expires that passed two days ago': [(b) => (b.expires = new Date(Date.now() - 2 * day).toISOString()), 'expires'],
    'office hours of 25:00': [(b) => (b.officeHours.closes = '25:00'), 'officeHours.closes'],
    'office hours of 9am': [(b) => (b.officeHours.opens = '9am'), 'officeHours.opens'],
    'a time zone nobody knows': [(b) => (b.officeHours.timeZone = 'Mars/Olympus'), 'officeHours.timeZone'],
    'a website that is not https:': [(b) => (b.publisher.website.href = 'http://example.org'), 'publisher.website.href'],
    'a data: website': [(b) => (b.publisher.website.href = 'data:text/html,<script>alert(1)</script>'), 'publisher.website.href'],
    'a javascript: resource': [(b) => (b.resources[1].href = 'javascript:alert(1)'), 'resources[1].href'],
    'a resource link with a space that could hide a scheme': [(b) => (b.resources[0].href = 'https://example.org/ javascript:x'), 'resources[0].href'],
    'a resource link in capitals (JAVASCRIPT:)': [(b) => (b.resources[0].href = 'JAVASCRIPT:alert(1)'), 'resources[0].href'],
    'a dial of 101,javascript:alert(1)': [(b) => (b.contacts[3].phone.dial = '101,javascript:alert(1)'), 'contacts[3].phone.dial'],
    'a dial in words': [(b) => (b.contacts[0].phone.dial = 'call us'), 'contacts[0].phone.dial'],
    'an email with a subject for mailto:': [(b) => (b.contacts[4].email = 'x@example.org?subject=hi'), 'contacts[4].email'],
    'an email with markup': [(b) => (b.contacts[4].email = '<b>x</b>@example.org'), 'contacts[4].email'],
    'a contact id with a space (a part name)': [
      (b) => {
        // And the contact block that names it, so that only the id is wrong.
        b.sections.flatMap((section) => section.body).find((block) => block.contactId === b.contacts[4].id).contactId = 'cse team';
        b.contacts[4].id = 'cse team';
      },
      'contacts[4].id',
    ],
    'a route to a contact that does not exist': [(b) => (b.reportingRoutes[1].contactId = 'nobody'), 'reportingRoutes[1].contactId'],
    'a contact block for a contact that does not exist': [
      (b) => (b.sections.flatMap((section) => section.body).find((block) => block.kind === 'contact').contactId = 'nobody'),
      /^sections\[\d\]\.body\[\d\]\.contactId$/,
    ],
    'office hours that route to nobody': [(b) => (b.officeHours.closedRoute = 'nobody'), 'officeHours.closedRoute'],
  };
  for (const [name, [breakIt, field]] of Object.entries(broken)) {
    it(`refuses ${name}, naming ${field}`, () => {
      const briefing = signedCse();
      breakIt(briefing);
      const problem = briefingProblem(briefing, content.cse);
      if (field instanceof RegExp) assert.match(problem, field);
      else assert.equal(problem, field);
      assert.equal(validateBriefing(briefing, content.cse).ok, false);
    });
  }

  it('accepts markup in words: the renderers write it as text', () => {
    const briefing = signedCse();
    briefing.sections[0].title = '<script>alert(1)</script>';
    briefing.warningSigns[0] = '<img src=x onerror=alert(1)>';
    assert.equal(briefingProblem(briefing, content.cse), undefined);
  });

  it('takes a later release that adds bank holidays, a resource without an address and a field', () => {
    const briefing = signedCse();
    briefing.officeHours.closedDays.added.push({ date: '2028-06-07', name: 'An extra bank holiday' });
    briefing.resources.push({ id: 'new', name: 'A new resource', href: 'https://example.org' }, { id: 'no-address', name: 'Named only' });
    briefing.newField = { any: 'thing' };
    const result = validateBriefing(briefing, content.cse);
    assert.equal(result.ok, true, result.reason);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'cse', 42, []]) assert.equal(validateBriefing(value, content.cse).ok, false);
  });

  it('runs the same rules at release, with the release-only rows (releaseRules) after them', () => {
    assert.equal(content.releaseProblem(signedCse(), content.cse), undefined);
    const briefing = signedCse();
    briefing.contacts[0].phone.dial = 'javascript:alert(1)';
    assert.equal(content.releaseProblem(briefing, content.cse), briefingProblem(briefing, content.cse));
  });
});

describe('readCapped: the response body, read no further than the cap', () => {
  const { readCapped } = content;

  /** A body of `chunks` chunks of `size` bytes, that counts how many were pulled and whether it was cancelled. */
  function countingBody(chunks, size) {
    const seen = { pulled: 0, cancelled: false };
    const stream = new ReadableStream({
      pull(controller) {
        if (seen.pulled === chunks) return controller.close();
        seen.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
      cancel() {
        seen.cancelled = true;
      },
    }, { highWaterMark: 0 });
    return { stream, seen };
  }

  it('reads a body within the cap as UTF-8 text', async () => {
    assert.equal(await readCapped(new Response('{"café":"☕"}'), 100), '{"café":"☕"}');
  });

  it('stops at the chunk that crosses the cap and cancels the rest', async () => {
    const { stream, seen } = countingBody(1000, 10_000);
    await assert.rejects(readCapped(new Response(stream), 100_000), (reason) => reason === 'too large');
    assert.equal(seen.pulled, 11, 'chunks read: ten within the cap, the eleventh crosses it');
    assert.equal(seen.cancelled, true);
  });

  it('reads no further than the cap whatever the Content-Length says: one chunk past it at most', async () => {
    const { stream, seen } = countingBody(1000, 10_000);
    const response = new Response(stream, { headers: { 'content-length': '10000000' } });
    await assert.rejects(readCapped(response, 100_000), (reason) => reason === 'too large');
    assert.equal(seen.pulled, 11);
    assert.equal(seen.cancelled, true);
  });

  it('does not trust a Content-Length that is too small', async () => {
    const { stream } = countingBody(20, 10_000);
    const response = new Response(stream, { headers: { 'content-length': '10' } });
    await assert.rejects(readCapped(response, 100_000), (reason) => reason === 'too large');
  });

  it('takes a body of exactly the cap', async () => {
    const { stream } = countingBody(10, 10_000);
    assert.equal((await readCapped(new Response(stream), 100_000)).length, 100_000);
  });
});

describe('expiry, judged with a tolerance for a clock that is ahead', () => {
  const expires = '2026-12-15T12:00:00Z';
  const at = (instant) => content.isPastExpiry({ expires }, Date.parse(instant));

  it('is not past until a day after expires', () => {
    assert.equal(at('2026-12-15T12:00:01Z'), false);
    assert.equal(at('2026-12-16T12:00:00Z'), false);
    assert.equal(at('2026-12-16T12:00:01Z'), true);
    assert.equal(content.clockTolerance, 86_400_000);
  });

  it('never calls the built-in content (no expires) past it', () => {
    assert.equal(content.isPastExpiry(content.cse, Date.parse('2099-01-01T00:00:00Z')), false);
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

describe('static HTML of a briefing with markup in every word', () => {
  /** Every string of `value` with markup put in it (numbers, ids, links and bank holidays stay as they are). */
  function withMarkup(value, key = '') {
    // Bank-holiday names the rule set refuses with markup (bank-holidays.test.mjs): plain text only.
    if (key === 'closedDays') return value;
    if (Array.isArray(value)) return value.map((item) => withMarkup(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withMarkup(item, name)]));
    // `display` too: the rule set holds the number shown to the number dialled.
    const kept = ['id', 'contactId', 'kind', 'urgency', 'href', 'display', 'dial', 'email', 'date', 'knownUntil', 'timeZone', 'opens', 'closes', 'openRoute', 'closedRoute', 'topic', 'lang', 'version', 'reviewed', 'reviewDue'];
    const markup = ' <img src=x onerror="alert(1)"><script>alert(1)</script>';
    // Within the text's cap (the rule set's `textCaps`): the words are cut to make room.
    const cap = content.textCaps[key] ?? content.defaultTextCap;
    return typeof value === 'string' && !kept.includes(key) ? `${value.slice(0, cap - markup.length)}${markup}` : value;
  }

  it('writes it as text: only its own elements, and links only to https:, tel: and mailto:', () => {
    const briefing = withMarkup(structuredClone(content.cse));
    assert.equal(content.briefingProblem({ ...briefing, expires: new Date().toISOString() }, content.cse), undefined, 'the rule set takes markup in words');
    const html = [content.staticBriefingHtml(briefing), ...content.saferSevenTags.map((tag) => content.fallbackHtml(briefing, tag))].join('\n');
    const elements = new Set([...html.matchAll(/<([a-z][a-z\d]*)/g)].map((match) => match[1]));
    assert.deepEqual([...elements].filter((name) => !['article', 'h2', 'h3', 'p', 'span', 'section', 'ul', 'ol', 'li', 'a', 'br', 'div'].includes(name)), []);
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;'), 'the markup is there, escaped');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(https:\/\/\S+|tel:(\+\d+|\d{3})|mailto:[\w.+-]+@[\w.-]+)$/);
    assert.doesNotMatch(html.replace(/<[a-z][^>]*>|<\/[a-z\d]+>/g, ''), /[<>"]/, 'no < > or " outside its own tags');
  });
});
