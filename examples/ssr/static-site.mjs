// A static site built with sco-widgets/ssr, no generator needed: every .html file of `site/` is
// copied to `public/` with its widgets rendered in place (renderPage keeps the rest byte for byte).
// Run: node examples/ssr/static-site.mjs site public
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderPage } from 'sco-widgets/ssr';

const [from = 'site', to = 'public'] = process.argv.slice(2);
for (const file of await readdir(from, { recursive: true })) {
  if (!file.endsWith('.html')) continue;
  const html = await readFile(join(from, file), 'utf8');
  // The proxy the pages' script tag names, so the server loads what the browser would.
  const rendered = await renderPage(html, { proxy: process.env.SCO_PROXY });
  await mkdir(dirname(join(to, file)), { recursive: true });
  await writeFile(join(to, file), rendered);
}
