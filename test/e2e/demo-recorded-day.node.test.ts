// The demo page as `npm start` serves it offline (the shipped snapshots): it says it shows a recorded
// day and which, and the day follows the sheet the rates table shows in the page's language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from './browser.js';

let origin: string;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

before(async () => {
  delete process.env.LIVE; // offline: the default of `npm start`
  ({ origin, browser, stop } = await startDemo());
});

after(() => stop?.());

/** The note's text once it is shown and contains `expected`. */
async function noteWith(page: Page, expected: string): Promise<string> {
  await page.waitForFunction(
    (expected) => {
      const note = document.querySelector<HTMLElement>('#recorded-day');
      return note && !note.hidden && note.textContent!.includes(expected);
    },
    expected,
    { timeout: 20_000 },
  );
  return page.locator('#recorded-day').innerText();
}

const caption = (page: Page) => page.locator('#rates').evaluate((table) => table.shadowRoot!.querySelector('[part~=caption]')?.textContent ?? '');

describe('the offline demo', () => {
  it('says it shows a recorded day, with the date of the sheet its table shows, in each language', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);

    const english = await noteWith(page, 'December 13, 2025');
    assert.match(english, /^Offline: this page shows a recorded day, December 13, 2025, not today’s rates\./);
    assert.match(await caption(page), /13\.12\.2025/);

    // Russian reads XML_daily.asp: the Russian sheet, of its own day, and the note follows it.
    await page.selectOption('select[name=lang]', 'ru');
    const russian = await noteWith(page, '21 августа 2021');
    assert.match(russian, /^Офлайн: на странице записанный день, 21 августа 2021 г\./);
    await page.waitForFunction(() => document.querySelector('#rates')!.shadowRoot!.textContent!.includes('21.08.2021'), null, { timeout: 20_000 });

    // Another source in the switch: the note names that sheet's day.
    await page.selectOption('#rates-source', 'nbk');
    await noteWith(page, '18 апреля 2016');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says nothing of a recorded day when a live proxy is given in the address', async () => {
    const page = await browser.newPage();
    // The live proxy here is the dev server's own (offline) one: only the page's belief matters.
    await page.goto(`${origin}/?proxy=${encodeURIComponent(`${origin}/proxy?url={url}`)}`);
    await page.waitForFunction(() => document.querySelector('#rates')?.getAttribute('state') === 'ready', null, { timeout: 20_000 });
    assert.equal(await page.locator('#recorded-day').isHidden(), true);
    await page.close();
  });
});
