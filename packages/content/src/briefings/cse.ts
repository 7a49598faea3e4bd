import data from '../../data/cse.json' with { type: 'json' };
import type { Briefing } from '../types.js';

/**
 * Safer Seven on: Child Sexual Exploitation (CSE), written from the leaflet
 * (`packages/content/source/safer-seven-cse-leaflet.txt`). The facts are data, in one file that
 * staff edit through the content desk's form: `packages/content/data/cse.json`, held to
 * `packages/content/data/briefing.schema.json` and the one rule set (validate.ts). The schema is
 * checked against `Briefing` and the rule set by test/node/briefing-schema.test.mjs, the data
 * against `Briefing` at compile time by test/content/data-types.ts.
 *
 * Every sentence of the leaflet is there, in its numbered order. Corrections keep the meaning:
 * "STI's" is "STIs", "/ wearing" is "/wearing", and the leaflet's "9:00 5:00 Mon-Fri" is written
 * out as the contract's office hours (09:00 to 17:00, Monday to Friday, Europe/London, the
 * Emergency Duty Team at every other instant). The leaflet prints the website and Twitter account
 * at the foot of the page; the contract places them with point 6, where a reader looks for help.
 * Nothing is added but the three resource addresses that are certain; "See Me Hear Me" stays a
 * name without a link, as its address is not confirmed. `version` is the data's own, per topic
 * (packages/content/CHANGELOG.md says why it is not the package's): a change to any fact raises
 * it, and a signed update must be newer. `reviewDue` is by default `reviewed` plus twelve months
 * (a test checks it): the partnership reviews yearly. The bank holidays are the rule's
 * (bank-holiday-rule.ts) with the days in `officeHours.closedDays.added` and `removed`, whose
 * sources bank-holidays.ts names.
 */
export const cse = data as Briefing;
