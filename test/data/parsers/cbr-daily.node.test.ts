import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCbrDaily } from '../../../src/data/parsers/cbr-daily.js';
import type { Rate } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

/** Relative closeness, for per-unit rates the document does not state. */
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-12, `${actual} ≉ ${expected}`);

const byCode = (rates: Rate[], code: string): Rate => {
  const rate = rates.find((r) => r.code === code);
  assert.ok(rate, `${code} missing`);
  return rate;
};

describe('XML_daily 09.12.2016 (windows-1251, Russian names, no VunitRate): every currency', () => {
  // [CharCode, NumCode, Nominal, Value, Name] as the document lists them.
  const expected: [string, string, number, number, string][] = [
    ['AUD', '036', 1, 47.5553, 'Австралийский доллар'],
    ['AZN', '944', 1, 36.0478, 'Азербайджанский манат'],
    ['GBP', '826', 1, 80.0807, 'Фунт стерлингов Соединенного королевства'],
    ['AMD', '051', 100, 13.1783, 'Армянских драмов'],
    ['BYN', '933', 1, 32.0881, 'Белорусский рубль'],
    ['BGN', '975', 1, 34.9218, 'Болгарский лев'],
    ['BRL', '986', 1, 18.7378, 'Бразильский реал'],
    ['HUF', '348', 100, 21.7682, 'Венгерских форинтов'],
    ['DKK', '208', 10, 91.8285, 'Датских крон'],
    ['USD', '840', 1, 63.3901, 'Доллар США'],
    ['EUR', '978', 1, 68.2458, 'Евро'],
    ['INR', '356', 100, 94.0436, 'Индийских рупий'],
    ['KZT', '398', 100, 18.9063, 'Казахстанских тенге'],
    ['CAD', '124', 1, 47.9647, 'Канадский доллар'],
    ['KGS', '417', 100, 91.4522, 'Киргизских сомов'],
    ['CNY', '156', 10, 92.1421, 'Китайских юаней'],
    ['MDL', '498', 10, 31.4982, 'Молдавских леев'],
    ['NOK', '578', 10, 75.8672, 'Норвежских крон'],
    ['PLN', '985', 1, 15.3994, 'Польский злотый'],
    ['RON', '946', 1, 15.1811, 'Румынский лей'],
    ['XDR', '960', 1, 86.0324, 'СДР (специальные права заимствования)'],
    ['SGD', '702', 1, 44.7417, 'Сингапурский доллар'],
    ['TJS', '972', 10, 80.3423, 'Таджикских сомони'],
    ['TRY', '949', 1, 18.8476, 'Турецкая лира'],
    ['TMT', '934', 1, 18.1748, 'Новый туркменский манат'],
    ['UZS', '860', 1000, 19.9654, 'Узбекских сумов'],
    ['UAH', '980', 10, 24.5936, 'Украинских гривен'],
    ['CZK', '203', 10, 25.2585, 'Чешских крон'],
    ['SEK', '752', 10, 69.9307, 'Шведских крон'],
    ['CHF', '756', 1, 62.962, 'Швейцарский франк'],
    ['ZAR', '710', 10, 46.8515, 'Южноафриканских рэндов'],
    ['KRW', '410', 1000, 54.6893, 'Вон Республики Корея'],
    ['JPY', '392', 100, 55.8405, 'Японских иен'],
  ];
  const sheet = parseCbrDaily(fixtureText('cbr/XML_daily_2016-12-09.win1251.xml'));

  it('is the Bank of Russia sheet in rubles for 2016-12-09', () => {
    assert.deepEqual([sheet.source, sheet.base, sheet.date, sheet.previous], ['cbr', 'RUB', '2016-12-09', undefined]);
  });
  it('lists the 33 currencies in document order', () => {
    assert.deepEqual(
      sheet.rates.map((r) => r.code),
      expected.map(([code]) => code),
    );
  });
  for (const [code, numCode, nominal, value, name] of expected) {
    it(`${nominal} ${code} (${numCode}) = ${value} RUB`, () => {
      const rate = byCode(sheet.rates, code);
      assert.deepEqual({ ...rate, perUnit: 0 }, { code, numCode, name, nominal, value, perUnit: 0 });
      close(rate.perUnit, value / nominal);
    });
  }
  it('divides by the nominal in decimal, so 18,9063 per 100 KZT is exactly 0.189063', () => {
    assert.equal(byCode(sheet.rates, 'KZT').perUnit, 0.189063);
    assert.equal(byCode(sheet.rates, 'UZS').perUnit, 0.0199654);
  });
});

describe('XML_daily_eng 13.12.2025 (English names, VunitRate, no prolog): every currency', () => {
  // [CharCode, NumCode, Nominal, Value, VunitRate, Name] as the document lists them.
  const expected: [string, string, number, number, number, string][] = [
    ['AUD', '036', 1, 53.1079, 53.1079, 'Australian Dollar'],
    ['AZN', '944', 1, 46.8998, 46.8998, 'Azerbaijan Manat'],
    ['DZD', '012', 100, 61.5323, 0.615323, 'Algerian Dinar'],
    ['GBP', '826', 1, 107.1167, 107.1167, 'Pound Sterling'],
    ['AMD', '051', 100, 20.8842, 0.208842, 'Armenian Dram'],
    ['BHD', '048', 1, 212.001, 212.001, 'Bahraini Dinar'],
    ['BYN', '933', 1, 27.0426, 27.0426, 'Belarusian Ruble'],
    ['BGN', '975', 1, 47.7523, 47.7523, 'Bulgarian Lev'],
    ['BOB', '068', 1, 11.5383, 11.5383, 'Bolivian Boliviano'],
    ['BRL', '986', 1, 14.701, 14.701, 'Brazilian Real'],
    ['HUF', '348', 100, 24.3687, 0.243687, 'Forint'],
    ['VND', '704', 10000, 31.7042, 0.00317042, 'Dong'],
    ['HKD', '344', 1, 10.2586, 10.2586, 'Hong Kong Dollar'],
    ['GEL', '981', 1, 29.5393, 29.5393, 'Lari'],
    ['DKK', '208', 1, 12.5043, 12.5043, 'Danish Krone'],
    ['AED', '784', 1, 21.7099, 21.7099, 'UAE Dirham'],
    ['USD', '840', 1, 79.7296, 79.7296, 'US Dollar'],
    ['EUR', '978', 1, 93.5626, 93.5626, 'Euro'],
    ['EGP', '818', 10, 16.7732, 1.67732, 'Egyptian Pound'],
    ['INR', '356', 100, 88.2079, 0.882079, 'Indian Rupee'],
    ['IDR', '360', 10000, 47.8339, 0.00478339, 'Rupiah'],
    ['IRR', '364', 100000, 12.1149, 0.000121149, 'Iranian Rial'],
    ['KZT', '398', 100, 15.332, 0.15332, 'Tenge'],
    ['CAD', '124', 1, 57.8841, 57.8841, 'Canadian Dollar'],
    ['QAR', '634', 1, 21.9037, 21.9037, 'Qatari Rial'],
    ['KGS', '417', 100, 91.1716, 0.911716, 'Som'],
    ['CNY', '156', 1, 11.2726, 11.2726, 'Yuan Renminbi'],
    ['CUP', '192', 10, 33.2207, 3.32207, 'Cuban peso'],
    ['MDL', '498', 10, 47.057, 4.7057, 'Moldovan Leu'],
    ['MNT', '496', 1000, 22.4919, 0.0224919, 'Mongolia Tugrik'],
    ['NGN', '566', 1000, 54.7569, 0.0547569, 'Nigeria Naira'],
    ['NZD', '554', 1, 46.3707, 46.3707, 'New Zealand Dollar'],
    ['NOK', '578', 10, 78.9809, 7.89809, 'Norwegian Krone'],
    ['OMR', '512', 1, 206.3454, 206.3454, 'Omani Rial'],
    ['PLN', '985', 1, 22.1305, 22.1305, 'Zloty'],
    ['SAR', '682', 1, 21.2612, 21.2612, 'Saudi Riyal'],
    ['RON', '946', 1, 18.3683, 18.3683, 'Romanian Leu'],
    ['XDR', '960', 1, 108.9401, 108.9401, 'SDR (Special Drawing Right)'],
    ['SGD', '702', 1, 61.7198, 61.7198, 'Singapore Dollar'],
    ['TJS', '972', 10, 86.3136, 8.63136, 'Somoni'],
    ['THB', '764', 10, 25.1878, 2.51878, 'Baht'],
    ['BDT', '050', 100, 65.1481, 0.651481, 'Bangladesh Taka'],
    ['TRY', '949', 10, 18.7279, 1.87279, 'Turkish Lira'],
    ['TMT', '934', 1, 22.7799, 22.7799, 'Turkmenistan New Manat'],
    ['UZS', '860', 10000, 66.1796, 0.00661796, 'Uzbekistan Sum'],
    ['UAH', '980', 10, 18.861, 1.8861, 'Hryvnia'],
    ['CZK', '203', 10, 38.5652, 3.85652, 'Czech Koruna'],
    ['SEK', '752', 10, 86.1183, 8.61183, 'Swedish Krona'],
    ['CHF', '756', 1, 100.314, 100.314, 'Swiss Franc'],
    ['ETB', '230', 100, 51.3916, 0.513916, 'Ethiopian Birr'],
    ['RSD', '941', 100, 79.7527, 0.797527, 'Serbian Dinar'],
    ['ZAR', '710', 10, 47.3544, 4.73544, 'Rand'],
    ['KRW', '410', 1000, 54.2563, 0.0542563, 'Won'],
    ['JPY', '392', 100, 51.2138, 0.512138, 'Yen'],
    ['MMK', '104', 1000, 37.9665, 0.0379665, 'Kyat'],
  ];
  const sheet = parseCbrDaily(fixtureText('cbr/XML_daily_eng_2025-12-13.extracted.xml'));

  it('is dated 2025-12-13 and lists the 55 currencies in document order', () => {
    assert.equal(sheet.date, '2025-12-13');
    assert.deepEqual(
      sheet.rates.map((r) => r.code),
      expected.map(([code]) => code),
    );
  });
  for (const [code, numCode, nominal, value, perUnit, name] of expected) {
    it(`${nominal} ${code} = ${value} RUB, ${perUnit} per unit`, () => {
      assert.deepEqual(byCode(sheet.rates, code), { code, numCode, name, nominal, value, perUnit });
    });
  }
});

describe('XML_daily 02.03.2002 fetched after VunitRate existed: every currency', () => {
  const expected: [string, string, number, number, number, string][] = [
    ['AUD', '036', 1, 16.0102, 16.0102, 'Австралийский доллар'],
    ['GBP', '826', 1, 43.8254, 43.8254, 'Фунт стерлингов'],
    ['BYR', '974', 1000, 18.429, 0.018429, 'Белорусских рублей'],
    ['DKK', '208', 10, 36.101, 3.6101, 'Датских крон'],
    ['USD', '840', 1, 30.9436, 30.9436, 'Доллар США'],
    ['EUR', '978', 1, 26.8343, 26.8343, 'Евро'],
    ['ISK', '352', 100, 30.7958, 0.307958, 'Исландских крон'],
    ['KZT', '398', 100, 20.3393, 0.203393, 'Тенге'],
    ['CAD', '124', 1, 19.324, 19.324, 'Канадский доллар'],
    ['NOK', '578', 10, 34.7853, 3.47853, 'Норвежских крон'],
    ['XDR', '960', 1, 38.4205, 38.4205, 'СДР (специальные права заимствования)'],
    ['SGD', '702', 1, 16.8878, 16.8878, 'Сингапурский доллар'],
    ['TRL', '792', 1000000, 22.2616, 2.22616e-5, 'Турецких лир'],
    ['UAH', '980', 10, 58.109, 5.8109, 'Гривен'],
    ['SEK', '752', 10, 29.5924, 2.95924, 'Шведских крон'],
    ['CHF', '756', 1, 18.1861, 18.1861, 'Швейцарский франк'],
    ['JPY', '392', 100, 23.1527, 0.231527, 'Иен'],
  ];
  const sheet = parseCbrDaily(fixtureText('cbr/XML_daily_2002-03-02.retro-vunitrate.extracted.xml'));

  it('is dated 2002-03-02 with 17 currencies', () => {
    assert.equal(sheet.date, '2002-03-02');
    assert.equal(sheet.rates.length, expected.length);
  });
  for (const [code, numCode, nominal, value, perUnit, name] of expected) {
    it(`${nominal} ${code} = ${value} RUB, ${perUnit} per unit`, () => {
      assert.deepEqual(byCode(sheet.rates, code), { code, numCode, name, nominal, value, perUnit });
    });
  }
  it('reads the exponent VunitRate 2,22616E-05 of 1000000 TRL', () => {
    assert.equal(byCode(sheet.rates, 'TRL').perUnit, 0.0000222616);
  });
});

describe('the other XML_daily documents: counts and spot values', () => {
  // [file, date, count, [code, nominal, value, perUnit][]]: the first and last currency, the
  // SCO ones with a nominal other than 1, and CNY whose nominal moved between 1 and 10.
  const cases: [string, string, number, [string, number, number, number][]][] = [
    [
      'XML_daily_2016-08-23.win1251.xml',
      '2016-08-23',
      33,
      [
        ['AUD', 1, 48.8557, 48.8557],
        ['JPY', 100, 63.7456, 0.637456],
        ['KZT', 100, 18.9267, 0.189267],
        ['CNY', 10, 96.4487, 9.64487],
        ['UZS', 1000, 21.5462, 0.0215462],
      ],
    ],
    [
      'XML_daily_2020-04-25.raw-win1251.xml',
      '2020-04-25',
      34,
      [
        ['AUD', 1, 47.4374, 47.4374],
        ['JPY', 100, 69.4035, 0.694035],
        ['KZT', 100, 17.2705, 0.172705],
        ['CNY', 1, 10.5493, 10.5493],
        ['UZS', 10000, 73.6702, 0.00736702],
      ],
    ],
    [
      'XML_daily_2021-08-21.raw-win1251.xml',
      '2021-08-21',
      34,
      [
        ['AUD', 1, 52.9397, 52.9397],
        ['JPY', 100, 67.8225, 0.678225],
        ['KZT', 100, 17.3992, 0.173992],
        ['CNY', 1, 11.4403, 11.4403],
        ['UZS', 10000, 69.9436, 0.00699436],
      ],
    ],
    [
      'XML_daily_2022-03-15.raw-win1251.xml',
      '2022-03-15',
      34,
      [
        ['AUD', 1, 83.5173, 83.5173],
        ['JPY', 100, 99.4486, 0.994486],
        ['KZT', 100, 22.4903, 0.224903],
        ['CNY', 1, 18.2218, 18.2218],
        ['UZS', 1000, 10.5423, 0.0105423],
      ],
    ],
    [
      'XML_daily_2022-07-23.raw-win1251.xml',
      '2022-07-23',
      34,
      [
        ['AUD', 1, 39.6347, 39.6347],
        ['JPY', 100, 41.7941, 0.417941],
        ['KZT', 100, 11.906, 0.11906],
        ['CNY', 10, 85.8282, 8.58282],
        ['UZS', 10000, 52.6537, 0.00526537],
      ],
    ],
    [
      'XML_daily_2023-09-27.utf8-noprolog.xml',
      '2023-09-27',
      43,
      [
        ['AUD', 1, 61.7269, 61.7269],
        ['JPY', 100, 64.6412, 0.646412],
        ['KZT', 100, 20.3042, 0.203042],
        ['CNY', 1, 13.1504, 13.1504],
        ['UZS', 10000, 78.8438, 0.00788438],
      ],
    ],
    [
      'XML_daily_2023-11-02.raw-win1251.vunitrate.xml',
      '2023-11-02',
      43,
      [
        ['AUD', 1, 59.065, 59.065],
        ['JPY', 100, 61.6524, 0.616524],
        ['KZT', 100, 19.8608, 0.198608],
        ['CNY', 1, 12.7052, 12.7052],
        ['UZS', 10000, 76.244, 0.0076244],
      ],
    ],
  ];
  for (const [file, date, count, spots] of cases) {
    describe(file, () => {
      const sheet = parseCbrDaily(fixtureText(`cbr/${file}`));
      it(`has ${count} currencies in rubles for ${date}, AUD first and JPY last`, () => {
        assert.deepEqual([sheet.base, sheet.date, sheet.rates.length], ['RUB', date, count]);
        assert.equal(sheet.rates[0].code, 'AUD');
        assert.equal(sheet.rates.at(-1)?.code, 'JPY');
      });
      for (const [code, nominal, value, perUnit] of spots) {
        it(`${nominal} ${code} = ${value} RUB (${perUnit} per unit)`, () => {
          const rate = byCode(sheet.rates, code);
          assert.deepEqual([rate.nominal, rate.value, rate.perUnit], [nominal, value, perUnit]);
        });
      }
    });
  }

  it('keeps the names in Russian as windows-1251 sent them', () => {
    const sheet = parseCbrDaily(fixtureText('cbr/XML_daily_2022-07-23.raw-win1251.xml'));
    assert.equal(byCode(sheet.rates, 'CNY').name, 'Китайских юаней');
  });
  it('takes KGS per 10 from the 02.11.2023 document, not a remembered 100', () => {
    const sheet = parseCbrDaily(fixtureText('cbr/XML_daily_2023-11-02.raw-win1251.vunitrate.xml'));
    assert.equal(byCode(sheet.rates, 'KGS').nominal, 10);
  });
  it('names the sheet after the source it was asked for', () => {
    assert.equal(parseCbrDaily(fixtureText('cbr/XML_daily_2016-12-09.win1251.xml'), 'cbr-eng').source, 'cbr-eng');
  });
});

describe('Bank of Russia documents that are not daily sheets', () => {
  const cases: [file: string, code: string, message: RegExp][] = [
    ['XML_daily_error_in_parameters.xml', 'source', /answered "Error in parameters"/],
    ['XML_val.catalogue.utf8-reindented.xml', 'format', /root element is <Valuta>.*catalogue/],
    ['XML_valFull.catalogue-with-iso.utf8-reindented.xml', 'format', /root element is <Valuta>.*catalogue/],
    ['XML_valFull.raw-win1251.xml', 'format', /root element is <Valuta>.*catalogue/],
    ['ValCurs.xsd', 'format', /root element is <xs:schema>/],
    ['XML_dynamic_CNY_2021-10-24_2021-10-27.raw.xml', 'format', /rate history \(XML_dynamic\)/],
  ];
  for (const [file, code, message] of cases) {
    it(`${file} is a ${code} error`, () => {
      assert.throws(() => parseCbrDaily(fixtureText(`cbr/${file}`)), { name: 'DataError', code, message });
    });
  }
});
