// The custom elements manifest (packages/elements/custom-elements.json): editors, Storybook
// and the README read the tags' attributes, parts and custom properties from the same JSDoc.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
};
