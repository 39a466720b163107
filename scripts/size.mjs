// npm run size: what each build output costs a page, min+gzip, against the budget in
// size-budget.json (bytes); `npm run size -- --modules` adds what each module costs, `--pages` where each CDN page's bytes go. Per-widget entries are bundled with their dependencies the way a
// page would load them: "initial" is what loads before the widget can render, "lazy" the chunks
// it imports on demand (the XML parser, for one, only where XML is parsed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { besideTheScript, hydrationApart } from './beside-the-script.mjs';
import { languageSections } from './language-sections.mjs';
import { minifyLitCss } from './minify-lit-css.mjs';
import { SOURCE_CONDITION } from './source-condition.mjs';
import { terse } from './terse.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Bundles an entry the way a page loads it: split into chunks, minified, nothing written. */
async function bundle(entry, plugins = []) {
  // outdir only names the chunks, as keys of the metafile.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    write: false,
    outdir: 'size-out',
    metafile: true,
    target: 'es2022',
    // dist/ files as a user's bundler takes them; src/ as scripts/build.mjs builds it (`#html-entities`
    // from the sources, the style sheets minified).
    ...(entry.startsWith('src/') ? { conditions: [SOURCE_CONDITION], plugins: [minifyLitCss, languageSections, ...plugins] } : {}),
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  // What scripts/build.mjs ships from src/ also gets its terser pass; dist/ entries are measured as a user's bundler minifies them.
  const shipped = async (f) => (entry.startsWith('src/') ? (await terse(f.text)).code : f.text);
  const text = new Map(await Promise.all(result.outputFiles.map(async (f) => [f.path.slice(f.path.indexOf('size-out/')), await shipped(f)])));
  const chunks = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  /** The chunk a module starts (the entry, or the target of a dynamic import) and every chunk it imports statically. */
  const closure = (input, into = new Set()) => {
    const visit = (chunk) => {
      if (into.has(chunk)) return;
      into.add(chunk);
      for (const imp of outputs[chunk].imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    const start = chunks.find((o) => outputs[o].entryPoint === input);
    if (!start) throw new Error(`size: no chunk starts at ${input}`);
    visit(start);
    return into;
  };
  // Each chunk's gzip size, once: pages and modules share chunks.
  const zipped = new Map();
  const gzOf = (chunk) => zipped.get(chunk) ?? zipped.set(chunk, gz(text.get(chunk))).get(chunk);
  const size = (list) => [...list].reduce((n, c) => n + gzOf(c), 0);
  /**
   * What each module costs in `list`: its minified bytes, and its share of each chunk's gzip size
   * in proportion to those bytes (gzip has no per-module figure; the share is an estimate).
   */
  const modules = (list) => {
    const cost = new Map();
    for (const chunk of list) {
      const inputs = Object.entries(outputs[chunk].inputs);
      const total = inputs.reduce((n, [, i]) => n + i.bytesInOutput, 0) || 1;
      const chunkGzip = gzOf(chunk);
      for (const [input, { bytesInOutput }] of inputs) {
        const name = moduleName(input);
        const was = cost.get(name) ?? { min: 0, gzip: 0 };
        cost.set(name, { min: was.min + bytesInOutput, gzip: was.gzip + (chunkGzip * bytesInOutput) / total });
      }
    }
    return cost;
  };
  const packages = (list) => [
    ...new Set(
      [...list]
        .flatMap((c) => Object.keys(outputs[c].inputs))
        .map((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1])
        .filter(Boolean),
    ),
  ];
  return { chunks, closure, size, packages, modules };
}

/** A package's modules count as the package; our own modules by their path under src/ (a section of a language file, language-sections.mjs, as that file). */
function moduleName(input) {
  return input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.replace(/^language-section:(.*)#\w+$/, '$1');
}

async function measure(entry) {
  const { chunks, closure, size, packages } = await bundle(entry);
  const initial = closure(entry.replace(/^\.\//, ''));
  return { initial: size(initial), lazy: size(chunks.filter((c) => !initial.has(c))), initialPackages: packages(initial) };
}

const rows = [];
const scriptTag = readFileSync(pkg.unpkg, 'utf8');
{
  // Its packages, from the same source as scripts/build.mjs builds it (luxon, beside it, is not one).
  const { chunks, packages } = await bundle('src/bundle.ts', [besideTheScript]);
  rows.push({ name: 'script-tag bundle (everything)', file: pkg.unpkg, initial: gz(scriptTag), lazy: 0, initialPackages: packages(chunks), target: 80 });
}
/** Entries with a ceiling of their own in SPEC.md ("`sco-widgets/clock` ≤ 20 KB"). */
const ENTRY_TARGETS = { './clock': 20 };
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.import;
  if (!file?.endsWith('.js') || subpath.startsWith('./proxy') || subpath === './bundle') continue;
  rows.push({ name: `sco-widgets${subpath.slice(1)}`, file, ...(await measure(file)), target: ENTRY_TARGETS[subpath] });
}

// Pages on a CDN with the autoloader, as SPEC.md's ceilings measure them: every file the page downloads (the
// autoloader, each widget's chunks, then what its data needs on demand), gzip summed per file, beside
// the ceiling. The table's default source, `cbr`, reads the cbr-xml-daily.ru JSON mirror when no
// proxy is configured (the JSON parser, no XML parser); the ticker's feed loads the feed reader ("lazy"
// is what the page does not load).
const TABLE_ON_DEFAULT_SOURCE = ['src/elements/currency-table/define.ts', 'src/data/parsers/cbr-json.ts'];
const CDN_PAGES = [
  {
    name: 'cdn page: portal sidebar (table, capital clocks, ticker, member states)',
    target: 55,
    starts: [
      ...TABLE_ON_DEFAULT_SOURCE,
      'src/elements/clock/define.ts',
      'src/elements/headline-ticker/define.ts',
      'src/data/feeds/index.ts',
      'src/elements/member-states/define.ts',
    ],
  },
  { name: 'cdn page: autoloader + one table on JSON', target: 28, starts: TABLE_ON_DEFAULT_SOURCE },
  { name: 'cdn page: capital clocks', target: 24, starts: ['src/elements/clock/define.ts'] },
  { name: 'cdn page: member states', target: 16, starts: ['src/elements/member-states/define.ts'] },
  // No target of its own; luxon, for `date-format`s with its other tokens, is in "lazy".
  { name: 'cdn page: headline ticker', starts: ['src/elements/headline-ticker/define.ts', 'src/data/feeds/index.ts'] },
];
/** Where a module's bytes go on a page: its package, or the folder of our own code it sits in. */
const areaOf = (name) => (name.startsWith('src/') ? name.slice(0, name.lastIndexOf('/')) : name);
const pageProfiles = [];
{
  const { chunks, closure, size, packages, modules } = await bundle('src/autoloader.ts', [hydrationApart('./hydration.js')]);
  for (const { name, target, starts } of CDN_PAGES) {
    const page = starts.reduce((loaded, start) => closure(start, loaded), closure('src/autoloader.ts'));
    if (process.argv.includes('--pages')) {
      const areas = new Map();
      for (const [module, { gzip }] of modules(page)) areas.set(areaOf(module), (areas.get(areaOf(module)) ?? 0) + gzip);
      pageProfiles.push({ name, files: page.size, areas: [...areas].sort((a, b) => b[1] - a[1]) });
    }
    rows.push({
      name,
      file: 'dist/cdn/',
      initial: size(page),
      lazy: size(chunks.filter((c) => !page.has(c))),
      initialPackages: packages(page),
      target,
    });
  }
}

// Per module: what every widget and shared module costs in the whole library (the script-tag
// bundle's modules, built as ES chunks), and which widgets load it on a CDN page before any data.
if (process.argv.includes('--modules')) {
  const all = await bundle('src/bundle.ts');
  const cost = all.modules(all.chunks);
  // Which widgets load a module on a CDN page, before their data arrives (the autoloader's view).
  const cdn = await bundle('src/autoloader.ts', [hydrationApart('./hydration.js')]);
  const loadedBy = new Map();
  for (const widget of readdirSync('src/elements').filter((w) => existsSync(`src/elements/${w}/define.ts`))) {
    for (const name of cdn.modules(cdn.closure(`src/elements/${widget}/define.ts`)).keys()) loadedBy.set(name, [...(loadedBy.get(name) ?? []), widget]);
  }
  console.log('| module | min KB | ≈ gzip KB | loaded by (CDN page) |');
  console.log('| --- | ---: | ---: | --- |');
  for (const [name, { min, gzip }] of [...cost].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(`| ${name} | ${kb(min)} | ${kb(gzip)} | ${(loadedBy.get(name) ?? []).join(', ')} |`);
  }
  console.log('');
}

// Per CDN page: how many files it downloads and where its bytes go (a profile for a missed target).
if (pageProfiles.length) {
  for (const { name, files, areas } of pageProfiles) {
    console.log(`- ${name}: ${files} files; ≈ gzip KB by package or folder: ${areas.map(([area, gzip]) => `${area} ${kb(gzip)}`).join(', ')}`);
  }
  console.log('');
}

let over = 0;
console.log('| output | initial KB | lazy KB | packages loaded up front | budget KB | SPEC ceiling KB |');
console.log('| --- | ---: | ---: | --- | ---: | --- |');
for (const row of rows) {
  const limit = budget[row.name];
  const fails = limit !== undefined && row.initial > limit;
  if (fails) over++;
  // The issue's KB are thousands of bytes divided by 1024, as every figure here.
  const target = row.target === undefined ? '—' : `≤ ${row.target}: ${row.initial <= row.target * 1024 ? 'met' : 'missed'}`;
  console.log(
    `| ${row.name} | ${kb(row.initial)} | ${kb(row.lazy)} | ${row.initialPackages.join(', ')} | ${limit === undefined ? '—' : kb(limit)}${fails ? ' **OVER**' : ''} | ${target} |`,
  );
}
// For the bench: each output's bytes, and its target in KB where it has one.
if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, { bytes: r.initial, target: r.target }]))));
if (over) {
  console.error(`size: ${over} output(s) over budget (size-budget.json)`);
  process.exit(1);
}
