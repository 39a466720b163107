// The ticker's dates in luxon's other tokens, written by luxon itself, which the page loads only for
// them. Luxon arrives once per page, so the order of these tests matters: the default format first
// (luxon must not be requested), then the first ticker that needs it (it must wait for luxon without
// showing the tokens or moving the page), then the comparisons, with luxon here.
import { expect, fixture, html } from '@open-wc/testing';
import { resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import type { Feed, Headline } from '../../../src/data/types.js';
import '../../../src/elements/headline-ticker/define.js';
import type { ScoHeadlineTicker } from '../../../src/elements/headline-ticker/sco-headline-ticker.js';
import { until } from '../../helpers/timers.js';

// Room for every module of the page: the browser records 250 by default, then drops the rest.
performance.setResourceTimingBufferSize(100_000);
const luxonRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/node_modules\/luxon\//.test(entry.name));

const PORTAL = '/fx/portal/headlines.rss';
const shadow = (el: Element) => el.shadowRoot!;
/** The dates a reader sees: outside the invisible placeholder and the scroll mode's second copy. */
const shownDates = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="date"]')].filter((date) => !date.closest('.placeholder, [aria-hidden="true"]'));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const FEED: Feed = {
  items: ['2020-01-13T11:10:00Z', '2024-12-30T22:30:00Z', '2021-01-03T12:00:00Z'].map((published, i): Headline => ({
    id: `h${i}`,
    title: `Headline number ${i + 1}`,
    url: `https://example.org/news/${i}`,
    published,
  })),
};

describe('<sco-headline-ticker date-format> with luxon’s other tokens', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
  });

  it('writes the default format and every token of its own without requesting luxon', async () => {
    const wrap = await fixture(html`<div>
      <sco-headline-ticker src=${PORTAL} lang="ru"></sco-headline-ticker>
      <sco-headline-ticker src=${PORTAL} mode="list" lang="fa"></sco-headline-ticker>
      <sco-headline-ticker
        .data=${FEED}
        mode="rotate"
        date-format="y yy yyyy M MM L LL d dd H HH h hh m mm s ss S SSS a MMM MMMM LLL LLLL EEE EEEE E ccc cccc c q qq 'DDD'"
      ></sco-headline-ticker>
    </div>`);
    const tickers = [...wrap.querySelectorAll<ScoHeadlineTicker>('sco-headline-ticker')];
    await until(() => tickers.every((el) => shownDates(el).length > 0), 8000, 'the dates');
    expect(shownDates(tickers[0])[0].textContent).to.match(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(shownDates(tickers[2])[0].textContent).to.match(/ DDD$/);
    expect(luxonRequests()).to.deep.equal([]);
  });

  it('holds the headlines, in the space they will take, until luxon is here; a removed ticker waits for nothing', async () => {
    expect(luxonRequests(), 'luxon not here yet').to.deep.equal([]);
    const box = await fixture<HTMLElement>(html`<div style="width: 320px; font: 16px/1.4 sans-serif">
      <sco-headline-ticker .data=${FEED} mode="list" lang="en" date-format="DDDD" time-zone="UTC"></sco-headline-ticker>
      <sco-headline-ticker .data=${FEED} mode="list" lang="en" date-format="DDDD" time-zone="UTC"></sco-headline-ticker>
      <p>Below the ticker</p>
    </div>`);
    const [el, removed] = box.querySelectorAll<ScoHeadlineTicker>('sco-headline-ticker');
    const shifts: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({
      type: 'layout-shift',
    });
    await el.updateComplete;
    expect(shownDates(el), 'no date while luxon is on its way').to.deep.equal([]);
    expect(shadow(el).textContent).not.to.include('DDDD');
    const held = el.getBoundingClientRect().height;
    removed.remove();

    await until(() => shownDates(el).length === 3, 8000, 'luxon');
    await frame();
    expect(luxonRequests(), 'one request').to.have.length(1);
    expect(shownDates(el)[0].textContent).to.equal('Monday, December 30, 2024');
    expect(el.getBoundingClientRect().height, 'as tall held as shown').to.be.closeTo(held, 1);
    expect(shifts, 'no layout shift').to.deep.equal([]);
    expect(removed.isUpdatePending, 'the removed ticker').to.equal(false);
    expect(shownDates(removed)).to.deep.equal([]);
  });

  for (const locale of ['en', 'ru', 'fa']) {
    for (const pattern of ['DDD', 'ZZZZ', "kkkk-'W'WW"]) {
      for (const zone of ['Asia/Tehran', 'America/New_York', undefined]) {
        it(`date-format="${pattern}" lang="${locale}" time-zone="${zone ?? ''}": luxon’s toFormat`, async () => {
          const { DateTime } = await import('luxon');
          const el = await fixture<ScoHeadlineTicker>(
            html`<sco-headline-ticker .data=${FEED} mode="list" lang=${locale} date-format=${pattern} time-zone=${zone ?? ''}></sco-headline-ticker>`,
          );
          await until(() => shownDates(el).length === 3, 8000, 'the dates');
          // Newest first.
          const expected = [FEED.items[1], FEED.items[2], FEED.items[0]].map((h) =>
            DateTime.fromJSDate(new Date(h.published!), { zone: zone ?? 'system' })
              .setLocale(locale)
              .toFormat(pattern),
          );
          expect(shownDates(el).map((date) => date.textContent)).to.deep.equal(expected);
          expect(expected.join(' ')).not.to.include(pattern.replaceAll("'", ''));
        });
      }
    }
  }
});
