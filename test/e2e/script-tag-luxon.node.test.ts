// The script-tag bundle and the ticker's rarer date tokens: luxon is not inside the bundle's text for
// them but in `luxon.js` beside it, downloaded only by a page whose `date-format` needs it. And what
// the bundle loads from beside itself may hang: the headlines are shown within `data-timeout` anyway.
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

/**
 * The same under /hang/, where `luxon.js` and the language files never answer, on a page that gives
 * one attempt 2 s (`data-timeout`).
 */
const hungPage = (lang: string, format: string | null) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Ticker</title>
<script src="/hang/sco-widgets.min.js" data-timeout="2000"></script></head>
<body><sco-headline-ticker src="/fx/portal/headlines.rss" mode="list" limit="2" time-zone="Asia/Almaty"${format === null ? '' : ` date-format="${format}"`}></sco-headline-ticker></body></html>`;

/** Answers held back by the hanging files, let go when the tests end. */
const held: Array<() => void> = [];

let server: Awaited<ReturnType<typeof servePages>>;
let origin: string;
let browser: Browser;

before(async () => {
  const js = { 'content-type': 'text/javascript' };
  const files: Record<string, string> = { '/static/sco-widgets.min.js': await scriptTagBundle(), '/static/luxon.js': await luxonBesideTheScript() };
  server = await servePages((url) => {
    if (url.pathname === '/') return { body: page(url.searchParams.get('format')), headers: { 'content-type': 'text/html; charset=utf-8' } };
    if (url.pathname === '/hung') {
      return { body: hungPage(url.searchParams.get('lang') ?? 'en', url.searchParams.get('format')), headers: { 'content-type': 'text/html; charset=utf-8' } };
    }
    if (url.pathname in files) return { body: files[url.pathname], headers: js };
    if (url.pathname === '/hang/sco-widgets.min.js') return { body: files['/static/sco-widgets.min.js'], headers: js };
    if (url.pathname.startsWith('/hang/')) return new Promise<undefined>((resolve) => held.push(() => resolve(undefined)));
    return fixtureAnswer(url.pathname, { 'content-type': 'application/rss+xml' });
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  held.forEach((release) => release());
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

  for (const [what, lang, format, expected] of [
    ['luxon.js hangs', 'ru', FORMAT, ['13.01.2020 17:10', '13.01.2020 16:58']],
    ['the language file hangs', 'kk', null, ['13.01.2020 17:10', '13.01.2020 16:58']],
  ] as const) {
    it(`${what}: the headlines are shown within data-timeout, dates in the default format, words in English`, async () => {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/hung?lang=${lang}${format === null ? '' : `&format=${encodeURIComponent(format)}`}`);
      // Twice data-timeout at most: a ticker that waited for good never gets here.
      await tab.waitForFunction(
        () => {
          const ticker = document.querySelector('sco-headline-ticker');
          return !!ticker?.checkVisibility({ visibilityProperty: true }) && !ticker.matches(':state(translating)');
        },
        null,
        { timeout: 4000 },
      );
      assert.deepEqual(await shownTickerDates(tab, 2), [...expected]);
      const seen = await tab.evaluate(() => {
        const link = document
          .querySelector('sco-headline-ticker')!
          .shadowRoot!.querySelector('.placeholder ~ *, [part~="list"]:not(.placeholder [part~="list"]) [part~="link"]');
        return link ? link.checkVisibility({ visibilityProperty: true }) : false;
      });
      assert.equal(seen, true);
      await tab.close();
    });
  }
});
