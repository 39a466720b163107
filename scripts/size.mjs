// npm run size: what each build output costs a page, min+gzip, against the budget in
// size-budget.json (bytes). Per-widget entries are bundled with their dependencies the way a
// page would load them: "initial" is what loads before the widget can render, "lazy" the chunks
// it imports on demand (the XML parser, for one, only where XML is parsed).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function measure(entry) {
  // Nothing is written: outdir only names the chunks, as keys of the metafile.
  const result = await build({
    entryPoints: [entry], bundle: true, format: 'esm', splitting: true, minify: true, write: false,
    outdir: 'size-out', metafile: true, target: 'es2022', logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const text = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('size-out/')), f.text]));
  const chunks = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const imp of outputs[chunk].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(chunks.find((o) => outputs[o].entryPoint));
  const lazy = chunks.filter((c) => !initial.has(c));
  const size = (list) => list.reduce((n, c) => n + gz(text.get(c)), 0);
  const packages = [...new Set([...initial].flatMap((c) => Object.keys(outputs[c].inputs))
    .map((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]).filter(Boolean))];
  return { initial: size([...initial]), lazy: size(lazy), initialPackages: packages };
}

const rows = [];
const scriptTag = readFileSync(pkg.unpkg, 'utf8');
rows.push({ name: 'script-tag bundle (everything)', file: pkg.unpkg, initial: gz(scriptTag), lazy: 0, initialPackages: ['lit', 'luxon', 'fast-xml-parser'] });
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.import;
  if (!file.endsWith('.js') || subpath.startsWith('./proxy') || subpath === './bundle') continue;
  if (process.env.SIZE_SKIP_MISSING && !existsSync(file)) continue;
  rows.push({ name: `sco-widgets${subpath.slice(1)}`, file, ...(await measure(file)) });
}

let over = 0;
console.log('| output | initial KB | lazy KB | packages loaded up front | budget KB |');
console.log('| --- | ---: | ---: | --- | ---: |');
for (const row of rows) {
  const limit = budget[row.name];
  const fails = limit !== undefined && row.initial > limit;
  if (fails) over++;
  console.log(`| ${row.name} | ${kb(row.initial)} | ${kb(row.lazy)} | ${row.initialPackages.join(', ')} | ${limit === undefined ? '—' : kb(limit)}${fails ? ' **OVER**' : ''} |`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.initial]))));
if (over) {
  console.error(`size: ${over} output(s) over budget (size-budget.json)`);
  process.exit(1);
}
