import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCbu } from '../../../src/data/parsers/cbu.js';
import type { Rate } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

const byCode = (rates: Rate[] | undefined, code: string): Rate => {
  const rate = rates?.find((r) => r.code === code);
  assert.ok(rate, `${code} missing`);
  return rate;
};

describe('CBU arkhiv-kursov-valyut JSON', () => {
  // [Ccy, Code, Nominal, Rate, Rate less Diff, CcyNm_RU] for the SCO currencies and the ones per 10.
  const cases: [file: string, date: string, count: number, last: string, spots: [string, string, number, number, number, string][]][] = [
    [
      'cbu_all_2022-08-05.json',
      '2022-08-05',
      75,
      'HKD',
      [
        ['USD', '840', 1, 10919.89, 10942.58, 'Доллар США'],
        ['RUB', '643', 1, 181.47, 180.87, 'Российский рубль'],
        ['KGS', '417', 1, 131.3, 131.57, 'Киргизский сом'],
        ['IRR', '364', 10, 2.6, 2.61, 'Иранский риал'],
        ['CNY', '156', 1, 1615.58, 1620.14, 'Юань ренминби'],
        ['TJS', '972', 1, 1067.44, 1070.18, 'Сомони'],
        ['PKR', '586', 1, 48.7, 48.05, 'Пакистанская рупия'],
        ['IDR', '360', 10, 7.31, 7.34, 'Рупия'],
        ['BYN', '933', 1, 4325.39, 4335.24, 'Белорусский рубль'],
        ['KZT', '398', 1, 22.93, 23.02, 'Казахстанский тенге'],
        ['INR', '356', 1, 137.42, 138.24, 'Индийская рупия'],
      ],
    ],
    [
      'cbu_all_2020-07-14.json',
      '2020-07-14',
      74,
      'INR',
      [
        ['USD', '840', 1, 10194.96, 10184.73, 'Доллар США'],
        ['RUB', '643', 1, 143.88, 142.48, 'Российский рубль'],
        ['IRR', '364', 1, 0.24, 0.24, 'Иранский риал'],
        ['BYN', '933', 1, 4222.39, 4174.93, 'Белорусский рубль'],
        ['CNY', '156', 1, 1456.63, 1441.45, 'Юань ренминби'],
        ['KZT', '398', 1, 24.66, 25.03, 'Казахстанский тенге'],
        ['KGS', '417', 1, 131.04, 129.91, 'Киргизский сом'],
      ],
    ],
  ];
  for (const [file, date, count, last, spots] of cases) {
    describe(file, () => {
      const sheet = parseCbu(fixtureText(`uz/${file}`));
      it(`is the CBU sheet in sum for ${date} with ${count} currencies, USD first and ${last} last`, () => {
        assert.deepEqual([sheet.source, sheet.base, sheet.date, sheet.rates.length, sheet.previous?.length], ['cbu', 'UZS', date, count, count]);
        assert.deepEqual([sheet.rates[0].code, sheet.rates.at(-1)?.code], ['USD', last]);
      });
      for (const [code, numCode, nominal, value, previous, name] of spots) {
        it(`${nominal} ${code} = ${value} UZS, previously ${previous}`, () => {
          const rate = byCode(sheet.rates, code);
          assert.deepEqual(rate, { code, numCode, name, nominal, value, perUnit: nominal === 10 ? value / 10 : value });
          assert.equal(byCode(sheet.previous, code).value, previous);
        });
      }
    });
  }

  const names: [lang: string, name: string][] = [
    ['ru', 'Доллар США'],
    ['en', 'US Dollar'],
    ['uz', 'AQSH dollari'],
    ['uz-Cyrl', 'АҚШ доллари'],
    ['zh', 'US Dollar'],
  ];
  for (const [lang, name] of names) {
    it(`names USD "${name}" for lang ${lang}`, () => assert.equal(parseCbu(fixtureText('uz/cbu_all_2022-08-05.json'), lang).rates[0].name, name));
  }

  const malformed: [what: string, text: string, code: string, message: RegExp][] = [
    ['an empty array', '[]', 'empty', /lists no currencies/],
    ['an object', '{"Ccy":"USD"}', 'format', /not a JSON array/],
    ['an array of strings', '["USD"]', 'format', /not an object/],
    ['a Rate that is not a number', '[{"Ccy":"USD","Code":"840","Nominal":"1","Rate":"—","Diff":"0","Date":"05.08.2022"}]', 'format', /"—" \(rate of USD\)/],
    [
      'a Date in ISO form',
      '[{"Ccy":"USD","Nominal":"1","Rate":"10919.89","Date":"2022-08-05"}]',
      'format',
      /Not a valid date: "2022-08-05" \(the Date of USD\)/,
    ],
  ];
  for (const [what, text, code, message] of malformed) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseCbu(text), { name: 'DataError', code, message }));
  }
});
