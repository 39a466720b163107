import assert from 'node:assert/strict';
import { test } from 'node:test';

// The cache listens for `languagechange` on the global object, as it does on a page's window:
// give node's global object a real event target before the module loads.
const target = new EventTarget();
Object.assign(globalThis, { addEventListener: target.addEventListener.bind(target), dispatchEvent: target.dispatchEvent.bind(target) });
const { INTL_CACHE_LIMIT, cachedIntl, clearIntlCache, dateTimeFormat, displayName, intlCacheSize, numberFormat } = await import('../../src/core/intl-cache.js');
const { stateName } = await import('../../src/sco/states.js');
const { capitalName } = await import('../../src/sco/capital-names.js');

test('one formatter per locale and options, whoever asks', () => {
  clearIntlCache();
  assert.equal(numberFormat('ru', { minimumFractionDigits: 4 }), numberFormat('ru', { minimumFractionDigits: 4 }));
  assert.notEqual(numberFormat('ru'), numberFormat('en'));
  assert.equal(dateTimeFormat('fa', { dateStyle: 'short' }), dateTimeFormat('fa', { dateStyle: 'short' }));
  assert.equal(intlCacheSize(), 4);
});

test(`holds at most ${INTL_CACHE_LIMIT} entries, dropping the least recently used`, () => {
  clearIntlCache();
  const kept = numberFormat('ru');
  for (let i = 0; i < INTL_CACHE_LIMIT * 2; i++) {
    cachedIntl(`filler|${i}`, () => i);
    numberFormat('ru'); // used all along: never the least recent
  }
  assert.equal(intlCacheSize(), INTL_CACHE_LIMIT);
  assert.equal(numberFormat('ru'), kept);
  let made = 0;
  cachedIntl('filler|0', () => ++made); // long evicted: made again
  cachedIntl(`filler|${INTL_CACHE_LIMIT * 2 - 1}`, () => ++made); // recent: still there
  assert.equal(made, 1);
});

test('a falsy answer is cached like any other', () => {
  clearIntlCache();
  let made = 0;
  for (let i = 0; i < 3; i++) cachedIntl('zone|Mars/Olympus_Mons', () => (made++, false));
  assert.equal(made, 1);
});

test('emptied when the browser language changes', () => {
  const before = numberFormat('en');
  assert.ok(intlCacheSize() > 0);
  globalThis.dispatchEvent(new Event('languagechange'));
  assert.equal(intlCacheSize(), 0);
  assert.notEqual(numberFormat('en'), before);
});

test('one rule for display names: the requested locales, then English, then nothing (the caller picks what to show)', () => {
  assert.equal(displayName('ru', 'currency', 'CNY'), 'китайский юань');
  assert.equal(displayName('xx', 'currency', 'CNY'), 'Chinese Yuan');
  assert.equal(displayName(['xx', 'ru'], 'region', 'KZ'), 'Казахстан');
  assert.equal(displayName('ru', 'currency', 'QQQ'), undefined);
  assert.equal(displayName('ru', 'region', 'not a region'), undefined);
  assert.equal(stateName('kz', 'ru'), 'Казахстан');
  assert.equal(stateName('kz', 'xx'), 'Kazakhstan');
  assert.equal(stateName('qq', 'ru'), 'QQ');
});

test('capital names do not grow the cache, however often they are asked', () => {
  clearIntlCache();
  assert.equal(capitalName('moscow', 'ru-RU'), 'Москва');
  const size = intlCacheSize();
  for (let i = 0; i < 100; i++) capitalName('moscow', 'ru-RU');
  assert.equal(intlCacheSize(), size);
});
