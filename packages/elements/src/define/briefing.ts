import { SaferSevenBriefing } from '../briefing/briefing.js';
import { defineElement } from './define-element.js';

// Exported as a type (erased from the JavaScript) so that the declarations keep the import:
// a page that imports only this module then sees the class's `HTMLElementTagNameMap` entry.
export type { SaferSevenBriefing };

defineElement('safer-seven-briefing', SaferSevenBriefing);
