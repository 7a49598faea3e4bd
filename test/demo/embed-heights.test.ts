// The heights data is fresh: each embed page, measured again here in a sandboxed frame at 320,
// 768 and 1280 px, fits the height the builder gives and is close to it. (How WordPress sizes
// the frame of a pasted address is test/wordpress/oembed.test.mjs's, in a real WordPress: this
// file once put WordPress's wp-embed.js into its page by hand, which WordPress itself never did
// for our answer, so it could not see that bug.)
import { expect } from '@open-wc/testing';
import { saferSevenTags } from '../../packages/content/src/index.js';
import { openEmbed, type EmbedFrame } from './embed-frame.js';

const heights = await fetch('/demo/embed-heights.json').then((response) => response.json());
const partOf = (tag: string) => tag.replace(/^safer-seven-/, '');

describe('demo/embed-heights.json, measured again', function () {
  this.timeout(60000);
  let embed: EmbedFrame | undefined;
  afterEach(() => embed?.remove());

  for (const tag of saferSevenTags) {
    const name = partOf(tag);
    it(`embed/${name}.html fits its height at 320, 768 and 1280 px, and is close to what was measured`, async () => {
      for (const width of heights.widths as number[]) {
        embed?.remove();
        embed = await openEmbed(name, { width, height: 5000, now: heights.instants['past review'] });
        const { height } = await embed.report();
        expect(height, `${name} at ${width} px`).to.be.at.most(heights.pages[name][width]);
        expect(height, `${name} at ${width} px: stale, run npm run site:heights`).to.be.at.least(heights.measured[name][width] * 0.95);
      }
    });
  }
});
