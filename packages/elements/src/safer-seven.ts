// Registers every tag: the entry of the drop-in bundle, and `@safer-seven/elements/safer-seven.js`.
import './define/briefing.js';
import './define/contacts.js';
import './define/report-it.js';
import './define/warning-signs.js';
