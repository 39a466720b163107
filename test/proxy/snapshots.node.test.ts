import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

describe('embedded snapshots', () => {
  it('src/proxy/snapshots.generated.ts is what scripts/snapshots.mjs makes of snapshots/', { timeout: 30_000 }, async () => {
    const root = new URL('../../', import.meta.url).pathname;
    // Rejects (non-zero exit) when the committed module is out of date.
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/snapshots.mjs', '--check'], { cwd: root });
    assert.equal(stderr, '');
  });
});
