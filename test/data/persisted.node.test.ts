import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRateHistory, parseRates } from '../../src/data/parsers/detect.js';
import { restoreFeed, restoreSeries, restoreSheet } from '../../src/data/persisted.js';
import { RATE_RANGE } from '../../src/data/rate-range.js';
import type { RateSheet } from '../../src/data/types.js';
import { fixtureText } from './fixture.js';

const SAVED = Date.parse('2025-12-13T12:00:00Z');
const sheet = parseRates(fixtureText('cbr/XML_daily_eng_2025-12-13.extracted.xml'));
/** What a sheet looks like after a round trip through localStorage. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as RateSheet;

describe('restoreSheet', () => {
  it('gives back a sheet a parser made, after a round trip through JSON', () => {
    assert.deepEqual(restoreSheet(stored(sheet), SAVED), sheet);
  });
  it('gives back a partial sheet with its mark', () => {
    const partial = { ...sheet, partial: { skipped: 1, reasons: ['Not a currency code: "A0000"'] } };
    assert.deepEqual(restoreSheet(stored(partial), SAVED), partial);
  });
  const first = sheet.rates[0];
  const refused: [what: string, value: unknown][] = [
    ['null', null],
    ['a string', 'x'],
    ['rates as an object', { ...sheet, rates: { CNY: 11.27 } }],
    ['no rates', { ...sheet, rates: [] }],
    ['a rate of zero', { ...sheet, rates: [{ ...first, perUnit: 0 }] }],
    ['a rate of 1e308', { ...sheet, rates: [{ ...first, value: 1e308 }] }],
    ['a rate as text', { ...sheet, rates: [{ ...first, value: '53,1' }] }],
    ['a nominal of 0.5', { ...sheet, rates: [{ ...first, nominal: 0.5 }] }],
    ['a code of four letters', { ...sheet, rates: [{ ...first, code: 'AUDD' }] }],
    ['a date of 31.02', { ...sheet, date: '2025-02-31' }],
    ['a date in dotted form', { ...sheet, date: '13.12.2025' }],
    ['a date a month after the save', { ...sheet, date: '2026-01-13' }],
    ['previous as a string', { ...sheet, previous: 'x' }],
    ['a partial mark of zero rows', { ...sheet, partial: { skipped: 0, reasons: [] } }],
  ];
  for (const [what, value] of refused) {
    it(`refuses ${what}`, () => assert.equal(restoreSheet(value, SAVED), undefined));
  }
  it('allows a date up to two weeks after the save (rates set before a long holiday)', () => {
    assert.ok(restoreSheet({ ...sheet, date: '2025-12-27' }, SAVED));
    assert.equal(restoreSheet({ ...sheet, date: '2025-12-28' }, SAVED), undefined);
  });
  it('property: whatever JSON it is given, what it accepts has only sane numbers', () => {
    const rate = fc.record({
      code: fc.constantFrom('USD', 'CNY', 'usd', 'X'),
      name: fc.string(),
      nominal: fc.oneof(fc.integer(), fc.double()),
      value: fc.double(),
      perUnit: fc.double(),
    });
    const candidate = fc.oneof(
      fc.jsonValue(),
      fc.record({
        source: fc.string(),
        base: fc.constantFrom('RUB', 'rub'),
        date: fc.constantFrom('2025-12-13', '2099-01-01', 'x'),
        rates: fc.array(rate, { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        const restored = restoreSheet(stored(value), SAVED);
        for (const r of restored?.rates ?? []) {
          assert.ok(r.value >= RATE_RANGE.min && r.value <= RATE_RANGE.max && r.perUnit >= RATE_RANGE.min && r.perUnit <= RATE_RANGE.max);
          assert.ok(Number.isInteger(r.nominal) && r.nominal >= 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('restoreSeries', () => {
  const series = parseRateHistory(fixtureText('cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml'), 'CNY');
  it('gives back a series a parser made', () => assert.deepEqual(restoreSeries(stored(series), SAVED), series));
  it('refuses points out of order, a negative point, or no points', () => {
    assert.equal(restoreSeries({ ...series, points: [...series.points].reverse() }, SAVED), undefined);
    assert.equal(restoreSeries({ ...series, points: [{ ...series.points[0], value: -1 }] }, SAVED), undefined);
    assert.equal(restoreSeries({ ...series, points: [] }, SAVED), undefined);
  });
});

describe('restoreFeed', () => {
  const feed = { title: 'News', items: [{ id: '1', title: 'Headline', url: 'https://example.org/a', published: '2025-12-13T10:00:00Z' }] };
  it('gives back a feed parseFeed made, and one with no items', () => {
    assert.deepEqual(restoreFeed(stored(feed)), feed);
    assert.deepEqual(restoreFeed({ items: [] }), { items: [] });
  });
  const refused: [what: string, value: unknown][] = [
    ['items as a string ({"items":"x"})', { items: 'x' }],
    ['a javascript: link', { items: [{ id: '1', title: 'x', url: 'javascript:alert(1)' }] }],
    ['a data: feed link', { url: 'data:text/html,x', items: [] }],
    ['a title that is a number', { items: [{ id: '1', title: 1 }] }],
    ['a date that is no date', { items: [{ id: '1', title: 'x', published: 'soon' }] }],
  ];
  for (const [what, value] of refused) {
    it(`refuses ${what}`, () => assert.equal(restoreFeed(value), undefined));
  }
});
