// Signed content updates and the review line, from the npm build (dist/, as a bundler sees it).
import '../../packages/elements/dist/safer-seven.js';
import { describeSignedUpdates } from './support/signed-updates-suite.js';

describeSignedUpdates('npm build');
