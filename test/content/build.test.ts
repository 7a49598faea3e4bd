// The built content package (packages/content/dist, written by `rollup -c`): the JSON for
// sites that are not JavaScript holds the same briefing as the ESM (its bank holidays also
// written out as dates), and the ESM uses no DOM.
import { expect } from '@open-wc/testing';
import * as source from '../../packages/content/src/index.js';

const distDirectory = '/packages/content/dist';

async function fetchBuilt(file: string): Promise<Response> {
  const response = await fetch(`${distDirectory}/${file}`);
  if (!response.ok) throw new Error(`${distDirectory}/${file} did not load (HTTP ${response.status}): run the build first`);
  return response;
}

describe('the built content package', () => {
  describe('when every known topic is read as JSON', () => {
    it('has topics to read', () => {
      expect(source.knownTopics.length).to.be.greaterThan(0);
    });

    for (const topic of source.knownTopics) {
      it(`dist/${topic}.json equals the ESM briefing, its bank holidays also written out as dates`, async () => {
        const result = source.getBriefing(topic);
        expect(result.ok, topic).to.equal(true);
        const json: unknown = await (await fetchBuilt(`${topic}.json`)).json();
        expect(json).to.deep.equal(JSON.parse(JSON.stringify(result.ok && source.withDaysWrittenOut(result.briefing))));
      });
    }
  });

  describe('when dist/index.js is read as text', () => {
    let code: string;

    before(async () => {
      code = await (await fetchBuilt('index.js')).text();
    });

    it('is the content package', () => {
      expect(code).to.include('routeAt');
      expect(code).to.include('getBriefing');
    });

    it('uses no DOM: no document, window, HTMLElement or customElements', () => {
      expect(code).to.not.match(/\b(?:document|window|HTMLElement|customElements)\b/);
    });

    it('imports nothing: no runtime dependencies', () => {
      expect(code).to.not.match(/^\s*import\s/m);
      expect(code).to.not.match(/\bimport\s*\(/);
    });
  });

  describe('when dist/index.js is imported', () => {
    let built: typeof source;

    before(async () => {
      // A URL held in a variable: the test server serves the file, TypeScript need not find it.
      const url = `${distDirectory}/index.js`;
      built = (await import(url)) as typeof source;
    });

    it('exports the same names as the source', () => {
      expect(Object.keys(built).sort()).to.deep.equal(Object.keys(source).sort());
    });

    it('holds the same briefing as the source', () => {
      expect(JSON.parse(JSON.stringify(built.cse))).to.deep.equal(JSON.parse(JSON.stringify(source.cse)));
    });
  });
});
