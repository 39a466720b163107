import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { viaProxy } from './upstream-server.js';

const cli = new URL('../../src/proxy/cli.ts', import.meta.url).pathname;

describe('sco-widgets-proxy CLI', () => {
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
