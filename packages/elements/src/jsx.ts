// `@safer-seven/elements/jsx`: the tags in React 19's JSX, with their attributes, for
// TypeScript. Import it once (`import '@safer-seven/elements/jsx';`); it has no code.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SaferSevenTagAttributes } from './attributes.js';
import type { SaferSevenBriefing } from './briefing/briefing.js';
import type { SaferSevenContacts } from './contacts/contacts.js';
import type { SaferSevenReportIt } from './report-it/report-it.js';
import type { SaferSevenWarningSigns } from './warning-signs/warning-signs.js';

/** React's props for a tag: the global HTML attributes, `ref` to its class, and its own attributes. */
export type SaferSevenReactProps<Element extends HTMLElement, Tag extends keyof SaferSevenTagAttributes> =
  DetailedHTMLProps<HTMLAttributes<Element>, Element> & SaferSevenTagAttributes[Tag];

// React 19 keeps its JSX types in the `react` module, so the augmentation must be a namespace.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'safer-seven-briefing': SaferSevenReactProps<SaferSevenBriefing, 'safer-seven-briefing'>;
      'safer-seven-warning-signs': SaferSevenReactProps<SaferSevenWarningSigns, 'safer-seven-warning-signs'>;
      'safer-seven-report-it': SaferSevenReactProps<SaferSevenReportIt, 'safer-seven-report-it'>;
      'safer-seven-contacts': SaferSevenReactProps<SaferSevenContacts, 'safer-seven-contacts'>;
      'safer-seven-quick-exit': SaferSevenReactProps<HTMLElement, 'safer-seven-quick-exit'>;
    }
  }
}
