import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { SOURCE_CONDITION } from './scripts/source-condition.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: [SOURCE_CONDITION] },
  hostname: '127.0.0.1',
  // One test file at a time: a page in a background tab gets no animation frames and reads as
  // hidden, which pauses exactly what these tests watch (refresh timers, animations, resizes).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [fixtureServer()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
