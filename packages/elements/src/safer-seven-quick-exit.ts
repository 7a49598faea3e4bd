// Registers <safer-seven-quick-exit> alone: the entry of its own drop-in file,
// dist/safer-seven-quick-exit.min.js, and `@safer-seven/elements/safer-seven-quick-exit.js`.
// The main bundle (safer-seven.ts) does not register it: most pages do not want it.
import './define/quick-exit.js';
