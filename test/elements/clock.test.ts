import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/clock/define.js';
import type { ScoClock } from '../../src/elements/clock/sco-clock.js';
import { setClock } from '../../src/core/time.js';
import { runningFrom } from '../helpers/manual-clock.js';
import { pageTimer } from '../../src/elements/clock/page-timer.js';
import { trackTimers } from '../helpers/timers.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { contrast, forcedColors, over, parseColor } from '../helpers/contrast.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const timeOf = (el: Element) => part(el, 'time')!.textContent!.trim();
const at = (iso: string) => Date.parse(iso);
const pin = (iso: string) => setClock({ now: () => at(iso) });
/** What the browser itself says the wall clock in `zone` reads at `iso`. */
const browserTime = (zone: string, iso: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at(iso));

async function clock(markup: ReturnType<typeof html>) {
  const el = await fixture<ScoClock>(markup);
  await el.updateComplete;
  return el;
}

/** Polls with timers (not animation frames, which a background test page may not get). */
async function waitFor(check: () => boolean, ms: number, what: string) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Overrides `document.visibilityState` and tells the page, as a browser does on a tab switch. The
 * runner may open this page in a background tab, so every test starts explicitly visible.
 */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => setVisibility('visible'));

/** Puts the page in `zone`, as a viewer there sees it; undefined: the system's zone again. */
const viewerIn = (zone?: string) => executeServerCommand('viewer-zone', { zone });

afterEach(async () => {
  setClock();
  await viewerIn();
});

after(() => {
  delete (document as { visibilityState?: string }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
});

describe('<sco-clock> through DST and zone rule changes', () => {
  // [zone, instant (UTC), local time the clock must show, why]
  const edges: Array<[string, string, string, string]> = [
    ['Africa/Cairo', '2026-04-23T21:59:00Z', '23:59', 'Cairo before DST starts (last Friday of April 2026), UTC+2'],
    ['Africa/Cairo', '2026-04-23T22:01:00Z', '01:01', 'Cairo after DST starts: 00:00 became 01:00, UTC+3'],
    ['Africa/Cairo', '2026-10-29T20:59:00Z', '23:59', 'Cairo before DST ends (last Thursday of October 2026), UTC+3'],
    ['Africa/Cairo', '2026-10-29T21:01:00Z', '23:01', 'Cairo after DST ends: midnight became 23:00 again, UTC+2'],
    ['Europe/Istanbul', '2026-03-29T00:59:00Z', '03:59', 'Istanbul keeps UTC+3 when Europe springs forward'],
    ['Europe/Istanbul', '2026-03-29T01:01:00Z', '04:01', 'Istanbul, still UTC+3 (no DST since 2016)'],
    ['Asia/Tehran', '2022-07-01T12:00:00Z', '16:30', 'Tehran, summer 2022: the last DST, UTC+4:30'],
    ['Asia/Tehran', '2023-07-01T12:00:00Z', '15:30', 'Tehran, summer 2023: DST abolished, UTC+3:30'],
    ['Asia/Almaty', '2024-02-29T17:59:00Z', '23:59', 'Almaty (Astana) on the last minute of UTC+6'],
    ['Asia/Almaty', '2024-02-29T18:01:00Z', '23:01', 'Almaty (Astana) after 1 March 2024 00:00 became 29 February 23:00, UTC+5'],
    ['Europe/Minsk', '2026-03-29T00:59:00Z', '03:59', 'Minsk keeps UTC+3 all year'],
    ['Europe/Berlin', '2026-03-29T00:59:00Z', '01:59', 'Berlin before the spring change, UTC+1'],
    ['Europe/Berlin', '2026-03-29T01:01:00Z', '03:01', 'Berlin after 02:00 became 03:00, UTC+2'],
    ['Europe/Berlin', '2026-10-25T00:59:00Z', '02:59', 'Berlin, first 02:59 of the autumn change, UTC+2'],
    ['Europe/Berlin', '2026-10-25T01:01:00Z', '02:01', 'Berlin, second 02:01 after 03:00 became 02:00, UTC+1'],
  ];
  for (const [zone, instant, shown, why] of edges) {
    it(`<sco-clock zone="${zone}" hour-cycle="h23"> at ${instant} shows ${shown} — ${why}`, async () => {
      pin(instant);
      const el = await clock(html`<sco-clock zone=${zone} hour-cycle="h23" lang="en"></sco-clock>`);
      expect(timeOf(el)).to.equal(shown);
      expect(timeOf(el)).to.equal(browserTime(zone, instant));
    });
  }

  it('<time datetime> is the ISO local time with its offset at that instant', async () => {
    pin('2026-04-23T22:01:30Z');
    const el = await clock(html`<sco-clock zone="Africa/Cairo"></sco-clock>`);
    expect(part(el, 'time')!.getAttribute('datetime')).to.equal('2026-04-24T01:01:00+03:00');
    el.seconds = true;
    await el.updateComplete;
    expect(part(el, 'time')!.getAttribute('datetime')).to.equal('2026-04-24T01:01:30+03:00');
  });
});

describe('<sco-clock seconds>: the second shown and its datetime', () => {
  // [zone, instant (UTC), digits, datetime]
  const cases: Array<[string, string, string, string]> = [
    ['Asia/Kathmandu', '2026-11-27T18:45:37Z', '00:30:37', '2026-11-28T00:30:37+05:45'],
    ['America/St_Johns', '2026-11-27T18:45:37Z', '15:15:37', '2026-11-27T15:15:37-03:30'],
    ['Asia/Tehran', '2026-11-27T18:45:05Z', '22:15:05', '2026-11-27T22:15:05+03:30'],
    ['UTC', '2026-11-27T18:45:00Z', '18:45:00', '2026-11-27T18:45:00Z'],
    ['Africa/Cairo', '2026-04-23T22:00:59Z', '01:00:59', '2026-04-24T01:00:59+03:00'],
  ];
  for (const [zone, instant, digits, datetime] of cases) {
    it(`<sco-clock zone="${zone}" seconds> at ${instant} shows ${digits}, datetime="${datetime}"`, async () => {
      pin(instant);
      const el = await clock(html`<sco-clock zone=${zone} seconds hour-cycle="h23" lang="en"></sco-clock>`);
      expect(timeOf(el)).to.equal(digits);
      expect(part(el, 'time')!.getAttribute('datetime')).to.equal(datetime);
    });
  }

  // A tick writes the seconds into the minute's text rather than asking Intl again: every second
  // must still read exactly as Intl writes it, in other digits, with a day period, right to left.
  for (const [lang, cycle] of [
    ['en', 'h12'],
    ['fa', 'h23'],
    ['ar', 'h12'],
    ['zh', 'h12'],
    ['hi', 'h12'],
    ['ru', 'h23'],
  ] as const) {
    it(`lang="${lang}" hour-cycle="${cycle}" shows every second of two minutes as Intl.DateTimeFormat writes it`, async () => {
      const zone = 'Asia/Kathmandu';
      const intl = new Intl.DateTimeFormat(lang, {
        timeZone: zone,
        hour: cycle === 'h23' ? '2-digit' : 'numeric',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: cycle,
      });
      const start = at('2026-11-27T18:44:00Z');
      pin('2026-11-27T18:44:00Z');
      const el = await clock(html`<sco-clock zone=${zone} seconds hour-cycle=${cycle} lang=${lang}></sco-clock>`);
      const seen = [];
      const expected = [];
      for (let second = 0; second < 120; second++) {
        const instant = start + second * 1000;
        setClock({ now: () => instant });
        await el.updateComplete;
        seen.push(timeOf(el));
        expected.push(intl.format(instant));
      }
      expect(seen).to.deep.equal(expected);
      expect(new Set(seen).size).to.equal(120);
    });
  }

  it('shows the instant the clock source gives, ticking in place or rendering, forward, back and into the next minute', async () => {
    setClock(runningFrom(at('2026-11-27T18:45:10.900Z')));
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23" seconds></sco-clock>`);
    const datetime = () => part(el, 'time')!.getAttribute('datetime');
    await waitFor(() => timeOf(el) === '01:45:11', 3000, 'the next second');
    pin('2026-11-27T18:45:10Z'); // back within the minute: a tick in place
    expect([timeOf(el), datetime()]).to.deep.equal(['01:45:10', '2026-11-28T01:45:10+07:00']);
    el.showDate = true; // a render within the same minute
    await el.updateComplete;
    expect([timeOf(el), datetime()]).to.deep.equal(['01:45:10', '2026-11-28T01:45:10+07:00']);
    pin('2026-11-27T18:46:42Z'); // the next minute: a render
    await el.updateComplete;
    expect([timeOf(el), datetime()]).to.deep.equal(['01:46:42', '2026-11-28T01:46:42+07:00']);
    pin('2026-11-27T18:46:07Z');
    expect([timeOf(el), datetime()]).to.deep.equal(['01:46:07', '2026-11-28T01:46:07+07:00']);
  });
});

describe('<sco-clock> markup', () => {
  it('<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh"> is part="clock" with data-zone, a <time part="time"> and part="city"', async () => {
    pin('2026-11-27T18:45:00Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh" hour-cycle="h23"></sco-clock>`);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    const c = part(el, 'clock')!;
    expect(c.getAttribute('data-zone')).to.equal('Asia/Phnom_Penh');
    expect(part(el, 'base')!.contains(c)).to.be.true;
    expect(part(el, 'time')!.localName).to.equal('time');
    expect(timeOf(el)).to.equal('01:45');
    expect(part(el, 'city')!.textContent).to.equal('Phnom Penh');
    for (const extra of ['date', 'offset', 'daynight', 'face']) expect(part(el, extra), extra).to.be.null;
  });

  it('without label a capital’s zone is named after the capital, in the reader’s language', async () => {
    const el = await clock(html`<sco-clock zone="Asia/Almaty" lang="ru"></sco-clock>`);
    expect(part(el, 'city')!.textContent).to.equal('Астана');
  });

  it('without label another zone is named after its own city', async () => {
    const el = await clock(html`<sco-clock zone="America/New_York"></sco-clock>`);
    expect(part(el, 'city')!.textContent).to.equal('New York');
  });

  const cycles: Array<[string, string | undefined, string]> = [
    ['en', undefined, '1:45 AM'],
    ['en', 'h23', '01:45'],
    ['en-GB', undefined, '01:45'],
    ['ru', undefined, '01:45'],
    ['ru', 'h12', '1:45 AM'],
    ['zh', undefined, '01:45'],
    ['zh', 'h12', '上午1:45'],
    ['fa', undefined, '۰۱:۴۵'],
  ];
  for (const [lang, cycle, shown] of cycles) {
    it(`lang="${lang}"${cycle ? ` hour-cycle="${cycle}"` : ''} shows ${shown}`, async () => {
      pin('2026-11-27T18:45:00Z');
      const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" lang=${lang} hour-cycle=${cycle ?? ''}></sco-clock>`);
      expect(timeOf(el)).to.equal(shown);
    });
  }

  it('seconds adds the seconds', async () => {
    pin('2026-11-27T18:45:07Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23" seconds></sco-clock>`);
    expect(timeOf(el)).to.equal('01:45:07');
  });

  it('lang="fa" writes Persian digits and mirrors', async () => {
    await requestLanguage('fa');
    pin('2026-11-27T18:45:00Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" lang="fa" show-offset></sco-clock>`);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'city')!.textContent).to.equal('پنوم‌پن');
  });

  it('dir="rtl" on an ancestor mirrors an English clock, and follows when it changes', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div dir="rtl"><sco-clock zone="Asia/Tehran" lang="en"></sco-clock></div>`);
    const el = wrap.firstElementChild as ScoClock;
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    wrap.dir = 'ltr';
    await new Promise((r) => setTimeout(r)); // the page's language observer reports the change
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
  });

  it('show-date shows the local date, which may differ from the viewer’s', async () => {
    pin('2026-11-27T18:45:00Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" show-date lang="en"></sco-clock>`);
    expect(part(el, 'date')!.textContent).to.equal('Sat, Nov 28');
  });

  // The viewer is in Moscow (UTC+3): the page's own zone is overridden, as for a reader there.
  const offsets: Array<[string, string, string, string]> = [
    ['Asia/Phnom_Penh', 'en', '+4 h', '4 hours ahead of your time'],
    ['Asia/Colombo', 'en', '+2:30 h', '2 hours 30 minutes ahead of your time'],
    ['Asia/Kathmandu', 'en', '+2:45 h', '2 hours 45 minutes ahead of your time'],
    ['Asia/Tehran', 'en', '+0:30 h', '30 minutes ahead of your time'],
    ['Europe/Berlin', 'en', '\u22122 h', '2 hours behind your time'],
    ['Europe/Minsk', 'en', '±0 h', 'same as your time'],
    ['Asia/Phnom_Penh', 'ru', '+4 ч', 'на 4 часа больше, чем у вас'],
    ['Asia/Phnom_Penh', 'zh', '+4小时', '比您的时间快4小时'],
    ['Asia/Phnom_Penh', 'fa', '\u2066+۴\u2069 ساعت', '۴ ساعت جلوتر از ساعت شما'],
    // Chromium has no Kazakh data: the units come from the language file.
    ['Asia/Kathmandu', 'kk', '+2:45 сағ', 'сіздің уақытыңыздан 2 сағ 45 мин алда'],
    // A language with no words of ours: the sentence is English, and so are its units.
    ['Asia/Phnom_Penh', 'de', '+4 h', '4 hours ahead of your time'],
  ];
  for (const [zone, lang, shown, spoken] of offsets) {
    it(`show-offset lang="${lang}" for ${zone} seen from Moscow shows "${shown}" and says "${spoken}"`, async () => {
      await requestLanguage(lang);
      pin('2026-11-27T18:45:00Z');
      await viewerIn('Europe/Moscow');
      const el = await clock(html`<sco-clock zone=${zone} lang=${lang} show-offset></sco-clock>`);
      const offset = part(el, 'offset')!;
      expect(offset.querySelector('[aria-hidden="true"]')!.textContent).to.equal(shown);
      expect(offset.querySelector('.visually-hidden')!.textContent).to.equal(spoken);
    });
  }

  const daynight: Array<[string, 'day' | 'night', string]> = [
    ['2026-11-27T22:59:00Z', 'night', '05:59'],
    ['2026-11-27T23:00:00Z', 'day', '06:00'],
    ['2026-11-28T10:59:00Z', 'day', '17:59'],
    ['2026-11-28T11:00:00Z', 'night', '18:00'],
  ];
  for (const [instant, expected, local] of daynight) {
    it(`show-daynight at ${local} in Phnom Penh is ${expected}, with a spoken label`, async () => {
      pin(instant);
      const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23" show-daynight lang="en"></sco-clock>`);
      expect(timeOf(el)).to.equal(local);
      const mark = part(el, 'daynight')!;
      expect(mark.getAttribute('data-daynight')).to.equal(expected);
      expect(mark.querySelector('.visually-hidden')!.textContent).to.equal(expected);
      expect(mark.querySelector('[aria-hidden="true"]')!.textContent).to.match(expected === 'day' ? /☀/ : /☾/);
    });
  }
});

describe('<sco-clock face="analog">', () => {
  it('draws an SVG dial whose hands turn through the transform attribute, never a style', async () => {
    pin('2026-11-27T18:45:30Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" face="analog" seconds hour-cycle="h23"></sco-clock>`);
    const face = part(el, 'face')!;
    expect(face.localName).to.equal('svg');
    expect(face.getAttribute('role')).to.equal('img');
    expect(face.getAttribute('aria-label')).to.equal('01:45:30');
    expect(part(el, 'hand-hour')!.getAttribute('transform')).to.equal('rotate(52.5 50 50)');
    expect(part(el, 'hand-minute')!.getAttribute('transform')).to.equal('rotate(273 50 50)');
    expect(part(el, 'hand-second')!.getAttribute('transform')).to.equal('rotate(180 50 50)');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    expect(part(el, 'time')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('has no second hand without seconds', async () => {
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" face="analog"></sco-clock>`);
    expect(part(el, 'hand-hour')).to.exist;
    expect(part(el, 'hand-second')).to.be.null;
  });

  it('the dial and its twelve tick marks (the four at 12, 3, 6 and 9 also "major") are parts a page can style', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          sco-clock::part(dial) {
            fill: rgb(1, 2, 3);
          }
          sco-clock::part(tick) {
            stroke: rgb(4, 5, 6);
          }
          sco-clock::part(major) {
            stroke-width: 7px;
          }
        </style>
        <sco-clock zone="Asia/Phnom_Penh" face="analog"></sco-clock>
      </div>`,
    );
    const el = wrap.querySelector<ScoClock>('sco-clock')!;
    await el.updateComplete;
    const dial = part(el, 'dial')!;
    expect([dial.localName, getComputedStyle(dial).fill]).to.deep.equal(['circle', 'rgb(1, 2, 3)']);
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')];
    expect(ticks).to.have.length(12);
    for (const tick of ticks) expect(getComputedStyle(tick).stroke).to.equal('rgb(4, 5, 6)');
    const major = ticks.filter((tick) => tick.part.contains('major'));
    expect(major.map((tick) => tick.getAttribute('transform'))).to.deep.equal([
      'rotate(0 50 50)',
      'rotate(90 50 50)',
      'rotate(180 50 50)',
      'rotate(270 50 50)',
    ]);
    for (const tick of ticks) expect(getComputedStyle(tick).strokeWidth).to.equal(major.includes(tick) ? '7px' : '1.5px');
  });

  it('is not mirrored in a right-to-left page', async () => {
    const el = await clock(html`<sco-clock zone="Asia/Tehran" face="analog" lang="fa"></sco-clock>`);
    expect(getComputedStyle(part(el, 'face')!).transform).to.equal('none');
  });
});

describe('<sco-clock face="analog"> in forced colours', () => {
  afterEach(() => forcedColors());

  // The page paints the hands like each palette's background and the dial like its text, and sets
  // the other theme: whatever of it got through would fail.
  for (const [palette, like, unlike, theme] of [
    ['dark', '#1a1a1a', '#f0f0f0', 'light'],
    ['light', '#e8e8e8', '#101010', 'dark'],
  ] as const) {
    it(`${palette} palette: the dial, ticks and hands keep 3:1 and the words 4.5:1, whatever colours and theme the page set`, async () => {
      await forcedColors(palette);
      pin('2026-11-27T18:45:30Z');
      const colours = [
        ['--sco-clock-hand-color', like],
        ['--sco-color', like],
        ['--sco-muted-color', like],
        ['--sco-border-color', like],
        ['--sco-accent-color', like],
        ['--sco-clock-face-color', unlike],
        ['--sco-background', unlike],
      ];
      const el = await clock(
        html`<sco-clock
          zone="Asia/Tehran"
          face="analog"
          seconds
          show-date
          show-offset
          show-daynight
          theme=${theme}
          style=${colours.map(([name, value]) => `${name}: ${value}`).join(';')}
        ></sco-clock>`,
      );
      const background = parseColor(getComputedStyle(el).backgroundColor);
      expect(background[3], 'an opaque background').to.equal(1);
      const style = (node: Element) => getComputedStyle(node);
      const face = over(parseColor(style(part(el, 'dial')!).fill), background);
      const marks = [...el.shadowRoot!.querySelectorAll('[part~="tick"], [part^="hand-"]')];
      const ratios: Array<[string, number, number]> = [
        ['dial', contrast(parseColor(style(part(el, 'dial')!).stroke), background), 3],
        ...marks.map((mark) => [mark.getAttribute('part')!, contrast(parseColor(style(mark).stroke), face), 3] as [string, number, number]),
        ...['time', 'city', 'date', 'offset', 'daynight'].map(
          (name) => [name, contrast(parseColor(style(part(el, name)!).color), background), 4.5] as [string, number, number],
        ),
      ];
      expect(marks).to.have.length(15);
      const failing = ratios.filter(([, got, wanted]) => !(got >= wanted)).map(([name, got, wanted]) => `${name} ${got.toFixed(2)}:1 < ${wanted}:1`);
      expect(failing).to.deep.equal([]);
    });
  }
});

describe('<sco-clock> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  const shown = (el: Element) => part(el, 'clock')!.innerText.replace(/\s+/g, ' ').trim();

  for (const face of ['digital', 'analog']) {
    it(`face="${face}" without show-date prints the date with the time, and on screen neither shows it nor makes room for it`, async () => {
      pin('2026-11-27T18:45:00Z');
      const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" face=${face} hour-cycle="h23" lang="en"></sco-clock>`);
      expect(shown(el)).to.not.contain('Nov');
      const boxes = () => [...part(el, 'clock')!.children].filter((child) => child.getClientRects().length).map((child) => child.getAttribute('part'));
      expect(boxes()).to.deep.equal(face === 'analog' ? ['face', 'time', 'city'] : ['time', 'city']);
      await emulateMedia({ media: 'print' });
      expect(shown(el)).to.contain('01:45').and.contain('Sat, Nov 28');
    });
  }

  it('with show-date prints the date once', async () => {
    pin('2026-11-27T18:45:00Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" show-date show-offset lang="en"></sco-clock>`);
    await emulateMedia({ media: 'print' });
    expect(shown(el).match(/Nov 28/g)).to.have.length(1);
  });

  it('prints the date of the zone as it is now: a minute after its midnight, the next day', async () => {
    pin('2026-11-27T16:59:30Z'); // 23:59:30 in Phnom Penh
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" show-offset lang="en"></sco-clock>`);
    await emulateMedia({ media: 'print' });
    expect(shown(el)).to.contain('Fri, Nov 27');
    pin('2026-11-27T17:00:30Z');
    await el.updateComplete;
    expect(shown(el)).to.contain('Sat, Nov 28').and.not.contain('Nov 27');
  });
});

describe('<sco-clock> with an unknown zone', () => {
  const cases: Array<[string, string]> = [
    ['en', 'Unknown time zone "Mars/Base": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.'],
    ['ru', 'Неизвестный часовой пояс «Mars/Base»: укажите в атрибуте zone пояс IANA, например Asia/Shanghai.'],
    ['zh', '未知时区“Mars/Base”：请将 zone 属性设置为 IANA 时区，例如 Asia/Shanghai。'],
  ];
  for (const [lang, message] of cases) {
    it(`<sco-clock zone="Mars/Base" lang="${lang}"> is state="error" and says "${message}"`, async () => {
      const el = await clock(html`<sco-clock zone="Mars/Base" lang=${lang}></sco-clock>`);
      expect(el.getAttribute('state')).to.equal('error');
      expect(part(el, 'status')!.textContent).to.equal(message);
      expect(part(el, 'clock')!.getAttribute('part')).to.equal('clock error');
      expect(part(el, 'time')).to.be.null;
    });
  }

  it('recovers when the zone is corrected', async () => {
    const el = await clock(html`<sco-clock zone="Mars/Base"></sco-clock>`);
    el.zone = 'Asia/Dushanbe';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(part(el, 'time')).to.exist;
  });
});

describe('the page’s one clock timer', () => {
  it('200 clocks share one pending timer', async () => {
    const timers = trackTimers();
    try {
      const wrap = fixtureSync(html`<div>${Array.from({ length: 200 }, () => html`<sco-clock zone="Asia/Dushanbe" seconds></sco-clock>`)}</div>`);
      await Promise.all([...wrap.children].map((c) => (c as ScoClock).updateComplete));
      expect(pageTimer.pending.subscribers).to.equal(200);
      expect(pageTimer.pending.timers).to.equal(1);
      expect(timers.pending).to.equal(1);
    } finally {
      timers.restore();
    }
  });

  it('aims at the next second boundary when a clock shows seconds', async () => {
    pin('2026-11-27T18:45:12.250Z');
    await clock(html`<sco-clock zone="Asia/Dushanbe" seconds></sco-clock>`);
    expect(pageTimer.pending.due).to.equal(at('2026-11-27T18:45:13Z'));
  });

  it('aims at the next minute boundary when no clock shows seconds, and at the second once one does', async () => {
    pin('2026-11-27T18:45:12.250Z');
    const el = await clock(html`<sco-clock zone="Asia/Dushanbe"></sco-clock>`);
    expect(pageTimer.pending.due).to.equal(at('2026-11-27T18:46:00Z'));
    el.seconds = true;
    await el.updateComplete;
    expect(pageTimer.pending.due).to.equal(at('2026-11-27T18:45:13Z'));
  });

  it('ticks: the minute turns on the boundary', async () => {
    setClock(runningFrom(at('2026-11-27T18:45:59.900Z')));
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23"></sco-clock>`);
    expect(timeOf(el)).to.equal('01:45');
    await waitFor(() => timeOf(el) === '01:46', 4000, 'the next minute');
    expect(pageTimer.pending.due).to.equal(at('2026-11-27T18:47:00Z'));
  });

  it('a tick within the minute writes the digits, datetime, label and hands in place, with no render', async () => {
    setClock(runningFrom(at('2026-11-27T18:45:10.900Z')));
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23" seconds face="analog"></sco-clock>`);
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => (renders++, render());
    expect(timeOf(el)).to.equal('01:45:10');
    await waitFor(() => timeOf(el) === '01:45:11', 3000, 'the next second');
    expect(part(el, 'time')!.getAttribute('datetime')).to.equal('2026-11-28T01:45:11+07:00');
    expect(part(el, 'face')!.getAttribute('aria-label')).to.equal('01:45:11');
    expect(part(el, 'hand-second')!.getAttribute('transform')).to.equal('rotate(66 50 50)');
    expect(part(el, 'hand-minute')!.getAttribute('transform')).to.equal('rotate(271.1 50 50)');
    expect(renders).to.equal(0);
  });

  it('schedules nothing while the page is hidden and catches up when it is shown', async () => {
    pin('2026-11-27T18:45:00Z');
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23"></sco-clock>`);
    expect(pageTimer.pending.timers).to.equal(1);
    setVisibility('hidden');
    expect(pageTimer.pending.timers).to.equal(0);
    pin('2026-11-27T19:10:00Z');
    setVisibility('visible');
    expect(pageTimer.pending.timers).to.equal(1);
    await el.updateComplete;
    expect(timeOf(el)).to.equal('02:10');
  });

  it('schedules nothing once every clock is removed, and resumes when one comes back', async () => {
    setClock(runningFrom(at('2026-11-27T18:45:58.900Z')));
    const el = await clock(html`<sco-clock zone="Asia/Phnom_Penh" hour-cycle="h23" seconds></sco-clock>`);
    const parent = el.parentElement!;
    el.remove();
    expect(pageTimer.pending).to.deep.equal({ timers: 0, due: undefined, subscribers: 0 });
    parent.append(el);
    expect(pageTimer.pending.timers).to.equal(1);
    const before = timeOf(el);
    await waitFor(() => timeOf(el) !== before, 4000, 'a tick after re-insertion');
  });
});

describe('<sco-clock> accessibility', () => {
  const variants: Array<[string, ReturnType<typeof html>]> = [
    ['digital, light', html`<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh" show-date show-offset show-daynight theme="light"></sco-clock>`],
    ['digital, dark', html`<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh" show-date show-offset show-daynight theme="dark"></sco-clock>`],
    ['analog, light', html`<sco-clock zone="Asia/Tehran" face="analog" seconds show-date show-offset show-daynight theme="light"></sco-clock>`],
    ['analog, dark', html`<sco-clock zone="Asia/Tehran" face="analog" seconds show-date show-offset show-daynight theme="dark"></sco-clock>`],
    ['unknown zone, dark', html`<sco-clock zone="Mars/Base" theme="dark"></sco-clock>`],
  ];
  for (const [what, markup] of variants) {
    it(`has no axe violations (${what})`, async () => {
      const el = await clock(markup);
      await expect(el).to.be.accessible();
    });
  }
});
