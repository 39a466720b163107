// Proxy: runs the proxy's benchmarks, each a script of its own in a child process, and includes
// their tables: the load test (bench/proxy.mjs), memory under hostile loads (bench/proxy-memory.mjs)
// and upstream requests per Workers isolate (bench/proxy-isolates.mjs).
import { spawnSync } from 'node:child_process';
import { ROOT } from './harness.mjs';

function part(script, args, intro) {
  const command = ['--import', 'tsx', script, ...args];
  const child = spawnSync(process.execPath, command, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) {
    return `Not measured: \`node ${command.join(' ')}\` exited with ${child.status ?? child.signal}.\n\n\`\`\`\n${(child.stderr || '').trim().split('\n').slice(-10).join('\n')}\n\`\`\``;
  }
  return [`\`node ${command.join(' ')}\` ${intro}:`, '', child.stdout.trim()].join('\n');
}

export async function run({ quick }) {
  const markdown = [
    part(
      'bench/proxy.mjs',
      quick ? ['--seconds', '1', '--requests', '2000'] : [],
      '(cache hits and offline snapshots beside a node:http server sending the same bytes from memory; servers in a child process, all on 127.0.0.1)',
    ),
    '### Memory under hostile loads',
    part('bench/proxy-memory.mjs', [], '(the limits in force are in the first column; docs/proxy.md, "Hostile inputs")'),
    '### Upstream requests per Workers isolate',
    part('bench/proxy-isolates.mjs', quick ? ['--isolates', '4', '--locations', '2'] : [], '(docs/proxy.md, "Scale")'),
  ].join('\n\n');
  return { title: 'Proxy', markdown, targets: [] };
}
