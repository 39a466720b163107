// The esbuild plugin that makes the script-tag bundle load the languages beyond English, Russian and
// Chinese from `i18n/<language>.js` beside itself (src/i18n/load.script.ts) instead of folding them
// in: the bundle stays one file, and a page pays only for its own language.
import { dirname, join, sep } from 'node:path';

export const languagesBesideTheScript = {
  name: 'languages-beside-the-script',
  setup(build) {
    build.onResolve({ filter: /^\.\/load\.js$/ }, (args) =>
      args.importer.endsWith(`${sep}src${sep}i18n${sep}translations.ts`) ? { path: join(dirname(args.importer), 'load.script.ts') } : undefined,
    );
  },
};
