import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRateHistory, parseRates, sniffHistory, sniffRates } from '../../../src/data/parsers/detect.js';
import { parseCbrDaily } from '../../../src/data/parsers/cbr-daily.js';
import { fixtureText } from '../fixture.js';

describe('parseRates recognises each supported document by its content', () => {
  const cases: [file: string, source: string, base: string, date: string][] = [
    ['cbr/XML_daily_2016-12-09.win1251.xml', 'cbr', 'RUB', '2016-12-09'],
    ['cbr/XML_daily_2023-09-27.utf8-noprolog.xml', 'cbr', 'RUB', '2023-09-27'],
    ['cbr/XML_daily_eng_2025-12-13.extracted.xml', 'cbr', 'RUB', '2025-12-13'],
    ['cbr-xml-daily/daily_json_2022-02-03.json', 'cbr-json', 'RUB', '2022-02-03'],
    ['ecb/eurofxref-daily_2015-01-07.xml', 'ecb', 'EUR', '2015-01-07'],
    ['ecb/eurofxref-hist-90d_2016-08.xml', 'ecb', 'EUR', '2016-08-24'],
    ['kz/nbk_rss_rates_all_2016-04-18.xml', 'nbk', 'KZT', '2016-04-18'],
    ['kg/nbkr_daily_2019-09-13.xml', 'nbkr', 'KGS', '2019-09-13'],
    ['uz/cbu_all_2022-08-05.json', 'cbu', 'UZS', '2022-08-05'],
    ['by/nbrb_rates_periodicity0_2022-02-28.json', 'nbrb', 'BYN', '2022-02-28'],
    ['by/nbrb_EUR_2020-03-07_old-cur-id-292.json', 'nbrb', 'BYN', '2020-03-07'],
  ];
  for (const [file, source, base, date] of cases) {
    it(`${file} → ${source} ${base} ${date}`, () => {
      const sheet = parseRates(fixtureText(file));
      assert.deepEqual([sheet.source, sheet.base, sheet.date], [source, base, date]);
    });
  }
});

describe('parseRateHistory recognises each supported history', () => {
  const cases: [file: string, code: string, source: string, points: number][] = [
    ['cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml', 'CNY', 'cbr', 4],
    ['cbr/XML_dynamic_CNY_2021-10-24_2021-10-27.raw.xml', 'CNY', 'cbr', 2],
    ['ecb/eurofxref-hist-90d_2016-08.xml', 'CNY', 'ecb', 64],
  ];
  for (const [file, code, source, points] of cases) {
    it(`${file} → ${points} ${source} points for ${code}`, () => {
      const series = parseRateHistory(fixtureText(file), code);
      assert.deepEqual([series.source, series.code, series.points.length], [source, code, points]);
    });
  }
});

describe('documents that are not rates', () => {
  const truncated = fixtureText('cbr/XML_daily_2022-03-15.raw-win1251.xml').slice(0, 2000);
  const cases: [what: string, text: string, code: string, message: RegExp][] = [
    ['an empty string', '', 'format', /Not a supported rates document: the document is empty/],
    ['only whitespace and a BOM', '\uFEFF  \n', 'format', /the document is empty/],
    [
      'an HTML error page',
      '<!DOCTYPE html>\n<html lang="ru"><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>',
      'format',
      /it is an HTML page/,
    ],
    ['an XHTML page with a prolog', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'format', /it is an HTML page/],
    ['a Bank of Russia daily sheet cut off in the middle', truncated, 'format', /Not well-formed XML/],
    ['the Bank of Russia error document', fixtureText('cbr/XML_daily_error_in_parameters.xml'), 'source', /Error in parameters/],
    [
      'the Bank of Russia currency catalogue',
      fixtureText('cbr/XML_val.catalogue.utf8-reindented.xml'),
      'format',
      /currency catalogue \(XML_val\), which holds no rates/,
    ],
    ['an RSS news feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>', 'format', /it is an RSS feed/],
    ['a ValCurs without Valute', '<ValCurs Date="01.01.2024" name="Foreign Currency Market"></ValCurs>', 'empty', /sheet for 2024-01-01 lists no currencies/],
    ['an empty ValCurs', '<ValCurs/>', 'empty', /lists no currencies/],
    [
      'a Value that is not a number',
      '<ValCurs Date="01.01.2024"><Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Name>Доллар США</Name><Value>н/д</Value></Valute></ValCurs>',
      'format',
      /Not a decimal number: "н\/д" \(rate of USD\)/,
    ],
    [
      'a Valute without CharCode',
      '<ValCurs Date="01.01.2024"><Valute ID="R01235"><Nominal>1</Nominal><Value>90,0</Value></Valute></ValCurs>',
      'format',
      /Not a currency code: ""/,
    ],
    ['a Valute with text only', '<ValCurs Date="01.01.2024"><Valute>USD</Valute></ValCurs>', 'format', /<Valute> of the Bank of Russia sheet has no fields/],
    [
      'a ValCurs with an impossible date',
      '<ValCurs Date="32.01.2024"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal><Value>1</Value></Valute></ValCurs>',
      'format',
      /Not a valid date: "32\.01\.2024"/,
    ],
    ['valid JSON of another shape', '{"rates":{"USD":1.08},"base":"EUR"}', 'format', /it is JSON of an unknown shape/],
    ['a JSON array of numbers', '[1, 2, 3]', 'format', /JSON of an unknown shape/],
    ['a JSON string', '"Valute"', 'format', /it starts with ""Valute""/],
    ['the mirror with Valute as a number', '{"Date":"2024-01-01T11:30:00+03:00","Valute":5}', 'format', /JSON of an unknown shape/],
    ['plain text', 'Service temporarily unavailable, please try again later', 'format', /it starts with "Service temporarily unavailable, please …"/],
    ['binary noise', '\u0000\u0001\u0002PK\u0003\u0004', 'format', /it starts with/],
  ];
  for (const [what, text, code, message] of cases) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseRates(text), { name: 'DataError', code, message }));
  }

  it('a history asked of a daily sheet says so', () => {
    assert.throws(() => parseRateHistory(fixtureText('cbr/XML_daily_2016-12-09.win1251.xml'), 'CNY'), {
      name: 'DataError',
      code: 'format',
      message: /daily sheet/,
    });
  });
  it('a history asked of JSON is not supported', () => {
    assert.throws(() => parseRateHistory(fixtureText('cbr-xml-daily/daily_json_2022-02-03.json'), 'CNY'), {
      name: 'DataError',
      code: 'format',
      message: /Not a supported rate history document: it is JSON/,
    });
  });
});

describe('hostile documents end quickly in an error', () => {
  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const bomb = (root: string) =>
    `<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY lol0 "lol">${laughs}]><${root} Date="01.01.2024"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal><Name>&lol9;</Name><Value>1,0</Value></Valute></${root}>`;
  const cases: [what: string, run: () => unknown, message: RegExp][] = [
    ['a billion-laughs DOCTYPE around a ValCurs, detected', () => parseRates(bomb('ValCurs')), /declares a DOCTYPE/],
    ['a billion-laughs DOCTYPE around a ValCurs, parsed directly', () => parseCbrDaily(bomb('ValCurs')), /declares a DOCTYPE/],
    [
      'a billion-laughs DOCTYPE around an ECB envelope',
      () => parseRates(bomb('gesmes:Envelope').replace('<gesmes:Envelope', '<gesmes:Envelope xmlns="eurofxref"')),
      /declares a DOCTYPE/,
    ],
    ['a billion-laughs document of another kind', () => parseRates(bomb('lolz')), /XML with the root element <lolz>/],
    [
      'an external entity',
      () => parseRates('<?xml version="1.0"?><!DOCTYPE ValCurs [<!ENTITY x SYSTEM "file:///etc/passwd">]><ValCurs>&x;</ValCurs>'),
      /declares a DOCTYPE/,
    ],
    ['ten thousand nested elements', () => parseRates(`<ValCurs Date="01.01.2024">${'<Valute>'.repeat(10000)}`), /Not well-formed XML/],
  ];
  for (const [what, run, message] of cases) {
    it(what, () => {
      const started = performance.now();
      assert.throws(run, { name: 'DataError', code: 'format', message });
      assert.ok(performance.now() - started < 1000, 'took more than a second');
    });
  }
});

describe('sniffing', () => {
  const cases: [what: string, text: string, rates: string | undefined, history: string | undefined][] = [
    ['a CBR sheet after a BOM and a prolog', '\uFEFF<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="01.01.2024">', 'cbr', 'cbr'],
    ['a CBR sheet after a comment', '<!-- saved --><ValCurs Date="01.01.2024">', 'cbr', 'cbr'],
    ['an ECB envelope', '<gesmes:Envelope xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">', 'ecb', 'ecb'],
    ['a SOAP envelope', '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">', undefined, undefined],
    ['the JSON mirror', '  {"Date":"2024-01-01T11:30:00+03:00","Valute":{"USD":{}}}', 'cbr-json', undefined],
  ];
  for (const [what, text, rates, history] of cases) {
    it(`${what}: rates ${rates ?? 'unknown'}, history ${history ?? 'unknown'}`, () => {
      assert.equal(sniffRates(text), rates);
      assert.equal(sniffHistory(text), history);
    });
  }
  it('sniff.ts imports no parser, so sniffing never loads the XML parser', () => {
    const source = readFileSync(new URL('../../../src/data/parsers/sniff.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(source, /^import\s/m);
  });
});
