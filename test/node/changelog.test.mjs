// The content changelog calls out every number, email and hours: while one of the current data's
// is missing from packages/content/CHANGELOG.md, a changed fact has not been written down.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { content, repositoryRoot } from './content.mjs';

const changelog = readFileSync(`${repositoryRoot}packages/content/CHANGELOG.md`, 'utf8');
const calledOut = (kind) => changelog.split('\n').filter((line) => line.startsWith(`- **${kind}**`)).join('\n');

describe('packages/content/CHANGELOG.md', () => {
  for (const topic of content.knownTopics) {
    const briefing = content.getBriefing(topic).briefing;

    it(`names ${topic} ${briefing.version}, the version the data carries`, () => {
      assert.ok(changelog.includes(`${topic} ${briefing.version}`), `no "${topic} ${briefing.version}" heading`);
    });

    it(`calls out every ${topic} number, email and hours on a line of its own`, () => {
      for (const contact of briefing.contacts) {
        if (contact.phone) assert.ok(calledOut('Number').includes(contact.phone.display), `**Number** line for ${contact.phone.display}`);
        if (contact.email) assert.ok(calledOut('Email').includes(contact.email), `**Email** line for ${contact.email}`);
        if (contact.hoursText) assert.ok(calledOut('Hours').includes(contact.hoursText), `**Hours** line for ${contact.hoursText}`);
      }
      const { opens, closes, timeZone } = briefing.officeHours;
      assert.ok(calledOut('Hours').includes(`${opens} to ${closes} ${timeZone}`), `**Hours** line for ${opens} to ${closes}`);
    });
  }
});
