// The server half of the screenshot tests, a web-test-runner plugin. In the page,
// `executeServerCommand('visual-diff', { name })` asks it to photograph the element the page left in
// `window.__visualTarget` (just that element's box, through puppeteer) and compare the picture with
// `<baselines>/<name>.png`. With `update`, a picture that differs (or has no baseline) becomes the baseline;
// a picture exactly like another case's of the run is written too but fails: that case shows nothing new.
// A failed comparison writes the picture taken and a diff image (differing pixels red) to `failed`,
// and names both in its message.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * @param {object} options
 * @param {string} options.baselines folder of the committed baselines
 * @param {string} options.failed folder for the pictures and diffs of failed comparisons (emptied at start)
 * @param {boolean} options.update write the pictures that differ as the new baselines instead of failing
 * @param {number} options.threshold colour distance (pixelmatch's OKLab HyAB, 0–1) under which two pixels count as
 *   equal; edges count like any pixel (a line drawn a fraction of a pixel thicker changes only its anti-aliasing)
 * @param {number} options.maxDiffPixels how many differing pixels a picture may have and still pass
 */
export function visualDiff({ baselines, failed, update, threshold, maxDiffPixels }) {
  /** The name of the case that showed each picture (by a hash of its pixels); the names of all cases run. */
  const shown = new Map();
  const cases = new Set();
  return {
    name: 'visual-diff',
    async serverStart() {
      await rm(failed, { recursive: true, force: true });
    },
    // A baseline no case showed belongs to a case renamed or removed: say so, the author deletes it.
    async serverStop() {
      if (!update || !cases.size) return;
      for (const file of await readdir(baselines)) {
        if (!cases.has(file.replace(/\.png$/, ''))) console.log(`visual: no case shows ${join(baselines, file)}; delete it if its case is gone`);
      }
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'visual-diff') return undefined;
      const name = String(payload?.name ?? '');
      if (!/^[\w-]+$/.test(name)) return { passed: false, message: `visual-diff: "${name}" is not a file name` };
      const page = session.browser.getPage(session.id);
      const target = (await page.evaluateHandle(() => window.__visualTarget)).asElement();
      if (!target) return { passed: false, message: 'visual-diff: no element in window.__visualTarget' };
      const actual = PNG.sync.read(Buffer.from(await target.screenshot({ type: 'png' })));
      const picture = createHash('sha256').update(`${actual.width}×${actual.height}`).update(actual.data).digest('hex');
      const twin = shown.get(picture);
      shown.set(picture, name);
      cases.add(name);
      const baselineFile = join(baselines, `${name}.png`);
      const baseline = await readFile(baselineFile).then(
        (bytes) => PNG.sync.read(bytes),
        () => undefined,
      );
      const result = baseline && compare(baseline, actual, threshold);
      const passed = !!result && !result.resized && result.diffPixels <= maxDiffPixels;
      if (update) {
        if (!passed) {
          await mkdir(baselines, { recursive: true });
          await writeFile(baselineFile, PNG.sync.write(actual, { deflateLevel: 9 }));
        }
        if (twin && twin !== name)
          return { passed: false, message: `${name} looks exactly like ${twin}: drop one of the two cases, or give it what it is there to show` };
        return { passed: true, updated: !passed };
      }
      if (passed) return { passed, diffPixels: result.diffPixels };
      await mkdir(failed, { recursive: true });
      const actualFile = join(failed, `${name}.png`);
      await writeFile(actualFile, PNG.sync.write(actual));
      const here = (file) => relative(process.cwd(), file);
      if (!baseline) return { passed, message: `no baseline ${here(baselineFile)}; this run's picture: ${here(actualFile)}` };
      const diffFile = join(failed, `${name}.diff.png`);
      await writeFile(diffFile, PNG.sync.write(result.diff));
      const size = (png) => `${png.width}×${png.height}`;
      const what = result.resized
        ? `is ${size(actual)} px, the baseline ${size(baseline)} px`
        : `differs from the baseline in ${result.diffPixels} pixels (at most ${maxDiffPixels} may)`;
      return { passed, message: `${name} ${what}\n  baseline: ${here(baselineFile)}\n  this run: ${here(actualFile)}\n  diff:     ${here(diffFile)}` };
    },
  };
}

/** Differing pixels and a diff image; pictures of different sizes (never a pass) are laid on the larger canvas, the rest transparent. */
function compare(baseline, actual, threshold) {
  const width = Math.max(baseline.width, actual.width);
  const height = Math.max(baseline.height, actual.height);
  const resized = baseline.width !== actual.width || baseline.height !== actual.height;
  const [a, b] = resized ? [baseline, actual].map((png) => onCanvas(png, width, height)) : [baseline, actual];
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, width, height, { threshold, includeAA: true });
  return { diffPixels, diff, resized };
}

function onCanvas(png, width, height) {
  const canvas = new PNG({ width, height });
  PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
  return canvas;
}
