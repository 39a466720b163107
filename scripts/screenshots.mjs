// Screenshots of the demo in light, dark and right-to-left, for the README and for looking at what
// we ship. Starts the demo server (offline data) on a free loopback port, drives Debian's Chromium.
//   node scripts/screenshots.mjs [outDir]     (default docs/screenshots)
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
await mkdir(out, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROMIUM_ARGS,
});
const shots = [
  { name: 'light', lang: 'en', scheme: 'light' },
  { name: 'dark', lang: 'ru', scheme: 'dark' },
  { name: 'rtl', lang: 'fa', scheme: 'light' },
  { name: 'zh', lang: 'zh', scheme: 'light' },
  // Languages loaded on demand: one Chromium has no data for, one right to left, one in Devanagari.
  { name: 'kk', lang: 'kk', scheme: 'light' },
  { name: 'ar', lang: 'ar', scheme: 'dark' },
  { name: 'hi', lang: 'hi', scheme: 'light' },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: shot.scheme });
    page.on('pageerror', (e) => console.error(`[${shot.name}] page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.selectOption('select[name=lang]', shot.lang);
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('[state]')].every((el) => el.getAttribute('state') !== 'loading' && !el.matches(':state(translating)')),
        null,
        { timeout: 15000 },
      )
      .catch(() => console.error(`[${shot.name}] some widget is still loading`));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/demo-${shot.name}.png`, fullPage: true });
    console.log(`${out}/demo-${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
