// The demo page's language switch, as `npm start` serves the page: it offers every language the
// widgets speak, each by its own name, and switching to one puts the page in it (lang, dir, the
// page's own headings and labels, the offline note). The widgets' words are their own tests' concern.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/core/languages.js';
import { words } from '../../demo/words.js';
import { startDemo } from './browser.js';

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ur']);
/** Languages Chromium has no names for: the switch names them from words.ts. */
const NAMED_BY_THE_PAGE = { ky: 'Кыргызча', tg: 'Тоҷикӣ', be: 'Беларуская', mn: 'Монгол', hy: 'Հայերեն' };

let origin: string;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

before(async () => {
  delete process.env.LIVE; // offline, as `npm start` is by default: the page shows its note
  ({ origin, browser, stop } = await startDemo());
});

after(() => stop?.());

async function openDemo(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.querySelectorAll('select[name=lang] option').length > 1, null, { timeout: 20_000 });
  return { page, errors };
}

/** The page's own words now: each `data-i18n` key with the text it shows. */
const pageWords = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => [el.dataset.i18n!, el.textContent!] as const));

describe('the demo language switch', () => {
  it('offers every language of the widgets, each by its own name', async () => {
    const { page, errors } = await openDemo();
    const options = await page.$$eval('select[name=lang] option', (options) =>
      (options as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.text, lang: o.lang })),
    );
    await page.close();

    assert.deepEqual(
      options.map((o) => o.value),
      [...LANGUAGES],
    );
    const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const { value, text, lang } of options) {
      assert.equal(lang, value, `the ${value} option is marked as written in ${value}`);
      if (value !== 'en') assert.notEqual(text.toLowerCase(), inEnglish.of(value)!.toLowerCase(), `${value} is named in ${value}, not English`);
      if (value in NAMED_BY_THE_PAGE) assert.equal(text, NAMED_BY_THE_PAGE[value as keyof typeof NAMED_BY_THE_PAGE]);
    }
    assert.equal(new Set(options.map((o) => o.text)).size, LANGUAGES.length, 'no two languages share a name');
    assert.deepEqual(errors, []);
  });

  it('puts the page in each language: lang and dir on <html>, its own headings and labels', async () => {
    const { page, errors } = await openDemo();
    const english = new Map(await pageWords(page));
    assert.equal(english.get('headlines'), 'Headlines');

    for (const lang of LANGUAGES) {
      await page.selectOption('select[name=lang]', lang);
      const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      assert.deepEqual(html, { lang, dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr' });

      const shown = await pageWords(page);
      assert.ok(shown.length >= 14, `the page has its headings and labels (${shown.length})`);
      for (const [key, text] of shown) {
        assert.equal(text, words[lang][key as keyof (typeof words)['en']], `${lang}: ${key}`);
        if (lang !== 'en') assert.notEqual(text, english.get(key), `${lang}: ${key} is not left in English`);
      }
    }
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('says offline, in each language, which recorded day the rates table shows, the date in that language', async () => {
    const { page, errors } = await openDemo();
    for (const lang of LANGUAGES) {
      await page.selectOption('select[name=lang]', lang);
      const [before, after] = words[lang].recordedDay.split('{day}') as [string, string];
      // The day between the note's two halves; until the language's file is here, a browser without
      // the language's data writes it in English: wait for the language's own.
      const day = await page.waitForFunction(
        ({ before, after, lang }) => {
          const note = document.querySelector<HTMLElement>('#recorded-day')!;
          const text = note.hidden ? '' : note.textContent!;
          if (!text.startsWith(before) || !text.endsWith(after)) return false;
          const day = text.slice(before.length, text.length - after.length);
          return lang === 'en' || !/December|August|April/.test(day) ? day : false;
        },
        { before, after, lang },
        { timeout: 20_000 },
      );
      assert.match(String(await day.jsonValue()), /\p{Nd}/u, `${lang}: the note names a day`);
    }
    await page.close();
    assert.deepEqual(errors, []);
  });
});
