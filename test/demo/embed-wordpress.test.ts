// End to end with WordPress's own code: an embed page's oEmbed answer through WordPress's
// filter for untrusted providers (php, test/wordpress/oembed-filter.php), put into a page that
// runs WordPress's own wp-embed.js, resizes to the page's height (kept within WordPress's
// 200..1000 px). And the heights data is fresh: each page, measured again here in a sandboxed
// frame at 320, 768 and 1280 px, fits the height the builder gives and is close to it.
import { expect } from '@open-wc/testing';
import { saferSevenTags } from '../../packages/content/src/index.js';
import { openEmbed, type EmbedFrame } from './embed-frame.js';
import { until } from './helpers.js';

const heights = await fetch('/demo/embed-heights.json').then((response) => response.json());
const partOf = (tag: string) => tag.replace(/^safer-seven-/, '');

describe('an embed page in WordPress', function () {
  this.timeout(20000);
  let holder: HTMLElement | undefined;
  afterEach(() => holder?.remove());

  before(async () => {
    const script = document.createElement('script');
    script.src = '/test/wordpress/wp-embed.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  });

  for (const name of ['report-it', 'briefing']) {
    it(`${name}: WordPress's iframe, sandboxed with a secret, takes the height the page posts`, async () => {
      const { html, wordpress } = await fetch(`/test/wordpress/oembed/${name}`).then((response) => response.json());
      expect(wordpress).to.match(/^\d+\.\d+/);
      holder = document.createElement('div');
      holder.style.width = '600px';
      const template = document.createElement('template');
      template.innerHTML = html;
      const frame = template.content.querySelector('iframe')!;
      expect(template.content.children.length).to.equal(1);
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts');
      expect(frame.className).to.equal('wp-embedded-content');
      const initial = frame.getAttribute('height');
      holder.append(document.importNode(template.content, true));
      document.body.append(holder);
      const shown = holder.querySelector('iframe')!;
      await until(() => shown.getAttribute('height') !== initial, 'WordPress resizing the frame', 10000);
      const height = Number(shown.getAttribute('height'));
      if (name === 'briefing') expect(height).to.equal(1000);
      // At today's clock (no review line) and 600 px: less than the most measured at 320 px.
      else expect(height).to.be.within(200, heights.measured[name]['320']);
    });
  }
});

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
