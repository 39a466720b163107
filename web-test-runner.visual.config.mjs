// The screenshot tests (test/visual/): the browser tests' set-up, plus the comparison with the committed
// baselines and a Chromium that sees only the fonts CI installs. `npm run test:visual`;
// `npm run test:visual:update` (SCO_VISUAL_UPDATE=1) takes the pictures that differ as the new baselines.
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { visualDiff } from './test/visual/visual-diff.mjs';
import browserTests from './web-test-runner.config.mjs';

export default {
  ...browserTests,
  files: ['test/visual/**/*.test.ts'],
  testFramework: { config: { timeout: 20000 } },
  // One file of about 90 cases, under a minute here; room for a slower machine.
  testsFinishTimeout: 300000,
  plugins: [
    ...browserTests.plugins,
    visualDiff({
      baselines: 'test/visual/baselines',
      failed: 'test/visual/failed',
      update: process.env.SCO_VISUAL_UPDATE === '1',
      // Runs here are identical to the bit. A pixel counts as changed when its colour moves by more
      // than 2 % of black-to-white (±1–2 levels of rounding pass; a 1 px move, a glyph, a colour token
      // 5 levels off do not), and no pixel may change (docs/visual-tests.md has the figures).
      threshold: 0.02,
      maxDiffPixels: 0,
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('test/visual/fonts.conf', import.meta.url)) },
      },
    }),
  ],
};
