import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { languageSections } from './scripts/language-sections.mjs';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { SOURCE_CONDITION } from './scripts/source-condition.mjs';
import { terse } from './scripts/terse.mjs';
for (const entry of process.argv.slice(2)) {
  const r = await build({ entryPoints: [entry], bundle: true, format: 'esm', splitting: true, minify: true, write: false, outdir: 'size-out', metafile: true, target: 'es2022', conditions: [SOURCE_CONDITION], plugins: [minifyLitCss, languageSections], logLevel: 'silent' });
  const outs = r.metafile.outputs;
  const start = Object.keys(outs).find((o) => outs[o].entryPoint === entry);
  const seen = new Set(); const visit = (c) => { if (seen.has(c)) return; seen.add(c); for (const i of outs[c].imports) if (i.kind === 'import-statement') visit(i.path); }; visit(start);
  let total = 0;
  for (const f of r.outputFiles) { const p = f.path.slice(f.path.indexOf('size-out/')); if (seen.has(p)) total += gzipSync((await terse(f.text)).code, { level: 9 }).length; }
  console.log(entry, total);
}
