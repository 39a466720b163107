// Size: `npm run build`, then the project's own size report (scripts/size.mjs --json), beside the
// weight of the three dependencies alone. The budget is enforced by `npm run size`, not here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, table } from './harness.mjs';

const FLOOR = [
  ['lit (every widget)', '≈ 6.0'],
  ['fast-xml-parser 5 `XMLParser` (XML rate sheets and feeds; in the script-tag bundle)', '≈ 21.5'],
  ['luxon (does not tree-shake; only a ticker whose `date-format` has tokens `Intl` does not write loads it)', '≈ 22'],
];

const node = (args) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });

export async function run() {
  const lines = [];
  const targets = [];
  const built = node(['scripts/build.mjs']);
  if (built.status !== 0) {
    return {
      title: 'Size',
      markdown: `Not measured: \`npm run build\` failed (exit ${built.status}):\n\n\`\`\`\n${(built.stderr || built.stdout).trim().split('\n').slice(-15).join('\n')}\n\`\`\``,
      targets,
    };
  }
  if (!existsSync(join(ROOT, 'scripts/size.mjs'))) {
    return { title: 'Size', markdown: 'Not measured: `scripts/size.mjs` is not there.', targets };
  }
  const size = node(['scripts/size.mjs', '--pages', '--json']);
  const out = size.stdout.trim().split('\n');
  const json = out.length && out[out.length - 1].startsWith('{') ? JSON.parse(out.pop()) : undefined;
  if (!out.some((line) => line.startsWith('|'))) {
    const said = (size.stderr || size.stdout).trim().split('\n').slice(-8).join('\n');
    targets.push({ name: 'Size: every output within size-budget.json', target: 'within budget', value: 'not measured (size report failed)' });
    return {
      title: 'Size',
      markdown: `Not measured: \`node scripts/size.mjs --json\` exited with ${size.status} before printing its table:\n\n\`\`\`\n${said}\n\`\`\`\n\nThe dependency floor, min+gzip of each package alone (TOOLCHAIN.md):\n\n${table(['dependency', 'KB'], FLOOR)}`,
      targets,
    };
  }
  const over = size.status !== 0;
  lines.push(
    '`npm run build`, then `node scripts/size.mjs --pages --json` (min+gzip, level 9; "initial" is what a page loads before the widget renders, "lazy" what it imports on demand). Each CDN page first, with where its bytes go: the shares of each file\'s gzip size in proportion to minified bytes, an estimate.',
    '',
    ...out,
    '',
    size.stderr.trim()
      ? `\`scripts/size.mjs\` said: \`${size.stderr.trim().split('\n').join(' ')}\``
      : 'Every output is within its budget (`size-budget.json`).',
    '',
    'The dependency floor, min+gzip of each package alone (TOOLCHAIN.md):',
    '',
    table(['dependency', 'KB'], FLOOR),
  );
  if (json) {
    const bundle = json['script-tag bundle (everything)']?.bytes;
    if (bundle !== undefined)
      lines.push(
        '',
        `The script-tag bundle is ${(bundle / 1024).toFixed(1)} KB: ${(bundle / 1024 - 27.5).toFixed(1)} KB over the ≈ 27.5 KB of lit and fast-xml-parser it must carry.`,
      );
    // One row per ceiling of SPEC.md's quality bars, as scripts/size.mjs measures it.
    for (const [name, { bytes, target }] of Object.entries(json)) {
      if (target === undefined) continue;
      targets.push({ name: `Size: ${name}`, target: `≤ ${target} KB`, value: `${(bytes / 1024).toFixed(1)} KB`, met: bytes <= target * 1024 });
    }
  }
  targets.push({ name: 'Size: every output within size-budget.json', target: 'within budget', value: over ? 'over (see Size)' : 'within', met: !over });
  return { title: 'Size', markdown: lines.join('\n'), targets };
}
