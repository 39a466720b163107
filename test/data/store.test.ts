import { expect } from '@open-wc/testing';
import { setClock } from '../../src/core/time.js';
import { configure, resetConfig } from '../../src/core/config.js';
import type { DataError } from '../../src/data/errors.js';
import { parseRates } from '../../src/data/parsers/detect.js';
import type { DataState, Source } from '../../src/data/source.js';
import { restoreSheet } from '../../src/data/persisted.js';
import { ratesAt, registerSource } from '../../src/data/sources/index.js';
import { feedAt } from '../../src/data/sources/feeds.js';
import { DataStore, keyOf } from '../../src/data/store.js';
import type { Feed, RateSheet } from '../../src/data/types.js';
import { manualClock } from '../helpers/manual-clock.js';
import { requestsFor, resetRequestCounts, until } from '../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The library's clock, stopped at a moment of 13 December 2025 until a test moves it. */
function stoppedClock() {
  const clock = manualClock(Date.parse('2025-12-13T12:00:00Z'));
  setClock(clock);
  return clock;
}

/** A source over real HTTP whose URL can change between loads (to inject faults). */
function httpSource(name: string, urls: () => string, ttl?: number): Source<RateSheet, unknown> & { loads: number } {
  const source = {
    name,
    ttl,
    restore: restoreSheet,
    loads: 0,
    async load(_query: unknown, { fetchText }: { fetchText(url: string): Promise<string> }) {
      source.loads++;
      return parseRates(await fetchText(urls()));
    },
  };
  return source;
}

function collect<T>() {
  const seen: DataState<T>[] = [];
  return { seen, listener: (s: DataState<T>) => seen.push(s), last: () => seen.at(-1)! };
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('DataStore', () => {
  let store: DataStore;
  beforeEach(async () => {
    resetConfig();
    configure({ retries: 0, timeout: 1500, retryDelay: 10 });
    store = new DataStore();
    localStorage.clear();
    await resetRequestCounts();
  });
  afterEach(() => {
    store.clear();
    setClock();
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('three watchers of one source and query share one request', async () => {
    const source = httpSource('shared', () => ENG);
    const views = [collect<RateSheet>(), collect<RateSheet>(), collect<RateSheet>()];
    const watches = views.map((v) => store.watch(source, {}, v.listener));
    await until(() => views.every((v) => v.last().state === 'ready'));
    expect(await requestsFor(ENG)).to.equal(1);
    expect(views.map((v) => v.last().value!.date)).to.deep.equal(['2025-12-13', '2025-12-13', '2025-12-13']);
    watches.forEach((w) => w.close());
  });

  it('serves a fresh value from memory, and reloads it once its TTL has passed', async () => {
    const clock = stoppedClock();
    const source = httpSource('ttl', () => ENG, HOUR);
    const a = collect<RateSheet>();
    const first = store.watch(source, {}, a.listener);
    await until(() => a.last().state === 'ready');
    first.close();
    const b = collect<RateSheet>();
    const second = store.watch(source, {}, b.listener);
    expect(b.seen[0].state).to.equal('ready'); // synchronously, from memory
    expect(source.loads).to.equal(1);
    await clock.advance(HOUR - 1);
    expect(source.loads).to.equal(1);
    await clock.advance(1);
    await until(() => source.loads === 2, 2000, 'the refresh after the TTL');
    second.close();
  });

  it('shows a stale value while it revalidates (stale-while-revalidate)', async () => {
    const clock = stoppedClock();
    const source = httpSource('swr', () => `${ENG}?delay=200`, HOUR);
    const first = collect<RateSheet>();
    const w1 = store.watch(source, {}, first.listener);
    await until(() => first.last().state === 'ready');
    w1.close();
    await clock.advance(HOUR);
    const again = collect<RateSheet>();
    const w2 = store.watch(source, {}, again.listener);
    expect(again.seen[0].state).to.equal('ready');
    expect(again.seen[0].value).to.equal(first.last().value);
    await until(() => again.seen.length === 2, 3000, 'the revalidated value');
    expect(again.last().value).not.to.equal(first.last().value);
    w2.close();
  });

  it('a failed refresh keeps the value and reports stale with the error', async () => {
    let url = ENG;
    const source = httpSource('stale', () => url);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'ready');
    url = `${ENG}?status=503`;
    const after = await watch.refresh();
    expect(after.state).to.equal('stale');
    expect(after.value!.rates.length).to.equal(55);
    expect(after.error!.code).to.equal('network');
    watch.close();
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    configure({ retries: 2, retryDelay: 20 });
    let calls = 0;
    const source = httpSource('retry', () => (++calls < 3 ? `${ENG}?status=503` : ENG));
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state !== 'loading', 5000);
    expect(view.last().state).to.equal('ready');
    expect(source.loads).to.equal(3);
    watch.close();
  });

  it('does not retry a document in the wrong format or a 404', async () => {
    configure({ retries: 3, retryDelay: 20 });
    for (const url of ['/fx/rss-parser/input/unrecognized.rss', '/fx/none.xml']) {
      const source = httpSource(`once-${url}`, () => url);
      const view = collect<RateSheet>();
      const watch = store.watch(source, {}, view.listener);
      await until(() => view.last().state === 'error');
      expect(source.loads).to.equal(1);
      watch.close();
    }
  });

  it('an attempt past the timeout is a timeout error', async () => {
    configure({ timeout: 200 });
    const source = httpSource('slow', () => `${ENG}?delay=2000`);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'error', 3000);
    expect((view.last().error as DataError).code).to.equal('timeout');
    watch.close();
  });

  it('persists to localStorage when asked, so a new page paints at once', async () => {
    configure({ persist: true });
    const source = httpSource('persisted', () => ENG);
    registerSource('persisted', source); // a key that is the same on the next visit
    const view = collect<RateSheet>();
    const firstVisit = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'ready');
    firstVisit.close();
    const revisit = new DataStore();
    const painted = collect<RateSheet>();
    const watch = revisit.watch(source, {}, painted.listener);
    expect(painted.seen[0].state).to.equal('ready');
    expect(painted.seen[0].value!.date).to.equal('2025-12-13');
    expect(source.loads).to.equal(1); // still fresh: no request
    watch.close();
    revisit.clear();
  });

  describe('persisted data is validated when restored; what fails is dropped and fetched anew', () => {
    const sheetSource = ratesAt(ENG);
    const FEED = '/fx/portal/headlines.rss';
    const feedSource = feedAt(FEED);
    const sheetKey = `sco-widgets:v1:${keyOf(sheetSource, {})}`;
    const feedKey = `sco-widgets:v1:${keyOf(feedSource, {})}`;
    const valid: RateSheet = {
      source: 'cbr',
      base: 'RUB',
      date: '2025-12-13',
      rates: [{ code: 'CNY', name: 'Yuan', nominal: 1, value: 11.2726, perUnit: 11.2726 }],
    };
    const record = (value: unknown, updated = Date.now() - 1000, version: unknown = 2) => JSON.stringify({ version, value, updated });

    /** Watches with persistence on; gives the first data state (what was restored) and the last. */
    function revisit<T>(source: Source<T, unknown>) {
      configure({ persist: true });
      const view = collect<T>();
      const watch = store.watch(source, {}, view.listener);
      return { first: view.seen[0], view, watch };
    }

    it('a valid sheet saved an hour ago paints at once, and no request is made while it is fresh', async () => {
      localStorage.setItem(sheetKey, record(valid, Date.now() - 1000));
      const { first, watch } = revisit(sheetSource);
      expect(first.state).to.equal('ready');
      expect(first.value).to.deep.equal(valid);
      expect(await requestsFor(ENG)).to.equal(0);
      watch.close();
    });

    const rejected: [what: string, key: () => string, source: () => Source<unknown, unknown>, text: () => string][] = [
      ['a feed whose items are a string ({"items":"x"})', () => feedKey, () => feedSource, () => record({ items: 'x' })],
      [
        'a feed item whose link is javascript:',
        () => feedKey,
        () => feedSource,
        () => record({ items: [{ id: '1', title: 'x', url: 'javascript:alert(1)' }] }),
      ],
      ['a sheet whose rates are an object', () => sheetKey, () => sheetSource, () => record({ ...valid, rates: { CNY: 11.27 } })],
      ['a sheet whose date is not a date', () => sheetKey, () => sheetSource, () => record({ ...valid, date: '13.12.2025' })],
      ['a sheet with a rate of zero', () => sheetKey, () => sheetSource, () => record({ ...valid, rates: [{ ...valid.rates[0], perUnit: 0 }] })],
      ['a sheet with a rate of 1e308', () => sheetKey, () => sheetSource, () => record({ ...valid, rates: [{ ...valid.rates[0], value: 1e308 }] })],
      ['a sheet saved ten days in the future', () => sheetKey, () => sheetSource, () => record({ ...valid, date: '1999-01-01' }, Date.now() + 10 * 24 * HOUR)],
      [
        'a sheet dated a year after it was saved',
        () => sheetKey,
        () => sheetSource,
        () => record({ ...valid, date: new Date(Date.now() + 365 * 24 * HOUR).toISOString().slice(0, 10) }),
      ],
      ['a record of the old format, without a version', () => sheetKey, () => sheetSource, () => JSON.stringify({ value: valid, updated: Date.now() - 1000 })],
      ['a record of another version', () => sheetKey, () => sheetSource, () => record(valid, Date.now() - 1000, 3)],
      ['a record whose time is text', () => sheetKey, () => sheetSource, () => JSON.stringify({ version: 2, value: valid, updated: 'yesterday' })],
      ['text that is not JSON', () => sheetKey, () => sheetSource, () => '{"version":2,'],
      ['JSON null', () => sheetKey, () => sheetSource, () => 'null'],
    ];
    for (const [what, key, source, text] of rejected) {
      it(`${what}: not shown, removed, and loaded afresh`, async () => {
        localStorage.setItem(key(), text());
        const { first, view, watch } = revisit(source());
        expect(first.state).to.equal('loading');
        expect(first.value).to.be.undefined;
        await until(() => view.last().state !== 'loading', 3000, 'the fresh load');
        expect(view.last().state).to.equal('ready');
        // Removed when dropped, then written again by the fresh load: a valid record of the new version.
        expect(JSON.parse(localStorage.getItem(key())!).version).to.equal(2);
        watch.close();
      });
    }

    it('a source without a check of its own has nothing restored', async () => {
      const unchecked: Source<string, unknown> = { name: 'unchecked', load: async () => 'fresh' };
      registerSource('unchecked', unchecked);
      localStorage.setItem(`sco-widgets:v1:${keyOf(unchecked, {})}`, record('saved'));
      const { first, watch } = revisit(unchecked);
      expect(first.state).to.equal('loading');
      watch.close();
    });

    it('a valid feed paints at once', async () => {
      const feed: Feed = { title: 'News', items: [{ id: '1', title: 'Headline', url: 'https://example.org/a', published: '2025-12-13T10:00:00Z' }] };
      localStorage.setItem(feedKey, record(feed));
      const { first, watch } = revisit<Feed>(feedSource as Source<Feed, unknown>);
      expect([first.state, first.value]).to.deep.equal(['ready', feed]);
      watch.close();
    });
  });

  it('closing the last watcher aborts its request; another watcher keeps it alive', async () => {
    const signals: AbortSignal[] = [];
    const source: Source<string, unknown> = {
      name: 'abort',
      load: (_q, { signal, fetchText }) => (signals.push(signal), fetchText(`${ENG}?delay=1000`)),
    };
    const a = store.watch(source, {}, () => {});
    const b = store.watch(source, {}, () => {});
    a.close();
    expect(signals[0].aborted).to.be.false;
    b.close();
    expect(signals[0].aborted).to.be.true;
  });

  it('pauses refreshes while the page is hidden and catches up when it is visible again', async () => {
    const clock = stoppedClock();
    const source = httpSource('hidden', () => ENG, HOUR);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'ready');
    expect(clock.pending).to.equal(1);
    setVisibility('hidden');
    expect(clock.pending).to.equal(0);
    await clock.advance(2 * HOUR);
    expect(source.loads).to.equal(1);
    setVisibility('visible');
    await until(() => source.loads === 2, 2000, 'the catch-up load');
    watch.close();
    expect(clock.pending).to.equal(0);
  });

  it('after failed loads, tries again 30 s, 1, 2 and 4 min later, then every 5 min', async () => {
    const clock = stoppedClock();
    const source = httpSource('backoff', () => '/fx/none.xml', HOUR);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'error', 3000, 'the first failure');
    const gaps: number[] = [];
    for (let load = 2, at = clock.now(); load <= 7; load++) {
      // Step through time a second at a time until the next load starts: the gap is measured, not assumed.
      while (source.loads < load && clock.now() - at < HOUR) await clock.advance(SECOND);
      gaps.push(clock.now() - at);
      at = clock.now();
      await until(() => view.seen.filter((s) => s.state === 'error').length === load, 3000, `failure ${load}`);
    }
    expect(gaps).to.deep.equal([30 * SECOND, MINUTE, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE, 5 * MINUTE]);
    watch.close();
  });

  it('a success after failures starts the schedule over: the next refresh comes a TTL later', async () => {
    const clock = stoppedClock();
    let url = '/fx/none.xml';
    const source = httpSource('recovers', () => url, HOUR);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'error', 3000, 'the failure');
    url = ENG;
    await clock.advance(30 * SECOND);
    await until(() => view.last().state === 'ready', 3000, 'the recovery');
    await clock.advance(HOUR - 1);
    expect(source.loads).to.equal(2);
    await clock.advance(1);
    expect(source.loads).to.equal(3);
    watch.close();
  });

  it('tries again when the browser comes back online after a failure', async () => {
    let url = '/fx/none.xml';
    const source = httpSource('online', () => url);
    const view = collect<RateSheet>();
    const watch = store.watch(source, {}, view.listener);
    await until(() => view.last().state === 'error');
    url = ENG;
    window.dispatchEvent(new Event('online'));
    await until(() => view.last().state === 'ready', 3000);
    watch.close();
  });
});
