// `npm run build`, after rollup: writes packages/elements/dist/safer-seven.css, the
// components' one stylesheet, from the components' own styles (never a copy kept by hand):
// for pre-rendered markup whose page allows no inline <style>, and the site's files/.
import { writeFileSync } from 'node:fs';
import { stylesheetText } from './prerender.mjs';

writeFileSync(new URL('../packages/elements/dist/safer-seven.css', import.meta.url), `${stylesheetText}\n`);
