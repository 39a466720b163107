// The package as a user gets it: `npm pack` of this checkout, installed into a new scratch project
// with the packages a user's app would have beside it. The dependencies come from the npm cache that
// `npm ci` filled (offline); only if something is missing there does npm ask the registry.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A console logger that prints each step with the seconds since it was made. */
export function stepper(name) {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  return Object.assign((what) => console.log(`${name}: ${what} (${seconds()} s)`), { seconds });
}

/** The version of a package this checkout installed, so that the scratch install finds it in the cache. */
export async function installedVersion(name, repo = process.cwd()) {
  return JSON.parse(await readFile(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Packs the repository at `repo` and installs the tarball with `packages` (name@version specs) into a
 * new project under a new temporary folder. Returns the folders and how npm installed.
 */
export async function scratchProject(prefix, packages = [], repo = process.cwd()) {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], repo));
  const project = join(scratch, 'project');
  run('mkdir', ['-p', project]);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  const install = ['install', join(scratch, filename), ...packages, '--no-audit', '--no-fund', '--no-package-lock'];
  let mode = 'offline';
  try {
    run('npm', [...install, '--offline'], project);
  } catch {
    mode = 'prefer-offline';
    run('npm', [...install, '--prefer-offline'], project);
  }
  return { scratch, project, installed: join(project, 'node_modules/sco-widgets'), tarball: filename, mode };
}
