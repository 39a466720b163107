import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { SOURCE_CONDITION } from './scripts/source-condition.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';

/**
 * `executeServerCommand('viewer-zone', { zone })` puts the test page in another time zone, as a
 * viewer elsewhere sees it (Chromium's own override: `Date` and `Intl` follow); no zone restores the system's.
 */
const viewerZone = {
  name: 'viewer-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'viewer-zone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload?.zone);
    return true;
  },
};

/**
 * `executeServerCommand('emulate-media-features', { features: [{ name, value }], media })` emulates CSS
 * media features, `forced-colors: active` among them (which puppeteer's `emulateMediaFeatures` refuses),
 * and optionally the media type (`print`), in one DevTools call: each call replaces all that the last
 * emulated, and `{ features: [] }` restores the browser's own. Not to be mixed with `emulateMedia`,
 * whose puppeteer skips calls it believes change nothing.
 */
const devTools = new WeakMap();
export const emulateMediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!devTools.has(page)) devTools.set(page, await page.createCDPSession());
    await devTools.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [], media: payload?.media ?? '' });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: [SOURCE_CONDITION] },
  hostname: '127.0.0.1',
  // One test file at a time: a page in a background tab gets no animation frames and reads as
  // hidden, which pauses exactly what these tests watch (refresh timers, animations, resizes).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [fixtureServer()],
  plugins: [viewerZone, emulateMediaFeatures, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
