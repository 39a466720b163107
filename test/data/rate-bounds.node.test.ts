import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RATE_RANGE } from '../../src/data/rate-range.js';
import { parseCbrJson } from '../../src/data/parsers/cbr-json.js';
import { parseCbu } from '../../src/data/parsers/cbu.js';
import { parseRates } from '../../src/data/parsers/detect.js';
import { crossSeries, rebase } from '../../src/data/rates.js';
import type { RateSeries, RateSheet } from '../../src/data/types.js';
import { fixtureText } from './fixture.js';

const mirror = (valute: object) => JSON.stringify({ Date: '2024-03-01T11:30:00+03:00', Valute: { USD: valute } });
const cbu = (nominal: string, rate: string) =>
  JSON.stringify([{ Ccy: 'USD', Code: '840', CcyNm_RU: 'Доллар США', Nominal: nominal, Rate: rate, Diff: '0', Date: '01.03.2024' }]);

describe('a rate is refused unless it is finite and within the sane range, after computing', () => {
  const cases: [what: string, text: string, message: RegExp][] = [
    ['cbr-json Value 5e-324 per 10 (per unit rounds to 0)', mirror({ CharCode: 'USD', Nominal: 10, Value: 5e-324 }), /out of range: 5e-324/],
    [
      'cbr-json Value 1e-8 per 1000 (per unit 1e-11, below the range once divided)',
      mirror({ CharCode: 'USD', Nominal: 1000, Value: 1e-8 }),
      /rate per unit of USD is out of range/,
    ],
    ['cbr-json Value 1e308', mirror({ CharCode: 'USD', Nominal: 1, Value: 1e308 }), /rate of USD is out of range: 1e\+308/],
    ['CBU Nominal "1e300", Rate "1e-300"', cbu('1e300', '1e-300'), /nominal of USD is not a whole number up to 1000000000: 1e300/],
    ['CBU Rate "1e-300"', cbu('1', '1e-300'), /rate of USD is out of range: 1e-300/],
    ['CBU Rate "-0"', cbu('1', '-0'), /rate of USD is not positive: -0/],
  ];
  for (const [what, text, message] of cases) {
    it(what, () => assert.throws(() => parseRates(text), { name: 'DataError', code: 'format', message }));
  }
  it('a number the decimal reader turns into Infinity is not a decimal', () => {
    assert.throws(() => parseCbu(cbu('1', '1e400')), { name: 'DataError', code: 'format', message: /Not a decimal number: "1e400"/ });
  });
  it('the bounds of the range themselves are rates', () => {
    const low = parseCbrJson(mirror({ CharCode: 'USD', Nominal: 1, Value: RATE_RANGE.min }));
    const high = parseCbrJson(mirror({ CharCode: 'USD', Nominal: 1, Value: RATE_RANGE.max }));
    assert.deepEqual([low.rates[0].perUnit, high.rates[0].perUnit], [RATE_RANGE.min, RATE_RANGE.max]);
  });
});

/** Every number of a sheet within the range: what the widgets may show. */
function assertSane(sheet: RateSheet) {
  for (const rate of [...sheet.rates, ...(sheet.previous ?? [])]) {
    for (const value of [rate.value, rate.perUnit]) {
      assert.ok(value >= RATE_RANGE.min && value <= RATE_RANGE.max, `${rate.code}: ${value}`);
    }
    assert.ok(Number.isInteger(rate.nominal) && rate.nominal >= 1, `${rate.code}: nominal ${rate.nominal}`);
  }
}

describe('cross rates stay finite and within the range', () => {
  const sheet: RateSheet = {
    source: 'test',
    base: 'RUB',
    date: '2024-03-01',
    rates: [
      { code: 'USD', name: 'USD', nominal: 1, value: 90, perUnit: 90 },
      { code: 'AAA', name: 'AAA', nominal: 1, value: RATE_RANGE.max, perUnit: RATE_RANGE.max },
      { code: 'ZZZ', name: 'ZZZ', nominal: 1000, value: 1e-6, perUnit: RATE_RANGE.min },
    ],
  };
  it('in the weakest currency, rates that would exceed the range are left out and the sheet marked partial', () => {
    const inZzz = rebase(sheet, 'ZZZ');
    assertSane(inZzz);
    // 1 RUB = 1e9 ZZZ is the edge of the range; 1 USD = 9e10 ZZZ and 1 AAA = 1e18 ZZZ are beyond it.
    assert.deepEqual(
      inZzz.rates.map((r) => r.code),
      ['RUB'],
    );
    assert.equal(inZzz.partial?.skipped, 2);
  });
  it('in the strongest currency, likewise', () => {
    const inAaa = rebase(sheet, 'AAA');
    assertSane(inAaa);
    assert.deepEqual(
      inAaa.rates.map((r) => r.code),
      ['RUB', 'USD'],
    );
    assert.equal(inAaa.rates[0].name, 'RUB', 'the old base is named by its code: the sheet has no name for it');
    assert.equal(inAaa.partial?.skipped, 1);
  });
  it('a real sheet in any of its currencies: every number sane, none left out', () => {
    const real = parseRates(fixtureText('cbr/XML_daily_eng_2025-12-13.extracted.xml'));
    for (const { code } of real.rates) {
      const crossed = rebase(real, code);
      assertSane(crossed);
      assert.equal(crossed.partial, undefined, code);
    }
  });
  it('a partial sheet stays partial in another base', () => {
    const partial = { ...sheet, rates: sheet.rates.slice(0, 1), partial: { skipped: 2, reasons: ['x', 'y'] } };
    assert.deepEqual(rebase(partial, 'USD').partial, { skipped: 2, reasons: ['x', 'y'] });
  });
  it('a cross history leaves out days outside the range, and fails when none is left', () => {
    const series = (code: string, perUnits: number[]): RateSeries => ({
      source: 'test',
      base: 'RUB',
      code,
      points: perUnits.map((perUnit, i) => ({ date: `2024-03-0${i + 1}`, nominal: 1, value: perUnit, perUnit })),
    });
    const crossed = crossSeries(series('AAA', [1, RATE_RANGE.max]), series('ZZZ', [1, RATE_RANGE.min]), 'ZZZ');
    assert.deepEqual(
      crossed.points.map((p) => p.date),
      ['2024-03-01'],
    );
    assert.equal(crossed.partial?.skipped, 1);
    assert.throws(() => crossSeries(series('AAA', [RATE_RANGE.max]), series('ZZZ', [RATE_RANGE.min]), 'ZZZ'), { name: 'DataError', code: 'empty' });
  });
});
