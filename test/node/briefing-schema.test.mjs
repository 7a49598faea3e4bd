// Issue 22, point 1: the data file's JSON Schema (packages/content/data/briefing.schema.json),
// checked three ways: the data file passes it (ajv); it holds the TypeScript types (`Briefing`
// in packages/content/src/types.ts, read with the TypeScript compiler: the same fields, the
// same optional ones, the same kinds, ids and urgencies); and whatever the one rule set refuses
// that a schema can say, the schema refuses too (every text too long or not plain, every list
// too long, each field's own rule), so the editor's form refuses what the page would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { content, repositoryRoot } from './content.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

const { cse, briefingProblem, textCaps, defaultTextCap, listCaps, defaultListCap } = content;
const schema = JSON.parse(readFileSync(`${repositoryRoot}packages/content/data/briefing.schema.json`, 'utf8'));
const data = JSON.parse(readFileSync(`${repositoryRoot}packages/content/data/cse.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Why the schema refuses `value`, or `undefined` when it takes it. */
const schemaProblem = (value) => (validate(value) ? undefined : JSON.stringify(validate.errors.slice(0, 2)));

/** Every string and list of `value` with its path (`contacts[0].phone.dial`) and field name. */
function fieldsOf(value, path = '', key = '') {
  if (typeof value === 'string') return [{ path, key, kind: 'text' }];
  if (Array.isArray(value)) return [{ path, key, kind: 'list' }, ...value.flatMap((item, index) => fieldsOf(item, `${path}[${index}]`, key))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => fieldsOf(item, path ? `${path}.${name}` : name, name));
  return [];
}

/** `briefing` with the field at `path` given `change(value)`. */
function changed(briefing, path, change) {
  const copy = structuredClone(briefing);
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  const last = keys.pop();
  const holder = keys.reduce((field, key) => field[key], copy);
  holder[last] = change(holder[last]);
  return copy;
}

/** The data as a signed file carries it (the rule set requires `expires`; the data file has none). */
const signed = (briefing) => ({ ...briefing, expires: '2027-01-01T00:00:00Z' });

describe('the data file and its schema', () => {
  it('passes the schema (ajv, JSON Schema 2020-12, strict)', () => {
    assert.equal(schemaProblem(data), undefined);
  });

  it('passes it as a signed file carries it, with expires and the bank holidays written out', () => {
    assert.equal(schemaProblem(content.withDaysWrittenOut(signed(data))), undefined);
  });
});

describe('what the rule set refuses, the schema refuses too', () => {
  const fields = fieldsOf(data);

  it(`refuses each of the ${fields.filter((field) => field.kind === 'text').length} texts one character past its cap`, () => {
    for (const { path, key, kind } of fields) {
      if (kind !== 'text') continue;
      const cap = textCaps[key] ?? defaultTextCap;
      const briefing = changed(data, path, () => 'a'.repeat(cap + 1));
      assert.ok(briefingProblem(signed(briefing), cse), `the rule set takes ${path} of ${cap + 1}`);
      assert.ok(schemaProblem(briefing), `the schema takes ${path} of ${cap + 1}`);
    }
  });

  it('refuses each text with a bidi override, a zero-width space or a control character in it', () => {
    for (const character of ['\u202e', '\u200b', '\u0007', '\u2066', '\ufeff']) {
      for (const { path, kind } of fields) {
        if (kind !== 'text') continue;
        const briefing = changed(data, path, (text) => `${text.slice(0, 1)}${character}${text.slice(1)}`);
        assert.ok(briefingProblem(signed(briefing), cse), `the rule set takes U+${character.codePointAt(0).toString(16)} in ${path}`);
        assert.ok(schemaProblem(briefing), `the schema takes U+${character.codePointAt(0).toString(16)} in ${path}`);
      }
    }
  });

  it('refuses each list one item past its cap', () => {
    for (const { path, key, kind } of fields) {
      if (kind !== 'list' || key === 'weekdays') continue;
      const cap = listCaps[key] ?? defaultListCap;
      const briefing = changed(data, path, (items) => Array.from({ length: cap + 1 }, (_, index) => items[index % items.length]));
      assert.ok(briefingProblem(signed(briefing), cse), `the rule set takes ${cap + 1} in ${path}`);
      assert.ok(schemaProblem(briefing), `the schema takes ${cap + 1} in ${path}`);
    }
  });

  const fieldRules = {
    'a dial that is not E.164': ['contacts[0].phone.dial', '101,javascript:alert(1)'],
    'an http: link': ['resources[1].href', 'http://example.org/'],
    'a javascript: link': ['publisher.website.href', 'javascript:alert(1)'],
    'an email with a subject': ['contacts[4].email', 'CSE.Team@dudley.gov.uk?subject=x'],
    'a version that is not semver': ['version', '99'],
    'a date that is not ISO 8601': ['reviewed', '29 November 2026'],
    'a bank holiday on a date that is not ISO 8601': ['officeHours.closedDays.added[0].date', '8 May 2020'],
    'markup in a bank holiday name': ['officeHours.closedDays.added[0].name', 'Day <img src=x>'],
    'a time that is not HH:MM': ['officeHours.opens', '9am'],
    'a contact id with a space': ['contacts[4].id', 'cse team'],
    'a route to nobody': ['reportingRoutes[1].contactId', 'nobody'],
    'office hours that route to nobody': ['officeHours.closedRoute', 'nobody'],
    'an unknown urgency': ['reportingRoutes[0].urgency', 'whenever'],
    'an unknown kind of block': ['sections[0].body[0].kind', 'script'],
    'an unknown bank-holiday rule': ['officeHours.closedDays.rule', 'scotland'],
    'a point moved': ['sections[0].id', 'report-it'],
    'a warning sign that is not text': ['warningSigns[0]', 7],
    'a contact without a name': ['contacts[2].name', undefined],
  };
  for (const [name, [path, value]] of Object.entries(fieldRules)) {
    it(`refuses ${name} (${path})`, () => {
      const briefing = changed(data, path, () => value);
      assert.ok(briefingProblem(signed(briefing), cse), `the rule set takes ${name}`);
      assert.ok(schemaProblem(briefing), `the schema takes ${name}`);
    });
  }

  it('leaves to the rule set alone what a schema cannot say: the number shown is the number dialled', () => {
    const briefing = changed(data, 'contacts[3].phone', (phone) => ({ ...phone, dial: '+447700900666' }));
    assert.equal(briefingProblem(signed(briefing), cse), 'contacts[3].phone');
    assert.equal(schemaProblem(briefing), undefined);
  });
});

describe('the schema holds the TypeScript types (Briefing, read with the compiler)', () => {
  const program = ts.createProgram([`${repositoryRoot}packages/content/src/types.ts`], { strict: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(`${repositoryRoot}packages/content/src/types.ts`);
  const briefingType = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(source).exports.get('Briefing'));

  const resolve = (node) => (node.$ref ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')]) : node);
  /** The string values a type or a schema allows: a union of literals, or `string` for any. */
  const literalsOfType = (type) => (type.isUnion() ? type.types : [type]).map((part) => (part.isStringLiteral() ? part.value : part.flags & ts.TypeFlags.String ? 'string' : '?')).sort();
  const literalsOfSchema = (node) => (node.enum ?? (node.const !== undefined ? [node.const] : node.type === 'string' ? ['string'] : ['?'])).map(String).sort();

  /** Each difference between `type` and the schema `node`, at `path`. */
  function differences(type, node, path) {
    node = resolve(node);
    const nonNullable = checker.getNonNullableType(type);
    if (nonNullable.flags & ts.TypeFlags.StringLike || (nonNullable.isUnion() && nonNullable.types.every((part) => part.isStringLiteral()))) {
      const [want, have] = [literalsOfType(nonNullable), literalsOfSchema(node)];
      // A string the types leave open may be held to a pattern or a list (a contact id: ContactId).
      return JSON.stringify(want) === JSON.stringify(have) || (want[0] === 'string' && want.length === 1 && have.every((value) => value !== '?')) ? [] : [`${path}: ${want} in the types, ${have} in the schema`];
    }
    if (nonNullable.flags & ts.TypeFlags.NumberLike) return ['integer', 'number'].includes(node.type) || typeof node.const === 'number' ? [] : [`${path}: a number in the types`];
    if (checker.isArrayType(nonNullable)) {
      const element = checker.getTypeArguments(nonNullable)[0];
      if (node.type !== 'array') return [`${path}: a list in the types`];
      const items = node.prefixItems ? node.prefixItems.map((item) => item.allOf?.[0] ?? item) : [node.items];
      return items.flatMap((item, index) => differences(element, item, `${path}[${node.prefixItems ? index : '*'}]`));
    }
    if (nonNullable.isUnion()) {
      // Blocks: one schema of `oneOf` for each member, found by its `kind`.
      if (!node.oneOf) return [`${path}: a union in the types, no oneOf in the schema`];
      const kindOf = (member) => checker.getTypeOfSymbol(member.getProperty('kind')).value;
      const members = nonNullable.types;
      const problems = members.length === node.oneOf.length ? [] : [`${path}: ${members.length} kinds in the types, ${node.oneOf.length} in the schema`];
      return problems.concat(members.flatMap((member) => {
        const match = node.oneOf.find((option) => option.properties.kind.const === kindOf(member));
        return match ? differences(member, match, `${path}<${kindOf(member)}>`) : [`${path}: no schema for kind ${kindOf(member)}`];
      }));
    }
    if (node.type !== 'object') return [`${path}: an object in the types`];
    const properties = checker.getPropertiesOfType(nonNullable);
    const names = properties.map((property) => property.name).sort();
    const required = properties.filter((property) => !(property.flags & ts.SymbolFlags.Optional)).map((property) => property.name).sort();
    const problems = [];
    if (JSON.stringify(names) !== JSON.stringify(Object.keys(node.properties).sort())) problems.push(`${path}: fields ${names} in the types, ${Object.keys(node.properties).sort()} in the schema`);
    if (JSON.stringify(required) !== JSON.stringify([...node.required].sort())) problems.push(`${path}: required ${required} in the types, ${[...node.required].sort()} in the schema`);
    if (node.additionalProperties !== false) problems.push(`${path}: the schema takes other fields`);
    for (const property of properties) {
      if (node.properties[property.name]) problems.push(...differences(checker.getTypeOfSymbol(property), node.properties[property.name], path ? `${path}.${property.name}` : property.name));
    }
    return problems;
  }

  it('has the same fields, the same required ones, and the same kinds, ids and urgencies', () => {
    assert.deepEqual(differences(briefingType, schema, ''), []);
  });
});
