// The site's embed page in Chromium, Firefox and WebKit, inside <iframe sandbox="allow-scripts">
// (an opaque origin): the newer platform features it leans on. Declarative shadow DOM (the
// styled panel before any script), classic scripts and the stylesheet by 'self' under the
// site's policy from an opaque origin, postMessage to the parent, a ResizeObserver that posts
// the height again when the frame's width changes; and every number shown, nothing logged.
import { expect } from '@open-wc/testing';
import { cse as briefing, staticTagHtml } from '../../packages/content/src/index.js';
import { openEmbed, settle, telHrefsOf, type EmbedFrame } from '../demo/embed-frame.js';

describe('an embed page in <iframe sandbox="allow-scripts">', function () {
  this.timeout(30000);
  let embed: EmbedFrame | undefined;
  afterEach(() => embed?.remove());

  for (const [part, tag] of [
    ['report-it', 'safer-seven-report-it'],
    ['contacts', 'safer-seven-contacts'],
  ] as const) {
    it(`${part}: pre-rendered, live, every number shown, its height posted and posted again at a new width`, async () => {
      embed = await openEmbed(part, { width: 320, secret: 'engines1' });
      const report = await embed.report();
      expect(report.origin, 'an opaque origin').to.equal('null');
      expect(report.prerendered, 'declarative shadow DOM with its stylesheet').to.equal(true);
      expect(report.problems).to.deep.equal([]);
      for (const href of telHrefsOf(staticTagHtml(briefing, tag))) {
        expect(report.links.map((link) => link.href)).to.include(href);
      }
      for (const link of report.links.filter((candidate) => candidate.href.startsWith('tel:'))) expect(report.text).to.include(link.text);
      if (tag === 'safer-seven-report-it') expect(report.activeRoute).to.be.oneOf([briefing.officeHours.openRoute, briefing.officeHours.closedRoute]);
      await settle();
      expect(embed.heights.at(-1)).to.deep.equal({ message: 'height', value: report.height, secret: 'engines1' });
      const wider = embed.nextHeight();
      embed.frame.style.width = '900px';
      const next = await wider;
      expect(next.value).to.be.below(report.height);
      expect(next.value).to.equal((await embed.report()).height);
    });
  }
});
