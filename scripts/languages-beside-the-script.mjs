// The esbuild plugin that fits the script-tag bundle into one file. Any module of src/ with a
// `<name>.script.ts` beside it is replaced by that file: the languages beyond English, Russian and
// Chinese load from `i18n/<language>.js` beside the bundle (src/i18n/load.script.ts) instead of being
// folded in, so a page pays only for its own language; and the sections other builds split into
// chunks of their own are inside it (src/i18n/sections.script.ts), where a chunk would only add the
// wrapping of a module loaded later.
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

export const languagesBesideTheScript = {
  name: 'languages-beside-the-script',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (!args.importer.includes(`${sep}src${sep}`)) return undefined;
      const swap = join(dirname(args.importer), args.path.replace(/\.js$/, '.script.ts'));
      return existsSync(swap) ? { path: swap } : undefined;
    });
  },
};
