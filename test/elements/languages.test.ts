/**
 * Every widget in every language it speaks: no English UI string left (codes, numbers and the data
 * aside), right-to-left languages mirrored, axe clean. Languages beyond en/ru/zh arrive on demand,
 * so each case also proves the file is found and used.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import * as en from '../../src/i18n/languages/en.js';
import { LANGUAGES, type Language } from '../../src/core/languages.js';
import '../../src/elements/clock/define.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/member-states/define.js';
import '../../src/elements/rate-chart/define.js';
import type { Feed, RateSeries, RateSheet } from '../../src/data/types.js';
import { SCO_STATES } from '../../src/sco/states.js';
import { intlGaps } from '../../src/core/intl-cache.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { until } from '../helpers/timers.js';

const rate = (code: string, nominal: number, value: number) => ({ code, name: code, nominal, value, perUnit: value / nominal });
const sheet: RateSheet = {
  source: 'cbr',
  base: 'RUB',
  date: '2025-12-13',
  rates: [rate('CNY', 1, 11.2726), rate('KZT', 100, 15.2345), rate('BYN', 1, 27.0211), rate('INR', 10, 8.8342)],
  previous: [rate('CNY', 1, 11.3001), rate('KZT', 100, 15.1), rate('BYN', 1, 27.0211), rate('INR', 10, 8.9)],
};
const series: RateSeries = {
  source: 'cbr',
  base: 'RUB',
  code: 'CNY',
  points: Array.from({ length: 30 }, (_, i) => ({
    date: `2025-11-${String(i + 1).padStart(2, '0')}`,
    nominal: 1,
    value: 11 + Math.sin(i / 4),
    perUnit: 11 + Math.sin(i / 4),
  })),
};
// Headlines are data: numbers only, so they cannot pass for a UI string in any language.
const feed: Feed = { items: [1, 2, 3].map((n) => ({ id: String(n), title: `№ ${n}`, url: `https://example.org/${n}`, published: `2025-12-1${n}T09:00:00Z` })) };

/** Each widget with every option that shows words, on data given directly. */
const widgets = {
  table: () => html`<sco-currency-table .data=${sheet} currencies="CNY,KZT,BYN,INR,TJS" show-change></sco-currency-table>`,
  converter: () => html`<sco-currency-converter .data=${sheet}></sco-currency-converter>`,
  chart: () => html`<sco-rate-chart .data=${series} code="CNY"></sco-rate-chart>`,
  clocks: () => html`<sco-capital-clocks group="all" show-date show-offset show-daynight></sco-capital-clocks>`,
  ticker: () => html`<sco-headline-ticker .data=${feed} mode="scroll"></sco-headline-ticker>`,
  members: () => html`<sco-member-states as-of="2020-01-13"></sco-member-states>`,
  error: () => html`<sco-clock zone="Mars/Olympus_Mons"></sco-clock>`,
};

/** The English words of the built-in sections: each run of letters between placeholders, three letters or more. */
function englishWords(): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') for (const word of value.replace(/\{[\w-]+\}/g, ' ').match(/\p{L}{3,}/gu) ?? []) words.add(word);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  // Attribute names and values that messages quote stay Latin in every language.
  const quoted = new Set([
    'code',
    'src',
    'source',
    'zone',
    'zones',
    'group',
    'base',
    'date',
    'proxy',
    'data',
    'members',
    'partners',
    'all',
    'script',
    'ISO',
    'IANA',
    'Asia',
    'Shanghai',
    'CNY',
    'YYYY',
  ]);
  [en.configErrors, en.dataStatus, en.sources, en.table, en.converter, en.chart, en.clock, en.ticker, en.members].forEach(visit);
  // Names of places may be written alike in English and in another language (Minsk, Ankara, Belarus).
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const places = [...Object.values(en.capitals), ...SCO_STATES.map((state) => regionNames.of(state.code)!)].flatMap((name) => name.match(/\p{L}{3,}/gu) ?? []);
  return new Set([...words].filter((word) => !quoted.has(word) && !places.includes(word)));
}
const ENGLISH = englishWords();

/** What a reader sees or hears of a widget: text, accessible names, tooltips (not the invisible stand-ins). */
function shownText(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.classList.contains('placeholder') || node.hasAttribute('inert'))) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element)
      for (const attribute of ['aria-label', 'title', 'alt']) if (node.hasAttribute(attribute)) parts.push(node.getAttribute(attribute)!);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ');
}

const RTL = new Set<Language>(['ar', 'fa', 'ur']);

/** The month and weekday names of a locale, as Intl writes them. */
function namesOf(locale: string): string[] {
  const names: string[] = [];
  for (let month = 0; month < 12; month++) {
    const day = new Date(Date.UTC(2025, month, 13));
    for (const style of ['long', 'short'] as const) {
      names.push(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(day));
      names.push(new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(day));
      names.push(
        ...new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' })
          .formatToParts(day)
          .filter((p) => p.type === 'month')
          .map((p) => p.value),
      );
    }
  }
  return [...new Set(names.map((name) => name.replace(/\.$/, '')).filter((name) => /\p{L}{3,}/u.test(name)))];
}

describe('digits as CLDR gives them for the locale', () => {
  afterEach(() => fixtureCleanup());
  // Persian writes Persian digits; Arabic (plain `ar`) and Urdu Latin ones per CLDR 48, Egyptian
  // Arabic and Indian Urdu their own: the language's words, with the full locale's digits.
  const cases: Array<[string, RegExp]> = [
    ['fa', /[\u06f0-\u06f9]/], // Extended Arabic-Indic (Persian) digits
    ['ar-EG', /[\u0660-\u0669]/], // Arabic-Indic digits
    ['ur-IN', /[\u06f0-\u06f9]/],
    ['ar', /\d/],
    ['ur', /\d/],
  ];
  for (const [locale, digits] of cases) {
    it(`${locale}: the rate reads ${digits.source}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}>${widgets.table()}</div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await until(() => !el.matches(':state(translating)') && el.getAttribute('state') === 'ready', 10000, 'table settles');
      const rate = el.shadowRoot!.querySelector('[data-code="CNY"] [part~="rate"]')!.textContent!;
      expect(rate).to.match(digits);
      expect(el.shadowRoot!.querySelector('th')!.textContent).not.to.equal('Country');
    });
  }
});

describe('every widget in every language', function () {
  this.timeout(60000);
  afterEach(() => fixtureCleanup());

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    describe(language, () => {
      for (const [name, markup] of Object.entries(widgets)) {
        it(`${name}: no English word, ${RTL.has(language) ? 'right to left' : 'left to right'}, axe clean`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${language}>${markup()}</div>`);
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          // The language's file has arrived and the widget drew itself with it.
          await until(() => !el.matches(':state(translating)') && el.getAttribute('state') !== 'loading', 10000, `${name} in ${language} settles`);
          await el.updateComplete;
          const text = shownText(el);
          const left = (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => ENGLISH.has(word));
          expect(left, `English left in ${name} (${language}): ${text}`).to.deep.equal([]);
          const base = el.shadowRoot!.querySelector('[part~="base"]') ?? el;
          expect(getComputedStyle(base).direction).to.equal(RTL.has(language) ? 'rtl' : 'ltr');
          await expect(el).to.be.accessible();
        });
      }

      it('dates in a language the browser lacks are written in numbers, not in the stand-in locale’s words', async () => {
        await requestLanguage(language);
        const stand = intlGaps(language);
        if (!stand) return; // the browser has this language's data: its dates are its own
        const foreign = namesOf(stand.formats.intl);
        for (const markup of [widgets.chart, widgets.clocks, widgets.table]) {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${language}>${markup()}</div>`);
          const el = wrapper.firstElementChild as HTMLElement;
          await until(() => !el.matches(':state(translating)') && el.getAttribute('state') !== 'loading', 10000, 'settles');
          const text = shownText(el);
          const words = new Set(text.match(/\p{L}+/gu));
          expect(
            foreign.filter((name) => words.has(name)),
            text,
          ).to.deep.equal([]);
          expect(text).to.match(/\d{1,4}[./-]\d{1,2}/, 'a numeric date');
        }
      });

      it('table: the first column sits on the reading side', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${language}>${widgets.table()}</div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        await until(() => !el.matches(':state(translating)') && el.getAttribute('state') === 'ready', 10000, 'table settles');
        const row = el.shadowRoot!.querySelector('[part~="row"][data-code="CNY"]')!;
        const country = row.querySelector('[part~="country"]')!.getBoundingClientRect();
        const value = row.querySelector('[part~="rate"]')!.getBoundingClientRect();
        expect(country.left < value.left, 'country before rate in reading order').to.equal(!RTL.has(language));
      });
    });
  }
});
