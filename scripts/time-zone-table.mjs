// Writes packages/content/src/utc-offsets.ts: when each office's time zone changes its offset
// from UTC, over the years to past the briefing's review date, as Node's own Intl reports it. The
// content package judges office hours from this table where it can, because a page's first
// Intl call costs tens of milliseconds (docs/benchmarks.md); outside it, Intl itself.
// Not a hand-written daylight-saving table: run by `npm run build`, and
// test/content/utc-offsets.test.ts checks it against the browser's Intl, hour by hour.
import { writeFileSync } from 'node:fs';

const zones = ['Europe/London'];
// From this year (earlier instants, as in a preview of the past, go through Intl) to past the
// briefing's review date (2027-11-29); later instants go through Intl too. Each year more costs
// the drop-in bytes.
const from = Date.UTC(2026, 0, 1);
const until = Date.UTC(2028, 0, 1);
const hour = 3_600_000;

function offsetMinutes(formatter, instant) {
  const field = {};
  for (const part of formatter.formatToParts(instant)) field[part.type] = Number(part.value);
  return (Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute) - instant) / 60_000;
}

const tables = zones.map((timeZone) => {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const changes = [];
  for (let instant = from; instant < until; instant += hour) {
    const offset = offsetMinutes(formatter, instant);
    if (changes.at(-1)?.[1] !== offset) changes.push([instant, offset]);
  }
  const rows = changes.map(([instant, offset]) => `      [${instant}, ${offset}], // ${new Date(instant).toISOString()}`);
  return `  '${timeZone}': {\n    until: ${until}, // ${new Date(until).toISOString()}\n    changes: [\n${rows.join('\n')}\n    ],\n  },`;
});

writeFileSync(
  'packages/content/src/utc-offsets.ts',
  `// Written by scripts/time-zone-table.mjs from Intl: do not edit by hand.
import type { UtcOffsetTable } from './types.js';

/** Each office time zone's offsets from UTC, as Intl reports them, for the years covered. */
export const utcOffsetTables: Readonly<Record<string, UtcOffsetTable>> = {
${tables.join('\n')}
};
`,
);
console.log(`time-zone-table: ${zones.join(', ')} from ${new Date(from).toISOString().slice(0, 10)} until ${new Date(until).toISOString().slice(0, 10)}`);
