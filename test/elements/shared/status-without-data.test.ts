/**
 * The widgets that load no data carry only their own status words (the data widgets' line comes with
 * `DataController`): on a page with no data widget, their mistakes still read in every language, at
 * the first render. This file imports no data widget, and runs in a page of its own.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/clock/define.js';
import '../../../src/elements/member-states/define.js';
import { requestLanguage } from '../../../src/i18n/index.js';
import type { ScoElement } from '../../../src/elements/shared/sco-element.js';

const messageOf = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<ScoElement>(markup);
  const status = el.shadowRoot!.querySelector('[part~="status"]')!;
  expect(status.getAttribute('role')).to.equal('alert');
  return status.textContent;
};

describe('the status line without the data layer', () => {
  afterEach(() => fixtureCleanup());

  it('is no data widget’s: the page loaded no data controller', () => {
    for (const tag of ['sco-currency-table', 'sco-currency-converter', 'sco-rate-chart', 'sco-headline-ticker'])
      expect(customElements.get(tag)).to.equal(undefined);
  });

  it('says what to fix in <sco-member-states as-of> in English, Russian and Chinese at the first render', async () => {
    expect(await messageOf(html`<sco-member-states as-of="13.01.2020" lang="en"></sco-member-states>`)).to.equal(
      'Cannot show the SCO on "13.01.2020": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
    );
    expect(await messageOf(html`<sco-member-states as-of="13.01.2020" lang="ru"></sco-member-states>`)).to.equal(
      'Нельзя показать ШОС на «13.01.2020»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).',
    );
    expect(await messageOf(html`<sco-member-states group="observers" lang="zh"></sco-member-states>`)).to.equal(
      '未知分组“observers”：请将 group 属性设置为 members、partners 或 all。',
    );
  });

  it('says what to fix in <sco-clock zone> in a language loaded on demand', async () => {
    await requestLanguage('kk');
    const { status } = await import('../../../src/i18n/on-demand/kk.js');
    expect(await messageOf(html`<sco-clock zone="Mars/Olympus_Mons" lang="kk"></sco-clock>`)).to.equal(
      status.settings.zone.replace('{value}', 'Mars/Olympus_Mons'),
    );
  });
});
