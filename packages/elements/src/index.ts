export { SaferSevenBriefing } from './briefing/briefing.js';
export { SaferSevenContacts } from './contacts/contacts.js';
export { SaferSevenReportIt } from './report-it/report-it.js';
export { SaferSevenWarningSigns } from './warning-signs/warning-signs.js';
export { SaferSevenQuickExit } from './quick-exit/quick-exit.js';
export { SaferSevenElement } from './shared/safer-seven-element.js';
export type { HeadingLevel } from './shared/heading.js';
export { version } from './version.js';
export type {
  SaferSevenAttributes,
  SaferSevenOfficeHoursAttributes,
  SaferSevenQuickExitAttributes,
  SaferSevenTagAttributes,
} from './attributes.js';
