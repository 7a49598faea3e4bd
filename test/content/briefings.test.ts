// getBriefing: a briefing for a known topic, and a typed answer (never a throw) for any other.
import { expect } from '@open-wc/testing';
import { cse, defaultTopic, getBriefing, knownTopics } from '../../packages/content/src/index.js';

describe('getBriefing', () => {
  describe("when asked for 'cse'", () => {
    it('gives the CSE briefing', () => {
      const result = getBriefing('cse');
      expect(result.ok).to.equal(true);
      expect(result.ok && result.briefing).to.equal(cse);
    });

    it('lists it among the known topics, under its own topic', () => {
      expect(knownTopics).to.include('cse');
      expect(cse.topic).to.equal('cse');
    });
  });

  describe('when asked for no topic', () => {
    it('gives the default topic, which is known', () => {
      expect(knownTopics).to.include(defaultTopic);
      const result = getBriefing();
      expect(result.ok && result.briefing.topic).to.equal(defaultTopic);
    });
  });

  describe('when asked for every known topic', () => {
    it('gives a briefing whose topic is the one asked for', () => {
      expect(knownTopics.length).to.be.greaterThan(0);
      for (const topic of knownTopics) {
        const result = getBriefing(topic);
        expect(result.ok && result.briefing.topic, topic).to.equal(topic);
      }
    });
  });

  describe('when asked for an unknown topic', () => {
    it('answers not ok, naming the topic and the known topics, without throwing', () => {
      let result: ReturnType<typeof getBriefing> | undefined;
      expect(() => {
        result = getBriefing('nope');
      }).to.not.throw();
      expect(result).to.deep.equal({ ok: false, topic: 'nope', knownTopics });
    });

    for (const inherited of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      it(`is not fooled by "${inherited}", which every object inherits`, () => {
        expect(getBriefing(inherited)).to.deep.equal({ ok: false, topic: inherited, knownTopics });
      });
    }

    it('does not match a topic in another case or with spaces', () => {
      expect(getBriefing('CSE').ok).to.equal(false);
      expect(getBriefing(' cse').ok).to.equal(false);
      expect(getBriefing('').ok).to.equal(false);
    });
  });

  describe('when the known topics are changed by a caller', () => {
    it('refuses: the list is frozen', () => {
      expect(Object.isFrozen(knownTopics)).to.equal(true);
    });
  });
});
