// The esbuild plugin that keeps the script-tag bundle one file. An import of `<name>.js` that has a
// `<name>.script.ts` beside it takes that module instead:
// - what the bundle loads on demand (the languages beyond English, Russian and Chinese; luxon, for
//   the ticker's rarer date tokens) comes from files beside it, from the bundle's own URL
//   (src/i18n/load.script.ts, src/elements/headline-ticker/load-luxon.script.ts): a page pays only for what it uses;
// - what other builds split into chunks of their own is inside it (src/i18n/sections.script.ts), where
//   a chunk would only add the wrapping of a module loaded later.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const besideTheScript = {
  name: 'beside-the-script',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/[\w./-]+\.js$/ }, (args) => {
      const swap = join(args.resolveDir, args.path.replace(/\.js$/, '.script.ts'));
      return existsSync(swap) ? { path: swap } : undefined;
    });
  },
};
