// The content desk as staff use it: the real editor (Decap CMS at the site's admin/, served by
// `npm run content:edit` against a throwaway checkout) in a real Chromium, fields found by their
// labels. It changes the out-of-hours number and sees the preview follow, saves (only the data
// file changes), is refused a number whose dial string differs from what it shows, and then the
// release signs the saved file and a host page that pins the key shows the new number.
//
// SAFER_SEVEN_DESK_SCREENSHOTS=docs/content-desk npm run test:node writes the screenshots that
// docs/content-desk.md shows; without it they go to a temporary folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { dataFile, startContentDesk } from '../../scripts/content-edit.mjs';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { content, repositoryRoot } from './content.mjs';
import { plainWordsFor } from '../../demo/admin/plain-words.js';

/** New numbers for the test, from Ofcom's range for drama (0306 999 0000 to 0999), which reaches no one. */
const newNumber = { display: '0306 999 0123', dial: '+443069990123' };
/** For the contact that point 6 names (the contacts panel shows only that one). */
const newHelpNumber = { display: '0306 999 0456', dial: '+443069990456' };

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=Content desk test', '-c', 'user.email=desk@example.invalid', ...args], { cwd, encoding: 'utf8' });

describe('the content desk (npm run content:edit)', () => {
  let savedText, checkout, desk, browser, page, screenshots, original, outOfHours, help;

  before(async () => {
    // A checkout holding the data file, as git has it, so that `git status` shows what a save changed.
    checkout = mkdtempSync(join(tmpdir(), 'safer-seven-desk-checkout-'));
    mkdirSync(join(checkout, 'packages/content/data'), { recursive: true });
    cpSync(join(repositoryRoot, dataFile), join(checkout, dataFile));
    git(checkout, 'init', '-q');
    git(checkout, 'add', '.');
    git(checkout, 'commit', '-qm', 'data');
    original = JSON.parse(readFileSync(join(checkout, dataFile), 'utf8'));
    // The out-of-hours route's contact, by the data's own office hours.
    outOfHours = original.contacts.find((contact) => contact.id === original.officeHours.closedRoute);
    // The contact of point 6, "where to get help": what the contacts panel shows.
    const helpId = original.sections.find((section) => section.id === 'where-to-get-help').body.find((block) => block.kind === 'contact').contactId;
    help = original.contacts.find((contact) => contact.id === helpId);
    screenshots = process.env.SAFER_SEVEN_DESK_SCREENSHOTS ? resolve(repositoryRoot, process.env.SAFER_SEVEN_DESK_SCREENSHOTS) : mkdtempSync(join(tmpdir(), 'safer-seven-desk-shots-'));
    mkdirSync(screenshots, { recursive: true });

    desk = await startContentDesk({ repo: checkout, port: 0 });
    browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs(), headless: true });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Nothing the desk loads comes from another origin (Decap CMS is served by the site itself).
    page.on('request', (request) => {
      if (!request.url().startsWith(desk.origin) && !/^(data|blob|about):/.test(request.url())) assert.fail(`the desk requested ${request.url()}`);
    });
    await page.goto(desk.url);
    await (await page.waitForSelector('::-p-text(Login)')).click();
    await page.goto(`${desk.url}#/collections/briefings/entries/cse`);
    await page.waitForSelector('label ::-p-text(Number as shown)');
  });

  after(async () => {
    await browser?.close();
    await desk?.close();
    rmSync(checkout, { recursive: true, force: true });
    if (!process.env.SAFER_SEVEN_DESK_SCREENSHOTS) rmSync(screenshots, { recursive: true, force: true });
  });

  /** The input that a label with exactly `text` names: the `nth` one at or after the input labelled `after` (if given). */
  async function inputLabelled(text, { after: afterInput } = {}) {
    const input = await page.evaluateHandle(
      (text, afterInput) => {
        const labelled = [...document.querySelectorAll('label')]
          .filter((label) => label.textContent.trim() === text && label.htmlFor)
          .map((label) => document.getElementById(label.htmlFor));
        return afterInput ? labelled.find((input) => afterInput.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING) : labelled[0];
      },
      text,
      afterInput,
    );
    assert.ok(await input.evaluate((element) => element instanceof HTMLInputElement), `an input labelled "${text}"`);
    return input;
  }

  /** The "Name" input whose value is `name`: where staff find a contact. */
  async function contactNamed(name) {
    const input = await page.evaluateHandle(
      (name) =>
        [...document.querySelectorAll('label')]
          .filter((label) => label.textContent.trim() === 'Name' && label.htmlFor)
          .map((label) => document.getElementById(label.htmlFor))
          .find((input) => input?.value === name),
      name,
    );
    assert.ok(await input.evaluate((element) => element instanceof HTMLInputElement), `a contact named ${name}`);
    return input;
  }

  async function replaceText(input, text) {
    await input.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await input.type(text);
  }

  /** The tel: links of one part of the preview (`closed`, `open`, or a preview tag), as the reader sees them. */
  function previewLinks(part) {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    return frame.evaluate((part) => {
      const element = document.querySelector(`[data-preview-part="${part}"]`);
      return [...(element?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => ({ text: link.textContent.trim(), href: link.getAttribute('href') }));
    }, part);
  }

  /** Clicks what shows exactly `text`, as a person clicks a button by its words. */
  async function clickText(text) {
    await page.waitForFunction((text) => [...document.querySelectorAll('body *')].some((element) => element.textContent.trim() === text && element.getClientRects().length), {}, text);
    const target = await page.evaluateHandle((text) => [...document.querySelectorAll('body *')].filter((element) => element.textContent.trim() === text && element.getClientRects().length).at(-1), text);
    await target.click();
  }

  /** Saves as staff do in the local desk: Publish, then Publish now. */
  async function save() {
    await clickText('Publish');
    await clickText('Publish now');
  }

  it('changes the out-of-hours number, and the preview shows it at once', async () => {
    const name = await contactNamed(outOfHours.name);
    await replaceText(await inputLabelled('Number as shown', { after: name }), newNumber.display);
    await replaceText(await inputLabelled('Number to dial', { after: name }), newNumber.dial);
    const helpName = await contactNamed(help.name);
    await replaceText(await inputLabelled('Number as shown', { after: helpName }), newHelpNumber.display);
    await replaceText(await inputLabelled('Number to dial', { after: helpName }), newHelpNumber.dial);
    // The out-of-hours panel, the contacts and the whole briefing, drawn by the real components.
    for (const part of ['closed', 'safer-seven-preview-briefing']) {
      await page.waitForFunction(() => true);
      let links = [];
      for (let tries = 0; tries < 50 && !links.some((link) => link.text === newNumber.display); tries++) {
        links = await previewLinks(part);
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.ok(links.some((link) => link.text === newNumber.display && link.href === `tel:${newNumber.dial}`), `${part}: ${JSON.stringify(links)}`);
      assert.ok(!links.some((link) => link.text === outOfHours.phone.display), `${part} no longer shows the old number`);
    }
    await page.screenshot({ path: join(screenshots, 'change-a-number.png') });
  });

  it('saves, and only the data file changes on disk', async () => {
    await save();
    let saved = original;
    for (let tries = 0; tries < 100 && saved.contacts.find((contact) => contact.id === outOfHours.id).phone.display !== newNumber.display; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      saved = JSON.parse(readFileSync(join(checkout, dataFile), 'utf8'));
    }
    assert.equal(git(checkout, 'status', '--porcelain', '--untracked-files=all'), ` M ${dataFile}\n`);
    // Nothing else in the file changed: the same data with the one number replaced.
    const expected = structuredClone(original);
    Object.assign(expected.contacts.find((contact) => contact.id === outOfHours.id).phone, newNumber);
    Object.assign(expected.contacts.find((contact) => contact.id === help.id).phone, newHelpNumber);
    assert.deepEqual(saved, expected);
    savedText = readFileSync(join(checkout, dataFile), 'utf8');
    await page.screenshot({ path: join(screenshots, 'saved.png') });
  });

  it('refuses a number that does not match its dial string, in plain words', async () => {
    const before = readFileSync(join(checkout, dataFile), 'utf8');
    const name = await contactNamed(outOfHours.name);
    const mismatch = { display: '999', dial: '+447700900666' };
    await replaceText(await inputLabelled('Number as shown', { after: name }), mismatch.display);
    await replaceText(await inputLabelled('Number to dial', { after: name }), mismatch.dial);
    // The message is the rule set's own, for the field it names.
    const bad = structuredClone(JSON.parse(before));
    Object.assign(bad.contacts.find((contact) => contact.id === outOfHours.id).phone, mismatch);
    const checked = { ...bad, expires: new Date(Date.now() + 86_400_000).toISOString() };
    const path = content.briefingProblem(checked, content.cse, content.releaseRules);
    assert.match(path ?? '', /^contacts\[\d+\]\.phone/, 'the rule set refuses the pair');
    const message = plainWordsFor(content, path, checked);
    assert.match(message, /number shown and the number dialled differ/i);
    await save();
    // At the phone number of that contact: after its name, before its number as shown.
    const shown = await inputLabelled('Number as shown', { after: name });
    await page.waitForFunction(
      (message, name, shown) =>
        [...document.querySelectorAll('body *')].some(
          (element) =>
            element.textContent.trim() === message &&
            name.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
            shown.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
        ),
      {},
      message,
      name,
      shown,
    );
    await page.screenshot({ path: join(screenshots, 'refused.png') });
    await new Promise((done) => setTimeout(done, 500));
    assert.equal(readFileSync(join(checkout, dataFile), 'utf8'), before, 'nothing was saved');
  });

  it('the release signs the saved file, and a host page that pins the keys shows the new numbers', async () => {
    // Two throwaway keys, made by the real command, outside the repository: the content key and
    // the freshness key (docs/trust-model.md).
    const work = mkdtempSync(join(tmpdir(), 'safer-seven-desk-release-'));
    let signed, publicKey;
    // Paths are read from where `npm run` was typed (INIT_CWD, set under npm test): the work folder.
    const run = (script, args) => execFileSync('node', [join(repositoryRoot, 'scripts', script), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, INIT_CWD: work, GITHUB_ACTIONS: '', GITHUB_OUTPUT: '' } });
    try {
      const keyOf = (name) => {
        const printed = run('content-keys.mjs', ['--out', join(work, `${name}.private.jwk`)]);
        const key = /^([\w-]{87})$/m.exec(printed)?.[1];
        assert.ok(key, printed);
        return key;
      };
      const pinned = `${keyOf('content')} fresh:${keyOf('freshness')}`;
      // The release as content-release.yml runs it: the prepared candidate (the data with its bank
      // holidays written out, as content:prepare writes it) signed by content:sign, which checks it
      // against the data file and sets the version from the last release; then content:freshness.
      const candidate = (briefing, name) => {
        writeFileSync(join(work, name), `${JSON.stringify(content.withDaysWrittenOut(briefing), null, 2)}\n`);
        return name;
      };
      writeFileSync(join(work, 'original.json'), `${JSON.stringify(original, null, 2)}\n`);
      const sign = (data, name, out, last) =>
        run('content-sign.mjs', ['--key', 'content.private.jwk', '--candidate', candidate(JSON.parse(readFileSync(data, 'utf8')), name), '--data', data, '--pinned', pinned, '--out', out, ...(last ? ['--last', last] : [])]);
      // The last release: the data before the desk's change.
      sign(join(work, 'original.json'), 'original.candidate.json', 'last.signed.json');
      // The desk's saved file: a changed fact, so the minor version goes up.
      const printed = sign(join(checkout, dataFile), 'saved.candidate.json', 'release.signed.json', 'last.signed.json');
      const [major, minor] = original.version.split('.').map(Number);
      assert.match(printed, new RegExp(`Signed cse ${major}\\.${minor + 1}\\.0 \\(fact`), printed);
      run('content-freshness.mjs', ['--key', 'freshness.private.jwk', '--last', 'release.signed.json', '--out', 'published.signed.json', '--pinned', pinned]);
      signed = JSON.parse(readFileSync(join(work, 'published.signed.json'), 'utf8'));
      publicKey = pinned;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }

    // A partner's page: the updates drop-in, three tags pinning the key, the signed file beside it.
    const files = {
      '/signed.json': [JSON.stringify(signed), 'application/json'],
      '/safer-seven-updates.min.js': [readFileSync(join(repositoryRoot, 'packages/elements/dist/safer-seven-updates.min.js')), 'text/javascript'],
      '/': [
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A partner</title><script src="safer-seven-updates.min.js" defer></script></head><body>
${['safer-seven-report-it', 'safer-seven-briefing', 'safer-seven-contacts'].map((tag) => `<${tag} updates="signed.json" updates-key="${publicKey}"></${tag}>`).join('\n')}
</body></html>`,
        'text/html',
      ],
    };
    const { createServer } = await import('node:http');
    const host = createServer((request, response) => {
      const [body, type] = files[new URL(request.url, 'http://host').pathname] ?? [];
      response.writeHead(body ? 200 : 404, { 'content-type': type ?? 'text/plain' }).end(body ?? '');
    });
    await new Promise((done) => host.listen(0, '127.0.0.1', done));
    const hostPage = await browser.newPage();
    try {
      // The same origin as the page (the drop-in takes https: or the page's own origin).
      await hostPage.goto(`http://127.0.0.1:${host.address().port}/`);
      const expected = { 'safer-seven-report-it': newNumber, 'safer-seven-briefing': newNumber, 'safer-seven-contacts': newHelpNumber };
      for (const [tag, number] of Object.entries(expected)) {
        await hostPage.waitForFunction(
          (tag, number) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].some((link) => link.textContent.trim() === number.display && link.getAttribute('href') === `tel:${number.dial}`),
          { timeout: 10_000 },
          tag,
          number,
        );
      }
    } finally {
      await hostPage.close();
      await new Promise((done) => host.close(done));
    }
  });

  it('as the site publishes it: GitHub sign-in, under its own policy, with nothing refused or failed', async () => {
    const published = await startContentDesk({ repo: checkout, port: 0, local: false });
    const sitePage = await browser.newPage();
    const problems = [];
    sitePage.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    sitePage.on('pageerror', (error) => problems.push(error.message));
    sitePage.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    try {
      await sitePage.goto(published.url);
      // Decap read and accepted config.yml (ajv, under 'unsafe-eval'), and offers GitHub sign-in.
      await sitePage.waitForSelector('::-p-text(Login with GitHub)');
      const policy = await sitePage.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.content);
      assert.match(policy, /script-src 'self' 'unsafe-eval';/);
      assert.deepEqual(problems, []);
    } finally {
      await sitePage.close();
      await published.close();
    }
  });
});
