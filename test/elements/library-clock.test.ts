import { expect, fixture, html } from '@open-wc/testing';
import { setClock } from '../../src/core/time.js';
import '../../src/elements/clock/define.js';
import '../../src/elements/member-states/define.js';
import type { ScoClock } from '../../src/elements/clock/sco-clock.js';
import type { ScoMemberStates } from '../../src/elements/member-states/sco-member-states.js';

const codes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-group="members"] [part~="state"]')].map((s) => s.dataset.code);
const datetime = (el: Element) => el.shadowRoot!.querySelector('[part~="time"]')?.getAttribute('datetime');

describe('one clock for the library: setClock pins every widget on the page', () => {
  afterEach(() => setClock());

  it('<sco-member-states> and <sco-clock> both show 1 June 2016 at noon in Moscow', async () => {
    setClock({ now: () => Date.parse('2016-06-01T09:00:00Z') });
    const wrap = await fixture(html`<div lang="en">
      <sco-member-states group="members"></sco-member-states>
      <sco-clock zone="Europe/Moscow"></sco-clock>
    </div>`);
    const states = wrap.querySelector<ScoMemberStates>('sco-member-states')!;
    const clock = wrap.querySelector<ScoClock>('sco-clock')!;
    await Promise.all([states.updateComplete, clock.updateComplete]);
    expect(codes(states).sort()).to.deep.equal(['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']); // India and Pakistan joined in 2017
    expect(datetime(clock)).to.equal('2016-06-01T12:00:00+03:00');
  });

  it('a new clock shows on a clock already on the page at once', async () => {
    setClock({ now: () => Date.parse('2016-06-01T09:00:00Z') });
    const clock = await fixture<ScoClock>(html`<sco-clock zone="Europe/Moscow"></sco-clock>`);
    setClock({ now: () => Date.parse('2026-11-30T09:30:00Z') });
    await clock.updateComplete;
    expect(datetime(clock)).to.equal('2026-11-30T12:30:00+03:00');
  });
});
