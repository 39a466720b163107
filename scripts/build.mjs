// npm run build → dist/: ES modules per entry (dependencies external, shared code in chunks), the
// single-file script-tag bundle, type declarations beside them, the proxy CLI, the manifest.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, readdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const widgets = (await readdir('src/elements', { withFileTypes: true }))
  .map((d) => `src/elements/${d.name}/define.ts`)
  .filter((file) => existsSync(file));

await rm('dist', { recursive: true, force: true });

const common = { bundle: true, target: 'es2022', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

// The npm package: one ES module per entry; lit, luxon and fast-xml-parser stay imports.
await build({
  ...common,
  entryPoints: ['src/index.ts', 'src/data/index.ts', ...widgets],
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
});

// The proxy runs on servers: Node, Workers, Deno, Bun.
await build({
  ...common,
  entryPoints: ['src/proxy/index.ts', 'src/proxy/node.ts', 'src/proxy/worker.ts'],
  outdir: 'dist/proxy',
  format: 'esm',
  platform: 'neutral',
  packages: 'external',
});
await build({
  ...common,
  entryPoints: ['src/proxy/cli.ts'],
  outfile: 'dist/proxy/cli.js',
  format: 'esm',
  platform: 'node',
  packages: 'external',
});
await chmod('dist/proxy/cli.js', 0o755);

// The script-tag bundle: everything in one classic script, minified.
await build({
  ...common,
  entryPoints: ['src/bundle.ts'],
  outfile: 'dist/sco-widgets.min.js',
  format: 'iife',
  minify: true,
});

// The autoloader for CDN pages: ES modules with every dependency inside, split per widget so a
// page downloads only the widgets it uses.
await build({
  ...common,
  entryPoints: ['src/autoloader.ts'],
  outdir: 'dist/cdn',
  format: 'esm',
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
});

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// JSX types for React, Preact and Solid: hand-written declarations over the emitted jsx/elements.d.ts.
for (const file of await readdir('src/jsx')) if (file.endsWith('.d.ts')) await copyFile(`src/jsx/${file}`, `dist/jsx/${file}`);
run('npm', ['run', '--silent', 'analyze']); // custom-elements.json, from the elements' JSDoc
console.log('dist/ built');
