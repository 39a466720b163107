import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/member-states/define.js';
import type { ScoMemberStates } from '../../src/elements/member-states/sco-member-states.js';
import { statesIn, todayIso } from '../../src/sco/index.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { outside, sidewaysScroll, squeezed } from '../helpers/fits.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const groupsOf = (el: Element) => all(el, '[part~="group"]').map((g) => g.dataset.group);
const codesIn = (el: Element, group: string) => all(el, `[data-group="${group}"] [part~="state"]`).map((s) => s.dataset.code);
const headings = (el: Element) => all(el, '[part~="heading"]').map((h) => h.textContent);
const stateText = (el: Element, code: string, part: string) => el.shadowRoot!.querySelector(`[data-code="${code}"] [part~="${part}"]`)?.textContent?.trim();

async function block(markup: ReturnType<typeof html>) {
  const el = await fixture<ScoMemberStates>(markup);
  await el.updateComplete;
  return el;
}

describe('<sco-member-states> on a date', () => {
  it('<sco-member-states as-of="2020-01-13"> shows the portal’s groups: members, observers, dialogue partners', async () => {
    const el = await block(html`<sco-member-states as-of="2020-01-13" lang="en"></sco-member-states>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(groupsOf(el)).to.deep.equal(['members', 'observers', 'dialogue-partners']);
    expect(headings(el)).to.deep.equal(['Member States', 'Observer States', 'Dialogue Partners']);
    expect(codesIn(el, 'members')).to.have.members(['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK']);
    expect(codesIn(el, 'observers')).to.have.members(['MN', 'IR', 'AF', 'BY']);
    expect(codesIn(el, 'dialogue-partners')).to.have.members(['LK', 'TR', 'AM', 'AZ', 'KH', 'NP']);
  });

  it('today: members and partners', async () => {
    const el = await block(html`<sco-member-states lang="en"></sco-member-states>`);
    expect(groupsOf(el)).to.deep.equal(['members', 'partners']);
    expect(headings(el)).to.deep.equal(['Member States', 'Partners']);
    expect(codesIn(el, 'members')).to.deep.equal(statesIn('members', todayIso()).map((s) => s.code));
    expect(codesIn(el, 'partners')).to.deep.equal(statesIn('partners', todayIso()).map((s) => s.code));
    expect(codesIn(el, 'members')).to.include.members(['IR', 'BY']);
    expect(codesIn(el, 'partners')).to.include.members(['LA', 'MN', 'AF', 'EG']);
  });

  it('the day before Tianjin (2025-08-31) still has observers and dialogue partners; 2025-09-01 has partners', async () => {
    const before = await block(html`<sco-member-states as-of="2025-08-31"></sco-member-states>`);
    expect(groupsOf(before)).to.deep.equal(['members', 'observers', 'dialogue-partners']);
    expect(codesIn(before, 'dialogue-partners')).not.to.include('LA');
    const after = await block(html`<sco-member-states as-of="2025-09-01"></sco-member-states>`);
    expect(groupsOf(after)).to.deep.equal(['members', 'partners']);
    expect(codesIn(after, 'partners')).to.include('LA');
  });

  const filters: Array<[string, string, string[]]> = [
    ['members', '2020-01-13', ['members']],
    ['partners', '2020-01-13', ['observers', 'dialogue-partners']],
    ['all', '2020-01-13', ['members', 'observers', 'dialogue-partners']],
    ['members', '2026-11-28', ['members']],
    ['partners', '2026-11-28', ['partners']],
  ];
  for (const [group, asOf, shown] of filters) {
    it(`group="${group}" as-of="${asOf}" shows ${shown.join(', ')}`, async () => {
      const el = await block(html`<sco-member-states group=${group} as-of=${asOf}></sco-member-states>`);
      expect(groupsOf(el)).to.deep.equal(shown);
    });
  }
});

describe('<sco-member-states> markup', () => {
  it('uses real sections, h2 headings (the default heading-level) and lists; each state has flag, name and capital parts', async () => {
    const el = await block(html`<sco-member-states lang="en"></sco-member-states>`);
    for (const group of all(el, '[part~="group"]')) {
      expect(group.localName).to.equal('section');
      const heading = group.querySelector('[part~="heading"]')!;
      expect(heading.localName).to.equal('h2');
      expect(group.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(group.querySelector('ul > li[part~="state"]')).to.exist;
    }
    expect(stateText(el, 'KZ', 'name')).to.equal('Kazakhstan');
    expect(stateText(el, 'KZ', 'capital')).to.equal('capital: Astana');
    expect(el.shadowRoot!.querySelector('[data-code="KZ"] [part~="capital"]')!.lastChild!.textContent).to.equal('Astana');
    const flag = el.shadowRoot!.querySelector('[data-code="KZ"] [part~="flag"]')!;
    expect(flag.textContent).to.equal('🇰🇿');
    expect(flag.getAttribute('aria-hidden')).to.equal('true');
  });

  const languages: Array<[string, string, string, string]> = [
    ['ru', 'Государства-члены', 'Казахстан', 'Астана'],
    ['zh', '成员国', '哈萨克斯坦', '阿斯塔纳'],
    ['fa', 'کشورهای عضو', 'قزاقستان', 'آستانه'],
  ];
  for (const [lang, heading, state, capital] of languages) {
    it(`lang="${lang}": "${heading}", ${state}, ${capital}`, async () => {
      await requestLanguage(lang);
      const el = await block(html`<sco-member-states lang=${lang}></sco-member-states>`);
      expect(headings(el)[0]).to.equal(heading);
      expect(stateText(el, 'KZ', 'name')).to.equal(state);
      expect(el.shadowRoot!.querySelector('[data-code="KZ"] [part~="capital"]')!.lastChild!.textContent).to.equal(capital);
    });
  }

  it('headings for the old groups are translated (ru, 2020)', async () => {
    const el = await block(html`<sco-member-states lang="ru" as-of="2020-01-13"></sco-member-states>`);
    expect(headings(el)).to.deep.equal(['Государства-члены', 'Государства-наблюдатели', 'Партнёры по диалогу']);
  });

  it('lang="fa" and dir="rtl" mirror the block', async () => {
    const fa = await block(html`<sco-member-states lang="fa"></sco-member-states>`);
    expect(fa.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    const wrap = fixtureSync(html`<div dir="rtl"><sco-member-states lang="en"></sco-member-states></div>`);
    const en = wrap.firstElementChild as ScoMemberStates;
    await en.updateComplete;
    expect(en.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<sco-member-states> on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('in a narrow box the capital goes under the name; in a wide one it stays beside it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <sco-member-states as-of="2024-06-01" lang="en" style="width: 320px"></sco-member-states>
      <sco-member-states as-of="2024-06-01" lang="en" style="width: 600px"></sco-member-states>
    </div>`);
    const [narrow, wide] = [...wrap.children] as ScoMemberStates[];
    await Promise.all([narrow.updateComplete, wide.updateComplete]);
    const place = (el: Element, part: string) => el.shadowRoot!.querySelector(`[data-code="LK"] [part~="${part}"]`)!.getBoundingClientRect();
    expect(place(narrow, 'capital').top).to.be.at.least(place(narrow, 'name').bottom - 1);
    expect(place(wide, 'capital').top).to.be.closeTo(place(wide, 'name').top, 2);
  });

  for (const lang of ['en', 'zh', 'ar']) {
    it(`lang="${lang}" group="all" as-of="2024-06-01" fits a 320 px box (also at a 20 px font) and a 360 px screen, no name squeezed`, async () => {
      await requestLanguage(lang);
      for (const style of ['width: 320px', 'width: 320px; --sco-font-size: 20px']) {
        const el = await block(html`<sco-member-states group="all" as-of="2024-06-01" lang=${lang} style=${style}></sco-member-states>`);
        expect(outside(el), style).to.deep.equal([]);
        expect(squeezed(el, ['name', 'capital']), style).to.deep.equal([]);
      }
      await setViewport({ width: 360, height: 640 });
      const el = await block(html`<sco-member-states group="all" as-of="2024-06-01" lang=${lang}></sco-member-states>`);
      expect(outside(el)).to.deep.equal([]);
      expect(squeezed(el, ['name', 'capital'])).to.deep.equal([]);
      expect(sidewaysScroll()).to.equal(0);
    });
  }
});

describe('<sco-member-states> with bad input', () => {
  const bad: Array<[string, string, string]> = [
    ['2020-13-01', 'en', 'Cannot show the SCO on "2020-13-01": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.'],
    ['13.01.2020', 'en', 'Cannot show the SCO on "13.01.2020": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.'],
    ['2020-02-30', 'ru', 'Нельзя показать ШОС на «2020-02-30»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).'],
  ];
  for (const [asOf, lang, message] of bad) {
    it(`as-of="${asOf}" lang="${lang}" is state="error" with "${message}"`, async () => {
      const el = await block(html`<sco-member-states as-of=${asOf} lang=${lang}></sco-member-states>`);
      expect(el.getAttribute('state')).to.equal('error');
      const status = el.shadowRoot!.querySelector('[part~="status"]')!;
      expect(status.textContent).to.equal(message);
      expect(status.getAttribute('role')).to.equal('alert');
      expect(groupsOf(el)).to.be.empty;
    });
  }

  it('group="observers" (not a selection) is an error naming the choices', async () => {
    const el = await block(html`<sco-member-states group="observers" lang="en"></sco-member-states>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('members, partners or all');
  });

  it('a date before the founding is an error naming the earliest date, not an empty box', async () => {
    const el = await block(html`<sco-member-states as-of="2000-01-01" lang="en"></sco-member-states>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('from 2001-06-15');
  });

  it('a group with no states on the date says so (partners before the first observer)', async () => {
    const el = await block(html`<sco-member-states as-of="2002-01-01" group="partners" lang="en"></sco-member-states>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('The SCO had no states of this group on 2002-01-01.');
  });

  it('recovers when as-of is corrected', async () => {
    const el = await block(html`<sco-member-states as-of="yesterday"></sco-member-states>`);
    el.asOf = '2020-01-13';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(groupsOf(el)).to.have.length(3);
  });
});

describe('<sco-member-states> accessibility', () => {
  const variants: Array<[string, ReturnType<typeof html>]> = [
    ['today, light', html`<sco-member-states theme="light"></sco-member-states>`],
    ['today, dark', html`<sco-member-states theme="dark"></sco-member-states>`],
    ['2020, dark', html`<sco-member-states as-of="2020-01-13" theme="dark"></sco-member-states>`],
    ['fa', html`<sco-member-states lang="fa"></sco-member-states>`],
    ['error, dark', html`<sco-member-states as-of="nope" theme="dark"></sco-member-states>`],
  ];
  for (const [what, markup] of variants) {
    it(`has no axe violations (${what})`, async () => {
      const el = await block(markup);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sco-member-states heading-level>', () => {
  const levels: Array<[string, string]> = [
    ['1', 'h1'],
    ['4', 'h4'],
    ['6', 'h6'],
    ['9', 'h6'],
    ['0', 'h1'],
    ['two', 'h2'],
  ];
  for (const [level, tag] of levels) {
    it(`heading-level="${level}" gives <${tag}> group headings`, async () => {
      const el = await block(html`<sco-member-states heading-level=${level}></sco-member-states>`);
      expect(all(el, '[part~="heading"]').map((h) => h.localName)).to.deep.equal([tag, tag]);
    });
  }

  /** axe's heading-order rule alone, over a page fragment: the violations it finds. */
  async function headingOrder(page: Element): Promise<number> {
    // @ts-expect-error -- the browser build registers window.axe and has no types of its own
    await import('axe-core/axe.min.js');
    const { axe } = window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: unknown[] }> } };
    const { violations } = await axe.run(page, { runOnly: ['heading-order'] });
    return violations.length;
  }

  it('with the default, a page whose only heading is an <h1> passes heading-order', async () => {
    const page = await fixture(html`<div><h1>SCO portal</h1><sco-member-states></sco-member-states></div>`);
    await (page.querySelector('sco-member-states') as ScoMemberStates).updateComplete;
    expect(await headingOrder(page)).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('heading-level="4" fits a page at h3 (h1 > h2 > h3) and passes heading-order', async () => {
    const page = await fixture(
      html`<div><h1>SCO portal</h1><h2>Sidebar</h2><h3>Organisation</h3><sco-member-states heading-level="4"></sco-member-states></div>`,
    );
    await (page.querySelector('sco-member-states') as ScoMemberStates).updateComplete;
    expect(await headingOrder(page)).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('heading-level="4" right under an <h1> skips levels, and axe says so (the check can fail)', async () => {
    const page = await fixture(html`<div><h1>SCO portal</h1><sco-member-states heading-level="4"></sco-member-states></div>`);
    await (page.querySelector('sco-member-states') as ScoMemberStates).updateComplete;
    expect(await headingOrder(page)).to.equal(1);
  });
});
