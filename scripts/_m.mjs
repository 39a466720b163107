import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function g(external) {
  const r = await build({
    entryPoints: ['src/bundle.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    legalComments: 'none',
    outfile: 'x.js',
    logLevel: 'silent',
    external,
  });
  return gzipSync(r.outputFiles[0].text, { level: 9 }).length;
}
const all = await g([]);
console.log('all', all);
for (const e of [
  ['luxon'],
  ['fast-xml-parser'],
  ['entities'],
  ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element'],
  ['luxon', 'fast-xml-parser', 'entities', 'lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element'],
])
  console.log(e.join(','), all - (await g(e)), 'own left', await g(e));
