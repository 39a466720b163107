// The esbuild plugin that lets each widget carry only its own words. A language is one file
// (src/i18n/languages/<language>.ts, a named export per section), and a widget imports its section of
// the built-in languages through src/i18n/built-in/<section>.ts (`export { table as en } from
// '../languages/en.js'`). esbuild puts a module whole in a chunk that every importer loads, so
// left alone it would give the table page the ticker's words, and every page the messages of a
// mistake in the settings. Here a language file imported from a built-in section's module becomes
// a module of that section alone: `export const table = {…}`, the section's value read from the
// language file itself. Whole-file imports (the `import()` of a language loaded on demand, the
// files built beside the script-tag bundle) are left alone.
import { readFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { transform } from 'esbuild';

const NAMESPACE = 'language-section';

/** A TypeScript module that imports nothing at run time (a language file), evaluated: its exports. */
export async function evaluate(file) {
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: file });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** `data-status.ts` → `dataStatus`: the section a built-in module is named for. */
const sectionOf = (file) => basename(file, '.ts').replace(/-(\w)/g, (_, c) => c.toUpperCase());

export const languageSections = {
  name: 'language-sections',
  setup(build) {
    const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
    let files = new Map();
    build.onStart(() => void (files = new Map()));
    build.onResolve({ filter: /\/languages\/[a-z]+\.js$/ }, (args) => {
      if (args.kind !== 'import-statement' || !/\/i18n\/built-in\/[\w-]+\.ts$/.test(args.importer)) return undefined;
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      // One path per section (esbuild would take one module for all of them), relative so that no
      // machine's folders show in the source maps.
      return { path: `${relative(cwd, file)}#${sectionOf(args.importer)}`, namespace: NAMESPACE };
    });
    build.onLoad({ filter: /#\w+$/, namespace: NAMESPACE }, async (args) => {
      const [path, section] = args.path.split('#');
      const file = resolve(cwd, path);
      if (!files.has(file)) files.set(file, evaluate(file));
      const language = await files.get(file);
      if (!Object.hasOwn(language, section)) return { errors: [{ text: `${path} has no section "${section}"` }] };
      return { contents: `export const ${section} = ${JSON.stringify(language[section])};`, loader: 'js', watchFiles: [file] };
    });
  },
};
