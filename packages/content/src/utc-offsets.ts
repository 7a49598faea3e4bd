// Written by scripts/time-zone-table.mjs from Intl: do not edit by hand.
import type { UtcOffsetTable } from './types.js';

/** Each office time zone's offsets from UTC, as Intl reports them, for the years covered. */
export const utcOffsetTables: Readonly<Record<string, UtcOffsetTable>> = {
  'Europe/London': {
    until: 1830297600000, // 2028-01-01T00:00:00.000Z
    changes: [
      [1767225600000, 0], // 2026-01-01T00:00:00.000Z
      [1774746000000, 60], // 2026-03-29T01:00:00.000Z
      [1792890000000, 0], // 2026-10-25T01:00:00.000Z
      [1806195600000, 60], // 2027-03-28T01:00:00.000Z
      [1824944400000, 0], // 2027-10-31T01:00:00.000Z
    ],
  },
};
