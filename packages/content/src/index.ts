export type * from './types.js';
export { cse } from './briefings/cse.js';
export { defaultTopic, getBriefing, knownTopics } from './briefings/index.js';
export { englandAndWalesBankHolidays } from './bank-holidays.js';
export { nextRouteChange, parseInstant, routeAt, routesInOrder } from './office-hours.js';
export type { RouteJudgement, RouteReason } from './office-hours.js';
export { contactById, sectionById, telHref } from './lookup.js';
export { escapeHtml, fallbackHtml, saferSevenTags, sectionOfTag, staticBriefingHtml, staticSectionHtml, staticTagHtml, type SaferSevenTag, type StaticHeadingLevel, type StaticHtmlOptions } from './static-html.js';
export { enGB, type UiStrings } from './strings/en-GB.js';
