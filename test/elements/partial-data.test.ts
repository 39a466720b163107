import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/rate-chart/define.js';
import { LANGUAGES, requestLanguage, type Catalog } from '../../src/i18n/index.js';
import { loadLanguageFile } from '../../src/i18n/load.js';
import * as en from '../../src/i18n/languages/en.js';
import * as ru from '../../src/i18n/languages/ru.js';
import * as zh from '../../src/i18n/languages/zh.js';
import { until } from '../helpers/timers.js';

const PORTAL = '/fx/portal/headlines.rss';
/** The portal's feed cut off inside its fourth item, as a connection that drops sends it. */
const PORTAL_CUT = `${PORTAL}?truncate=1100`;
/** A BBC Urdu feed from the wild (miniflux's test data) cut off inside its fifth item. */
const URDU = '/fx/miniflux/urdu_UTF8.xml';
const URDU_CUT_AT = 5000;
/** The Bank of Russia's CNY history of 28.08–02.09.2021 with one record dated 31.02.2021. */
const HISTORY_ONE_BAD = '/fx/hostile/XML_dynamic_CNY_2021-08-28_2021-09-02.one-bad-date.xml';
const HISTORY = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
/** The Bank of Russia's sheet of 13.12.2025 with one malformed <Valute>. */
const SHEET_ONE_BAD = '/fx/hostile/XML_daily_eng_2025-12-13.one-bad-valute.xml';
const SHEET = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const shadow = (el: Element) => el.shadowRoot!;
const notes = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="status"][data-state="partial"]')];
const headlines = (el: Element) => [...shadow(el).querySelectorAll('[part~="link"]')].filter((a) => !a.closest('[aria-hidden="true"]'));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function ready(template: TemplateResult) {
  const el = await fixture<Widget>(template);
  await until(() => el.state !== 'loading', 8000, 'the data');
  await el.updateComplete;
  await frame();
  return el;
}

/** The one note: shown, in the widget's box, not covered, not covering the data, and announced politely or part of a caption. */
function theNote(el: Widget): HTMLElement {
  expect(el.state, 'the state stays').to.equal('ready');
  const found = notes(el);
  expect(found, 'one note').to.have.length(1);
  const [note] = found;
  expect(note.checkVisibility({ opacityProperty: true, visibilityProperty: true }), 'visible').to.be.true;
  const box = note.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(box.height).to.be.greaterThan(5);
  expect(box.top).to.be.at.least(host.top - 1);
  expect(box.bottom).to.be.at.most(host.bottom + 1);
  // The first line of it (a note at the end of a caption may wrap).
  const first = note.getClientRects()[0];
  const atCentre = el.shadowRoot!.elementFromPoint(first.left + Math.min(first.width / 2, 10), first.top + first.height / 2);
  expect(note.contains(atCentre), 'nothing lies over the note').to.be.true;
  return note;
}

const catalogs: Record<string, Catalog> = { en, ru, zh };

describe('incomplete data is said on screen (issue 27, item 3)', () => {
  before(async () => {
    for (const lang of LANGUAGES) catalogs[lang] ??= (await loadLanguageFile(lang as Parameters<typeof loadLanguageFile>[0])) as Catalog;
    await Promise.all(LANGUAGES.map((lang) => requestLanguage(lang)));
  });
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0 });
  });

  describe('a feed cut short', () => {
    for (const mode of ['list', 'scroll', 'rotate']) {
      it(`mode="${mode}": the complete headlines, and a visible note while state stays ready`, async () => {
        const el = await ready(html`<sco-headline-ticker lang="en" mode=${mode} src=${PORTAL_CUT}></sco-headline-ticker>`);
        const note = theNote(el);
        expect(note.textContent).to.equal('Some headlines may be missing.');
        if (mode === 'list') expect(note.getBoundingClientRect().bottom, 'above the list').to.be.at.most(headlines(el)[0].getBoundingClientRect().top + 1);
        else {
          // Beside the moving line, covering none of it, and the ticker as tall as without the note.
          const viewport = shadow(el).querySelector('[part~="viewport"]')!.getBoundingClientRect();
          expect(note.getBoundingClientRect().left, 'after the headlines').to.be.at.least(viewport.right - 1);
          const whole = await ready(html`<sco-headline-ticker lang="en" mode=${mode} src=${PORTAL}></sco-headline-ticker>`);
          expect(el.getBoundingClientRect().height, 'as tall as the whole feed’s').to.be.closeTo(whole.getBoundingClientRect().height, 1);
        }
        if (mode === 'rotate') expect(headlines(el)).to.have.length(1);
        else expect(headlines(el).map((a) => a.textContent!.trim())[0]).to.equal('SCO Secretary-General meets with Turkmenistans Ambassador to China');
        if (mode === 'list') expect(headlines(el)).to.have.length(3);
      });
    }

    it('a BBC Urdu feed cut inside its fifth item, in an Urdu page: the four complete items, the note in Urdu', async () => {
      const whole = new Uint8Array(await (await fetch(URDU)).arrayBuffer());
      const complete = new TextDecoder().decode(whole.subarray(0, URDU_CUT_AT)).split('</item>').length - 1;
      expect(complete).to.equal(4);
      const el = await ready(html`<sco-headline-ticker lang="ur" mode="list" limit="30" src=${`${URDU}?truncate=${URDU_CUT_AT}`}></sco-headline-ticker>`);
      expect(theNote(el).textContent).to.equal(catalogs.ur.ticker.partial);
      expect(headlines(el)).to.have.length(complete);
    });

    it('the whole feed: no note', async () => {
      const el = await ready(html`<sco-headline-ticker lang="en" mode="list" src=${PORTAL}></sco-headline-ticker>`);
      expect(el.state).to.equal('ready');
      expect(notes(el)).to.have.length(0);
    });
  });

  describe('a history with a day that could not be read', () => {
    it('the chart draws the other days, says so above them, and keeps its height', async () => {
      const whole = await ready(html`<sco-rate-chart lang="en" code="CNY" src=${HISTORY}></sco-rate-chart>`);
      expect(notes(whole)).to.have.length(0);
      const height = whole.getBoundingClientRect().height;
      const el = await ready(html`<sco-rate-chart lang="en" code="CNY" src=${HISTORY_ONE_BAD}></sco-rate-chart>`);
      const note = theNote(el);
      expect(note.textContent).to.equal('The rates of some days could not be read.');
      expect(note.getBoundingClientRect().bottom, 'above the chart, covering none of it').to.be.at.most(
        shadow(el).querySelector('[part~="summary"]')!.getBoundingClientRect().top + 1,
      );
      expect(shadow(el).querySelectorAll('[part~="point"]')).to.have.length(3);
      expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
    });
  });

  describe('a sheet with a row that could not be read', () => {
    it('the table ends its caption with the note; the converter its note; both ready', async () => {
      const table = await ready(html`<sco-currency-table lang="en" src=${SHEET_ONE_BAD}></sco-currency-table>`);
      expect(theNote(table).textContent).to.equal('(some rates could not be read)');
      expect(theNote(table).closest('caption')).to.exist;
      const converter = await ready(html`<sco-currency-converter lang="en" src=${SHEET_ONE_BAD}></sco-currency-converter>`);
      expect(theNote(converter).textContent).to.equal('(some rates could not be read)');
      const intact = await ready(html`<sco-currency-table lang="en" src=${SHEET}></sco-currency-table>`);
      expect(notes(intact)).to.have.length(0);
    });
  });

  describe('in all 16 languages', () => {
    for (const lang of LANGUAGES) {
      it(`${lang}: each note in its words`, async () => {
        const m = catalogs[lang];
        if (lang !== 'en') {
          expect(m.ticker.partial).not.to.equal(en.ticker.partial);
          expect(m.chart.partial).not.to.equal(en.chart.partial);
        }
        const ticker = await ready(html`<sco-headline-ticker lang=${lang} mode="list" src=${PORTAL_CUT}></sco-headline-ticker>`);
        expect(theNote(ticker).textContent, 'ticker').to.equal(m.ticker.partial);
        const chart = await ready(html`<sco-rate-chart lang=${lang} code="CNY" src=${HISTORY_ONE_BAD}></sco-rate-chart>`);
        expect(theNote(chart).textContent, 'chart').to.equal(m.chart.partial);
        const table = await ready(html`<sco-currency-table lang=${lang} src=${SHEET_ONE_BAD}></sco-currency-table>`);
        expect(theNote(table).textContent, 'table').to.equal(m.sources.partial);
      });
    }
  });
});
