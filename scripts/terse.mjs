// The last pass over what browsers download as it is built (the script-tag bundle, the CDN chunks,
// the languages and luxon beside the script): terser after esbuild's minifier. esbuild minifies each
// module well but compresses little across statements; terser's compressor takes about 2.5% more
// off the gzip size of every page. The npm entries are left to the user's bundler.
import { minify } from 'terser';

/** `code` compressed and mangled; `map`, a source map of `code`, is carried through. */
export async function terse(code, { module = true, map } = {}) {
  const result = await minify(code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, ''), {
    module,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false },
    ...(map ? { sourceMap: { content: map.content, url: map.url } } : {}),
  });
  return { code: result.code, map: result.map };
}
