// The drop-in files' copy of the briefing: without the fields no element renders
// (rollup.config.mjs, unrenderedFields), with every word an element shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { content, repositoryRoot } from './content.mjs';

const { cse } = content;

for (const file of ['safer-seven.min.js', 'safer-seven-updates.min.js']) {
  describe(`the briefing in ${file}`, () => {
    const bundle = readFileSync(`${repositoryRoot}packages/elements/dist/${file}`, 'utf8');

    it('leaves out where the words come from, the short names, the purposes, resource ids and the region', () => {
      for (const text of [cse.source.file, cse.source.title, `"${cse.shortTitle}"`, `"${cse.publisher.shortName}"`, ...cse.contacts.map((contact) => `purpose:"${contact.purpose}"`), ...cse.resources.map((resource) => `"${resource.id}"`), cse.officeHours.closedDays.region]) {
        assert.ok(!bundle.includes(text), `${file} holds ${text}`);
      }
    });

    it('keeps every word and number an element shows', () => {
      const shown = [
        cse.title,
        cse.series,
        cse.publisher.name,
        cse.publisher.social.handle,
        ...cse.warningSigns,
        ...cse.contacts.flatMap((contact) => [contact.name, contact.phone?.display, contact.phone?.dial, contact.email, contact.hoursText]),
        ...cse.resources.flatMap((resource) => [resource.name, resource.href]),
        ...cse.officeHours.closedDays.added.map((day) => day.name),
      ];
      for (const text of shown.filter(Boolean)) assert.ok(bundle.includes(text.replace(/"/g, '\\"')), `${file} lacks ${text}`);
    });
  });
}
