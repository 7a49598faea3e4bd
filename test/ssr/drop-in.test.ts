// Pre-rendered embeds (declarative shadow DOM from scripts/prerender.mjs, as the build and the
// embed-code builder emit them) with the drop-in bundle loaded over them, as a partner's page
// would: styled before any script runs, with an inline <style> or with a <link> to
// dist/safer-seven.css (for a strict style-src), then replaced by the live elements in place,
// each phone link once. The bundle has no hydrate support: the pre-rendered copy goes.
// Run the build first (reads dist/ and the test server renders from it).
import { expect } from '@open-wc/testing';
import { insertServerRendered, recordProblems, settled, tags, telLinkProblems } from './helpers.js';

const bundleUrl = '/packages/elements/dist/safer-seven.min.js';
const stylesheetUrl = '/packages/elements/dist/safer-seven.css';

/** The accent border every tag's wrapper has when its stylesheet applies. */
function accentBorder(element: Element): string {
  const base = element.shadowRoot?.querySelector('.base');
  if (!base) return 'no wrapper';
  const style = getComputedStyle(base);
  return `${style.borderInlineStartWidth} ${style.borderInlineStartColor}`;
}
const styled = '6px rgb(29, 112, 184)';

async function stylesheetsLoaded(container: HTMLElement): Promise<void> {
  const links = tags.flatMap((tag) => [...(container.querySelector(tag)?.shadowRoot?.querySelectorAll('link') ?? [])]);
  await Promise.all(
    links.map((link) => new Promise((resolve, reject) => {
      if (link.sheet) resolve(undefined);
      link.addEventListener('load', resolve);
      link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)));
    })),
  );
}

describe('pre-rendered embeds and the drop-in bundle', () => {
  const inline = document.createElement('div');
  const linked = document.createElement('div');
  const beforeScript: Record<string, string> = {};
  let recorder: ReturnType<typeof recordProblems>;

  // `before` runs once: a page defines the tags once.
  before(async () => {
    document.body.append(inline, linked);
    await insertServerRendered(inline);
    await insertServerRendered(linked, `?stylesheet=${encodeURIComponent(stylesheetUrl)}`);
    await stylesheetsLoaded(linked);
    for (const tag of tags) {
      beforeScript[`inline ${tag}`] = accentBorder(inline.querySelector(tag)!);
      beforeScript[`link ${tag}`] = accentBorder(linked.querySelector(tag)!);
    }
    recorder = recordProblems();
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: bundleUrl, onload: resolve, onerror: reject });
      document.head.append(script);
    });
    for (const container of [inline, linked]) for (const tag of tags) await settled(container.querySelector(tag)!);
  });

  after(() => {
    recorder.stop();
    inline.remove();
    linked.remove();
  });

  it('shows every tag styled before any script, with an inline <style> or a <link>', () => {
    for (const key of Object.keys(beforeScript)) expect(beforeScript[key], key).to.equal(styled);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('shows each phone number as a link exactly once once the bundle runs', () => {
        expect(telLinkProblems(inline.querySelector(tag)!), 'inline').to.deep.equal([]);
        expect(telLinkProblems(linked.querySelector(tag)!), 'link').to.deep.equal([]);
      });

      it('has one wrapper, styled by the bundle', () => {
        for (const container of [inline, linked]) {
          const element = container.querySelector(tag)!;
          expect(element.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
          expect(accentBorder(element)).to.equal(styled);
        }
      });
    });
  }

  it('logs no error or warning and throws nothing', () => {
    expect(recorder.problems).to.deep.equal([]);
  });
});
