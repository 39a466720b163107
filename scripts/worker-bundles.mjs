// The two Cloudflare Workers as a deploy bundles them, for the build, the tests and the weights in
// docs/proxy.md: esbuild options (entry, conditions, externals) and the bundles' bytes.
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { languageSections } from './language-sections.mjs';
import { minifyLitCss } from './minify-lit-css.mjs';
import { SOURCE_CONDITION } from './source-condition.mjs';

/**
 * The rendering Worker (`src/proxy/worker-render.ts`) with everything inside. Bundled with the
 * `node` export condition: under Wrangler's `workerd`/`worker`/`browser` ones lit resolves to its
 * browser build, which reaches for `window` (lit#3907). Node's built-in modules stay imports, for
 * workerd's `nodejs_compat` (the server renderer's client half names `buffer`).
 */
export const renderWorkerOptions = {
  entryPoints: ['src/proxy/worker-render.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  conditions: [SOURCE_CONDITION, 'node'],
  mainFields: ['module', 'main'],
  external: [...builtinModules, 'node:*'],
  // The widgets' style sheets and words as the rest of the build ships them.
  plugins: [minifyLitCss, languageSections],
  legalComments: 'none',
  logLevel: 'warning',
};

/** The data-only Worker (`src/proxy/worker.ts`) as Wrangler bundles it: nothing but the proxy. */
export const dataWorkerOptions = {
  entryPoints: ['src/proxy/worker.ts'],
  bundle: true,
  format: 'esm',
  conditions: [SOURCE_CONDITION],
  logLevel: 'warning',
};

/** A bundle's text, and what it weighs as it is and gzipped. */
export async function workerBundle(options, extra = {}) {
  const result = await build({ ...options, ...extra, write: false });
  const bytes = result.outputFiles[0].contents;
  return { text: result.outputFiles[0].text, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

// `node scripts/worker-bundles.mjs`: the weights of both, unminified (as Wrangler uploads by default) and minified.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, options] of [
    ['data-only Worker', dataWorkerOptions],
    ['rendering Worker', renderWorkerOptions],
  ]) {
    for (const minify of [false, true]) {
      const { bytes, gzip } = await workerBundle(options, { minify });
      console.log(`${name}${minify ? ', minified' : ''}: ${bytes} B, ${gzip} B gzip`);
    }
  }
}
