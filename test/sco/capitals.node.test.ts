import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IANAZone } from 'luxon';
import { CAPITALS, SCO_STATES, capitalById, capitalName, capitalsOf } from '../../src/sco/index.js';
import { requestLanguage } from '../../src/i18n/index.js';

describe('the capitals table', () => {
  for (const capital of CAPITALS) {
    it(`${capital.names.en}: valid zone ${capital.zone}, names in en, ru and zh`, () => {
      // Membership in Intl.supportedValuesOf('timeZone') is not the test: it lists CLDR's ids
      // (Asia/Calcutta), while we use tzdata's canonical ones (Asia/Kolkata).
      assert.ok(IANAZone.isValidZone(capital.zone), capital.zone);
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: capital.zone }));
      for (const language of ['en', 'ru', 'zh'] as const) assert.ok(capital.names[language].trim(), language);
      assert.match(capital.names.ru, /^(?=\p{Lu})[\p{Script=Cyrillic} -]+$/u, 'Russian name in Cyrillic');
      assert.match(capital.names.zh, /^\p{Script=Han}+$/u, 'Chinese name in Han characters');
    });
  }

  it('has one capital per state and no capital without a state', () => {
    assert.deepEqual(SCO_STATES.map((state) => state.capital).sort(), CAPITALS.map((capital) => capital.id).sort());
  });
});

describe('capital zones at a pinned instant', () => {
  // The portal showed 01:45 Phnom Penh and 00:15 Sri Jayawardenepura Kotte at the same moment.
  const instant = new Date('2020-01-12T18:45:00Z');
  const cases: [id: Parameters<typeof capitalById>[0], local: string][] = [
    ['phnom-penh', '01:45'],
    ['sri-jayawardenepura-kotte', '00:15'],
    ['kathmandu', '00:30'],
    ['tehran', '22:15'],
    ['moscow', '21:45'],
    ['beijing', '02:45'],
  ];
  for (const [id, local] of cases) {
    it(`${id} shows ${local}`, () => {
      const time = new Intl.DateTimeFormat('en-GB', { timeZone: capitalById(id).zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      assert.equal(time.format(instant), local);
    });
  }

  it('keeps Astana on UTC+5 since Kazakhstan moved to one zone in March 2024', () => {
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: capitalById('astana').zone, hour: '2-digit', hourCycle: 'h23' });
    assert.equal(hour.format(new Date('2026-11-28T00:00:00Z')), '05');
  });
});

describe('capitalName', () => {
  const cases: [locale: string | string[] | undefined, expected: string][] = [
    ['en', 'Sri Jayawardenepura Kotte'],
    ['ru', 'Шри-Джаяварденепура-Котте'],
    ['ru-RU', 'Шри-Джаяварденепура-Котте'],
    ['zh', '斯里贾亚瓦德纳普拉科特'],
    ['zh-Hant-TW', '斯里贾亚瓦德纳普拉科特'],
    ['fa', 'Sri Jayawardenepura Kotte'], // no Persian name shipped: English
    ['de', 'Sri Jayawardenepura Kotte'],
    [['de', 'ru'], 'Шри-Джаяварденепура-Котте'],
    ['not a tag', 'Sri Jayawardenepura Kotte'],
    [undefined, 'Sri Jayawardenepura Kotte'],
  ];
  for (const [locale, expected] of cases) {
    it(`${JSON.stringify(locale)} → ${expected}`, () => assert.equal(capitalName('sri-jayawardenepura-kotte', locale), expected));
  }

  it('names Astana, Naypyidaw and Phnom Penh in the built-in languages', () => {
    assert.deepEqual(
      ['en', 'ru', 'zh'].map((l) => capitalName('astana', l)),
      ['Astana', 'Астана', '阿斯塔纳'],
    );
    assert.deepEqual(
      ['en', 'ru', 'zh'].map((l) => capitalName('naypyidaw', l)),
      ['Naypyidaw', 'Нейпьидо', '内比都'],
    );
    assert.deepEqual(
      ['en', 'ru', 'zh'].map((l) => capitalName('phnom-penh', l)),
      ['Phnom Penh', 'Пномпень', '金边'],
    );
  });
});

describe('capital names in a language loaded on demand', () => {
  it('are English (or the next locale’s) until the language’s file is there, then the language’s own', async () => {
    assert.equal(capitalName('astana', 'kk'), 'Astana');
    assert.equal(capitalName('astana', ['hy', 'ru']), 'Астана');
    await Promise.all([requestLanguage('kk'), requestLanguage('hy')]);
    assert.equal(capitalName('astana', 'kk'), 'Астана');
    assert.equal(capitalName('yerevan', 'kk-KZ'), 'Ереван');
    assert.equal(capitalName('astana', ['hy', 'ru']), capitalName('astana', 'hy'));
    assert.match(capitalName('yerevan', ['hy', 'ru']), /^\p{Script=Armenian}+$/u);
  });
});

describe('capitalsOf', () => {
  const ids = (group: 'members' | 'partners' | 'all', asOf?: string) => capitalsOf(group, asOf).map((c) => c.id);

  it("gives the ten members' capitals today", () => {
    assert.deepEqual(ids('members', '2026-11-28'), [
      'beijing',
      'bishkek',
      'astana',
      'moscow',
      'dushanbe',
      'tashkent',
      'new-delhi',
      'islamabad',
      'tehran',
      'minsk',
    ]);
  });

  it('gives 17 partner capitals today and 27 in all', () => {
    assert.equal(ids('partners', '2026-11-28').length, 17);
    assert.equal(ids('all', '2026-11-28').length, 27);
  });

  it('gives the observers\' and dialogue partners\' capitals as "partners" before Tianjin', () => {
    assert.deepEqual(ids('partners', '2017-06-08').slice(0, 6), ['ulaanbaatar', 'new-delhi', 'tehran', 'islamabad', 'kabul', 'minsk']);
  });

  it('defaults to today', () => {
    assert.equal(ids('members').length, 10);
  });
});
