import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { divideDecimal, parseDecimal, subtractDecimal } from '../../src/data/numbers.js';

describe('parseDecimal reads what the sources send', () => {
  const cases: [input: string | number, expected: number][] = [
    ['83,5173', 83.5173], // Bank of Russia Value
    ['59,065', 59.065], // VunitRate with trailing zeros trimmed
    ['2,22616E-05', 0.0000222616], // VunitRate of 1000000 TRL
    ['10919.89', 10919.89], // CBU Rate
    ['-22.69', -22.69], // CBU Diff
    ['+0.11', 0.11], // NBK change
    [' 0,1686 ', 0.1686], // NBKR Value with stray spaces
    ['1', 1],
    ['1000000', 1000000],
    [15.8354, 15.8354], // JSON number
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(parseDecimal(input), expected));
  }
});

describe('parseDecimal refuses anything else', () => {
  const cases: (string | number)[] = [
    '',
    ' ',
    'abc',
    'n/a',
    '1 234,5',
    '1.234.567',
    '1,2,3',
    '.5',
    '5.',
    '1e',
    '0x10',
    'NaN',
    'Infinity',
    '1e400',
    NaN,
    Infinity,
  ];
  for (const input of cases) {
    it(`${typeof input === 'string' ? JSON.stringify(input) : String(input)} is a format error`, () => {
      assert.throws(() => parseDecimal(input, 'Value of USD'), { name: 'DataError', code: 'format', message: /^Not a decimal number: ".*" \(Value of USD\)$/ });
    });
  }
  it('shortens a long input in the message', () => {
    assert.throws(() => parseDecimal('x'.repeat(1000)), { message: /^Not a decimal number: "x{40}…"$/ });
  });
});

describe('divideDecimal moves the decimal point for nominals', () => {
  const cases: [input: string | number, divisor: number, expected: number][] = [
    ['18,9063', 100, 0.189063],
    ['73,6702', 10000, 0.00736702],
    ['22,2616', 1000000, 0.0000222616],
    ['2,22616E-05', 1, 0.0000222616],
    [16.9, 100, 0.169],
    ['47,5553', 1, 47.5553],
    ['10', 4, 2.5], // not a power of ten: plain division
  ];
  for (const [input, divisor, expected] of cases) {
    it(`${JSON.stringify(input)} / ${divisor} = ${expected}`, () => assert.equal(divideDecimal(input, divisor), expected));
  }
});

describe('subtractDecimal keeps the decimals of its inputs', () => {
  const cases: [a: string | number, b: string | number, expected: number][] = [
    ['258.1', '+0.11', 257.99],
    [10919.89, '-22.69', 10942.58],
    ['0.24', '0', 0.24],
    ['2,22616E-05', '0,00001', 0.0000122616],
  ];
  for (const [a, b, expected] of cases) {
    it(`${JSON.stringify(a)} - ${JSON.stringify(b)} = ${expected}`, () => assert.equal(subtractDecimal(a, b), expected));
  }
});
