import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCbrDynamic } from '../../../src/data/parsers/cbr-dynamic.js';
import { cbrIdOf, isoCodeOfCbrId } from '../../../src/data/parsers/cbr-ids.js';
import { fixtureText } from '../fixture.js';

const dynamic = (name: string) => fixtureText(`cbr/${name}`);

describe('XML_dynamic CNY 24.10–27.10.2021 (range starts on a Sunday)', () => {
  const text = dynamic('XML_dynamic_CNY_2021-10-24_2021-10-27.raw.xml');

  it('has only the two dates on which a rate was set, not the four days asked for', () => {
    assert.deepEqual(parseCbrDynamic(text, 'CNY'), {
      source: 'cbr',
      base: 'RUB',
      code: 'CNY',
      points: [
        { date: '2021-10-26', nominal: 1, value: 10.9908, perUnit: 10.9908 },
        { date: '2021-10-27', nominal: 1, value: 10.8993, perUnit: 10.8993 },
      ],
    });
  });
  it('infers CNY from the bank ID R01375 when no code is given', () => {
    assert.equal(parseCbrDynamic(text).code, 'CNY');
  });
  it('accepts the code in lower case', () => {
    assert.equal(parseCbrDynamic(text, 'cny').code, 'CNY');
  });
  it('refuses to call the CNY history a USD one', () => {
    assert.throws(() => parseCbrDynamic(text, 'USD'), { name: 'DataError', code: 'format', message: /USD.*R01375 \(CNY\)/ });
  });
});

describe('XML_dynamic CNY 28.08–02.09.2021 (a Saturday rate, no 29 and 30 August)', () => {
  it('keeps the gap over the weekend rather than filling it in', () => {
    const series = parseCbrDynamic(dynamic('XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml'), 'CNY');
    assert.deepEqual(
      series.points.map((p) => [p.date, p.value]),
      [
        ['2021-08-28', 11.4177],
        ['2021-08-31', 11.378],
        ['2021-09-01', 11.3367],
        ['2021-09-02', 11.3211],
      ],
    );
  });
});

describe('other XML_dynamic answers', () => {
  const history = (records: string, id = 'R01235') =>
    `<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="${id}" DateRange1="01.01.2024" DateRange2="10.01.2024" name="Foreign Currency Market Dynamic">${records}</ValCurs>`;

  it('reads VunitRate when the record has one, and a nominal other than 1', () => {
    const series = parseCbrDynamic(
      history('<Record Date="09.01.2024" Id="R01335"><Nominal>100</Nominal><Value>19,6551</Value><VunitRate>0,196551</VunitRate></Record>', 'R01335'),
    );
    assert.deepEqual(series.points, [{ date: '2024-01-09', nominal: 100, value: 19.6551, perUnit: 0.196551 }]);
    assert.equal(series.code, 'KZT');
  });
  it('sorts records oldest first', () => {
    const series = parseCbrDynamic(
      history(
        '<Record Date="10.01.2024" Id="R01235"><Nominal>1</Nominal><Value>90,1</Value></Record>' +
          '<Record Date="09.01.2024" Id="R01235"><Nominal>1</Nominal><Value>90,0</Value></Record>',
      ),
    );
    assert.deepEqual(
      series.points.map((p) => p.date),
      ['2024-01-09', '2024-01-10'],
    );
  });
  it('a range without any rate set is empty, naming the range', () => {
    assert.throws(() => parseCbrDynamic(history('')), { name: 'DataError', code: 'empty', message: /USD between 01\.01\.2024 and 10\.01\.2024/ });
  });
  it('an ID the map does not know needs the caller’s code', () => {
    const text = history('<Record Date="09.01.2024" Id="R09999"><Nominal>1</Nominal><Value>1,0</Value></Record>', 'R09999');
    assert.throws(() => parseCbrDynamic(text), { name: 'DataError', code: 'format', message: /Unknown Bank of Russia currency ID "R09999"/ });
    assert.equal(parseCbrDynamic(text, 'XAU').code, 'XAU');
  });
  it('the error document is the source’s error', () => {
    assert.throws(() => parseCbrDynamic(dynamic('XML_daily_error_in_parameters.xml'), 'CNY'), { name: 'DataError', code: 'source' });
  });
  it('a daily sheet is not a history', () => {
    assert.throws(() => parseCbrDynamic(dynamic('XML_daily_2016-12-09.win1251.xml'), 'CNY'), { name: 'DataError', code: 'format', message: /daily sheet/ });
  });
  it('a record with an impossible date is a format error', () => {
    const text = history('<Record Date="31.02.2024" Id="R01235"><Nominal>1</Nominal><Value>90,0</Value></Record>');
    assert.throws(() => parseCbrDynamic(text), { name: 'DataError', code: 'format', message: /Not a valid date: "31\.02\.2024"/ });
  });
});

describe('CBR currency IDs', () => {
  const cases: [code: string, id: string][] = [
    ['CNY', 'R01375'],
    ['INR', 'R01270'],
    ['KZT', 'R01335'],
    ['KGS', 'R01370'],
    ['TJS', 'R01670'],
    ['UZS', 'R01717'],
    ['IRR', 'R01300'],
    ['BYN', 'R01090B'],
    ['USD', 'R01235'],
    ['EUR', 'R01239'],
  ];
  for (const [code, id] of cases) {
    it(`${code} ⇄ ${id}`, () => {
      assert.equal(cbrIdOf(code), id);
      assert.equal(isoCodeOfCbrId(id), code);
    });
  }
  it('knows nothing of currencies the bank does not quote, nor of object keys', () => {
    assert.equal(cbrIdOf('PKR'), undefined);
    assert.equal(cbrIdOf('constructor'), undefined);
    assert.equal(isoCodeOfCbrId('R00000'), undefined);
  });
});
