import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { viaProxy } from './upstream-server.js';

const cli = new URL('../../src/proxy/cli.ts', import.meta.url).pathname;

/** Starts the CLI with `args` on a free port; resolves with its origin once it says it listens. */
async function startCli(args: string[]): Promise<{ origin: string; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--conditions=sco-widgets-source', '--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
  const stop = async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    return code;
  };
  return { origin, output: () => output, stop };
}

describe('sco-widgets-proxy CLI', () => {
  it('--render --offline answers /render/<tag> with the widget as HTML from the snapshots', { timeout: 30_000 }, async () => {
    const proxy = await startCli(['--offline', '--render']);
    try {
      assert.match(proxy.output(), /\(renders \/render\/<tag>\)/);
      const response = await fetch(`${proxy.origin}/render/sco-currency-table?lang=ru`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      const html = await response.text();
      assert.match(html, /^<sco-currency-table\s+state="ready"><template shadowroot="open" shadowrootmode="open">/);
      assert.ok(html.includes('21.08.2021'));
    } finally {
      assert.equal(await proxy.stop(), 0);
    }
    assert.match(proxy.output(), /GET \/render\/sco-currency-table\?lang=ru 200 miss [\d.]+ms/);
  });

  it('without --render, /render/… is the data route as before', { timeout: 30_000 }, async () => {
    const proxy = await startCli(['--offline']);
    try {
      const response = await fetch(`${proxy.origin}/render/sco-currency-table`);
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: string }).error, 'bad-url');
    } finally {
      await proxy.stop();
    }
  });

  it('--help names the routes, --render and --offline', () => {
    const help = execFileSync(process.execPath, ['--import', 'tsx', cli, '--help'], { encoding: 'utf8' });
    assert.match(help, /^Usage: sco-widgets-proxy/);
    assert.match(help, /GET \/render\/<tag>\?<attribute>=<value>&lang=<lang>/);
    assert.match(help, /--render\s+also answer \/render\/<tag>/);
    assert.match(help, /<!--#include virtual="\/render\/sco-currency-table\?lang=ru"-->/);
  });

  it('serves a snapshot offline on a free port, logs the request and exits 0 on SIGTERM', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1', '--offline'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
      });
      const response = await fetch(viaProxy(UPSTREAMS.nbkr).replace('http://proxy.test', origin));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/xml; charset=utf-8');
      assert.match(await response.text(), /<CurrencyRates Name="Daily Exchange Rates" Date="18\.07\.2022">/);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0, output);
      assert.match(output, /GET \/\?url=https%3A%2F%2Fwww\.nbkr\.kg%2FXML%2Fdaily\.xml 200 snapshot [\d.]+ms/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
