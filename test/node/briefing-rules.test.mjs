// Issue 22: the one rule set's rules on what a reader sees (validate.ts): the number shown is the
// number dialled; every text is plain text within its cap; every list within its cap. The page
// (briefingProblem, in the updates drop-in) and the release (releaseProblem, in content:release and
// content:prepare) refuse each, naming the field; problemInPlainWords says it for staff. The
// data file (packages/content/data/cse.json) is the content package's briefing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { content, repositoryRoot } from './content.mjs';

const { cse, briefingProblem, releaseProblem, problemInPlainWords, fieldInPlainWords, textCaps, defaultTextCap, listCaps, defaultListCap } = content;

/** The built-in briefing as a signed file carries it: with an `expires`. */
const signedCse = () => ({ ...structuredClone(cse), expires: '2027-01-01T00:00:00Z' });

/** The problem of the built-in briefing with `change` made, on the page and at release (the same). */
function problemWith(change) {
  const briefing = signedCse();
  change(briefing);
  const onThePage = briefingProblem(briefing, cse);
  assert.equal(releaseProblem(briefing, cse), onThePage, 'the release names the same field as the page');
  return onThePage;
}

describe('the data file packages/content/data/cse.json', () => {
  it('is the content package briefing, field for field', () => {
    assert.deepEqual(JSON.parse(readFileSync(`${repositoryRoot}packages/content/data/cse.json`, 'utf8')), structuredClone(cse));
  });

  it('passes the one rule set, as the release runs it', () => {
    assert.equal(releaseProblem(signedCse(), cse), undefined);
  });
});

describe('the number shown is the number dialled', () => {
  const phone = (display, dial) => (briefing) => (briefing.contacts[0].phone = { ...briefing.contacts[0].phone, display, dial });

  for (const [display, dial] of [
    ['0300 555 0050', '+443005550050'],
    ['01384 817777', '+441384817777'],
    ['+44 300 555 0050', '+443005550050'],
    ['999', '999'],
    ['101', '101'],
  ]) {
    it(`takes "${display}" dialled ${dial}`, () => assert.equal(problemWith(phone(display, dial)), undefined));
  }

  for (const [display, dial] of [
    ['999', '+447700900666'],
    ['0300 555 0050', '+443005550051'],
    ['0300 555 0050', '+4403005550050'],
    ['101', '999'],
    ['0300-555-0050', '+443005550050'],
  ]) {
    it(`refuses "${display}" dialled ${dial}, naming contacts[0].phone`, () => assert.equal(problemWith(phone(display, dial)), 'contacts[0].phone'));
  }

  it('refuses a right-to-left override that shows 0300 555 0050 and dials another, naming the number shown', () => {
    assert.equal(problemWith(phone('\u202e0500 555 0030', '+447700900666')), 'contacts[0].phone.display');
  });
});

describe('every text is plain text', () => {
  const characters = {
    'left-to-right mark U+200E': '\u200e',
    'right-to-left mark U+200F': '\u200f',
    'embeddings and overrides U+202A to U+202E': '\u202a\u202b\u202c\u202d\u202e',
    'isolates U+2066 to U+2069': '\u2066\u2067\u2068\u2069',
    'Arabic letter mark U+061C': '\u061c',
    'zero-width space U+200B': '\u200b',
    'zero-width non-joiner U+200C': '\u200c',
    'zero-width joiner U+200D': '\u200d',
    'word joiner U+2060': '\u2060',
    'byte order mark U+FEFF': '\ufeff',
    'NUL': '\u0000',
    'bell': '\u0007',
    'line feed': '\n',
    'delete U+007F': '\u007f',
    'a C1 control U+0085': '\u0085',
    'soft hyphen U+00AD': '\u00ad',
  };
  for (const [name, character] of Object.entries(characters)) {
    for (const [field, change] of [
      ['warningSigns[2]', (briefing) => (briefing.warningSigns[2] = `Becoming${character} more secretive`)],
      ['sections[1].title', (briefing) => (briefing.sections[1].title = `Why it${character} matters`)],
      ['contacts[1].name', (briefing) => (briefing.contacts[1].name = `Emergency${character} Duty Team`)],
      ['reportingRoutes[2].before', (briefing) => (briefing.reportingRoutes[2].before = `${character}Out of office hours`)],
    ]) {
      it(`refuses a ${name} in ${field}`, () => assert.equal(problemWith(change), field));
    }
  }

  it('refuses an empty text', () => assert.equal(problemWith((briefing) => (briefing.warningSigns[0] = '')), 'warningSigns[0]'));

  it('takes the words of the leaflet with apostrophes, slashes, brackets and markup as text', () => {
    assert.equal(problemWith((briefing) => (briefing.warningSigns[0] = "Change in appearance/to look older (they wouldn't) <b>")), undefined);
  });
});

describe('every text within its cap', () => {
  const cases = [
    ['sections[0].body[0].text', 'text', (briefing, text) => (briefing.sections[0].body[0].text = text)],
    ['sections[2].body[0].items[0]', 'items', (briefing, text) => (briefing.sections[2].body[0].items[0] = text)],
    ['warningSigns[0]', 'warningSigns', (briefing, text) => (briefing.warningSigns[0] = text)],
    ['contacts[0].name', 'name', (briefing, text) => (briefing.contacts[0].name = text)],
    ['sections[6].title', 'title', (briefing, text) => (briefing.sections[6].title = text)],
  ];
  for (const [field, key, change] of cases) {
    const cap = textCaps[key] ?? defaultTextCap;
    it(`takes ${cap} characters in ${field} and refuses ${cap + 1}`, () => {
      assert.equal(problemWith((briefing) => change(briefing, 'a'.repeat(cap))), undefined);
      assert.equal(problemWith((briefing) => change(briefing, 'a'.repeat(cap + 1))), field);
    });
  }

  it('holds the leaflet longest words well within the caps', () => {
    assert.ok(Math.max(...cse.warningSigns.map((sign) => sign.length)) < defaultTextCap);
  });
});

describe('every list within its cap, to fit a one-page leaflet', () => {
  const cases = [
    ['warningSigns', (briefing, count) => (briefing.warningSigns = Array.from({ length: count }, (_, index) => `Sign ${index}`))],
    ['contacts', (briefing, count) => (briefing.contacts = [...briefing.contacts, ...Array.from({ length: count - briefing.contacts.length }, () => briefing.contacts[2])])],
    ['resources', (briefing, count) => (briefing.resources = Array.from({ length: count }, () => briefing.resources[0]))],
    ['sections[0].body', (briefing, count) => (briefing.sections[0].body = Array.from({ length: count }, () => briefing.sections[0].body[0]))],
    ['sections[2].body[0].items', (briefing, count) => (briefing.sections[2].body[0].items = Array.from({ length: count }, (_, index) => `Item ${index}`))],
    ['officeHours.closedDays.added', (briefing, count) => (briefing.officeHours.closedDays.added = Array.from({ length: count }, (_, index) => ({ date: `2030-01-${String(index + 1).padStart(2, '0')}`, name: 'An extra day' })))],
  ];
  for (const [field, change] of cases) {
    const cap = listCaps[field.replace(/.*\./, '')] ?? defaultListCap;
    it(`takes ${cap} in ${field} and refuses ${cap + 1}`, () => {
      const atCap = signedCse();
      change(atCap, cap);
      assert.equal(briefingProblem(atCap, cse), undefined);
      assert.equal(problemWith((briefing) => change(briefing, cap + 1)), field);
    });
  }

  it('refuses 2,000 warning signs, naming warningSigns', () => {
    assert.equal(problemWith((briefing) => (briefing.warningSigns = Array.from({ length: 2000 }, (_, index) => `Sign ${index}`))), 'warningSigns');
  });
});

describe('the release (content:release, content:prepare) refuses review points 3 and 4, naming the field', () => {
  const reviewPoints = {
    'contacts[3].phone': (briefing) => (briefing.contacts[3].phone = { display: '999', dial: '+447700900666' }),
    'contacts[0].phone.display': (briefing) => (briefing.contacts[0].phone = { display: '\u202e0500 555 0030', dial: '+447700900666' }),
    'warningSigns[2]': (briefing) => (briefing.warningSigns[2] = 'Becoming\u200b more secretive'),
    warningSigns: (briefing) => (briefing.warningSigns = Array.from({ length: 2000 }, (_, index) => `Sign ${index}`)),
  };
  for (const [field, change] of Object.entries(reviewPoints)) {
    it(`refuses ${field}`, () => {
      const briefing = structuredClone(cse);
      change(briefing);
      // What both release commands check before anything is signed: the briefing as it will be
      // released (bank holidays written out, an expires), against the built-in model.
      const released = { ...content.withDaysWrittenOut(briefing), expires: new Date(Date.now() + 31 * 86_400_000).toISOString() };
      assert.equal(content.releaseProblem(JSON.parse(JSON.stringify(released)), cse), field);
    });
  }
});

describe('problems in plain words, for staff (problemInPlainWords)', () => {
  it('says the number shown and the number dialled differ', () => {
    assert.match(problemInPlainWords('contacts[3].phone'), /^The number shown and the number dialled differ\./);
    assert.match(problemInPlainWords('invalid contacts[3].phone'), /^The number shown and the number dialled differ\./);
  });

  it('says which rule a text broke, given the briefing', () => {
    const briefing = signedCse();
    briefing.warningSigns[2] = 'Becoming\u200b more secretive';
    assert.match(problemInPlainWords('warningSigns[2]', briefing), /not plain text/);
    briefing.warningSigns[2] = 'a'.repeat(200);
    assert.match(problemInPlainWords('warningSigns[2]', briefing), /too long: at most 120 characters.*it has 200/);
    briefing.warningSigns = Array(16).fill('Sign');
    assert.match(problemInPlainWords('warningSigns', briefing), /too many warning signs: at most 15/);
  });

  it('has words for every problem the rule set names in these tests', () => {
    for (const problem of ['shape', 'contacts[0].phone.dial', 'resources[1].href', 'version', 'officeHours.opens', 'officeHours.closedDays.added[5].date', 'officeHours.closedDays.removed[2]', 'sections']) {
      assert.ok(problemInPlainWords(problem).length > 20, problem);
      assert.doesNotMatch(problemInPlainWords(problem), /undefined/, problem);
    }
  });

  it('says where a problem is', () => {
    assert.equal(fieldInPlainWords('contacts[0].phone.dial'), 'contact 1, phone, number to dial');
    assert.equal(fieldInPlainWords('warningSigns[2]'), 'warning sign 3');
  });
});
