// No module of src/ imports itself through others, not even for a type: a cycle makes the order of
// evaluation depend on who is imported first, and ties modules that should stand alone. And the
// folders of src/ are floors: each imports only the floors below it, so no two folders import each
// other either.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every relative import and re-export of each module of src/, by path from src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm)].map(([, path]) =>
      relative(SRC, resolve(dirname(join(SRC, file)), path.replace(/\.js$/, '.ts'))),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Each cycle once, from its alphabetically first module. */
function cycles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const walk = (start: string, path: string[]) => {
    for (const next of graph.get(path.at(-1)!) ?? []) {
      if (next === start) found.add(path.join(' -> '));
      else if (next > start && !path.includes(next)) walk(start, [...path, next]);
    }
  };
  for (const file of [...graph.keys()].sort()) walk(file, [file]);
  return [...found];
}

/**
 * The floors of src/, from the ground up. A module imports modules of its own folder and of folders
 * on lower floors only; the files at the top of src/ (the entries: index, bundle, autoloader…) stand
 * above everything.
 */
const FLOORS: readonly (readonly string[])[] = [
  // Locale and languages, the Intl cache, dates and zones, the library's time source, the page's
  // config, the base path and the loader: imports nothing of ours.
  ['core'],
  // Sources, parsers, the store; the words of each language. Neither knows the other.
  ['data', 'i18n'],
  // The SCO's reference data (states, capitals, currencies).
  ['sco'],
  ['elements'],
  // Widgets rendered on a server; the elements' JSX types.
  ['ssr', 'jsx'],
  // The proxy, on servers (its /render route renders widgets).
  ['proxy'],
];
const ENTRIES = FLOORS.length;

/** The floor of a module: that of its folder, or the entries' for a file at the top of src/. */
function floorOf(file: string): number {
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined;
  if (folder === undefined) return ENTRIES;
  const floor = FLOORS.findIndex((folders) => folders.includes(folder));
  if (floor < 0) throw new Error(`src/${folder}/ is on no floor: add it to FLOORS`);
  return floor;
}

/** Each import that goes sideways or up, as "importer -> imported". */
function importsAgainstFloors(graph: Map<string, string[]>): string[] {
  const folder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
  return [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => folder(target) !== folder(file) && floorOf(target) >= floorOf(file)).map((target) => `${file} -> ${target}`),
  );
}

describe('src/', () => {
  it('has folders that import only the floors below them (no cycle between folders)', () => {
    assert.deepEqual(importsAgainstFloors(importGraph()), []);
  });

  it('finds an import between folders of one floor, and one up (the check itself works)', () => {
    assert.deepEqual(
      importsAgainstFloors(
        new Map([
          ['data/a.ts', ['i18n/b.ts', 'core/c.ts', 'data/d.ts']],
          ['core/c.ts', ['sco/e.ts']],
          ['index.ts', ['elements/f.ts']],
        ]),
      ),
      ['data/a.ts -> i18n/b.ts', 'core/c.ts -> sco/e.ts'],
    );
  });

  it('has no import cycles, type imports included', () => {
    const graph = importGraph();
    assert.ok(graph.size > 50, 'the modules of src/ were read');
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    assert.deepEqual(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
        ]),
      ),
      ['a.ts -> b.ts -> c.ts'],
    );
  });
});
