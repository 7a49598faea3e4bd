import { SaferSevenBriefing } from '../briefing/briefing.js';
import { defineElement } from './define-element.js';

defineElement('safer-seven-briefing', SaferSevenBriefing);
