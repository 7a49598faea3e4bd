import { SaferSevenQuickExit } from '../quick-exit/quick-exit.js';
import { defineElement } from './define-element.js';

defineElement('safer-seven-quick-exit', SaferSevenQuickExit);
