// The esbuild plugin that keeps the script-tag bundle one file: what it loads later is inside it
// (esbuild inlines a dynamic import in a build without chunks), but for the languages beyond English,
// Russian and Chinese and for luxon, which a page pays for only if it uses them: their `import()`
// stays, naming the file beside the bundle (`i18n/<language>.js`, `luxon.js`), which scripts/build.mjs
// writes. A classic script's `import()` resolves against the script's own URL, so a copy of the
// bundle served from any host or path finds them.
/** The import of the code that takes over server-rendered widgets (see `hydrationApart`). */
const HYDRATION = /\/hydration\.js$/;

export const BESIDE_THE_SCRIPT = [
  // src/i18n/load.ts: import('./languages/kk.js')
  { filter: /\/languages\/([a-z]+)\.js$/, file: (match) => `./i18n/${match[1]}.js` },
  // src/elements/headline-ticker/date-writer.ts: import('luxon')
  { filter: /^luxon$/, file: () => './luxon.js' },
  // src/elements/shared/sco-element.ts: import('./hydration.js'), only on a page with a server-rendered widget
  { filter: HYDRATION, file: () => './hydration.js' },
];

/** A plugin that leaves each import() matching an entry's `filter` an import of the file it names. */
const leftApart = (name, entries) => ({
  name,
  setup(build) {
    for (const { filter, file } of entries) {
      build.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: file(filter.exec(args.path)), external: true } : undefined));
    }
  },
});

export const besideTheScript = leftApart('beside-the-script', BESIDE_THE_SCRIPT);

/**
 * The code that takes over server-rendered widgets (src/elements/shared/hydration.ts, which
 * sco-element.ts imports only on a page with one) is a file of its own in every build, with lit-html
 * inside it: were it a chunk of the build, the lit-html it shares with the widgets would become a
 * chunk of its own too, and every page would pay for the split. `path` is how the importing build
 * finds the file: `./hydration.js` beside the script-tag bundle and the CDN chunks, the package's
 * own `sco-widgets/hydration` in the npm entries.
 */
export const hydrationApart = (path) => leftApart('hydration-apart', [{ filter: HYDRATION, file: () => path }]);
