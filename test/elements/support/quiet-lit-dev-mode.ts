// Imported first by every test file, before anything that loads Lit.
//
// When the test server resolves Lit's development build (web-test-runner's default export
// conditions), Lit announces itself once per page with console.warn ("Lit is in dev mode").
// That line is Lit's, not Safer Seven's, and it would be the only console output of a
// passing run. Lit's documented way to silence one warning is to add its code to this set;
// every other Lit warning (change-in-update, class-field-shadowing, ...) stays on. Under the
// production build the set is never read, and this does nothing.
const lit = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string | undefined> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');

export {};
