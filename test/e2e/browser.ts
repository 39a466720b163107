/** What end-to-end tests share: Debian's Chromium driven by playwright-core, and a page server on 127.0.0.1. */
import { readFile } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { besideTheScript } from '../../scripts/beside-the-script.mjs';
import { languageSections } from '../../scripts/language-sections.mjs';
import { minifyLitCss } from '../../scripts/minify-lit-css.mjs';
import { SOURCE_CONDITION } from '../../scripts/source-condition.mjs';
import { terse } from '../../scripts/terse.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/** The dates a reader sees in the page's ticker (the placeholder's are invisible), once it shows `count` of them. */
export async function shownTickerDates(tab: Page, count: number): Promise<string[]> {
  const dates = (count: number) => {
    const shown = [...(document.querySelector('sco-headline-ticker')?.shadowRoot?.querySelectorAll('[part~="date"]') ?? [])]
      .filter((date) => !date.closest('.placeholder'))
      .map((date) => date.textContent ?? '');
    return shown.length === count ? shown : undefined;
  };
  await tab.waitForFunction(dates, count, { timeout: 15000 });
  return (await tab.evaluate(dates, count))!;
}

/**
 * The demo and its embed builder as `npm start` serves them (Vite, offline unless `LIVE` is set), on a
 * free loopback port, with Chromium to open them; `stop()` closes both.
 */
export async function startDemo(): Promise<{ origin: string; browser: Browser; stop: () => Promise<void> }> {
  const { createServer: createVite } = await import('vite');
  const server = await createVite({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  const browser = await launchChromium();
  const stop = async () => {
    await browser.close();
    await server.close();
  };
  return { origin: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`, browser, stop };
}

/** The script-tag bundle as scripts/build.mjs builds dist/sco-widgets.min.js, from the sources, in memory. */
export async function scriptTagBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: ['src/bundle.ts'],
    conditions: [SOURCE_CONDITION],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [minifyLitCss, languageSections, besideTheScript],
  });
  return (await terse(result.outputFiles[0]!.text, { module: false })).code;
}

/** `luxon.js`, which the script-tag bundle loads from beside itself, as scripts/build.mjs builds it, in memory. */
export async function luxonBesideTheScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: ['luxon'], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', legalComments: 'none' });
  return (await terse(result.outputFiles[0]!.text)).code;
}

/** An answer: a body with its headers, or undefined for a 404. */
export type Answer = { body: string | Uint8Array; headers?: OutgoingHttpHeaders } | undefined;

const fixtures = new URL('../fixtures/', import.meta.url);

/** `/fx/<file>` answered from `test/fixtures/<file>`, as the browser tests' fixture server does. */
export async function fixtureAnswer(pathname: string, headers?: OutgoingHttpHeaders): Promise<Answer> {
  if (!pathname.startsWith('/fx/') || pathname.includes('..')) return undefined;
  try {
    return { body: await readFile(new URL(pathname.slice(4), fixtures)), headers };
  } catch {
    return undefined;
  }
}

/**
 * Serves a test page on 127.0.0.1 (a free port): `answer` decides each path; `headers` go on
 * every response (a Content-Security-Policy, say). Resolves with the origin and a way to stop.
 */
export async function servePages(answer: (url: URL) => Answer | Promise<Answer>, headers: OutgoingHttpHeaders = {}) {
  const server = createServer(async (req, res: ServerResponse) => {
    const found = await answer(new URL(req.url ?? '/', 'http://127.0.0.1'));
    res.writeHead(found ? 200 : 404, { ...headers, ...found?.headers }).end(found?.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
