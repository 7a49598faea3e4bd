// `npm run content:review -- --base <ref>`: what the approver of a change reads. Each part as a
// reader reads it, before and after, with every number beside the number it dials; the rules'
// verdict in plain words. Expected facts come from the content package's own data file.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { dataFile, lineDiff, readersText, review } from '../../scripts/content-review.mjs';
import { content, repositoryRoot } from './content.mjs';

const data = () => JSON.parse(readFileSync(join(repositoryRoot, dataFile), 'utf8'));

describe('npm run content:review', () => {
  it('says "No change" for every part when nothing changed, and passes', () => {
    const { markdown, ok } = review({ content, before: data(), after: data(), base: 'main' });
    assert.equal(ok, true);
    assert.equal(markdown.match(/^No change\.$/gm)?.length, 4, markdown);
    assert.match(markdown, /No field changed\./);
  });

  it('shows a changed number before and after in report-it and the whole briefing, with the number each dials', () => {
    const before = data();
    const after = data();
    const outOfHours = after.contacts.find((contact) => contact.id === after.officeHours.closedRoute);
    const old = { ...outOfHours.phone };
    outOfHours.phone = { display: '0306 999 0123', dial: '+443069990123' };
    const { markdown, ok } = review({ content, before, after, base: 'main' });
    assert.equal(ok, true, markdown);
    const removed = markdown.split('\n').filter((line) => line.startsWith('- ') && line.includes(`${old.display} [dials ${old.dial}]`));
    const added = markdown.split('\n').filter((line) => line.startsWith('+ ') && line.includes('0306 999 0123 [dials +443069990123]'));
    // Report it and the whole briefing; the contacts panel (point 6) does not show this contact.
    assert.equal(removed.length, 2, markdown);
    assert.equal(added.length, 2, markdown);
    assert.match(markdown, new RegExp(`contacts\\[\\d\\]\\.phone\\.display: "${old.display}" -> "0306 999 0123"`));
  });

  it('refuses a number that dials another, in plain words, and the command fails', async () => {
    const after = data();
    after.contacts.find((contact) => contact.id === after.officeHours.closedRoute).phone = { display: '999', dial: '+447700900666' };
    const { markdown, ok } = review({ content, before: data(), after, base: 'main' });
    assert.equal(ok, false);
    assert.match(markdown, /\*\*Refused by the rules:\*\* The number shown and the number dialled differ/);
    // The reviewer sees it too: the shown number with the number it would dial.
    assert.match(markdown, /^\+ .*999 \[dials \+447700900666\]/m);
  });

  it('reads text as a reader does, and diffs it line by line', () => {
    assert.deepEqual(readersText('<ul><li>Call <a href="tel:+443005550050">0300 555 0050</a> &amp; ask</li></ul><p>See <a href="https://example.org/">this</a></p>'), [
      '- Call 0300 555 0050 [dials +443005550050] & ask',
      'See this [https://example.org/]',
    ]);
    assert.deepEqual(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c']), ['  a', '- b', '+ x', '  c']);
  });

  it('runs as a command against a git ref: no change from HEAD passes', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/content-review.mjs', '--base', 'HEAD'], { cwd: repositoryRoot });
    assert.match(stdout, /^## What readers will see: packages\/content\/data\/cse\.json, against HEAD/);
  });
});
