import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { formatDate, splitPattern, zoneOrViewers } from '../../../src/elements/headline-ticker/format-date.js';
import { dateWriter } from '../../../src/elements/headline-ticker/date-writer.js';
import { dateLabel } from '../../../src/elements/headline-ticker/headlines.js';

// luxon stays a dependency (the clocks use it), so the ticker's own formatter is held to its output.
const luxonText = (ms: number, pattern: string, locale: string, zone: string) => DateTime.fromMillis(ms, { zone, locale }).toFormat(pattern);

const ZONES = [
  'UTC',
  'Europe/Moscow',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Tehran',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const LOCALES = ['en', 'en-GB', 'ru', 'zh', 'fa', 'ar', 'kk', 'hi'];
const PATTERNS = [
  'dd.MM.yyyy HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'y yy yyyy M MM L LL d dd H HH h hh m mm s ss S SSS a E c q qq',
  "EEE, d MMM yyyy 'at' h:mm a",
  'EEEE d MMMM yyyy',
  "ccc cccc LLL LLLL 'o''clock' ''",
  "d LLL yyyy 'at' h:mm a",
  // Letters luxon has no token for are printed as written.
  "HH:mm 'Uhr' – 'quoted d M y' / b Q w",
];

const HOUR = 3_600_000;
/** Moments around the DST changes of 2024 (New York, Berlin, Lord Howe's half hour, Chatham) and around midnight and noon. */
const EDGES = [
  '2024-03-10T07:00:00Z',
  '2024-11-03T06:00:00Z',
  '2024-03-31T01:00:00Z',
  '2024-10-27T01:00:00Z',
  '2024-04-06T15:00:00Z',
  '2024-10-05T15:30:00Z',
  '2024-04-06T14:00:00Z',
  '2024-09-28T14:00:00Z',
  '2020-01-13T00:00:00Z',
  '2020-01-13T12:00:00Z',
  '1999-12-31T23:59:59Z',
].flatMap((iso) => {
  const at = Date.parse(iso);
  return [-HOUR, -1000, -1, 0, 1, 1000, HOUR / 2, HOUR].map((delta) => at + delta);
});

/** A fixed pseudo-random spread over 1970–2037 (a linear congruential sequence, so every run checks the same instants). */
function spread(count: number): number[] {
  let seed = 15;
  return Array.from({ length: count }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * 2_145_916_800_000);
  });
}
const INSTANTS = [...EDGES, ...spread(80)];

describe('headline dates in luxon tokens, without luxon', () => {
  for (const locale of LOCALES) {
    it(`writes every instant as luxon does in ${locale}, in every zone`, () => {
      for (const zone of ZONES)
        for (const pattern of PATTERNS)
          for (const ms of INSTANTS) {
            const expected = luxonText(ms, pattern, locale, zone);
            assert.equal(formatDate(new Date(ms), pattern, locale, zone), expected, `${new Date(ms).toISOString()} ${zone} ${locale} ${pattern}`);
          }
    });
  }

  it('writes numbers in the locale’s digits, as luxon does', () => {
    const ms = Date.parse('2020-01-13T08:10:05Z');
    assert.equal(formatDate(new Date(ms), 'dd.MM.yyyy HH:mm', 'fa', 'Asia/Tehran'), '۱۳.۰۱.۲۰۲۰ ۱۱:۴۰');
    assert.equal(formatDate(new Date(ms), 'dd.MM.yyyy HH:mm', 'fa', 'Asia/Tehran'), luxonText(ms, 'dd.MM.yyyy HH:mm', 'fa', 'Asia/Tehran'));
    assert.equal(formatDate(new Date(ms), 'dd.MM.yyyy HH:mm', 'ru', 'Asia/Kathmandu'), '13.01.2020 13:55');
  });

  it('falls back to the viewer’s zone for an unknown or absent zone, as luxon’s local zone', () => {
    assert.equal(zoneOrViewers('Not/AZone'), undefined);
    assert.equal(zoneOrViewers(''), undefined);
    assert.equal(zoneOrViewers(undefined), undefined);
    assert.equal(zoneOrViewers('Asia/Kathmandu'), 'Asia/Kathmandu');
    for (const ms of INSTANTS.slice(0, 40))
      assert.equal(formatDate(new Date(ms), 'dd.MM.yyyy HH:mm:ss', 'en', zoneOrViewers('Not/AZone')), DateTime.fromMillis(ms).toFormat('dd.MM.yyyy HH:mm:ss'));
  });

  it('splits a pattern into runs of one letter and quoted text', () => {
    assert.deepEqual(splitPattern("dd.MM 'at' h''"), [
      { text: 'dd', quoted: false },
      { text: '.', quoted: false },
      { text: 'MM', quoted: false },
      { text: ' ', quoted: false },
      { text: 'at', quoted: true },
      { text: ' ', quoted: false },
      { text: 'h', quoted: false },
      { text: "'", quoted: true },
    ]);
  });
});

describe('a headline’s date label', () => {
  it('gives the instant in UTC for `datetime` and the text in the zone', () => {
    assert.deepEqual(dateLabel('2020-01-13T11:10:00.000Z', dateWriter('dd.MM.yyyy HH:mm').write, 'Europe/Moscow', 'en'), {
      datetime: '2020-01-13T11:10:00Z',
      text: '13.01.2020 14:10',
    });
    assert.deepEqual(dateLabel('2020-01-13T14:10:00.250+03:00', dateWriter('HH:mm:ss').write, 'UTC', 'en'), {
      datetime: '2020-01-13T11:10:00.250Z',
      text: '11:10:00',
    });
  });

  it('has no label for a missing or unusable date', () => {
    for (const published of [undefined, '', 'yesterday', '2020-13-45T99:00:00Z', 'Mon, 13 Jan 2020 11:10:00 GMT'])
      assert.equal(dateLabel(published, dateWriter('dd.MM.yyyy').write, 'UTC', 'en'), undefined, published);
  });
});
