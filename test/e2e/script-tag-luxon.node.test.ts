// The script-tag bundle and the ticker's rarer date tokens: luxon is not inside the bundle's text for
// them but in `luxon.js` beside it, downloaded only by a page whose `date-format` needs it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { fixtureAnswer, launchChromium, luxonBesideTheScript, scriptTagBundle, servePages, shownTickerDates } from './browser.js';

const FORMAT = "DDDD 'at' t ZZZZ";

/** A page with the bundle under /static/ (so `luxon.js` is found from its URL, not the page's) and one ticker. */
const page = (format: string | null) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Ticker</title>
<script src="/static/sco-widgets.min.js"></script></head>
<body><sco-headline-ticker src="/fx/portal/headlines.rss" mode="list" limit="2" time-zone="Asia/Almaty"${format === null ? '' : ` date-format="${format}"`}></sco-headline-ticker></body></html>`;

let server: Awaited<ReturnType<typeof servePages>>;
let origin: string;
let browser: Browser;

before(async () => {
  const js = { 'content-type': 'text/javascript' };
  const files: Record<string, string> = { '/static/sco-widgets.min.js': await scriptTagBundle(), '/static/luxon.js': await luxonBesideTheScript() };
  server = await servePages((url) => {
    if (url.pathname === '/') return { body: page(url.searchParams.get('format')), headers: { 'content-type': 'text/html; charset=utf-8' } };
    if (url.pathname in files) return { body: files[url.pathname], headers: js };
    return fixtureAnswer(url.pathname, { 'content-type': 'application/rss+xml' });
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the page; resolves with the two dates shown and the paths the page requested. */
async function tickerDates(format: string | null) {
  const tab = await browser.newPage();
  const requested: string[] = [];
  tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await tab.goto(`${origin}/${format === null ? '' : `?format=${encodeURIComponent(format)}`}`);
  const shown = await shownTickerDates(tab, 2);
  await tab.waitForLoadState('networkidle');
  await tab.close();
  return { shown, requested };
}

describe('the script-tag bundle’s ticker and luxon', () => {
  it('writes the default format without requesting luxon.js', async () => {
    const { shown, requested } = await tickerDates(null);
    assert.deepEqual(shown, ['13.01.2020 17:10', '13.01.2020 16:58']);
    assert.deepEqual(
      requested.filter((path) => path.includes('luxon')),
      [],
    );
  });

  it('loads luxon.js from beside the bundle for luxon’s other tokens and writes what luxon writes', async () => {
    const { shown, requested } = await tickerDates(FORMAT);
    const expected = ['2020-01-13T11:10:00Z', '2020-01-13T10:58:00Z'].map((iso) =>
      DateTime.fromISO(iso, { zone: 'Asia/Almaty' }).setLocale('ru').toFormat(FORMAT),
    );
    assert.deepEqual(shown, expected);
    assert.deepEqual(
      requested.filter((path) => path.includes('luxon')),
      ['/static/luxon.js'],
    );
  });
});
