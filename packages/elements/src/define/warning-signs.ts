import { SaferSevenWarningSigns } from '../warning-signs/warning-signs.js';
import { defineElement } from './define-element.js';

// Exported as a type (erased from the JavaScript) so that the declarations keep the import:
// a page that imports only this module then sees the class's `HTMLElementTagNameMap` entry.
export type { SaferSevenWarningSigns };

defineElement('safer-seven-warning-signs', SaferSevenWarningSigns);
