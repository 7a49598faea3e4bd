// A compile-time check, run by `npm run typecheck` (not a test file: nothing to run in a
// browser): the data file (packages/content/data/cse.json), as TypeScript reads it, fits
// `Briefing` with every literal widened (JSON has no literal types: a block's `kind` reads as
// `string`). A field missing or of the wrong type fails the typecheck; the literals themselves
// (kinds, ids, urgencies) the schema holds (test/node/briefing-schema.test.mjs), and
// cse.ts gives the data its `Briefing` type.
import data from '../../packages/content/data/cse.json' with { type: 'json' };
import type { Briefing } from '../../packages/content/src/index.js';

/** `T` with each string or number literal as `string` or `number`, in every field and item. */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends readonly (infer Item)[]
      ? readonly Widened<Item>[]
      : T extends object
        ? { readonly [Key in keyof T]: Widened<T[Key]> }
        : T;

export const dataFitsTheTypes = data satisfies Widened<Briefing>;
