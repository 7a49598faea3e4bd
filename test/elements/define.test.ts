import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SaferSevenBriefing } from '../../packages/elements/src/briefing/briefing.js';
import { SaferSevenContacts } from '../../packages/elements/src/contacts/contacts.js';
import { SaferSevenReportIt } from '../../packages/elements/src/report-it/report-it.js';
import { version } from '../../packages/elements/src/version.js';
import { SaferSevenWarningSigns } from '../../packages/elements/src/warning-signs/warning-signs.js';
import { renderTag, tags, telLinks, type SaferSevenTag } from './support/elements.js';
import { expectCalls, firstMessage } from './support/console.js';

// Registration: the first definition of a tag wins, a second copy never throws and says so
// once, and every class carries the version of its package.

const classes: Record<SaferSevenTag, CustomElementConstructor & { readonly version: string }> = {
  'safer-seven-briefing': SaferSevenBriefing,
  'safer-seven-warning-signs': SaferSevenWarningSigns,
  'safer-seven-report-it': SaferSevenReportIt,
  'safer-seven-contacts': SaferSevenContacts,
};

type DefineModule = typeof import('../../packages/elements/src/define/define-element.js');

let copies = 0;

/**
 * A fresh evaluation of a module, as a second copy of the package on the page would have:
 * its own module state (such as "already warned"), sharing nothing with the first copy.
 */
async function secondCopyOf<Module>(path: string): Promise<Module> {
  copies += 1;
  const url = new URL(`${path}?copy=${copies}`, import.meta.url).href;
  return (await import(url)) as Module;
}

for (const tag of tags) {
  describe(`<${tag}>`, () => {
    afterEach(() => sinon.restore());

    describe('when asked its version', () => {
      it("gives package.json's version", async () => {
        const response = await fetch('/packages/elements/package.json');
        expect(response.ok, 'package.json is served').to.equal(true);
        const { version: packageVersion } = (await response.json()) as { version: string };
        expect(version, 'version.ts').to.equal(packageVersion);
        expect(classes[tag].version, 'the class').to.equal(packageVersion);
        const defined = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
        expect(defined?.version, 'the defined tag').to.equal(packageVersion);
      });
    });

    describe('when the package has been imported', () => {
      it('is defined by its own class', async () => {
        expect(customElements.get(tag)).to.equal(classes[tag]);
        const element = await renderTag(tag, { now: '2026-12-01T10:00:00Z' });
        expect(element instanceof classes[tag], `an instance of ${classes[tag].name}`).to.equal(true);
        await expect(element).to.be.accessible();
      });
    });

    describe('when its define module runs a second time', () => {
      it('keeps the class, without throwing or warning', async () => {
        const warn = sinon.stub(console, 'warn');
        const defineModule = tag.replace('safer-seven-', '');
        await secondCopyOf<unknown>(`../../packages/elements/src/define/${defineModule}.ts`);
        expect(customElements.get(tag)).to.equal(classes[tag]);
        expectCalls(warn, 0);
        const element = await renderTag(tag, { now: '2026-12-01T10:00:00Z' });
        await expect(element).to.be.accessible();
      });
    });
  });
}

describe('<safer-seven-report-it>', () => {
  afterEach(() => sinon.restore());

  describe('when another copy defines a different class for the tag', () => {
    it('does not throw, keeps the first definition and warns once naming the version', async () => {
      const warn = sinon.stub(console, 'warn');
      const { defineElement } = await secondCopyOf<DefineModule>('../../packages/elements/src/define/define-element.ts');
      expect(() => defineElement('safer-seven-report-it', class extends HTMLElement {})).to.not.throw();
      expect(customElements.get('safer-seven-report-it')).to.equal(SaferSevenReportIt);
      expectCalls(warn, 1);
      expect(firstMessage(warn)).to.include(version);
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      expect(telLinks(element)).to.have.length(4);
      await expect(element).to.be.accessible();
    });

    it('says so once for the whole copy, not once per tag', async () => {
      const warn = sinon.stub(console, 'warn');
      const { defineElement } = await secondCopyOf<DefineModule>('../../packages/elements/src/define/define-element.ts');
      for (const tag of tags) {
        expect(() => defineElement(tag, class extends HTMLElement {})).to.not.throw();
        expect(customElements.get(tag)).to.equal(classes[tag]);
      }
      expectCalls(warn, 1);
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      await expect(element).to.be.accessible();
    });
  });

  describe('when something other than Safer Seven defined a tag first', () => {
    it('does not throw, and says that the earlier version is unknown', async () => {
      const warn = sinon.stub(console, 'warn');
      const tag = 'safer-seven-defined-elsewhere';
      customElements.define(tag, class extends HTMLElement {});
      const { defineElement } = await secondCopyOf<DefineModule>('../../packages/elements/src/define/define-element.ts');
      expect(() => defineElement(tag, SaferSevenReportIt)).to.not.throw();
      expectCalls(warn, 1);
      expect(firstMessage(warn)).to.include('unknown version');
    });
  });
});
