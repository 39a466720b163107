/**
 * What every widget looks like, pixel by pixel against the baselines in test/visual/baselines: each
 * at 360 and 1280 px, light and dark, in English, Arabic and Chinese; a few more in forced colours
 * and in print. Real fixtures, one pinned instant, a fixed viewer's zone, animations stopped.
 * `npm run test:visual:update` rewrites the baselines that differ (docs/visual-tests.md).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { setClock } from '../../src/core/time.js';
import '../../src/elements/clock/define.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/member-states/define.js';
import '../../src/elements/rate-chart/define.js';
import type { ScoElement } from '../../src/elements/shared/sco-element.js';
import { expectLook, LANGS, lookName, WIDTHS, type Look } from './look.js';

const SHEET = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';
const HISTORY = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
const FEED = '/fx/portal/headlines.rss';
/** Saturday 13 December 2025, 09:30 in Moscow: the clocks' time and date, the member states' "today". */
const NOW = Date.UTC(2025, 11, 13, 6, 30);

/** Each widget as the portal shows it, with the languages that change its picture (all three unless said). */
const WIDGETS: Array<[widget: string, TemplateResult, langs?: ReadonlyArray<Look['lang']>]> = [
  ['table', html`<sco-currency-table src=${SHEET} show-change flags></sco-currency-table>`],
  ['converter', html`<sco-currency-converter src=${SHEET}></sco-currency-converter>`],
  ['chart', html`<sco-rate-chart code="CNY" src=${HISTORY}></sco-rate-chart>`],
  ['clocks', html`<sco-capital-clocks show-date></sco-capital-clocks>`],
  ['clock', html`<sco-clock zone="Asia/Shanghai" show-date></sco-clock>`],
  // A list of headlines has no words of ours and numeric dates: in Chinese it is the English picture.
  ['ticker', html`<sco-headline-ticker src=${FEED} mode="list" limit="5"></sco-headline-ticker>`, ['en', 'ar']],
  ['members', html`<sco-member-states></sco-member-states>`],
];
const [table, converter, chart] = WIDGETS.map(([, template]) => template);

const scrolling = html`<sco-headline-ticker src=${FEED} mode="scroll"></sco-headline-ticker>`;
/** The scroll is drawn once its animation exists (the track measured). */
const moving = (el: ScoElement) => el.shadowRoot!.getAnimations().length > 0;
const analog = html`<sco-capital-clocks face="analog" seconds></sco-capital-clocks>`;
/** On paper a clock shows its date unasked (an analog face: a digital one would print as \`show-date\` draws it on screen). */
const dateless = html`<sco-clock zone="Asia/Shanghai" face="analog"></sco-clock>`;

/** Beyond every widget × width × palette × language: other modes, forced colours, print. */
const EXTRAS: Array<[widget: string, TemplateResult, Look, settled?: (el: ScoElement) => boolean]> = [
  ['ticker-scroll', scrolling, { width: 360, palette: 'light', lang: 'en' }, moving],
  ['ticker-scroll', scrolling, { width: 1280, palette: 'dark', lang: 'ar' }, moving],
  ['ticker-scroll', scrolling, { width: 1280, palette: 'light', lang: 'en' }, moving],
  ['clocks-analog', analog, { width: 360, palette: 'light', lang: 'en' }],
  ['clocks-analog', analog, { width: 360, palette: 'forced-dark', lang: 'en' }],
  ['table', table, { width: 1280, palette: 'forced-light', lang: 'en' }],
  ['chart', chart, { width: 1280, palette: 'forced-dark', lang: 'en' }],
  ['converter', converter, { width: 360, palette: 'forced-light', lang: 'en' }],
  ['ticker-scroll', scrolling, { width: 1280, palette: 'print', lang: 'en' }],
  ['converter', converter, { width: 1280, palette: 'print', lang: 'en' }],
  ['clock-analog', dateless, { width: 360, palette: 'print', lang: 'en' }],
];

describe('what the widgets look like', () => {
  before(async () => {
    setClock({ now: () => NOW });
    await executeServerCommand('viewer-zone', { zone: 'Europe/Moscow' });
  });
  after(async () => {
    setClock();
    await executeServerCommand('viewer-zone', {});
  });

  for (const [widget, template, langs = LANGS] of WIDGETS) {
    describe(widget, () => {
      for (const width of WIDTHS)
        for (const palette of ['light', 'dark'] as const)
          for (const lang of langs) {
            const name = lookName(widget, { width, palette, lang });
            it(name, () => expectLook(name, template, { width, palette, lang }));
          }
    });
  }

  describe('other modes, forced colours, print', () => {
    for (const [widget, template, look, settled] of EXTRAS) {
      const name = lookName(widget, look);
      it(name, () => expectLook(name, template, look, settled));
    }
  });
});
