// Each element's own event types, checked by `npm run typecheck`: a listener on a widget sees the
// widget's data in `sco-load`, and mistakes about it do not compile.
import type { ScoCurrencyTable } from '../../src/elements/currency-table/sco-currency-table.js';
import type { ScoHeadlineTicker } from '../../src/elements/headline-ticker/sco-headline-ticker.js';
import type { ScoMemberStates } from '../../src/elements/member-states/sco-member-states.js';
import type { ScoRateChart } from '../../src/elements/rate-chart/sco-rate-chart.js';
import type { ScoClock } from '../../src/elements/clock/sco-clock.js';

export function listen(table: ScoCurrencyTable, chart: ScoRateChart, ticker: ScoHeadlineTicker, states: ScoMemberStates, clock: ScoClock) {
  table.addEventListener('sco-load', (e) => e.detail.date.slice(0, 4));
  table.addEventListener('sco-load', function (e) {
    return this.currencies ?? e.detail.rates[0]?.code;
  });
  table.addEventListener('sco-error', (e) => [e.detail.error.code, e.detail.error.setting, e.detail.stale]);
  chart.addEventListener('sco-load', (e) => e.detail.points.length);
  ticker.addEventListener('sco-load', (e) => e.detail.items.length);
  states.addEventListener('sco-load', (e) => e.detail.groups.map((g) => g.group));
  clock.addEventListener('sco-load', (e) => e.detail.zone);
  table.addEventListener('click', (e) => e.clientX);
  table.addEventListener('some-other-event', () => undefined);
  table.removeEventListener('sco-load', (e) => e.detail.base);
  const state: 'loading' | 'ready' | 'stale' | 'error' = table.state;
  return state;
}

export function mistakes(table: ScoCurrencyTable, chart: ScoRateChart) {
  // @ts-expect-error: a table's sco-load carries a rate sheet, not a feed
  table.addEventListener('sco-load', (e) => e.detail.items);
  // @ts-expect-error: a chart's sco-load carries a series, not a sheet
  chart.addEventListener('sco-load', (e) => e.detail.rates);
  // @ts-expect-error: sco-error's detail is { error, stale }
  table.addEventListener('sco-error', (e) => e.detail.code);
  // @ts-expect-error: state is the widget's to set
  table.state = 'ready';
}
