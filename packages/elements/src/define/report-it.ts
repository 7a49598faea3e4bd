import { SaferSevenReportIt } from '../report-it/report-it.js';
import { defineElement } from './define-element.js';

defineElement('safer-seven-report-it', SaferSevenReportIt);
