/**
 * Runs in Node, inside Vite (`npm start`, `npm run build:demo`): hands the embed builder the
 * elements' manifest and the package facts its snippets need, as the module `virtual:sco-builder`.
 *
 * The manifest is made in memory by the same analyzer command `npm run analyze` runs (read from
 * package.json, so the two cannot differ), so a fresh clone needs no build before `npm start`, and
 * an edit under src/elements reloads the builder with the new manifest. The analyzer records a
 * type alias by its name (`ClockFace`) and a default by its constant's name (`DEFAULT_LIMIT`); the
 * TypeScript checker resolves both here, so enumerations become selects and defaults are values.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Plugin } from 'vite';
import type { Manifest, PackageFacts } from './manifest.js';

const VIRTUAL_ID = 'virtual:sco-builder';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackageJson {
  name: string;
  version: string;
  unpkg: string;
  exports: Record<string, string | { import?: string }>;
  scripts: Record<string, string>;
}

export function scoBuilder(): Plugin {
  return {
    name: 'sco-builder',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const pkg = await packageJson();
      const facts: PackageFacts = { name: pkg.name, version: pkg.version, bundle: pkg.unpkg.replace(/^\.\//, ''), entries: widgetEntries(pkg) };
      const manifest = resolveTypes(await analyzedManifest());
      return `export const manifest = ${JSON.stringify(manifest)};\nexport const pkg = ${JSON.stringify(facts)};\n`;
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(`${root}src/elements/`)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
    },
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const [url] = server.resolvedUrls?.local ?? [];
        if (url) server.config.logger.info(`  ➜  Embed builder: ${url}builder.html`);
      });
    },
    // The static demo carries the script-tag bundle beside it, with the languages and luxon it loads
    // from beside itself, for the snippets to be tried out, and a note on hosting it and pointing it
    // at a live proxy.
    async generateBundle() {
      const bundle = `${root}${(await packageJson()).unpkg}`;
      const source = await readFile(bundle).catch(() => {
        throw new Error(`${bundle} is missing: npm run build:demo builds it first (npm run build)`);
      });
      this.emitFile({ type: 'asset', fileName: 'sco-widgets.min.js', source });
      const languages = `${dirname(bundle)}/i18n`;
      for (const file of (await readdir(languages)).filter((name) => name.endsWith('.js'))) {
        this.emitFile({ type: 'asset', fileName: `i18n/${file}`, source: await readFile(`${languages}/${file}`) });
      }
      this.emitFile({ type: 'asset', fileName: 'luxon.js', source: await readFile(`${dirname(bundle)}/luxon.js`) });
      this.emitFile({ type: 'asset', fileName: 'README.md', source: await readFile(`${root}demo/static-readme.md`) });
    },
  };
}

const packageJson = async (): Promise<PackageJson> => JSON.parse(await readFile(`${root}package.json`, 'utf8'));

/** `sco-widgets/currency-table` for the widgets in src/elements/currency-table/, from `exports`. */
function widgetEntries(pkg: PackageJson): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.import;
    const folder = file?.match(/^\.\/dist\/elements\/([\w-]+)\/define\.js$/)?.[1];
    if (folder) entries[`src/elements/${folder}/`] = `${pkg.name}${subpath.slice(1)}`;
  }
  return entries;
}

/** The manifest `npm run analyze` writes, made in memory with the script's own arguments. */
export async function analyzedManifest(): Promise<Manifest> {
  const script = (await packageJson()).scripts.analyze;
  const words = [...script.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  if (words[0] !== 'cem') throw new Error(`The analyze script is not a cem command: ${script}`);
  // @ts-expect-error -- the analyzer ships its CLI without type declarations
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js')) as { cli: (o: object) => Promise<Manifest> };
  return cli({ argv: words.slice(1), cwd: root, noWrite: true });
}

/** Aliases of literal unions spelled out (`'digital' | 'analog'`), constant defaults as values. */
export function resolveTypes(manifest: Manifest): Manifest {
  const files = manifest.modules.map((m) => `${root}${m.path}`);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  for (const module of manifest.modules) {
    const source = program.getSourceFile(`${root}${module.path}`);
    for (const declaration of module.declarations ?? []) {
      const node = source?.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
      if (!node || !declaration.attributes) continue;
      const classType = checker.getTypeAtLocation(node);
      for (const attribute of declaration.attributes) {
        const symbol = attribute.fieldName ? classType.getProperty(attribute.fieldName) : undefined;
        if (!symbol) continue;
        const type = checker.getTypeOfSymbolAtLocation(symbol, node);
        const literals = literalUnion(type);
        if (literals) attribute.type = { text: literals };
        else if (!attribute.type) attribute.type = { text: checker.typeToString(checker.getNonNullableType(type)) };
        const initializer = symbol.valueDeclaration && ts.isPropertyDeclaration(symbol.valueDeclaration) ? symbol.valueDeclaration.initializer : undefined;
        if (initializer && ts.isIdentifier(initializer)) {
          const value = checker.getTypeAtLocation(initializer);
          if (value.isLiteral()) attribute.default = JSON.stringify(value.value);
        }
      }
    }
  }
  return manifest;
}

/** `'a' | 'b' | undefined` when every member of the type is a literal (or undefined). */
function literalUnion(type: ts.Type): string | undefined {
  const members = type.isUnion() ? type.types : [type];
  const values = members.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  if (values.length < 2 || !values.every((t) => t.isStringLiteral() || t.isNumberLiteral())) return undefined;
  const text = values.map((t) => (t.isStringLiteral() ? `'${t.value}'` : String((t as ts.NumberLiteralType).value)));
  return [...text, ...(values.length < members.length ? ['undefined'] : [])].join(' | ');
}
