// Proxy: runs the existing load test (bench/proxy.mjs) as a child process and includes its table.
import { spawnSync } from 'node:child_process';
import { ROOT } from './harness.mjs';

export async function run({ quick }) {
  const args = ['--import', 'tsx', 'bench/proxy.mjs', ...(quick ? ['--seconds', '1', '--requests', '2000'] : [])];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (child.status !== 0) {
    return { title: 'Proxy', markdown: `Not measured: \`node ${args.join(' ')}\` exited with ${child.status ?? child.signal}.\n\n\`\`\`\n${(child.stderr || '').trim().split('\n').slice(-10).join('\n')}\n\`\`\``, targets: [] };
  }
  return {
    title: 'Proxy',
    markdown: [`\`node ${args.join(' ')}\` (cache hits and offline snapshots beside a node:http server sending the same bytes from memory; servers in a child process, all on 127.0.0.1):`, '', child.stdout.trim()].join('\n'),
    targets: [],
  };
}
