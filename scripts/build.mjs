// npm run build → dist/: ES modules per entry (dependencies external, shared code in chunks), the
// single-file script-tag bundle, type declarations beside them, the proxy CLI, the manifest.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { build } from 'esbuild';
import { besideTheScript, hydrationApart } from './beside-the-script.mjs';
import { evaluate, languageSections } from './language-sections.mjs';
import { minifyLitCss } from './minify-lit-css.mjs';
import { SOURCE_CONDITION } from './source-condition.mjs';
import { terse } from './terse.mjs';
import { renderWorkerOptions } from './worker-bundles.mjs';

const widgets = (await readdir('src/elements', { withFileTypes: true })).map((d) => `src/elements/${d.name}/define.ts`).filter((file) => existsSync(file));

await rm('dist', { recursive: true, force: true });

/** Another module's import of a widget's define module stays an import of dist/elements/<widget>/define.js. */
const defineModulesStayEntries = {
  name: 'define-modules-stay-entries',
  setup(build) {
    build.onResolve({ filter: /\/elements\/[\w-]+\/define\.js$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Fails the build unless every emitted module that calls `customElements.define` is listed in
 * package.json `sideEffects` (and every widget's define module does call it), so the list stays true
 * by construction: bundlers keep exactly the files that register elements.
 */
async function assertDefinesAreSideEffects(dir) {
  const { sideEffects } = JSON.parse(await readFile('package.json', 'utf8'));
  // The patterns use `*` for one path segment, as bundlers read them.
  const globs = sideEffects.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`));
  const listed = (file) => globs.some((glob) => glob.test(`./${file}`));
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js') && !f.startsWith('cdn/'));
  for (const file of files) {
    const path = `${dir}/${file}`;
    const defines = (await readFile(path, 'utf8')).includes('customElements.define(');
    if (defines && !listed(path)) throw new Error(`${path} registers elements but package.json sideEffects does not list it`);
    if (!defines && /^elements\/[\w-]+\/define\.js$/.test(file)) throw new Error(`${path} registers no element`);
  }
}

const common = {
  bundle: true,
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  conditions: [SOURCE_CONDITION],
  // Each widget's words alone: a built-in language's file is cut into its sections (language-sections.mjs).
  plugins: [minifyLitCss, languageSections],
};

// The npm package: one ES module per entry; lit, luxon and fast-xml-parser stay imports, and so
// does `#html-entities`: both of its files are entries, for the user's bundler or runtime to choose
// through package.json `imports` (the browser's HTML parser, or the `entities` table). Each
// widget's define.js is the only file that registers its elements: the main entry imports the
// define modules as they are, instead of folding their `customElements.define` calls into shared
// chunks, where a bundler honouring `sideEffects` would drop them (assertDefinesAreSideEffects).
await build({
  ...common,
  // sco-widgets/ssr too: on a server it runs the same modules (lit's server build, by the `node` condition).
  entryPoints: [
    'src/index.ts',
    'src/data/index.ts',
    ...widgets,
    'src/ssr/index.ts',
    'src/data/feeds/html-entities.ts',
    'src/data/feeds/html-entities.browser.ts',
  ],
  external: ['#html-entities'],
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  plugins: [...common.plugins, defineModulesStayEntries, hydrationApart('sco-widgets/hydration')],
});
await assertDefinesAreSideEffects('dist');

/**
 * The proxy's `render: true` imports sco-widgets/ssr when it first renders: that stays an import of
 * dist/ssr/index.js, so a proxy that never renders never loads lit's server renderer.
 */
const rendererStaysImport = {
  name: 'renderer-stays-import',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/ssr\/index\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

// The proxy runs on servers: Node, Workers, Deno, Bun.
await build({
  ...common,
  entryPoints: ['src/proxy/index.ts', 'src/proxy/node.ts', 'src/proxy/worker.ts'],
  outdir: 'dist/proxy',
  format: 'esm',
  platform: 'neutral',
  packages: 'external',
  plugins: [...common.plugins, rendererStaysImport],
});
await build({
  ...common,
  entryPoints: ['src/proxy/cli.ts'],
  outfile: 'dist/proxy/cli.js',
  format: 'esm',
  platform: 'node',
  packages: 'external',
  plugins: [...common.plugins, rendererStaysImport],
});
await chmod('dist/proxy/cli.js', 0o755);
// The rendering Worker, ready to deploy: one file with lit's server renderer and every widget inside
// (worker-bundles.mjs says why it is bundled apart, and how); the data-only Worker stays as it is.
await build({ ...common, ...renderWorkerOptions, outfile: 'dist/proxy/worker-render.js', minify: true, sourcemap: false });

// The script-tag bundle: everything in one classic script, minified, but the languages beyond
// English, Russian and Chinese, which it loads from dist/i18n/ beside itself (beside-the-script.mjs), and
// luxon, from dist/luxon.js.
await build({
  ...common,
  entryPoints: ['src/bundle.ts'],
  outfile: 'dist/sco-widgets.min.js',
  format: 'iife',
  minify: true,
  plugins: [...common.plugins, besideTheScript],
});
const { BUILT_IN } = await evaluate('src/core/languages.ts');
await build({
  ...common,
  entryPoints: (await readdir('src/i18n/languages')).filter((file) => !BUILT_IN.includes(basename(file, '.ts'))).map((file) => `src/i18n/languages/${file}`),
  outdir: 'dist/i18n',
  format: 'esm',
  minify: true,
});

// Luxon beside the bundle (beside-the-script.mjs): only a ticker `date-format` with luxon's rarer
// tokens loads it.
await build({
  ...common,
  entryPoints: [{ in: 'luxon', out: 'luxon' }],
  outdir: 'dist',
  format: 'esm',
  minify: true,
});

// What takes over server-rendered widgets, a file of its own for every build (hydrationApart in
// beside-the-script.mjs): only a page with one loads it. It brings its own copy of lit-html's parts,
// which the widget renders with from then on.
await build({
  ...common,
  entryPoints: [{ in: 'src/elements/shared/hydration.ts', out: 'hydration' }],
  outdir: 'dist',
  format: 'esm',
  minify: true,
});

// The autoloader for CDN pages: ES modules with every dependency inside, split per widget so a
// page downloads only the widgets it uses.
await build({
  ...common,
  entryPoints: ['src/autoloader.ts'],
  outdir: 'dist/cdn',
  format: 'esm',
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [...common.plugins, hydrationApart('./hydration.js')],
});

// What browsers download as it is (the bundle, the CDN chunks, the files beside the script) gets
// terser's pass too, its source map carried through.
const downloaded = [
  'dist/sco-widgets.min.js',
  'dist/luxon.js',
  'dist/hydration.js',
  ...(await readdir('dist/i18n')).map((f) => `dist/i18n/${f}`),
  ...(await readdir('dist/cdn', { recursive: true })).map((f) => `dist/cdn/${f}`),
].filter((file) => file.endsWith('.js'));
for (const file of downloaded) {
  const url = `${basename(file)}.map`;
  const { code, map } = await terse(await readFile(file, 'utf8'), {
    module: file !== 'dist/sco-widgets.min.js',
    map: { content: await readFile(`${file}.map`, 'utf8'), url },
  });
  await writeFile(file, `${code}\n`);
  await writeFile(`${file}.map`, typeof map === 'string' ? map : JSON.stringify(map));
}

// The CDN chunk that may take over a server-rendered widget finds the hydration file beside itself.
for (const file of await readdir('dist/cdn', { recursive: true })) {
  if (!file.endsWith('.js') || !(await readFile(`dist/cdn/${file}`, 'utf8')).includes('./hydration.js')) continue;
  await copyFile('dist/hydration.js', `dist/cdn/${dirname(file)}/hydration.js`);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// JSX types for React, Preact and Solid: hand-written declarations over the emitted jsx/elements.d.ts.
for (const file of await readdir('src/jsx')) if (file.endsWith('.d.ts')) await copyFile(`src/jsx/${file}`, `dist/jsx/${file}`);
run('npm', ['run', '--silent', 'analyze']); // custom-elements.json, from the elements' JSDoc
console.log('dist/ built');
