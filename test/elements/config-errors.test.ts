import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import type { DataError } from '../../src/data/errors.js';
import type { RateSheet } from '../../src/data/types.js';
import '../../src/elements/clock/define.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/member-states/define.js';
import '../../src/elements/rate-chart/define.js';
import type { ScoElement } from '../../src/elements/shared/sco-element.js';
import { until } from '../helpers/timers.js';
import { requestLanguage } from '../../src/i18n/index.js';

const sheet: RateSheet = {
  source: 'app',
  base: 'RUB',
  date: '2025-12-13',
  rates: [{ code: 'CNY', name: 'Chinese yuan', nominal: 1, value: 11.2726, perUnit: 11.2726 }],
};

/** The markup, the attribute the error must name, and the English message. */
const mistakes: Array<[string, () => ReturnType<typeof html>, string, string]> = [
  [
    '<sco-clock zone="Mars/Olympus_Mons">',
    () => html`<sco-clock zone="Mars/Olympus_Mons" lang="en"></sco-clock>`,
    'zone',
    'Unknown time zone "Mars/Olympus_Mons": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.',
  ],
  [
    '<sco-capital-clocks> with only unknown zones',
    () => html`<sco-capital-clocks zones="Mars/Olympus_Mons, Venus/Base=Base" lang="en"></sco-capital-clocks>`,
    'zones',
    'No known time zone in "Mars/Olympus_Mons, Venus/Base=Base": set the zones attribute to IANA time zones, e.g. Asia/Shanghai.',
  ],
  [
    '<sco-capital-clocks group="observers">',
    () => html`<sco-capital-clocks group="observers" lang="en"></sco-capital-clocks>`,
    'group',
    'Unknown group "observers": set the group attribute to members, partners or all.',
  ],
  [
    '<sco-member-states as-of="13.01.2020">',
    () => html`<sco-member-states as-of="13.01.2020" lang="en"></sco-member-states>`,
    'as-of',
    'Cannot show the SCO on "13.01.2020": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
  ],
  [
    '<sco-member-states as-of="1990-01-01"> (before the SCO)',
    () => html`<sco-member-states as-of="1990-01-01" lang="en"></sco-member-states>`,
    'as-of',
    'Cannot show the SCO on "1990-01-01": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
  ],
  [
    '<sco-member-states group="observers">',
    () => html`<sco-member-states group="observers" lang="en"></sco-member-states>`,
    'group',
    'Unknown group "observers": set the group attribute to members, partners or all.',
  ],
  [
    '<sco-currency-table base="PKR"> over a sheet that does not quote it',
    () => html`<sco-currency-table .data=${sheet} base="PKR" lang="en"></sco-currency-table>`,
    'base',
    'The rates are not quoted against PKR: set the base attribute to a currency of the sheet.',
  ],
  [
    '<sco-currency-table date="13.12.2025">',
    () => html`<sco-currency-table date="13.12.2025" lang="en"></sco-currency-table>`,
    'date',
    'Invalid date "13.12.2025": set the date attribute to a date written YYYY-MM-DD.',
  ],
  [
    '<sco-currency-table source="nope">',
    () => html`<sco-currency-table source="nope" lang="en"></sco-currency-table>`,
    'source',
    'No source named "nope" is registered: check the source attribute.',
  ],
  [
    '<sco-currency-converter source="nope">',
    () => html`<sco-currency-converter source="nope" lang="en"></sco-currency-converter>`,
    'source',
    'No source named "nope" is registered: check the source attribute.',
  ],
  [
    '<sco-rate-chart> without code',
    () => html`<sco-rate-chart source="cbr" lang="en"></sco-rate-chart>`,
    'code',
    'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY".',
  ],
  [
    '<sco-headline-ticker> without src or source',
    () => html`<sco-headline-ticker lang="en"></sco-headline-ticker>`,
    'src',
    'Set the src attribute to the URL of a feed (or source to a registered source).',
  ],
];

/** Puts the markup on the page with listeners in place before its first update. */
function watch(markup: ReturnType<typeof html>) {
  const errors: DataError[] = [];
  const loads: unknown[] = [];
  const thrown: unknown[] = [];
  const onThrow = (e: ErrorEvent) => thrown.push(e.error);
  window.addEventListener('error', onThrow);
  const el = fixtureSync<ScoElement>(markup);
  el.addEventListener('sco-error', (e) => errors.push(e.detail.error));
  el.addEventListener('sco-load', (e) => loads.push(e.detail));
  const status = () => el.shadowRoot!.querySelector('[part~="status"]');
  return { el, errors, loads, thrown, status, stop: () => window.removeEventListener('error', onThrow) };
}

describe('a configuration mistake: state="error", one sco-error of code config naming the attribute, and a message that says what to fix', () => {
  afterEach(() => fixtureCleanup());

  for (const [name, markup, setting, message] of mistakes) {
    it(name, async () => {
      const w = watch(markup());
      try {
        await until(() => w.errors.length > 0, 2000, 'sco-error');
        // The words of a mistake arrive on demand: the update completes once they are on screen.
        await w.el.updateComplete;
        expect(w.el.getAttribute('state')).to.equal('error');
        expect(w.el.state).to.equal('error');
        expect(w.errors[0]).to.include({ code: 'config', setting });
        expect(w.status()!.textContent).to.equal(message);
        expect(w.status()!.getAttribute('role')).to.equal('alert');
        // Updates that do not touch the mistake neither fire again nor change the state.
        w.el.setAttribute('locale', 'ru');
        await w.el.updateComplete;
        w.el.requestUpdate();
        await w.el.updateComplete;
        await new Promise((done) => setTimeout(done, 50));
        expect(w.errors).to.have.length(1);
        expect(w.loads).to.have.length(0);
        expect(w.el.getAttribute('state')).to.equal('error');
        expect(w.status()!.textContent).to.contain(setting);
        expect(w.status()!.textContent).not.to.equal(message);
        expect(w.thrown).to.be.empty;
      } finally {
        w.stop();
      }
    });
  }
});

describe('the message of a configuration mistake in each language', () => {
  afterEach(() => fixtureCleanup());
  const languages: Array<[string, string]> = [
    ['ru', 'Нельзя показать ШОС на «1990-01-01»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).'],
    ['zh', '无法显示上合组织在“1990-01-01”的情况：请将 as-of 属性设置为 YYYY-MM-DD 格式、不早于 2001-06-15（成立日）的日期。'],
    [
      'fa',
      'سازمان همکاری شانگهای را در «1990-01-01» نمی‌توان نشان داد: ویژگی as-of را تاریخی به شکل YYYY-MM-DD از \u20662001-06-15\u2069 (روز تأسیس آن) به بعد بگذارید.',
    ],
    [
      'kk',
      '«1990-01-01» күнгі ШЫҰ-ны көрсету мүмкін емес: as-of атрибутында YYYY-MM-DD түрінде жазылған, 2001-06-15 (ұйым құрылған күн) немесе одан кейінгі күнді көрсетіңіз.',
    ],
  ];
  for (const [lang, message] of languages) {
    it(`<sco-member-states as-of="1990-01-01" lang="${lang}">`, async () => {
      await requestLanguage(lang);
      const w = watch(html`<sco-member-states as-of="1990-01-01" lang=${lang}></sco-member-states>`);
      w.stop();
      await until(() => w.errors.length > 0, 2000, 'sco-error');
      expect(w.status()!.textContent).to.equal(message);
    });
  }
});

describe('a corrected mistake', () => {
  afterEach(() => fixtureCleanup());
  const fixes: Array<[string, () => ReturnType<typeof html>, (el: HTMLElement) => void]> = [
    ['<sco-clock zone> set to a real zone', () => html`<sco-clock zone="Mars/Olympus_Mons"></sco-clock>`, (el) => el.setAttribute('zone', 'Asia/Dushanbe')],
    [
      '<sco-member-states as-of> set to a date after the founding',
      () => html`<sco-member-states as-of="1990-01-01"></sco-member-states>`,
      (el) => el.setAttribute('as-of', '2020-01-13'),
    ],
    [
      '<sco-currency-table base> set to a quoted currency',
      () => html`<sco-currency-table .data=${sheet} base="PKR"></sco-currency-table>`,
      (el) => el.setAttribute('base', 'CNY'),
    ],
  ];
  for (const [name, markup, fix] of fixes) {
    it(`${name}: state="ready", the message goes and sco-load fires once`, async () => {
      const w = watch(markup());
      w.stop();
      await until(() => w.errors.length > 0, 2000, 'sco-error');
      fix(w.el);
      await until(() => w.el.getAttribute('state') === 'ready', 2000, 'ready');
      await new Promise((done) => setTimeout(done, 50));
      expect(w.loads).to.have.length(1);
      expect(w.errors).to.have.length(1);
      expect(w.status()).to.be.null;
    });
  }
});

describe('state is the widget’s', () => {
  afterEach(() => fixtureCleanup());
  it('is read-only from outside: assigning throws and the attribute follows the widget', async () => {
    const el = fixtureSync<ScoElement>(html`<sco-clock zone="Mars/Olympus_Mons"></sco-clock>`);
    await until(() => el.getAttribute('state') === 'error', 2000, 'the error');
    // @ts-expect-error: `state` has no setter
    expect(() => (el.state = 'ready')).to.throw(TypeError);
    expect(el.getAttribute('state')).to.equal('error');
  });
});
