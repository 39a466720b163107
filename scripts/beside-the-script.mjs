// The esbuild plugin that keeps the script-tag bundle one file: what it loads on demand (the languages
// beyond English, Russian and Chinese; luxon, for the ticker's rarer date tokens) comes from files
// beside it. An import of `./<name>.js` that has a `<name>.script.ts` beside it takes that module
// instead (src/i18n/load.script.ts, src/elements/headline-ticker/load-luxon.script.ts), which loads
// the file from the bundle's own URL; a page pays only for what it uses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const besideTheScript = {
  name: 'beside-the-script',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      const swap = join(args.resolveDir, args.path.replace(/\.js$/, '.script.ts'));
      return existsSync(swap) ? { path: swap } : undefined;
    });
  },
};
