import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../src/core/config.js';
import type { Source } from '../../src/data/source.js';
import { registerSource, type RateSource, type SeriesQuery } from '../../src/data/sources/index.js';
import { store } from '../../src/data/store.js';
import type { RateSeries } from '../../src/data/types.js';
import '../../src/elements/rate-chart/define.js';
import type { ScoRateChart } from '../../src/elements/rate-chart/sco-rate-chart.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { contrast, forcedColors, parseColor } from '../helpers/contrast.js';
import { outside, sidewaysScroll } from '../helpers/fits.js';
import { until } from '../helpers/timers.js';

const AUG = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
const OCT = '/fx/cbr/XML_dynamic_CNY_2021-10-24_2021-10-27.raw.xml';
const DAILY = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

const shadow = (el: Element) => el.shadowRoot!;
const parts = <T extends Element = SVGElement>(el: Element, name: string) => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
const part = <T extends Element = SVGElement>(el: Element, name: string) => parts<T>(el, name)[0];
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
/** The vertices of the line: one `M`/`L` command each. */
const vertices = (el: Element) => (part(el, 'line')?.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0;
const tableRows = (el: Element) =>
  [...part(el, 'table').querySelectorAll('tbody tr')].map((tr) => [
    tr.querySelector('time')!.getAttribute('datetime'),
    tr.querySelector('td')!.textContent!.trim(),
  ]);
const readout = (el: Element) => text(el, 'readout');
/** Measured: the line is drawn in the box's own pixels, no longer in a sketch stretched to it. */
const measured = (el: Element) => !!part(el, 'line') && !part(el, 'chart').hasAttribute('preserveAspectRatio');
/** Settled and drawn: the data has arrived and the ResizeObserver has given the chart a size. */
const drawn = async (el: ScoRateChart) => {
  await until(() => el.state !== 'loading', 8000, 'the chart to settle');
  if (el.state === 'ready') await until(() => measured(el), 2000, 'the line to be drawn');
  await el.updateComplete;
  return el;
};
const chart = async (template: ReturnType<typeof html>) => drawn(await fixture<ScoRateChart>(template));

/** A series of `count` working days ending on 2025-12-12, wandering around `start`. */
function syntheticSeries(code: string, count: number, start: number, nominal = 1, wobble = 1): RateSeries {
  const points: RateSeries['points'] = [];
  const day = new Date(Date.UTC(2025, 11, 12));
  let value = start;
  while (points.length < count) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 1) {
      value *= 1 + Math.sin(points.length * wobble) * 0.004;
      points.push({ date: day.toISOString().slice(0, 10), nominal, value: value * nominal, perUnit: value });
    }
    day.setUTCDate(day.getUTCDate() - 1);
  }
  return { source: 'test', base: 'RUB', code, points: points.reverse() };
}

/**
 * Counts calls to the DOM reads that need an up-to-date layout (sizes, positions, computed style,
 * SVG text metrics), by wrapping them on their prototypes; the reads still happen.
 */
function spyLayoutReads() {
  const byName: Record<string, number> = {};
  const undo: Array<() => void> = [];
  const count = (name: string) => (byName[name] = (byName[name] ?? 0) + 1);
  const wrapMethod = (owner: object, name: string) => {
    const original = Reflect.get(owner, name) as (...args: unknown[]) => unknown;
    Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
      count(name);
      return original.apply(this, args);
    });
    undo.push(() => Reflect.set(owner, name, original));
  };
  const wrapGetter = (owner: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    Object.defineProperty(owner, name, {
      ...descriptor,
      get(this: unknown) {
        count(name);
        return descriptor.get!.call(this);
      },
    });
    undo.push(() => Object.defineProperty(owner, name, descriptor));
  };
  ['getBoundingClientRect', 'getClientRects'].forEach((name) => wrapMethod(Element.prototype, name));
  ['getBBox'].forEach((name) => wrapMethod(SVGGraphicsElement.prototype, name));
  ['getComputedTextLength', 'getSubStringLength', 'getExtentOfChar'].forEach((name) => wrapMethod(SVGTextContentElement.prototype, name));
  wrapMethod(window, 'getComputedStyle');
  ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight'].forEach((name) => wrapGetter(Element.prototype, name));
  ['offsetWidth', 'offsetHeight', 'offsetLeft', 'offsetTop'].forEach((name) => wrapGetter(HTMLElement.prototype, name));
  return {
    byName,
    total: () => Object.values(byName).reduce((sum, n) => sum + n, 0),
    reset: () => Object.keys(byName).forEach((name) => delete byName[name]),
    restore: () => undo.reverse().forEach((step) => step()),
  };
}

/** A named rates source whose history answers from memory and remembers what it was asked. */
function memoryBank(name: string, series: Record<string, RateSeries>) {
  const asked: SeriesQuery[] = [];
  const history: Source<RateSeries, SeriesQuery> = {
    name,
    key: (q) => `${q.code}|${q.from}|${q.to}`,
    async load(query) {
      asked.push(query);
      const found = series[query.code];
      if (!found) throw new Error(`no ${query.code}`);
      return found;
    },
  };
  const source: RateSource = { name, history, load: () => Promise.reject(new Error('sheets are not used here')) };
  registerSource(name, source);
  return asked;
}

describe('<sco-rate-chart>', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 5000 });
  });

  it('XML_dynamic 28.08–02.09.2021 draws its four records and only those: no 29.08 or 30.08 (a weekend)', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(parts(el, 'point')).to.have.length(4);
    expect(vertices(el)).to.equal(4);
    expect(tableRows(el)).to.deep.equal([
      ['2021-08-28', '11.4177'],
      ['2021-08-31', '11.3780'],
      ['2021-09-01', '11.3367'],
      ['2021-09-02', '11.3211'],
    ]);
  });

  it('the x axis is proportional to time: the weekend gap is three days wide, the next ones one day', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const xs = parts(el, 'point').map((c) => Number(c.getAttribute('cx')));
    const oneDay = xs[2] - xs[1];
    expect(oneDay).to.be.greaterThan(0);
    expect(xs[1] - xs[0]).to.be.closeTo(3 * oneDay, 0.01);
    expect(xs[3] - xs[2]).to.be.closeTo(oneDay, 0.01);
  });

  it('XML_dynamic 24.10–27.10.2021 has records only on 26.10 and 27.10, and draws two', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${OCT} lang="en"></sco-rate-chart>`);
    expect(parts(el, 'point')).to.have.length(2);
    expect(vertices(el)).to.equal(2);
    expect(tableRows(el)).to.deep.equal([
      ['2021-10-26', '10.9908'],
      ['2021-10-27', '10.8993'],
    ]);
  });

  it('shows the latest value and the change over the range with a word and an arrow, not colour alone', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    expect(text(el, 'title')).to.equal('Chinese Yuan (CNY), RUB per 1 CNY');
    expect(text(el, 'latest')).to.equal('11.3211 RUB on Sep 2, 2021');
    const change = part<HTMLElement>(el, 'change');
    expect(change.getAttribute('part')).to.equal('change down');
    expect(change.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('down');
    expect(change.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal('▼');
    // 11.3211 − 11.4177 = −0.0966
    expect(text(el, 'change')).to.contain('-0.0966');
  });

  it('labels both axes for the locale (ru: comma decimals)', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="ru"></sco-rate-chart>`);
    const labels = parts(el, 'label').map((t) => t.textContent!);
    expect(
      labels.some((l) => /^11,\d+$/.test(l)),
      labels.join('|'),
    ).to.be.true;
    expect(
      labels.some((l) => /авг|сент/.test(l)),
      labels.join('|'),
    ).to.be.true;
    expect(tableRows(el)[0][1]).to.equal('11,4177');
    expect(parts(el, 'axis').length).to.be.greaterThan(2);
  });

  it('the hidden table is a real table with a caption and column headers', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const table = part<HTMLTableElement>(el, 'table');
    expect(table.tagName).to.equal('TABLE');
    expect(table.caption!.textContent).to.equal('Official rate of CNY in RUB, per 1 CNY');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).to.deep.equal([
      ['Date', 'col'],
      ['Rate', 'col'],
    ]);
    expect(table.closest('.visually-hidden')).to.exist;
  });

  it('keyboard: Tab focuses the chart and reads the latest record; arrows, Home and End move the read-out', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'chart'));
    await el.updateComplete;
    expect(part(el, 'readout').getAttribute('aria-live')).to.equal('polite');
    expect(readout(el)).to.equal('Sep 2, 2021: 11.3211 RUB');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(readout(el)).to.equal('Sep 1, 2021: 11.3367 RUB');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(readout(el)).to.equal('Aug 28, 2021: 11.4177 RUB');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(readout(el)).to.equal('Aug 31, 2021: 11.3780 RUB');
    expect(part(el, 'active').getAttribute('cx')).to.equal(parts(el, 'point')[1].getAttribute('cx'));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(readout(el)).to.equal('Sep 2, 2021: 11.3211 RUB');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(readout(el), 'stays on the last record').to.equal('Sep 2, 2021: 11.3211 RUB');
    before.remove();
  });

  it('right-to-left: the time axis runs from the right, and ArrowLeft moves to a later day', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} locale="en" dir="rtl"></sco-rate-chart>`);
    const xs = parts(el, 'point').map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).to.be.greaterThan(xs[3]);
    part<SVGSVGElement>(el, 'chart').focus();
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(readout(el)).to.equal('Aug 31, 2021: 11.3780 RUB');
  });

  it('pointing reads out the nearest record; leaving clears it', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const svg = part<SVGSVGElement>(el, 'chart');
    const box = svg.getBoundingClientRect();
    // Synthetic events: a test page in a background tab gets no real pointer input (it is frame-aligned).
    const point = (clientX: number, type = 'pointermove') =>
      svg.dispatchEvent(new PointerEvent(type, { clientX, clientY: box.top + box.height / 2, bubbles: true }));
    const cx = (i: number) => box.left + Number(parts(el, 'point')[i].getAttribute('cx'));
    point(cx(0) + 3);
    await el.updateComplete;
    expect(readout(el)).to.equal('Aug 28, 2021: 11.4177 RUB');
    expect(part(el, 'guide')).to.exist;
    point((cx(1) + cx(2)) / 2 + 2);
    await el.updateComplete;
    expect(readout(el)).to.equal('Sep 1, 2021: 11.3367 RUB');
    point(box.right + 40, 'pointerleave');
    await el.updateComplete;
    expect(readout(el)).to.equal('');
    expect(part(el, 'guide')).to.be.undefined;
  });

  it('fills its box, drawn in pixels (a viewBox of the box itself), so labels are never stretched', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en" style="width: 420px; height: 300px"></sco-rate-chart>`);
    const svg = part<SVGSVGElement>(el, 'chart');
    const plot = svg.parentElement!.getBoundingClientRect();
    expect(el.getBoundingClientRect().height).to.equal(300);
    expect(svg.getAttribute('width')).to.equal(String(Math.floor(plot.width)));
    expect(svg.getAttribute('height')).to.equal(String(Math.floor(plot.height)));
    expect(plot.width).to.be.closeTo(420, 1);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
  });

  it('follows a new size of its box', async function () {
    // A ResizeObserver reports only when the page renders; a background tab (two test files side by side) does not.
    if (document.visibilityState !== 'visible') this.skip();
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    el.style.width = '420px';
    el.style.height = '300px';
    const svg = part<SVGSVGElement>(el, 'chart');
    const plot = svg.parentElement!;
    const box = () => plot.getBoundingClientRect();
    const fits = () => svg.getAttribute('width') === String(Math.floor(box().width)) && svg.getAttribute('height') === String(Math.floor(box().height));
    await until(() => fits() && box().width > 400, 2000, 'the chart to take the new size');
  });

  it('drawn in the browser alone, draws no line before its box is measured (no layout of the series for nothing), then at its real size', async function () {
    if (document.visibilityState !== 'visible') this.skip();
    const box = await fixture<HTMLDivElement>(
      html`<div hidden><sco-rate-chart code="KZT" .data=${syntheticSeries('KZT', 5, 0.2, 100)} lang="en"></sco-rate-chart></div>`,
    );
    const el = box.firstElementChild as ScoRateChart;
    await until(() => el.state === 'ready', 2000, 'the chart to be ready');
    await el.updateComplete;
    expect(part(el, 'line'), 'no line yet').to.equal(undefined);
    box.hidden = false;
    await until(() => measured(el), 2000, 'the chart to be drawn at its size');
    expect(vertices(el)).to.equal(5);
  });

  it('a 10-year series (2,500 records) renders as one path with a vertex per record', async () => {
    const data = syntheticSeries('KZT', 2500, 0.2, 100);
    const el = await chart(html`<sco-rate-chart code="KZT" .data=${data} lang="en"></sco-rate-chart>`);
    expect(parts(el, 'line')).to.have.length(1);
    expect(vertices(el)).to.equal(2500);
    expect(parts(el, 'point'), 'no room for 2,500 markers').to.have.length(0);
    expect(part(el, 'table').querySelectorAll('tbody tr')).to.have.length(2500);
    const years = parts(el, 'label')
      .map((t) => t.textContent!)
      .filter((l) => /^\d{4}$/.test(l));
    expect(years.length).to.be.greaterThan(1);
  });

  it('draws without reading layout per label or point: as few size reads for 2,500 records as for 5, none of them forcing a layout in a page that renders', async () => {
    const reads = spyLayoutReads();
    try {
      await chart(html`<sco-rate-chart code="KZT" .data=${syntheticSeries('KZT', 5, 0.2, 100)} lang="en"></sco-rate-chart>`);
      const forFew = reads.total();
      const visible = document.visibilityState === 'visible';
      reads.reset();
      await chart(html`<sco-rate-chart code="KZT" .data=${syntheticSeries('KZT', 2500, 0.2, 100)} lang="en"></sco-rate-chart>`);
      expect(reads.total(), JSON.stringify(reads.byName)).to.equal(forFew);
      expect(forFew).to.be.at.most(2);
      // The size comes from the ResizeObserver, after the frame's own layout; only a page that renders no frames (a background tab) is measured at once.
      if (visible && document.visibilityState === 'visible') expect(reads.byName.getBoundingClientRect ?? 0).to.equal(0);
    } finally {
      reads.restore();
    }
  });

  it('the hidden table keeps its rows while the read-out moves, and is rebuilt for another locale', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const firstRow = part(el, 'table').querySelector('tbody tr');
    const svg = part<SVGSVGElement>(el, 'chart');
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    expect(readout(el)).to.equal('Aug 28, 2021: 11.4177 RUB');
    expect(part(el, 'table').querySelector('tbody tr')).to.equal(firstRow);
    el.setAttribute('locale', 'ru');
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal([
      ['2021-08-28', '11,4177'],
      ['2021-08-31', '11,3780'],
      ['2021-09-01', '11,3367'],
      ['2021-09-02', '11,3211'],
    ]);
    expect(part(el, 'table').querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
  });

  it('source="name" asks its history for code, today − days and tomorrow (a rate set for tomorrow is the latest) as YYYY-MM-DD', async () => {
    const asked = memoryBank('memory-bank', { CNY: syntheticSeries('CNY', 20, 11) });
    const el = await chart(html`<sco-rate-chart code="cny" source="memory-bank" days="14" lang="en"></sco-rate-chart>`);
    expect(el.state).to.equal('ready');
    const today = new Date();
    const ago = new Date(today);
    ago.setUTCDate(ago.getUTCDate() - 14);
    const tomorrow = new Date(today);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    expect(asked).to.deep.equal([{ code: 'CNY', from: ago.toISOString().slice(0, 10), to: tomorrow.toISOString().slice(0, 10) }]);
    expect(vertices(el)).to.equal(20);
  });

  it('base="KZT" on a named source is a cross rate through its base: CNY/RUB ÷ KZT/RUB on each day', async () => {
    const cny = syntheticSeries('CNY', 10, 11);
    const kzt = syntheticSeries('KZT', 10, 0.15, 100, 2);
    memoryBank('cross-bank', { CNY: cny, KZT: kzt });
    const el = await chart(html`<sco-rate-chart code="CNY" base="KZT" source="cross-bank" lang="en"></sco-rate-chart>`);
    expect(el.state).to.equal('ready');
    const expected = (cny.points.at(-1)!.perUnit / kzt.points.at(-1)!.perUnit).toLocaleString('en', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    expect(text(el, 'latest')).to.match(new RegExp(`^${expected} KZT on `));
    expect(tableRows(el)).to.have.length(10);
  });

  const failures: Array<[string, ReturnType<typeof html>, string]> = [
    ['a daily sheet instead of a history', html`<sco-rate-chart lang="en" code="CNY" src=${DAILY}></sco-rate-chart>`, 'unsupported format'],
    ['an HTTP 500', html`<sco-rate-chart lang="en" code="CNY" src=${`${AUG}?status=500`}></sco-rate-chart>`, 'could not be loaded'],
    ['a truncated document', html`<sco-rate-chart lang="en" code="CNY" src=${`${AUG}?truncate=200`}></sco-rate-chart>`, 'unsupported format'],
    ['the history of another currency', html`<sco-rate-chart lang="en" code="KZT" src=${AUG}></sco-rate-chart>`, 'unsupported format'],
    ['a base the document is not in', html`<sco-rate-chart lang="en" code="CNY" base="KZT" src=${AUG}></sco-rate-chart>`, 'no data for this request'],
    [
      'a .data series in another base',
      html`<sco-rate-chart lang="en" code="CNY" base="KZT" .data=${syntheticSeries('CNY', 5, 11)}></sco-rate-chart>`,
      'no data for this request',
    ],
    ['an unknown source', html`<sco-rate-chart lang="en" code="CNY" source="nope"></sco-rate-chart>`, 'check the source attribute'],
    ['no code', html`<sco-rate-chart lang="en" src=${AUG}></sco-rate-chart>`, 'Set the code attribute'],
  ];
  for (const [what, template, message] of failures) {
    it(`${what} ends in state="error" with a visible message and sco-error`, async () => {
      let detail: { error: Error } | undefined;
      const onError = (e: Event) => (detail = (e as CustomEvent).detail);
      document.addEventListener('sco-error', onError);
      const el = await fixture<ScoRateChart>(template);
      await until(() => el.state === 'error', 8000, 'the error');
      await el.updateComplete;
      document.removeEventListener('sco-error', onError);
      expect(text(el, 'status')).to.contain(message);
      expect(part(el, 'status').getAttribute('role')).to.equal('alert');
      expect(part(el, 'chart')).to.be.undefined;
      expect(detail?.error).to.be.instanceOf(Error);
    });
  }

  it('fires sco-load with the series once it is drawn', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('sco-load', (e) => resolve(e as CustomEvent), { once: true }));
    await fixture<ScoRateChart>(html`<sco-rate-chart code="CNY" src=${AUG}></sco-rate-chart>`);
    const event = await loaded;
    expect((event.detail as RateSeries).points).to.have.length(4);
  });

  it('uses no inline style attribute', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });

  for (const [name, attrs] of [
    ['light', { theme: 'light', lang: 'en' }],
    ['dark', { theme: 'dark', lang: 'en' }],
    ['rtl (fa)', { theme: 'light', lang: 'fa' }],
  ] as const) {
    it(`passes axe: ${name}, also while reading out a record`, async () => {
      const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} theme=${attrs.theme} lang=${attrs.lang}></sco-rate-chart>`);
      await expect(el).to.be.accessible();
      part<SVGSVGElement>(el, 'chart').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  describe('forced colours', () => {
    afterEach(() => forcedColors());

    // The page's colours are close to each palette's background, and its theme the other one: any that got through would fail.
    for (const [palette, pageColor, theme] of [
      ['dark', '#1a1a1a', 'light'],
      ['light', '#e8e8e8', 'dark'],
    ] as const) {
      it(`${palette} palette: the line, axes and markers keep 3:1 and the text 4.5:1 against the background, whatever colours and theme the page set`, async () => {
        await forcedColors(palette);
        const tokens = [
          '--sco-chart-line-color',
          '--sco-color',
          '--sco-muted-color',
          '--sco-border-color',
          '--sco-accent-color',
          '--sco-up-color',
          '--sco-down-color',
        ];
        const el = await chart(
          html`<sco-rate-chart code="CNY" src=${AUG} lang="en" theme=${theme} style=${tokens.map((t) => `${t}: ${pageColor}`).join(';')}></sco-rate-chart>`,
        );
        part<SVGSVGElement>(el, 'chart').focus();
        await el.updateComplete;
        const background = parseColor(getComputedStyle(el).backgroundColor);
        expect(background[3], 'an opaque background').to.equal(1);
        const ratio = (node: Element, property: 'color' | 'fill' | 'stroke') => contrast(parseColor(getComputedStyle(node)[property]), background);
        const ratios: Array<[string, number, number]> = [
          ['line', ratio(part(el, 'line'), 'stroke'), 3],
          ...parts(el, 'axis').map((axis) => ['axis', ratio(axis, 'stroke'), 3] as [string, number, number]),
          ['point', ratio(part(el, 'point'), 'stroke'), 3],
          ['active point', ratio(part(el, 'active'), 'fill'), 3],
          ['guide', ratio(part(el, 'guide'), 'stroke'), 3],
          ...parts(el, 'label').map((label) => ['label', ratio(label, 'fill'), 4.5] as [string, number, number]),
          ...['title', 'latest', 'change', 'period', 'readout'].flatMap((name) =>
            parts<HTMLElement>(el, name).map((node) => [name, ratio(node, 'color'), 4.5] as [string, number, number]),
          ),
        ];
        const failing = ratios.filter(([, got, wanted]) => !(got >= wanted)).map(([name, got, wanted]) => `${name} ${got.toFixed(2)}:1 < ${wanted}:1`);
        expect(failing).to.deep.equal([]);
        expect(ratios.map(([name]) => name)).to.include.members(['period', 'readout', 'label']);
      });
    }
  });

  it('the dates beside the latest value and the change are the part "period", which a page can style', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          sco-rate-chart::part(period) {
            color: rgb(1, 2, 3);
          }
        </style>
        <sco-rate-chart code="CNY" src=${AUG} lang="en"></sco-rate-chart>
      </div>`,
    );
    const el = await drawn(wrap.querySelector('sco-rate-chart')!);
    const periods = parts<HTMLElement>(el, 'period');
    expect(periods.map((p) => [p.parentElement!.getAttribute('part'), p.textContent])).to.deep.equal([
      ['latest', 'on Sep 2, 2021'],
      ['change down', 'since Aug 28, 2021'],
    ]);
    for (const period of periods) expect(getComputedStyle(period).color).to.equal('rgb(1, 2, 3)');
  });

  it('prints whole: on paper, laid out narrower and with no resize to redraw it, the picture scales into its box', async () => {
    const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang="en" style="width: 600px"></sco-rate-chart>`);
    await emulateMedia({ media: 'print' });
    try {
      // Read at once, before a resize observer could report the new width.
      el.style.width = '300px';
      expect(outside(el)).to.deep.equal([]);
      expect(parts(el, 'label').length).to.be.greaterThan(4);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('right to left: figures and dates read in the direction of their line', () => {
    /** Where a piece of text of a part is drawn. */
    const rectOf = (el: Element, name: string, piece: string) => {
      const walker = document.createTreeWalker(part(el, name), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(piece);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + piece.length);
        return range.getBoundingClientRect();
      }
      throw new Error(`no "${piece}" in ${name}`);
    };

    for (const lang of ['ar', 'fa']) {
      it(`lang="${lang}": the change reads its amount first, then the percentage in brackets, from the right`, async () => {
        await requestLanguage(lang);
        const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang=${lang}></sco-rate-chart>`);
        const signed = { signDisplay: 'exceptZero' } as const;
        const amount = new Intl.NumberFormat(lang, { ...signed, minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(-0.0966);
        const percent = new Intl.NumberFormat(lang, { ...signed, style: 'percent', maximumFractionDigits: 2 }).format(11.3211 / 11.4177 - 1);
        expect(rectOf(el, 'change', amount).left).to.be.at.least(rectOf(el, 'change', percent).right);
      });

      it(`lang="${lang}": a date label on the time axis reads from the right, its day first`, async () => {
        await requestLanguage(lang);
        const el = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang=${lang}></sco-rate-chart>`);
        const dates = parts<SVGTextElement>(el, 'label').filter((label) => /\p{L}/u.test(label.textContent!));
        expect(dates).to.not.be.empty;
        for (const label of dates) {
          const last = label.getNumberOfChars() - 1;
          expect(label.getExtentOfChar(0).x, label.textContent!).to.be.greaterThan(label.getExtentOfChar(last).x);
        }
      });
    }
  });

  describe('on a phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['en', 'zh', 'ar']) {
      it(`lang="${lang}": fits a 320 px box and a 360 px screen, every label inside`, async () => {
        await requestLanguage(lang);
        const inBox = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang=${lang} style="width: 320px"></sco-rate-chart>`);
        expect(outside(inBox)).to.deep.equal([]);
        await setViewport({ width: 360, height: 640 });
        const onScreen = await chart(html`<sco-rate-chart code="CNY" src=${AUG} lang=${lang}></sco-rate-chart>`);
        expect(outside(onScreen)).to.deep.equal([]);
        expect(sidewaysScroll()).to.equal(0);
      });
    }
  });
});
