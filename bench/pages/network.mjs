// The network page: ten currency tables on the `cbr` source (through a proxy template pointing at
// the bench server) and ten headline tickers on one feed, with persistence on. The elements are in
// the page before they are defined; `bench.firstRow` is the time from `customElements.define` to
// the first rendered table row, `bench.firstItem` to the first headline, `bench.allLoaded` to the
// twentieth `sco-load`.
import { configure } from '../../src/core/config.ts';
import { ScoCurrencyTable } from '../../src/elements/currency-table/sco-currency-table.ts';
import { ScoHeadlineTicker } from '../../src/elements/headline-ticker/sco-headline-ticker.ts';

const WIDGETS = 10;

const box = document.createElement('div');
for (let i = 0; i < WIDGETS; i++) {
  box.append(document.createElement('sco-currency-table'));
  const ticker = document.createElement('sco-headline-ticker');
  ticker.setAttribute('src', '/feed/headlines.rss');
  box.append(ticker);
}
document.body.append(box);

configure({ persist: true, proxy: `${window.location.origin}/proxy/?url={url}`, retries: 0 });

const bench = (window.bench = { loaded: 0, errors: [] });
document.addEventListener('sco-error', (event) => bench.errors.push(String(event.detail.error?.message ?? event.detail.error)));
document.addEventListener('sco-load', (event) => {
  const now = window.performance.now() - bench.defined;
  const widget = event.target;
  if (bench.firstRow === undefined && widget.localName === 'sco-currency-table' && widget.shadowRoot.querySelector('tr[part~="row"]')) bench.firstRow = now;
  if (bench.firstItem === undefined && widget.localName === 'sco-headline-ticker' && widget.shadowRoot.querySelector('[part~="item"]')) bench.firstItem = now;
  if (++bench.loaded === 2 * WIDGETS) bench.allLoaded = now;
});

bench.defined = window.performance.now();
window.customElements.define('sco-currency-table', ScoCurrencyTable);
window.customElements.define('sco-headline-ticker', ScoHeadlineTicker);
window.benchReady = true;
