// The package.json `imports` condition under which `#html-entities` (and any other package-internal
// import) names the TypeScript sources instead of dist/. Every tool that runs or bundles src/ sets
// it: tsconfig.json `customConditions`, `node --conditions` (test:node, bench), esbuild's
// `conditions`, Vite's `resolve.conditions`, web-test-runner's `nodeResolve.exportConditions`.
// Users' tools never do, so they get dist/ and choose the browser or the Node file themselves.
export const SOURCE_CONDITION = 'sco-widgets-source';
