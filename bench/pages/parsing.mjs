// The parsing page: the project's parsers (detect.ts, feeds) and the DOMParser baseline, timed on
// the same three documents, interleaved.
import { parseRateHistory, parseRates } from '../../src/data/parsers/detect.ts';
import { parseFeed } from '../../src/data/feeds/index.ts';
import { domFeed, domHistory, domRates } from './dom-parsers.mjs';
import { timeParsers } from './timing.mjs';

/** What both parsers must agree on for the comparison to be fair. */
function agree(ours, theirs, pick) {
  return JSON.stringify(pick(ours)) === JSON.stringify(pick(theirs));
}

const CASES = {
  daily: {
    ours: (text) => parseRates(text),
    dom: (text) => domRates(text),
    check: (s) => [s.date, s.rates.length, s.rates.map((r) => [r.code, r.nominal, r.value, r.perUnit])],
  },
  dynamic: {
    ours: (text) => parseRateHistory(text, 'CNY'),
    dom: (text) => domHistory(text, 'CNY'),
    check: (s) => [s.code, s.points.length, s.points.map((p) => [p.date, p.value])],
  },
  rss: {
    ours: (text) => parseFeed(text, 'https://example.org/sco/feed.rss'),
    dom: (text) => domFeed(text),
    check: (f) => [f.items.length, f.items.map((h) => [h.id, h.url, h.published, h.title])],
  },
};

window.bench = {
  async measure(name, url, options) {
    const text = await (await window.fetch(url)).text();
    const c = CASES[name];
    const agreed = agree(c.ours(text), c.dom(text), c.check);
    const [ours, dom] = timeParsers([() => c.ours(text), () => c.dom(text)], options);
    return { bytes: text.length, agreed, ours, dom };
  },
};
window.benchReady = true;
