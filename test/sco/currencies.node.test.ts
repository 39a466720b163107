import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SCO_MEMBER_CURRENCIES, SCO_STATES, countryOfCurrency, currencyOf, defaultCurrencies, flagEmoji } from '../../src/sco/index.js';

describe('state currencies', () => {
  const known = new Set(Intl.supportedValuesOf('currency'));
  for (const { code, currency } of SCO_STATES) {
    it(`${code} pays in ${currency}, a valid ISO 4217 code that maps back to ${code}`, () => {
      assert.ok(known.has(currency), `${currency} unknown to Intl`);
      assert.equal(currencyOf(code), currency);
      assert.equal(countryOfCurrency(currency), code);
    });
  }
});

describe('defaultCurrencies', () => {
  it("lists the members' currencies in the members' order", () => {
    assert.deepEqual(SCO_MEMBER_CURRENCIES, ['CNY', 'KGS', 'KZT', 'RUB', 'TJS', 'UZS', 'INR', 'PKR', 'IRR', 'BYN']);
  });

  const cases: [base: string, group: 'members' | 'partners' | 'all', asOf: string | undefined, expected: string[]][] = [
    ['RUB', 'members', undefined, ['CNY', 'KGS', 'KZT', 'TJS', 'UZS', 'INR', 'PKR', 'IRR', 'BYN']],
    ['rub', 'members', '2020-01-13', ['CNY', 'KGS', 'KZT', 'TJS', 'UZS', 'INR', 'PKR']],
    ['KZT', 'members', '2026-11-28', ['CNY', 'KGS', 'RUB', 'TJS', 'UZS', 'INR', 'PKR', 'IRR', 'BYN']],
    ['EUR', 'members', '2017-06-08', ['CNY', 'KGS', 'KZT', 'RUB', 'TJS', 'UZS']],
  ];
  for (const [base, group, asOf, expected] of cases) {
    it(`base ${base}, ${group}${asOf ? ` as of ${asOf}` : ''}`, () => assert.deepEqual(defaultCurrencies(base, group, asOf), expected));
  }

  it('gives 17 partner currencies and 26 in all with the ruble as base', () => {
    assert.equal(defaultCurrencies('RUB', 'partners', '2026-11-28').length, 17);
    assert.equal(defaultCurrencies('RUB', 'all', '2026-11-28').length, 26);
  });
});

describe('countryOfCurrency', () => {
  const cases: [currency: string, country: string | undefined][] = [
    ['USD', 'US'],
    ['gbp', 'GB'],
    ['JPY', 'JP'],
    ['TRL', 'TR'], // old Turkish lira, still in historical Bank of Russia files
    ['BYR', 'BY'],
    ['EUR', undefined], // no single country
    ['XDR', undefined], // IMF special drawing rights
    ['XOF', undefined],
    ['SUR', undefined], // the Soviet Union no longer exists
    ['ANG', undefined], // nor the Netherlands Antilles
    ['ZZZ', undefined],
    ['US', undefined],
    ['', undefined],
  ];
  for (const [currency, country] of cases) {
    it(`${JSON.stringify(currency)} → ${country ?? 'none'}`, () => assert.equal(countryOfCurrency(currency), country));
  }
});

describe('flagEmoji', () => {
  const cases: [code: string, flag: string][] = [
    ['KZ', '\u{1F1F0}\u{1F1FF}'],
    ['cn', '\u{1F1E8}\u{1F1F3}'],
    ['EU', '\u{1F1EA}\u{1F1FA}'],
    ['K', ''],
    ['KZT', ''],
    ['1A', ''],
    ['', ''],
  ];
  for (const [code, flag] of cases) {
    it(`${JSON.stringify(code)} → ${JSON.stringify(flag)}`, () => assert.equal(flagEmoji(code), flag));
  }
});
