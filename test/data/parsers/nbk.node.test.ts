import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseNbk } from '../../../src/data/parsers/nbk.js';
import { fixtureText } from '../fixture.js';

describe('NBK rss/rates_all.xml of 18.04.16: every currency', () => {
  // [title, quant, description] of each item dated 18.04.16, in feed order.
  const expected: [string, number, number][] = [
    ['AUD', 1, 258.1],
    ['GBP', 1, 473.99],
    ['DKK', 1, 50.62],
    ['AED', 1, 91.03],
    ['USD', 1, 334.41],
    ['EUR', 1, 376.61],
    ['CAD', 1, 260.5],
    ['CNY', 1, 51.63],
    ['KWD', 1, 1108.79],
    ['KGS', 1, 4.78],
    ['MDL', 1, 17.04],
    ['NOK', 1, 40.57],
    ['SAR', 1, 89.2],
    ['RUB', 1, 5.06],
    ['XDR', 1, 469.51],
    ['SGD', 1, 246.05],
    ['UZS', 100, 11.59],
    ['UAH', 1, 13.15],
    ['SEK', 1, 41.05],
    ['CHF', 1, 345.71],
    ['KRW', 100, 29.15],
    ['JPY', 1, 3.07],
    ['BYR', 100, 1.68],
    ['PLN', 1, 87.61],
    ['ZAR', 1, 23.05],
    ['TRY', 1, 117.02],
    ['HUF', 10, 12.11],
    ['CZK', 1, 13.94],
    ['TJS', 1, 42.75],
    ['HKD', 1, 43.12],
    ['BRL', 1, 96.39],
    ['MYR', 1, 85.75],
    ['AZN', 1, 219.75],
    ['INR', 1, 5.03],
    ['THB', 1, 9.54],
    ['AMD', 10, 6.97],
    ['GEL', 1, 149.96],
    ['IRR', 1000, 11.08],
    ['MXN', 1, 19.17],
  ];
  const perUnit: Record<string, number> = { UZS: 0.1159, KRW: 0.2915, BYR: 0.0168, HUF: 1.211, AMD: 0.697, IRR: 0.01108 };
  const sheet = parseNbk(fixtureText('kz/nbk_rss_rates_all_2016-04-18.xml'));

  it('is the NBK sheet in tenge for 2016-04-18', () => {
    assert.deepEqual([sheet.source, sheet.base, sheet.date], ['nbk', 'KZT', '2016-04-18']);
  });
  it('lists the 39 current currencies in feed order', () => {
    assert.deepEqual(
      sheet.rates.map((r) => r.code),
      expected.map(([code]) => code),
    );
  });
  it('leaves out LVL (31.12.13), EEK (31.12.10) and TRL (05.01.05), which the feed still carries', () => {
    for (const code of ['LVL', 'EEK', 'TRL'])
      assert.equal(
        sheet.rates.find((r) => r.code === code),
        undefined,
      );
  });
  for (const [code, nominal, value] of expected) {
    it(`${nominal} ${code} = ${value} KZT`, () => {
      const rate = sheet.rates.find((r) => r.code === code);
      assert.deepEqual(rate, { code, name: code, nominal, value, perUnit: perUnit[code] ?? value });
    });
  }
  it('derives previous from change: 0.00 for every current currency that day', () => {
    assert.equal(sheet.previous?.length, 39);
    assert.deepEqual(
      sheet.previous?.find((r) => r.code === 'USD'),
      { code: 'USD', name: 'USD', nominal: 1, value: 334.41, perUnit: 334.41 },
    );
  });
});

describe('NBK feeds of other shapes', () => {
  const feed = (items: string) => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>NBK</title>${items}</channel></rss>`;
  const item = (code: string, date: string, value: string, quant: string, change: string) =>
    `<item><title>${code}</title><pubDate>${date}</pubDate><description>${value}</description><quant>${quant}</quant><index></index><change>${change}</change><link /></item>`;

  it('takes the previous rate as the rate less the change, in the rate’s decimals', () => {
    const sheet = parseNbk(feed(item('USD', '02.01.24', '454.56', '1', '+0.11') + item('UZS', '02.01.24', '3.67', '100', '-0.02')));
    assert.deepEqual(
      sheet.previous?.map((r) => [r.code, r.value, r.perUnit]),
      [
        ['USD', 454.45, 454.45],
        ['UZS', 3.69, 0.0369],
      ],
    );
  });
  it('drops a previous rate the change would make zero or negative, keeping the current one', () => {
    const sheet = parseNbk(feed(item('USD', '02.01.24', '454.56', '1', '+454.56') + item('EUR', '02.01.24', '500.00', '1', '+1.00')));
    assert.deepEqual([sheet.rates.length, sheet.previous?.map((r) => r.code)], [2, ['EUR']]);
  });
  const malformed: [what: string, text: string, code: string, message: RegExp][] = [
    ['a channel without items', feed(''), 'empty', /lists no currencies/],
    ['a description that is not a number', feed(item('USD', '02.01.24', 'нет', '1', '0.00')), 'format', /"нет" \(rate of USD\)/],
    ['a pubDate in RFC 822', feed(item('USD', 'Tue, 02 Jan 2024 00:00:00 +0500', '454.56', '1', '0.00')), 'format', /Not a valid date: "Tue, 02 Jan 2024/],
    [
      'an item without quant',
      feed('<item><title>USD</title><pubDate>02.01.24</pubDate><description>454.56</description></item>'),
      'format',
      /"" \(nominal of USD\)/,
    ],
    ['a change that is not a number', feed(item('USD', '02.01.24', '454.56', '1', 'UP')), 'format', /"UP" \(change of USD\)/],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'format', /no <rss> root/],
  ];
  for (const [what, text, code, message] of malformed) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseNbk(text), { name: 'DataError', code, message }));
  }
});
