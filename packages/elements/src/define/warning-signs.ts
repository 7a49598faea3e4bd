import { SaferSevenWarningSigns } from '../warning-signs/warning-signs.js';
import { defineElement } from './define-element.js';

defineElement('safer-seven-warning-signs', SaferSevenWarningSigns);
