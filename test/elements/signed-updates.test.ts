// Signed content updates and the review line, from the sources.
import './support/elements.js';
import { describeSignedUpdates } from './support/signed-updates-suite.js';

describeSignedUpdates('sources');
