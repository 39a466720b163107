// An esbuild plugin: the CSS in Lit's `css` templates of `*.styles.ts` modules, minified by esbuild's
// own CSS minifier. esbuild's `minify` leaves template literals as written, so without this every
// style sheet ships its indentation and line breaks. A template with an interpolation or a backslash
// escape is left as it is (its text is not plain CSS); none of ours has one.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

export const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/**
 * esbuild keeps custom property values and `var()` fallbacks as written (a token list the property may
 * be read as anything), and the space in a query's `(max-width: 24rem)`; the space after a colon or a
 * comma means nothing there, and every widget's tokens have plenty of it. Quoted strings are left alone.
 */
const tightCustomProperties = (css) =>
  css
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 ? part : part.replace(/([:,])\s+/g, '$1')))
    .join('');

/** `source` with the text of each plain `css` template minified. */
export async function withMinifiedCss(source) {
  const minified = new Map();
  for (const [, text] of source.matchAll(CSS_TEMPLATE)) {
    if (!text.includes('${') && !text.includes('\\')) {
      minified.set(text, tightCustomProperties((await transform(text, { loader: 'css', minify: true, logLevel: 'silent' })).code.trim()));
    }
  }
  return source.replace(CSS_TEMPLATE, (whole, text) => (minified.has(text) ? `css\`${minified.get(text)}\`` : whole));
}

export const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => ({ contents: await withMinifiedCss(await readFile(path, 'utf8')), loader: 'ts' }));
  },
};
