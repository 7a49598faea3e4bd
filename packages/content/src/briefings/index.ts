import type { Briefing, BriefingResult, TopicId } from '../types.js';
import { cse } from './cse.js';

// Every topic of the series that this package holds. A new leaflet is one file and one line.
const briefings: Readonly<Record<TopicId, Briefing>> = { cse };

/** The topics this package holds, in the order a picker should list them. */
export const knownTopics: readonly TopicId[] = Object.freeze(Object.keys(briefings));

/** The topic a component shows when it is given none. */
export const defaultTopic: TopicId = 'cse';

/**
 * The briefing for a topic, or a typed "unknown topic" answer that names the known ones.
 * Never throws: a component turns the answer into a visible message.
 */
export function getBriefing(topic: string = defaultTopic): BriefingResult {
  const briefing = Object.hasOwn(briefings, topic) ? briefings[topic] : undefined;
  return briefing ? { ok: true, briefing } : { ok: false, topic, knownTopics };
}
