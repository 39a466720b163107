// Proxy: runs the proxy's benchmarks, each a script of its own in a child process, and includes
// their tables: the load test (bench/proxy.mjs), memory under hostile loads (bench/proxy-memory.mjs)
// and upstream requests per Workers isolate (bench/proxy-isolates.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './harness.mjs';

/** `plumbing`: arguments passed but left out of the command shown (a temporary file's path). */
function part(script, args, intro, plumbing = []) {
  const command = ['--import', 'tsx', script, ...args];
  const child = spawnSync(process.execPath, [...command, ...plumbing], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) {
    return `Not measured: \`node ${command.join(' ')}\` exited with ${child.status ?? child.signal}.\n\n\`\`\`\n${(child.stderr || '').trim().split('\n').slice(-10).join('\n')}\n\`\`\``;
  }
  return [`\`node ${command.join(' ')}\` ${intro}:`, '', child.stdout.trim()].join('\n');
}

/** The Targets row: cache hits against the plain node:http baseline of the same run. */
function hitTarget(figuresFile) {
  const row = { name: 'Proxy: cache-hit req/s vs node:http sending the same bytes', target: '≥ 0.6×' };
  if (!existsSync(figuresFile)) return { ...row, value: 'not measured' };
  const { baseline, hit, failed } = JSON.parse(readFileSync(figuresFile, 'utf8'));
  const ratio = hit / baseline;
  return { ...row, value: `${Math.round(hit)} vs ${Math.round(baseline)} req/s (${ratio.toFixed(2)}×)`, met: ratio >= 0.6 && failed === 0 };
}

export async function run({ quick }) {
  const figures = join(mkdtempSync(join(tmpdir(), 'sco-proxy-bench-')), 'figures.json');
  const markdown = [
    part(
      'bench/proxy.mjs',
      quick ? ['--seconds', '1', '--requests', '2000'] : [],
      '(cache hits and offline snapshots beside a node:http server sending the same bytes from memory; servers in a child process, all on 127.0.0.1)',
      ['--figures', figures],
    ),
    '### Memory under hostile loads',
    part('bench/proxy-memory.mjs', [], '(the limits in force are in the first column; docs/proxy.md, "Hostile inputs")'),
    '### Upstream requests per Workers isolate',
    part('bench/proxy-isolates.mjs', quick ? ['--isolates', '4', '--locations', '2'] : [], '(docs/proxy.md, "Scale")'),
  ].join('\n\n');
  const targets = [hitTarget(figures)];
  rmSync(dirname(figures), { recursive: true, force: true });
  return { title: 'Proxy', markdown, targets };
}
