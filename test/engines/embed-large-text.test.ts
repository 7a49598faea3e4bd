// A frame never hides a number (issue 20, point 3), in Chromium, Firefox and WebKit: the
// site's report-it embed page at 200% text (the page's root font size at 32 px, as a reader's
// default font size sets it: an engine's settings are out of a test's reach), 320 px wide, in
// <iframe sandbox="allow-scripts" scrolling="no">, as a host that never resizes frames it.
// At the height written for such hosts (demo/embed-heights.json pagesLargeText) the panel
// fits; in a shorter frame every number and every line can still be scrolled to inside it.
import { expect } from '@open-wc/testing';
import { cse as briefing, staticTagHtml } from '../../packages/content/src/index.js';
import { openEmbed, telHrefsOf, type EmbedFrame } from '../demo/embed-frame.js';

const heights = await fetch('/demo/embed-heights.json').then((response) => response.json());

describe('an embed page at 200% text, in a frame that never resizes', function () {
  this.timeout(30000);
  let embed: EmbedFrame | undefined;
  afterEach(() => embed?.remove());
  const numbers = telHrefsOf(staticTagHtml(briefing, 'safer-seven-report-it'));

  for (const height of [heights.pagesLargeText['report-it'][320] as number, 300]) {
    it(`report-it at 320 px in a frame ${height} px high: every number and line ${height === 300 ? 'reached by scrolling inside it' : 'in view'}`, async () => {
      embed = await openEmbed('report-it', { width: 320, height, scrolling: 'no', textSize: 32 });
      const report = await embed.report({ reach: true });
      expect(report.problems).to.deep.equal([]);
      expect(report.links.map((link) => link.href)).to.include.members(numbers);
      expect(report.overflow, 'nothing wider than the frame').to.be.at.most(0);
      const reach = report.reach!;
      expect(reach.unreached).to.deep.equal([]);
      expect(reach.firstLineInView && reach.lastLineInView, 'the first and the last line').to.equal(true);
      if (height !== 300) expect(reach.panelHeight).to.be.at.most(reach.frameHeight);
      else expect(reach.panelHeight, 'taller than its frame: it scrolls').to.be.above(reach.frameHeight);
    });
  }
});
