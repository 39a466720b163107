// The leaks page: inserts and removes one widget over and over, and reports what is left running.
// Each widget runs on its own page (a bundle of its define.ts and this module); data widgets run
// twice, once given `.data` (removed after rendering) and once given a `src` the bench server
// answers slowly (removed while the request is in flight).
import { headlines } from './headlines.mjs';

const rate = (code, name, nominal, value) => ({ code, name, nominal, value, perUnit: value / nominal });
const SHEET = {
  source: 'cbr',
  base: 'RUB',
  date: '2025-12-13',
  rates: [
    rate('CNY', 'Chinese Yuan', 1, 11.1),
    rate('KZT', 'Kazakhstan Tenge', 100, 15.3),
    rate('INR', 'Indian Rupee', 100, 88.5),
    rate('USD', 'US Dollar', 1, 78.8),
  ],
};
const SERIES = {
  source: 'cbr',
  base: 'RUB',
  code: 'CNY',
  points: Array.from({ length: 30 }, (_, i) => ({
    date: `2025-11-${String(i + 1).padStart(2, '0')}`,
    nominal: 1,
    value: 11 + Math.sin(i / 4) / 5,
    perUnit: 11 + Math.sin(i / 4) / 5,
  })),
};
const FEED = { title: 'bench', items: headlines(10) };

const SPECS = {
  clock: [{ label: '`<sco-clock zone seconds>`', tag: 'sco-clock', attrs: { zone: 'Asia/Shanghai', seconds: '' } }],
  'capital-clocks': [{ label: '`<sco-capital-clocks seconds>`', tag: 'sco-capital-clocks', attrs: { seconds: '' } }],
  'member-states': [{ label: '`<sco-member-states>`', tag: 'sco-member-states', attrs: {} }],
  'currency-table': [
    { label: '`<sco-currency-table>` `.data`', tag: 'sco-currency-table', attrs: { currencies: '*' }, data: SHEET },
    { label: '`<sco-currency-table src>` (removed while loading)', tag: 'sco-currency-table', attrs: { src: '/slow/daily.xml' } },
  ],
  'headline-ticker': [
    { label: '`<sco-headline-ticker>` `.data` (scrolling)', tag: 'sco-headline-ticker', attrs: {}, data: FEED },
    { label: '`<sco-headline-ticker src>` (removed while loading)', tag: 'sco-headline-ticker', attrs: { src: '/slow/feed.rss' } },
  ],
  'currency-converter': [
    { label: '`<sco-currency-converter>` `.data`', tag: 'sco-currency-converter', attrs: {}, data: SHEET },
    { label: '`<sco-currency-converter src>` (removed while loading)', tag: 'sco-currency-converter', attrs: { src: '/slow/daily.xml' } },
  ],
  'rate-chart': [
    { label: '`<sco-rate-chart>` `.data`', tag: 'sco-rate-chart', attrs: { code: 'CNY' }, data: SERIES },
    { label: '`<sco-rate-chart src>` (removed while loading)', tag: 'sco-rate-chart', attrs: { code: 'CNY', src: '/slow/dynamic.xml' } },
  ],
};

const b = window.__bench;
const frame = () => new Promise((done) => b.native.requestAnimationFrame(done));
// A task after the frame: ResizeObservers have run, fetches have been handed to the network.
const task = () =>
  new Promise((done) => {
    const channel = new window.MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });

export function ready(widget) {
  const specs = SPECS[widget];
  window.bench = {
    specs: specs.map((s) => s.label),
    tag: (i) => specs[i].tag,
    /** `rounds` times: insert `batch` widgets, let them render and lay out, remove them. */
    async cycle(i, rounds, batch) {
      const spec = specs[i];
      const box = document.createElement('div');
      document.body.append(box);
      for (let r = 0; r < rounds; r++) {
        const elements = Array.from({ length: batch }, () => {
          const el = document.createElement(spec.tag);
          for (const [name, value] of Object.entries(spec.attrs)) el.setAttribute(name, value);
          if (spec.data) el.data = spec.data;
          box.append(el);
          return el;
        });
        await Promise.all(elements.map((el) => el.updateComplete));
        await frame();
        await task();
        for (const el of elements) el.remove();
        await task();
      }
      box.remove();
    },
    counts: () => ({
      timers: b.pendingTimeouts.size + b.intervals.size,
      fetchStarted: b.fetchStarted,
      fetchSettled: b.fetchSettled,
      fetchAborted: b.fetchAborted,
      listeners: b.listenerCount(),
    }),
    /** Waits (at most `ms`) until every fetch started has settled. */
    async settle(ms) {
      const until = window.performance.now() + ms;
      while (b.fetchStarted > b.fetchSettled && window.performance.now() < until) await frame();
    },
  };
  window.benchReady = true;
}
