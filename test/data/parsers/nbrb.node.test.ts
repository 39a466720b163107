import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseNbrb } from '../../../src/data/parsers/nbrb.js';
import { fixtureText } from '../fixture.js';

describe('api.nbrb.by exrates/rates?periodicity=0 for 2022-02-28: every currency', () => {
  // [Cur_Abbreviation, Cur_Scale, Cur_OfficialRate, Cur_Name] in document order.
  const expected: [string, number, number, string][] = [
    ['AUD', 1, 1.9868, 'Австралийский доллар'],
    ['AMD', 1000, 5.7315, 'Армянских драмов'],
    ['BGN', 1, 1.5776, 'Болгарский лев'],
    ['UAH', 100, 9.1837, 'Гривен'],
    ['DKK', 10, 4.1455, 'Датских крон'],
    ['USD', 1, 2.7597, 'Доллар США'],
    ['EUR', 1, 3.0873, 'Евро'],
    ['PLN', 10, 6.6183, 'Злотых'],
    ['JPY', 100, 2.393, 'Иен'],
    ['IRR', 100000, 6.5707, 'Иранских риалов'],
    ['ISK', 100, 2.1791, 'Исландских крон'],
    ['CAD', 1, 2.1547, 'Канадский доллар'],
    ['CNY', 10, 4.3697, 'Китайских юаней'],
    ['KWD', 1, 9.1061, 'Кувейтский динар'],
    ['MDL', 10, 1.508, 'Молдавских леев'],
    ['NZD', 1, 1.8515, 'Новозеландский доллар'],
    ['NOK', 10, 3.0778, 'Норвежских крон'],
    ['RUB', 100, 3.2978, 'Российских рублей'],
    ['XDR', 1, 3.8475, 'СДР (Специальные права заимствования)'],
    ['SGD', 1, 2.0378, 'Сингапурcкий доллар'],
    ['KGS', 100, 3.2533, 'Сомов'],
    ['KZT', 1000, 5.9979, 'Тенге'],
    ['TRY', 10, 1.9606, 'Турецких лир'],
    ['GBP', 1, 3.6911, 'Фунт стерлингов'],
    ['CZK', 100, 12.449, 'Чешских крон'],
    ['SEK', 10, 2.8998, 'Шведских крон'],
    ['CHF', 1, 2.9794, 'Швейцарский франк'],
  ];
  // BYN per one unit where the scale is not 1, moved by hand from Cur_OfficialRate.
  const perUnit: Record<string, number> = {
    AMD: 0.0057315,
    UAH: 0.091837,
    DKK: 0.41455,
    PLN: 0.66183,
    JPY: 0.02393,
    IRR: 0.000065707,
    ISK: 0.021791,
    CNY: 0.43697,
    MDL: 0.1508,
    NOK: 0.30778,
    RUB: 0.032978,
    KGS: 0.032533,
    KZT: 0.0059979,
    TRY: 0.19606,
    CZK: 0.12449,
    SEK: 0.28998,
  };
  const sheet = parseNbrb(fixtureText('by/nbrb_rates_periodicity0_2022-02-28.json'));

  it('is the NBRB sheet in Belarusian rubles for 2022-02-28, local midnight read as that day', () => {
    assert.deepEqual([sheet.source, sheet.base, sheet.date, sheet.previous], ['nbrb', 'BYN', '2022-02-28', undefined]);
    assert.deepEqual(
      sheet.rates.map((r) => r.code),
      expected.map(([code]) => code),
    );
  });
  for (const [code, nominal, value, name] of expected) {
    it(`${nominal} ${code} = ${value} BYN`, () => {
      assert.deepEqual(
        sheet.rates.find((r) => r.code === code),
        { code, name, nominal, value, perUnit: perUnit[code] ?? value },
      );
    });
  }
});

describe('other NBRB answers', () => {
  it('a one-currency answer with the pre-2021 Cur_ID 292 is EUR all the same', () => {
    assert.deepEqual(parseNbrb(fixtureText('by/nbrb_EUR_2020-03-07_old-cur-id-292.json')), {
      source: 'nbrb',
      base: 'BYN',
      date: '2020-03-07',
      rates: [{ code: 'EUR', name: 'Евро', nominal: 1, value: 2.5178, perUnit: 2.5178 }],
    });
  });
  it('a single object (exrates/rates/431) is a sheet of one', () => {
    const text = '{"Cur_ID":431,"Date":"2024-01-02T00:00:00","Cur_Abbreviation":"USD","Cur_Scale":1,"Cur_Name":"Доллар США","Cur_OfficialRate":3.1775}';
    assert.deepEqual(parseNbrb(text).rates, [{ code: 'USD', name: 'Доллар США', nominal: 1, value: 3.1775, perUnit: 3.1775 }]);
  });
  const malformed: [what: string, text: string, code: string, message: RegExp][] = [
    ['an empty array', '[]', 'empty', /lists no currencies/],
    ['an error object', '{"Message":"An error has occurred."}', 'format', /no "Cur_Abbreviation"/],
    ['a rate of null', '[{"Date":"2022-02-28T00:00:00","Cur_Abbreviation":"USD","Cur_Scale":1,"Cur_OfficialRate":null}]', 'format', /No rate given for USD/],
    [
      'a scale of 0',
      '[{"Date":"2022-02-28T00:00:00","Cur_Abbreviation":"USD","Cur_Scale":0,"Cur_OfficialRate":2.7}]',
      'format',
      /nominal of USD is not positive/,
    ],
    [
      'a date in dotted form',
      '[{"Date":"28.02.2022","Cur_Abbreviation":"USD","Cur_Scale":1,"Cur_OfficialRate":2.7}]',
      'format',
      /Not a valid date: "28\.02\.2022"/,
    ],
  ];
  for (const [what, text, code, message] of malformed) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseNbrb(text), { name: 'DataError', code, message }));
  }
});
