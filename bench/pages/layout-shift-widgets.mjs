// The widgets the layout-shift bench puts on its page, shared by the page and the bench that reports on them.

/** Each widget as a site owner would write it; those with data read it from the routed upstreams or the late fixtures. */
export const WIDGETS = {
  'currency-table': '<sco-currency-table show-change flags></sco-currency-table>',
  'currency-converter': '<sco-currency-converter></sco-currency-converter>',
  'headline-ticker scroll': '<sco-headline-ticker src="/late/fixtures/portal/headlines.rss"></sco-headline-ticker>',
  'headline-ticker rotate': '<sco-headline-ticker mode="rotate" src="/late/fixtures/portal/headlines.rss"></sco-headline-ticker>',
  'headline-ticker list': '<sco-headline-ticker mode="list" limit="8" src="/late/fixtures/portal/headlines.rss"></sco-headline-ticker>',
  'rate-chart': '<sco-rate-chart code="CNY" src="/late/fixtures/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml"></sco-rate-chart>',
  'member-states': '<sco-member-states></sco-member-states>',
  'capital-clocks': '<sco-capital-clocks show-offset show-daynight></sco-capital-clocks>',
  clock: '<sco-clock zone="Asia/Shanghai" face="analog"></sco-clock>',
};
