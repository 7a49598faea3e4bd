import { SaferSevenReportIt } from '../report-it/report-it.js';
import { defineElement } from './define-element.js';

// Exported as a type (erased from the JavaScript) so that the declarations keep the import:
// a page that imports only this module then sees the class's `HTMLElementTagNameMap` entry.
export type { SaferSevenReportIt };

defineElement('safer-seven-report-it', SaferSevenReportIt);
