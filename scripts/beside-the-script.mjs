// The esbuild plugin that keeps the script-tag bundle one file: what it loads later is inside it
// (esbuild inlines a dynamic import in a build without chunks), but for the languages beyond English,
// Russian and Chinese and for luxon, which a page pays for only if it uses them: their `import()`
// stays, naming the file beside the bundle (`i18n/<language>.js`, `luxon.js`), which scripts/build.mjs
// writes. A classic script's `import()` resolves against the script's own URL, so a copy of the
// bundle served from any host or path finds them.
export const BESIDE_THE_SCRIPT = [
  // src/i18n/load.ts: import('./languages/kk.js')
  { filter: /\/languages\/([a-z]+)\.js$/, file: (match) => `./i18n/${match[1]}.js` },
  // src/elements/headline-ticker/date-writer.ts: import('luxon')
  { filter: /^luxon$/, file: () => './luxon.js' },
  // src/elements/shared/sco-element.ts: import('./hydration.js'), only on a page with a server-rendered widget
  { filter: /\/hydration\.js$/, file: () => './hydration.js' },
];

export const besideTheScript = {
  name: 'beside-the-script',
  setup(build) {
    for (const { filter, file } of BESIDE_THE_SCRIPT) {
      build.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: file(filter.exec(args.path)), external: true } : undefined));
    }
  },
};
