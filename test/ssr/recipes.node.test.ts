// The recipes of docs/server-rendering.md run for real: examples/ssr/static-site.mjs builds a folder
// of pages whose widgets hold their rows, and examples/ssr/node-server.mjs answers a page with its
// widgets over 127.0.0.1. Each runs in a child Node as written, `sco-widgets/ssr` resolved to the
// sources (./ssr-from-source.mjs), its data from a loopback server of the fixtures.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile as read } from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attr, elements, parts, runNode, text } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const recipe = (name: string) => join(root, 'examples/ssr', name);
// Absolute: the static site's build runs in a folder of its own.
const NODE_ARGS = ['--conditions=sco-widgets-source', '--import', import.meta.resolve('tsx'), '--import', join(root, 'test/ssr/ssr-from-source.mjs')];
const CBR_DAILY = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

/** The fixtures at /fx/…, and a stand-in for the proxy at /proxy?url=… that answers the fixture the URL's path names. */
let upstream: Server;
let origin: string;
const hits: string[] = [];
before(async () => {
  upstream = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname);
    const path = url.pathname === '/proxy' ? new URL(url.searchParams.get('url') ?? '', 'http://x').pathname : url.pathname;
    const body = path.startsWith('/fx/') && !path.includes('..') ? await read(join(root, 'test/fixtures', path.slice(4))).catch(() => undefined) : undefined;
    res.writeHead(body ? 200 : 404).end(body ?? '');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
after(() => {
  upstream.closeAllConnections();
  upstream.close();
});

/** Runs a recipe to its end (killed after a minute), with the project's tsconfig (its decorators) wherever it runs. */
const runToEnd = (args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  runNode([...NODE_ARGS, ...args], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') },
    limit: 60000,
  });

describe('examples/ssr/static-site.mjs', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sco-static-site-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('writes every page of the folder with its widgets rendered, the rest as written, and exits', async () => {
    const table = `<sco-currency-table src="${origin}${CBR_DAILY}" currencies="CNY,KZT"></sco-currency-table>`;
    const index = `<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><title>Курсы</title></head>\n<body>\n  <h1>Курсы</h1>\n  ${table}\n</body></html>\n`;
    const nested = `<p>Clocks:</p>\n<sco-capital-clocks></sco-capital-clocks>\n`;
    await mkdir(join(dir, 'site/news'), { recursive: true });
    await writeFile(join(dir, 'site/index.html'), index);
    await writeFile(join(dir, 'site/news/clocks.html'), nested);
    await writeFile(join(dir, 'site/notes.txt'), '<sco-clock></sco-clock>');

    const result = await runToEnd([recipe('static-site.mjs'), 'site', 'public'], { cwd: dir });
    assert.equal(result.killed, false, `still running after 60 s: ${result.stderr}`);
    assert.equal(result.code, 0, result.stderr);

    assert.deepEqual((await readdir(join(dir, 'public'), { recursive: true })).sort(), ['index.html', 'news', 'news/clocks.html']);
    const built = await read(join(dir, 'public/index.html'), 'utf8');
    assert.deepEqual(
      parts(built, 'row').map((row) => attr(row, 'data-code')),
      ['CNY', 'KZT'],
    );
    assert.deepEqual(parts(built, 'rate').map(text), ['11,2726', '15,3320'], 'in the page’s language (ru)');
    assert.ok(built.startsWith(index.slice(0, index.indexOf('<sco-'))), 'the page before the widget as written');
    assert.ok(built.endsWith('\n</body></html>\n'), 'and after it');
    assert.equal(elements(built).filter((e) => e.tagName === 'script' && e.attrs.some((a) => a.name === 'data-sco-seed')).length, 1);

    const clocks = await read(join(dir, 'public/news/clocks.html'), 'utf8');
    assert.ok(clocks.startsWith('<p>Clocks:</p>\n<sco-capital-clocks'));
    assert.equal(parts(clocks, 'clock').length, 10);
  });

  it('loads through the proxy named by SCO_PROXY', async () => {
    hits.length = 0;
    await writeFile(join(dir, 'site/index.html'), `<sco-currency-table src="https://www.cbr.ru${CBR_DAILY}" currencies="CNY"></sco-currency-table>`);
    await rm(join(dir, 'site/news'), { recursive: true });
    const result = await runToEnd([recipe('static-site.mjs'), 'site', 'out'], { cwd: dir, env: { ...process.env, SCO_PROXY: `${origin}/proxy?url={url}` } });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(hits, ['/proxy']);
    assert.deepEqual(parts(await read(join(dir, 'out/index.html'), 'utf8'), 'rate').map(text), ['11.2726']);
  });
});

describe('examples/ssr/node-server.mjs', () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  before(async () => {
    child = spawn(process.execPath, [...NODE_ARGS, recipe('node-server.mjs')], { cwd: root, env: { ...process.env, PORT: '0' } });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
  });
  after(() => child.kill());

  it('answers a page with the widgets rendered, under a CSP whose nonce is on their styles', async () => {
    const first = await fetch(url);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /^text\/html/);
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    const page = await first.text();
    assert.equal(parts(page, 'clock').length, 10, 'the capital clocks');
    assert.ok(parts(page, 'time').every((time) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/.test(attr(time, 'datetime') ?? '')));
    assert.ok(parts(page, 'state').length >= 10, 'the member states');
    const styles = elements(page).filter((e) => e.tagName === 'style');
    assert.equal(styles.length, 2);
    for (const style of styles) assert.equal(attr(style, 'nonce'), nonce);
    const second = await fetch(url);
    assert.notEqual(/'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1], nonce, 'a nonce per response');
    await second.text();
  });
});
