import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Source } from '../../src/data/source.js';
import { identityOf } from '../../src/data/sources/identity.js';
import { historyAt, inBase } from '../../src/data/sources/histories.js';
import { cbr, cbrHistory, ratesAt, registerSource, type SeriesQuery } from '../../src/data/sources/index.js';
import { feedAt } from '../../src/data/sources/feeds.js';
import type { RateSeries } from '../../src/data/types.js';
import { keyOf } from '../../src/data/store.js';

const labelled = (name: string): Source<string> => ({ name, load: async () => name });
const range = { code: 'CNY', from: '2025-12-01', to: '2025-12-13' };

test('two sources registered under two names are two entries, whatever name label they carry', () => {
  const mine = labelled('shared');
  const other = labelled('shared');
  registerSource('my-bank', mine);
  registerSource('other-bank', other);
  assert.equal(keyOf(mine, {}), 'my-bank|{}');
  assert.equal(keyOf(other, {}), 'other-bank|{}');
});

test('the built-in history of the Bank of Russia is not the Bank of Russia rates source, though both say "cbr"', () => {
  assert.equal(cbr.name, cbrHistory.name);
  assert.notEqual(identityOf(cbrHistory).id, identityOf(cbr).id);
  assert.equal(cbr.history, cbrHistory);
});

test('a source made from a URL is that URL: a new object per widget, one key for all of them, kept across visits', () => {
  const url = 'https://example.org/rates.xml';
  assert.equal(keyOf(ratesAt(url), {}), keyOf(ratesAt(url), {}));
  assert.notEqual(keyOf(ratesAt(url), {}), keyOf(ratesAt(`${url}?2`), {}));
  assert.equal(keyOf(feedAt(url), {}), keyOf(feedAt(url), {}));
  assert.notEqual(keyOf(feedAt(url), {}), keyOf(ratesAt(url), {}));
  assert.equal(keyOf(historyAt(url, 'CNY'), range), keyOf(historyAt(url, 'cny'), range));
  assert.equal(keyOf(inBase(cbrHistory, 'KZT', true), range), keyOf(inBase(cbrHistory, 'KZT', true), range));
  assert.notEqual(keyOf(inBase(cbrHistory, 'KZT', true), range), keyOf(inBase(cbrHistory, 'KZT', false), range));
  for (const source of [ratesAt(url), feedAt(url), historyAt(url, 'CNY'), inBase(cbrHistory, 'KZT', true), cbr, cbrHistory]) {
    assert.equal(identityOf(source).stable, true, source.name);
  }
});

test('an object nobody registered is itself: its own key on this page, and nothing persisted under it', () => {
  const a = labelled('same');
  const b = labelled('same');
  assert.equal(keyOf(a, {}), keyOf(a, {}));
  assert.notEqual(keyOf(a, {}), keyOf(b, {}));
  assert.equal(identityOf(a).stable, false);
  assert.equal(identityOf(inBase(a as unknown as Source<RateSeries, SeriesQuery>, 'KZT', true)).stable, false);
});

test('an object used before it is registered takes the name it is registered under', () => {
  const source = labelled('late');
  assert.equal(identityOf(source).stable, false);
  registerSource('late-bank', source);
  assert.deepEqual(identityOf(source), { id: 'late-bank', stable: true });
});

test('a name registered again stands for the new source; the one it replaced is no longer that name', () => {
  const first = labelled('bank');
  const second = labelled('bank');
  registerSource('replaced-bank', first);
  registerSource('replaced-bank', second);
  assert.equal(identityOf(second).id, 'replaced-bank');
  assert.notEqual(identityOf(first).id, 'replaced-bank');
});

test('one object registered under two names is one source, under its other name once the first goes to another', () => {
  const source = labelled('twice');
  registerSource('twice-a', source);
  registerSource('twice-b', source);
  assert.equal(keyOf(source, {}), 'twice-a|{}');
  registerSource('twice-a', labelled('twice'));
  assert.equal(keyOf(source, {}), 'twice-b|{}');
});
