// No module of src/ imports itself through others, not even for a type: a cycle makes the order of
// evaluation depend on who is imported first, and ties modules that should stand alone.
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

describe('src/', () => {
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
