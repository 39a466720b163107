import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../src/data/decode.js';
import { DataError } from '../../src/data/errors.js';
import { fixtureBytes } from './fixture.js';

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText with Bank of Russia documents', () => {
  const cases: [what: string, file: string, contentType: string | null | undefined, contains: string][] = [
    ['windows-1251 bytes, no header: the prolog says windows-1251', 'cbr/XML_daily_2016-12-09.win1251.xml', undefined, 'Австралийский доллар'],
    ['windows-1251 bytes, single line as served, null header', 'cbr/XML_daily_2022-03-15.raw-win1251.xml', null, 'Китайский юань'],
    ['windows-1251 bytes with charset=windows-1251', 'cbr/XML_daily_2022-07-23.raw-win1251.xml', 'application/xml; charset=windows-1251', 'Китайских юаней'],
    ['windows-1251 bytes with a quoted cp1251 label', 'cbr/XML_daily_2020-04-25.raw-win1251.xml', 'text/xml; Charset="cp1251"', 'Узбекских сумов'],
    ['windows-1251 bytes with a header without charset', 'cbr/XML_daily_2021-08-21.raw-win1251.xml', 'text/xml', 'Казахстанских тенге'],
    [
      'windows-1251 bytes with an unknown charset label: falls back to the prolog',
      'cbr/XML_daily_2023-11-02.raw-win1251.vunitrate.xml',
      'text/xml; charset=x-no-such-thing',
      'Японских иен',
    ],
    ['UTF-8 without a prolog', 'cbr/XML_daily_2023-09-27.utf8-noprolog.xml', undefined, 'Фунт стерлингов Соединенного королевства'],
    ['UTF-8 JSON with charset=utf-8', 'cbr-xml-daily/daily_json_2022-02-03.json', 'application/javascript; charset=utf-8', 'Армянских драмов'],
  ];
  for (const [what, file, contentType, contains] of cases) {
    it(what, () => {
      const text = decodeText(fixtureBytes(file), contentType);
      assert.ok(text.includes(contains), `"${contains}" not in ${file}`);
      assert.ok(!text.includes('\uFFFD'), 'replacement characters in the text');
    });
  }

  it('trusts the header over the prolog: windows-1251 bytes declared UTF-8 come out damaged', () => {
    const text = decodeText(fixtureBytes('cbr/XML_daily_2016-12-09.win1251.xml'), 'text/xml; charset=utf-8');
    assert.ok(text.includes('\uFFFD'));
  });
  it('accepts an ArrayBuffer as well as a Uint8Array', () => {
    const view = fixtureBytes('cbr/XML_daily_2016-08-23.win1251.xml');
    const buffer = new ArrayBuffer(view.byteLength);
    new Uint8Array(buffer).set(view);
    assert.equal(decodeText(buffer), decodeText(view));
  });
});

describe('decodeText byte order marks and labels', () => {
  const cases: [what: string, input: Uint8Array, contentType: string | undefined, expected: string][] = [
    ['a UTF-8 BOM is removed', bytes([0xef, 0xbb, 0xbf], ascii('<a>é</a>')), undefined, '<a>é</a>'],
    [
      'a UTF-8 BOM before a prolog is removed',
      bytes([0xef, 0xbb, 0xbf], ascii('<?xml version="1.0" encoding="utf-8"?><a/>')),
      undefined,
      '<?xml version="1.0" encoding="utf-8"?><a/>',
    ],
    ['a UTF-16LE BOM selects UTF-16LE', bytes([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]), undefined, '<a/>'],
    ['a UTF-16BE BOM selects UTF-16BE', bytes([0xfe, 0xff, 0, 0x3c, 0, 0x62, 0, 0x2f, 0, 0x3e]), undefined, '<b/>'],
    [
      'an ISO-8859-1 prolog',
      bytes(ascii("<?xml version='1.0' encoding='ISO-8859-1'?><a>"), [0xe9], ascii('</a>')),
      undefined,
      "<?xml version='1.0' encoding='ISO-8859-1'?><a>é</a>",
    ],
    ['charset=latin1 in the header', bytes([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=latin1', 'café'],
    [
      'a UTF-16 label in a prolog readable as ASCII is not believed',
      ascii('<?xml version="1.0" encoding="UTF-16"?><a/>'),
      undefined,
      '<?xml version="1.0" encoding="UTF-16"?><a/>',
    ],
    [
      'an unknown prolog label falls back to UTF-8',
      bytes(ascii('<?xml version="1.0" encoding="x-martian"?><a>'), [0xc3, 0xa9], ascii('</a>')),
      undefined,
      '<?xml version="1.0" encoding="x-martian"?><a>é</a>',
    ],
    ['no declaration at all is UTF-8', bytes([0xd0, 0xa0, 0xd1, 0x83, 0xd0, 0xb1]), undefined, 'Руб'],
    ['no bytes is no text', new Uint8Array(0), undefined, ''],
  ];
  for (const [what, input, contentType, expected] of cases) {
    it(what, () => assert.equal(decodeText(input, contentType), expected));
  }
});

describe('decodeText without a byte order mark: the prolog’s byte pattern (XML 1.0 Appendix F)', () => {
  const utf16 = (text: string, littleEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
      out[2 * i + (littleEndian ? 1 : 0)] = code >> 8;
    }
    return out;
  };

  for (const order of ['le', 'be'] as const) {
    it(`feedparser utf-16${order}-autodetect.xml (3C 00 3F 00 / 00 3C 00 3F) reads as an RSS document`, () => {
      const text = decodeText(fixtureBytes(`feedparser/bom-less/utf-16${order}-autodetect.xml`));
      assert.match(text, /^<\?xml version="1\.0" encoding="utf-16"\?>/);
      assert.match(text, /<rss>\s*<\/rss>\s*$/);
    });
  }

  it('UTF-16LE without a prolog or BOM: `<` then 00 is enough', () => {
    assert.equal(decodeText(utf16('<rss><channel><title>Ташкент</title></channel></rss>', true)), '<rss><channel><title>Ташкент</title></channel></rss>');
  });

  it('UTF-16BE without a BOM, Cyrillic text', () => {
    assert.equal(decodeText(utf16('<?xml version="1.0"?><a>Бишкек</a>', false)), '<?xml version="1.0"?><a>Бишкек</a>');
  });

  it('feedparser utf-32be-autodetect.xml: a clear format error, not garbage', () => {
    assert.throws(
      () => decodeText(fixtureBytes('feedparser/bom-less/utf-32be-autodetect.xml')),
      (e: unknown) => e instanceof DataError && e.code === 'format' && /UTF-32/.test(e.message),
    );
  });

  it('UTF-32 with a byte order mark, either order: the same error', () => {
    for (const bom of [
      [0, 0, 0xfe, 0xff],
      [0xff, 0xfe, 0, 0],
    ]) {
      assert.throws(
        () => decodeText(bytes(bom, [0, 0, 0, 0x3c])),
        (e: unknown) => e instanceof DataError && /UTF-32/.test(e.message),
      );
    }
  });

  it('a UTF-16LE BOM is still UTF-16, not mistaken for UTF-32 (FF FE then a non-zero pair)', () => {
    assert.equal(decodeText(bytes([0xff, 0xfe], utf16('<a/>', true))), '<a/>');
  });
});
