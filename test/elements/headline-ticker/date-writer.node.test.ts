import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { DEFAULT_DATE_FORMAT, dateWriter, luxonArrival, needsLuxon } from '../../../src/elements/headline-ticker/date-writer.js';
import { formatDate } from '../../../src/elements/headline-ticker/format-date.js';

const AT = new Date('2020-01-13T11:10:00.250Z');
const luxonText = (pattern: string, locale: string, zone: string) => DateTime.fromJSDate(AT, { zone }).setLocale(locale).toFormat(pattern);

describe('which code writes a date pattern', () => {
  it('keeps the patterns of the Intl formatter away from luxon, quoted letters and non-letters included', () => {
    for (const pattern of [
      DEFAULT_DATE_FORMAT,
      'yyyy-MM-dd HH:mm:ss.SSS',
      "EEE, d MMM yyyy 'at' h:mm a",
      "ccc cccc LLL LLLL c E q qq 'DDD ZZZZ kkkk'",
      "'o''clock' ''",
      ' – / : . , 2020 ',
      // Letters outside ASCII are never luxon tokens.
      'd MMMM yyyy г.',
      '',
    ])
      assert.equal(needsLuxon(pattern), false, pattern);
  });

  it('sends any other token to luxon', () => {
    for (const pattern of [
      'DDD',
      'dd.MM.yyyy DDDD',
      'D DD t tt T TT f ff F FF',
      'z',
      'Z',
      'ZZ',
      'ZZZ',
      'ZZZZ',
      'ZZZZZ',
      "kkkk-'W'WW",
      'o ooo',
      'G GG',
      'u X x n',
      'MMMMM',
      'yyyyyy',
    ])
      assert.equal(needsLuxon(pattern), true, pattern);
  });

  it('asks luxon exactly for the runs of letters the Intl formatter prints as written', () => {
    for (let code = 65; code <= 122; code++) {
      const letter = String.fromCharCode(code);
      if (!/[a-z]/i.test(letter)) continue;
      for (let length = 1; length <= 6; length++) {
        const run = letter.repeat(length);
        assert.equal(needsLuxon(run), formatDate(AT, run, 'en', 'UTC') === run, run);
      }
    }
  });

  it('writes the Intl formatter’s patterns at once, without luxon', () => {
    const { write, ready } = dateWriter(DEFAULT_DATE_FORMAT);
    assert.equal(ready, true);
    assert.equal(write(AT, 'ru', 'Europe/Moscow'), '13.01.2020 14:10');
  });

  it('is not ready for a luxon pattern until luxon is here (stand-ins get the default format), then writes what luxon’s toFormat gives', async () => {
    const waiting = dateWriter('DDD');
    assert.equal(waiting.ready, false);
    assert.equal(waiting.write(AT, 'en', 'UTC'), '13.01.2020 11:10');
    await luxonArrival();
    for (const pattern of ['DDD', 'ZZZZ', "kkkk-'W'WW", 'ff', 'dd.MM.yyyy z']) {
      const { write, ready } = dateWriter(pattern);
      assert.equal(ready, true, pattern);
      for (const locale of ['en', 'ru', 'fa'])
        assert.equal(write(AT, locale, 'Asia/Tehran'), luxonText(pattern, locale, 'Asia/Tehran'), `${pattern} ${locale}`);
      // No zone: the viewer's.
      assert.equal(write(AT, 'en', undefined), luxonText(pattern, 'en', 'system'), pattern);
    }
  });
});
