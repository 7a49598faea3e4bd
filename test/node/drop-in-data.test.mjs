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

    it('leaves out the bank holidays added or removed before 2026, but the last of each as the model of a day', () => {
      const { added, removed } = cse.officeHours.closedDays;
      const past = (days) => days.filter((day) => day.date < '2026-01-01');
      assert.ok(past(added).length > 1 && past(removed).length > 1, 'the data has past days to leave out');
      for (const day of [...past(added).slice(0, -1), ...past(removed).slice(0, -1)]) assert.ok(!bundle.includes(`"${day.date}"`), `${file} holds ${day.date}`);
      // Their names, but those the rule gives every year too ("Spring bank holiday").
      const ruleNames = content.englandAndWalesBankHolidaysByRule(2026).map((day) => day.name);
      for (const day of past(added).filter((day) => !ruleNames.includes(day.name))) assert.ok(!bundle.includes(day.name), `${file} holds ${day.name}`);
      assert.ok(bundle.includes(`{date:"${past(added).at(-1).date}",name:""}`), `${file} lacks the model of an added day`);
      assert.ok(bundle.includes(`{date:"${past(removed).at(-1).date}"}`), `${file} lacks the model of a removed day`);
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
        // The bank holidays a page judges: from 2026 on (rollup.config.mjs, pastDayLists).
        ...cse.officeHours.closedDays.added.filter((day) => day.date >= '2026-01-01').map((day) => day.name),
      ];
      for (const text of shown.filter(Boolean)) assert.ok(bundle.includes(text.replace(/"/g, '\\"')), `${file} lacks ${text}`);
    });
  });
}
