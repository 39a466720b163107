import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/elements/clock/define.js';
import type { ScoCapitalClocks } from '../../src/elements/clock/sco-capital-clocks.js';
import { setClock } from '../../src/core/time.js';
import { pageTimer } from '../../src/elements/clock/page-timer.js';
import { CAPITALS, capitalsOf } from '../../src/sco/index.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { outside, sidewaysScroll, squeezed } from '../helpers/fits.js';

const SEED = '2026-11-27T18:45:00Z';
const at = (iso: string) => Date.parse(iso);
const pin = (iso: string) => setClock({ now: () => at(iso) });
const clocks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="clock"]')];
const clockIn = (el: Element, zone: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="clock"][data-zone="${zone}"]`)!;
const text = (clock: Element, part: string) => clock.querySelector(`[part~="${part}"]`)?.textContent?.trim();
const browserTime = (zone: string, iso: string) =>
  new Intl.DateTimeFormat('en', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at(iso));

async function list(markup: ReturnType<typeof html>) {
  const el = await fixture<ScoCapitalClocks>(markup);
  await el.updateComplete;
  return el;
}

// The runner may open this page in a background tab, where clocks rightly schedule nothing.
before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
after(() => delete (document as { visibilityState?: string }).visibilityState);
afterEach(() => setClock());

describe('<sco-capital-clocks> against the browser’s own time zone data', () => {
  const everyZone = CAPITALS.map((c) => c.zone).join(',');
  const instants = [
    '2026-01-15T12:00:00Z', // northern winter
    '2026-07-15T03:30:00Z', // northern summer
    '2026-04-23T21:59:00Z', // Cairo, the minute before DST starts
    '2026-04-23T22:01:00Z', // … and after
    '2026-10-29T20:59:00Z', // Cairo, the minute before DST ends
    '2026-10-29T21:01:00Z', // … and after
    '2024-02-29T17:59:00Z', // Almaty (Astana) before UTC+6 → UTC+5
    '2024-02-29T18:01:00Z', // … and after
    '2022-07-01T12:00:00Z', // Tehran with its last DST
    '2023-07-01T12:00:00Z', // Tehran without
    SEED,
  ];
  for (const instant of instants) {
    it(`every capital’s clock reads what Intl.DateTimeFormat says at ${instant}`, async () => {
      pin(instant);
      const el = await list(html`<sco-capital-clocks zones=${everyZone} hour-cycle="h23" lang="en"></sco-capital-clocks>`);
      const shown = clocks(el).map((c) => [c.dataset.zone, text(c, 'time')]);
      expect(shown).to.deep.equal(CAPITALS.map((c) => [c.zone, browserTime(c.zone, instant)]));
    });
  }
});

describe('<sco-capital-clocks> markup', () => {
  it('the portal’s seed: Phnom Penh 01:45 and Sri Jayawardenepura Kotte 00:15 at the same instant', async () => {
    pin(SEED);
    const el = await list(html`<sco-capital-clocks zones="Asia/Phnom_Penh,Asia/Colombo" hour-cycle="h23" lang="en"></sco-capital-clocks>`);
    const phnomPenh = clockIn(el, 'Asia/Phnom_Penh');
    const kotte = clockIn(el, 'Asia/Colombo');
    expect([text(phnomPenh, 'time'), text(phnomPenh, 'city')]).to.deep.equal(['01:45', 'Phnom Penh']);
    expect([text(kotte, 'time'), text(kotte, 'city')]).to.deep.equal(['00:15', 'Sri Jayawardenepura Kotte']);
    expect(phnomPenh.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28T01:45:00+07:00');
    expect(kotte.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28T00:15:00+05:30');
  });

  it('renders a real list of clocks in its own shadow root (no nested elements)', async () => {
    const el = await list(html`<sco-capital-clocks></sco-capital-clocks>`);
    const ul = el.shadowRoot!.querySelector('[part~="list"]')!;
    expect(ul.localName).to.equal('ul');
    expect(clocks(el).every((c) => c.localName === 'li' && c.parentElement === ul)).to.be.true;
    expect(el.shadowRoot!.querySelector('sco-clock')).to.be.null;
  });

  it('parts are reachable with ::part() from the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'sco-capital-clocks.styled::part(time) { color: rgb(1, 2, 3); } sco-capital-clocks.styled::part(hand-minute) { stroke: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await list(html`<sco-capital-clocks class="styled" face="analog" zones="Asia/Phnom_Penh"></sco-capital-clocks>`);
      const clock = clocks(el)[0];
      expect(getComputedStyle(clock.querySelector('[part~="time"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(clock.querySelector('[part~="hand-minute"]')!).stroke).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  const groups: Array<['members' | 'partners' | 'all' | undefined, string]> = [
    [undefined, 'the members’ capitals by default'],
    ['members', 'the members’ capitals'],
    ['partners', 'the partners’ capitals'],
    ['all', 'every capital'],
  ];
  for (const [group, what] of groups) {
    it(`group=${group ? `"${group}"` : '(none)'} shows ${what}`, async () => {
      const el = await list(html`<sco-capital-clocks group=${group ?? 'members'} lang="en"></sco-capital-clocks>`);
      expect(clocks(el).map((c) => c.dataset.zone)).to.deep.equal(capitalsOf(group ?? 'members').map((c) => c.zone));
      expect(el.getAttribute('state')).to.equal('ready');
    });
  }

  it('group="members" today: the ten members’ capitals, founders first', async () => {
    const el = await list(html`<sco-capital-clocks lang="en"></sco-capital-clocks>`);
    const cities = clocks(el).map((c) => text(c, 'city'));
    expect(cities.slice(0, 6)).to.have.members(['Beijing', 'Moscow', 'Astana', 'Bishkek', 'Dushanbe', 'Tashkent']);
    expect(cities.slice(6)).to.deep.equal(['New Delhi', 'Islamabad', 'Tehran', 'Minsk']);
  });

  it('zones="Zone=Label" uses the labels given', async () => {
    const el = await list(html`<sco-capital-clocks zones="Europe/Berlin=Berlin (DE), Asia/Tehran ,America/New_York"></sco-capital-clocks>`);
    expect(clocks(el).map((c) => text(c, 'city'))).to.deep.equal(['Berlin (DE)', 'Tehran', 'New York']);
  });

  const names: Array<[string, string, string]> = [
    ['ru', 'Пномпень', 'Шри-Джаяварденепура-Котте'],
    ['zh', '金边', '斯里贾亚瓦德纳普拉科特'],
    ['fa', 'پنوم‌پن', 'سری جایاواردنه‌پورا کوته'],
    ['kk', 'Пномпень', 'Шри-Джаяварденепура-Котте'],
  ];
  for (const [lang, phnomPenh, kotte] of names) {
    it(`lang="${lang}" names the capitals ${phnomPenh} and ${kotte}`, async () => {
      await requestLanguage(lang); // beyond en, ru and zh, a language's file arrives on demand
      const el = await list(html`<sco-capital-clocks zones="Asia/Phnom_Penh,Asia/Colombo" lang=${lang}></sco-capital-clocks>`);
      expect(clocks(el).map((c) => text(c, 'city'))).to.deep.equal([phnomPenh, kotte]);
    });
  }

  it('lang="fa" shows Persian digits right to left', async () => {
    pin(SEED);
    const el = await list(html`<sco-capital-clocks zones="Asia/Phnom_Penh,Asia/Colombo" lang="fa"></sco-capital-clocks>`);
    expect(clocks(el).map((c) => text(c, 'time'))).to.deep.equal(['۰۱:۴۵', '۰۰:۱۵']);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('hour-cycle="h12" with lang="ru" and hour-cycle="h23" with lang="en" override the locale', async () => {
    pin(SEED);
    const ru = await list(html`<sco-capital-clocks zones="Asia/Colombo" lang="ru" hour-cycle="h12"></sco-capital-clocks>`);
    expect(text(clocks(ru)[0], 'time')).to.equal('12:15 AM');
    const en = await list(html`<sco-capital-clocks zones="Asia/Colombo" lang="en" hour-cycle="h23"></sco-capital-clocks>`);
    expect(text(clocks(en)[0], 'time')).to.equal('00:15');
  });

  it('show-date, show-offset, show-daynight add their parts to every clock', async () => {
    const el = await list(html`<sco-capital-clocks show-date show-offset show-daynight></sco-capital-clocks>`);
    for (const c of clocks(el)) {
      for (const p of ['date', 'offset', 'daynight']) expect(c.querySelector(`[part~="${p}"]`), `${c.dataset.zone} ${p}`).to.exist;
    }
  });

  it('face="analog" draws a dial for each clock', async () => {
    const el = await list(html`<sco-capital-clocks face="analog" seconds zones="Asia/Phnom_Penh,Asia/Colombo"></sco-capital-clocks>`);
    for (const c of clocks(el)) {
      for (const p of ['face', 'hand-hour', 'hand-minute', 'hand-second']) expect(c.querySelector(`[part~="${p}"]`), p).to.exist;
    }
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('one list is one subscriber of the page’s timer', async () => {
    await list(html`<sco-capital-clocks group="all"></sco-capital-clocks>`);
    expect(pageTimer.pending).to.include({ timers: 1, subscribers: 1 });
  });
});

describe('<sco-capital-clocks> with bad input', () => {
  it('an unknown zone gets its own error item; the other clocks are fine', async () => {
    pin(SEED);
    const el = await list(html`<sco-capital-clocks zones="Asia/Phnom_Penh, Mars/Base, Asia/Colombo" hour-cycle="h23" lang="en"></sco-capital-clocks>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(clocks(el).map((c) => c.getAttribute('part'))).to.deep.equal(['clock', 'clock error', 'clock']);
    const bad = clockIn(el, 'Mars/Base');
    expect(text(bad, 'status')).to.equal('Unknown time zone: Mars/Base');
    expect(bad.querySelector('time')).to.be.null;
    expect(text(clockIn(el, 'Asia/Phnom_Penh'), 'time')).to.equal('01:45');
    expect(text(clockIn(el, 'Asia/Colombo'), 'time')).to.equal('00:15');
  });

  it('the error item speaks the reader’s language (ru)', async () => {
    const el = await list(html`<sco-capital-clocks zones="Mars/Base,Asia/Tehran" lang="ru"></sco-capital-clocks>`);
    expect(text(clockIn(el, 'Mars/Base'), 'status')).to.equal('Неизвестный часовой пояс: Mars/Base');
  });

  it('only unknown zones: state="error"', async () => {
    const el = await list(html`<sco-capital-clocks zones="Mars/Base"></sco-capital-clocks>`);
    expect(el.getAttribute('state')).to.equal('error');
  });

  it('an unknown group: state="error" and a message naming the choices', async () => {
    const el = await list(html`<sco-capital-clocks group="observers" lang="en"></sco-capital-clocks>`);
    expect(el.getAttribute('state')).to.equal('error');
    const status = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.textContent).to.equal('Unknown group "observers": set the group attribute to members, partners or all.');
    expect(status.getAttribute('role')).to.equal('alert');
  });
});

describe('<sco-capital-clocks> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('every clock prints the date of its own zone with its time, without show-date', async () => {
    pin(SEED); // 01:45 on the 28th in Beijing, 21:45 on the 27th in Moscow
    const el = await list(html`<sco-capital-clocks face="analog" lang="en"></sco-capital-clocks>`);
    await emulateMedia({ media: 'print' });
    for (const clock of clocks(el)) {
      const date = new Intl.DateTimeFormat('en', { timeZone: clock.dataset.zone, weekday: 'short', day: 'numeric', month: 'short' }).format(at(SEED));
      expect(clock.innerText, clock.dataset.zone).to.contain(date);
    }
  });
});

describe('<sco-capital-clocks> on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'zh', 'ar']) {
    for (const face of ['digital', 'analog']) {
      it(`lang="${lang}" face="${face}": every capital with date, offset and day/night fits a 320 px box and a 360 px screen, names unsqueezed`, async () => {
        await requestLanguage(lang);
        pin(SEED);
        const inBox = await list(
          html`<sco-capital-clocks group="all" face=${face} show-date show-offset show-daynight lang=${lang} style="width: 320px"></sco-capital-clocks>`,
        );
        expect(outside(inBox)).to.deep.equal([]);
        expect(squeezed(inBox, ['city', 'date'])).to.deep.equal([]);
        await setViewport({ width: 360, height: 640 });
        const onScreen = await list(html`<sco-capital-clocks group="all" face=${face} show-date show-offset show-daynight lang=${lang}></sco-capital-clocks>`);
        expect(outside(onScreen)).to.deep.equal([]);
        expect(squeezed(onScreen, ['city', 'date'])).to.deep.equal([]);
        expect(sidewaysScroll()).to.equal(0);
      });
    }
  }
});

describe('<sco-capital-clocks> accessibility', () => {
  const variants: Array<[string, ReturnType<typeof html>]> = [
    ['digital, light', html`<sco-capital-clocks group="all" show-date show-offset show-daynight theme="light"></sco-capital-clocks>`],
    ['digital, dark', html`<sco-capital-clocks group="all" show-date show-offset show-daynight theme="dark"></sco-capital-clocks>`],
    ['analog, light', html`<sco-capital-clocks face="analog" seconds show-offset theme="light"></sco-capital-clocks>`],
    ['analog, dark', html`<sco-capital-clocks face="analog" seconds show-offset theme="dark"></sco-capital-clocks>`],
    ['with an unknown zone, dark', html`<sco-capital-clocks zones="Asia/Tehran,Mars/Base" theme="dark"></sco-capital-clocks>`],
    ['fa, right to left', html`<sco-capital-clocks lang="fa" show-offset show-daynight></sco-capital-clocks>`],
  ];
  for (const [what, markup] of variants) {
    it(`has no axe violations (${what})`, async () => {
      const el = await list(markup);
      await expect(el).to.be.accessible();
    });
  }
});
