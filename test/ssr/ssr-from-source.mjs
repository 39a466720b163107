// `node --import ./test/ssr/ssr-from-source.mjs`: `sco-widgets/ssr` resolves to src/ssr/index.ts, so
// the recipes in examples/ssr run as written without a build. package.json's "./ssr" export has no
// `sco-widgets-source` condition (it names dist/ only), hence this hook; tsx (imported before it)
// runs the TypeScript.
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const source = new URL('../../src/ssr/index.ts', import.meta.url).href;

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, next) {
  return next(specifier === 'sco-widgets/ssr' ? source : specifier, context);
}

// In the main thread: register this module as the hooks (which run in a thread of their own).
if (isMainThread) register(import.meta.url);
