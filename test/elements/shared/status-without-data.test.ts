/**
 * The widgets that load no data carry no status words up front: the data widgets' line comes with
 * `DataController`, and the words of a mistake in the settings load at the first one. This file
 * imports no data widget and runs in a page of its own, so those words are not there when it starts.
 */
import { expect, fixture, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import '../../../src/elements/clock/define.js';
import '../../../src/elements/member-states/define.js';
import { requestLanguage } from '../../../src/i18n/index.js';
import type { ScoElement } from '../../../src/elements/shared/sco-element.js';

const AS_OF_RU = 'Нельзя показать ШОС на «13.01.2020»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).';

const statusOf = (el: ScoElement) => el.shadowRoot!.querySelector('[part~="status"]')!;

const messageOf = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<ScoElement>(markup);
  expect(statusOf(el).getAttribute('role')).to.equal('alert');
  return statusOf(el).textContent;
};

describe('the status line without the data layer', () => {
  afterEach(() => fixtureCleanup());

  it('keeps a mistake unseen (its space kept) until its words arrive, then shows it translated', async () => {
    const el = fixtureSync<ScoElement>(html`<sco-member-states as-of="13.01.2020" lang="ru"></sco-member-states>`);
    const atError: { unseen: boolean; height: number }[] = [];
    // sco-error fires right after the first render, before any chunk can have arrived.
    el.addEventListener('sco-error', () => atError.push({ unseen: getComputedStyle(el).visibility === 'hidden', height: el.getBoundingClientRect().height }));
    await el.updateComplete;
    expect(atError).to.have.length(1);
    expect(atError[0]!.unseen, 'unseen while its words are on their way').to.equal(true);
    expect(atError[0]!.height, 'the stand-in message keeps a line').to.be.greaterThan(0);
    expect(el.matches(':state(translating)')).to.equal(false);
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(statusOf(el).textContent).to.equal(AS_OF_RU);
    expect(el.getAttribute('state')).to.equal('error');
  });

  it('loaded no data widget', () => {
    for (const tag of ['sco-currency-table', 'sco-currency-converter', 'sco-rate-chart', 'sco-headline-ticker'])
      expect(customElements.get(tag)).to.equal(undefined);
  });

  it('says what to fix in <sco-member-states> in English, Russian and Chinese', async () => {
    expect(await messageOf(html`<sco-member-states as-of="13.01.2020" lang="en"></sco-member-states>`)).to.equal(
      'Cannot show the SCO on "13.01.2020": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
    );
    expect(await messageOf(html`<sco-member-states as-of="13.01.2020" lang="ru"></sco-member-states>`)).to.equal(AS_OF_RU);
    expect(await messageOf(html`<sco-member-states group="observers" lang="zh"></sco-member-states>`)).to.equal(
      '未知分组“observers”：请将 group 属性设置为 members、partners 或 all。',
    );
  });

  it('says what to fix in <sco-clock zone> in a language loaded on demand', async () => {
    await requestLanguage('kk');
    const { configErrors } = await import('../../../src/i18n/languages/kk.js');
    expect(await messageOf(html`<sco-clock zone="Mars/Olympus_Mons" lang="kk"></sco-clock>`)).to.equal(
      configErrors.settings.zone.replace('{value}', 'Mars/Olympus_Mons'),
    );
  });
});
