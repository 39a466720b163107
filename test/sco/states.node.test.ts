import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SCO_STATES, isIsoDate, stateByCode, stateName, statesAsOf, statesIn, statusOn, type ScoGroup } from '../../src/sco/index.js';

/** The organisation on a date as `group: codes`, the way a reader of the portal would list it. */
const organisationOn = (date: string): Partial<Record<ScoGroup, string>> =>
  Object.fromEntries(statesAsOf(date).map(({ group, states }) => [group, states.map((s) => s.code).join(' ')]));

describe('the states table', () => {
  const englishNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

  for (const state of SCO_STATES) {
    it(`${state.code}: a real country, statuses in date order`, () => {
      assert.match(state.code, /^[A-Z]{2}$/);
      const name = englishNames.of(state.code);
      assert.ok(name && name !== 'Unknown Region', `no English name for ${state.code}`);
      assert.ok(state.statuses.length > 0);
      for (const { since } of state.statuses) assert.ok(isIsoDate(since), since);
      const dates = state.statuses.map(({ since }) => since);
      assert.deepEqual(dates, [...dates].sort(), 'statuses out of order');
      assert.equal(new Set(dates).size, dates.length, 'two statuses on one day');
    });
  }

  it('has each country once', () => {
    assert.equal(new Set(SCO_STATES.map((s) => s.code)).size, SCO_STATES.length);
  });

  it('never has a member leave, nor a partner before Tianjin or an observer after it', () => {
    for (const { code, statuses } of SCO_STATES) {
      const firstMember = statuses.findIndex((s) => s.status === 'member');
      if (firstMember >= 0) assert.equal(firstMember, statuses.length - 1, `${code} leaves membership`);
      for (const { status, since } of statuses) {
        if (status === 'partner') assert.ok(since >= '2025-09-01', `${code} partner before Tianjin`);
        else if (status !== 'member') assert.ok(since < '2025-09-01', `${code} ${status} after Tianjin`);
      }
    }
  });

  it('makes every observer and dialogue partner of 31 August 2025 a partner on 1 September', () => {
    for (const state of SCO_STATES) {
      const before = statusOn(state, '2025-08-31');
      if (before === 'observer' || before === 'dialogue-partner') assert.equal(statusOn(state, '2025-09-01'), 'partner', state.code);
    }
  });
});

describe('statesAsOf', () => {
  const cases: { date: string; why: string; expected: Partial<Record<ScoGroup, string>> }[] = [
    { date: '2001-06-14', why: 'the day before the founding', expected: {} },
    { date: '2001-06-15', why: 'the founding in Shanghai', expected: { members: 'CN KG KZ RU TJ UZ' } },
    { date: '2004-06-17', why: 'Tashkent: Mongolia the first observer', expected: { members: 'CN KG KZ RU TJ UZ', observers: 'MN' } },
    {
      date: '2017-06-08',
      why: 'the eve of India and Pakistan joining',
      expected: { members: 'CN KG KZ RU TJ UZ', observers: 'MN IN IR PK AF BY', 'dialogue-partners': 'LK TR AM AZ KH NP' },
    },
    {
      date: '2020-01-13',
      why: 'the day of the portal page',
      expected: { members: 'CN KG KZ RU TJ UZ IN PK', observers: 'MN IR AF BY', 'dialogue-partners': 'LK TR AM AZ KH NP' },
    },
    {
      date: '2023-07-04',
      why: 'New Delhi: Iran a member, five new dialogue partners',
      expected: {
        members: 'CN KG KZ RU TJ UZ IN PK IR',
        observers: 'MN AF BY',
        'dialogue-partners': 'LK TR AM AZ KH NP EG QA SA AE BH KW MM MV',
      },
    },
    {
      date: '2025-08-31',
      why: 'the last day of observers and dialogue partners',
      expected: {
        members: 'CN KG KZ RU TJ UZ IN PK IR BY',
        observers: 'MN AF',
        'dialogue-partners': 'LK TR AM AZ KH NP EG QA SA AE BH KW MM MV',
      },
    },
    {
      date: '2026-11-28',
      why: 'today',
      expected: { members: 'CN KG KZ RU TJ UZ IN PK IR BY', partners: 'MN LK AF TR AM AZ KH NP EG QA SA AE BH KW MM MV LA' },
    },
  ];
  for (const { date, why, expected } of cases) {
    it(`as-of="${date}" (${why})`, () => assert.deepEqual(organisationOn(date), expected));
  }

  it('counts 10 members and 17 partners today', () => {
    assert.deepEqual(
      statesAsOf('2026-11-28').map(({ group, states }) => [group, states.length]),
      [
        ['members', 10],
        ['partners', 17],
      ],
    );
  });

  it('counts 8 members, 4 observers and 6 dialogue partners on 13 January 2020', () => {
    assert.deepEqual(
      statesAsOf('2020-01-13').map(({ group, states }) => [group, states.length]),
      [
        ['members', 8],
        ['observers', 4],
        ['dialogue-partners', 6],
      ],
    );
  });

  for (const bad of ['2020-1-13', '13.01.2020', '2020-02-30', '', '2020-01-13T00:00']) {
    it(`refuses "${bad}"`, () => assert.throws(() => statesAsOf(bad), RangeError));
  }
});

describe('statusOn', () => {
  const cases: [code: string, date: string, expected: string | undefined][] = [
    ['BY', '2009-06-15', undefined],
    ['BY', '2009-06-16', 'dialogue-partner'],
    ['BY', '2015-07-10', 'observer'],
    ['BY', '2024-07-03', 'observer'],
    ['BY', '2024-07-04', 'member'],
    ['IN', '2017-06-08', 'observer'],
    ['IN', '2017-06-09', 'member'],
    ['IR', '2023-07-03', 'observer'],
    ['IR', '2023-07-04', 'member'],
    ['AF', '2026-11-28', 'partner'],
    ['LA', '2025-08-31', undefined],
    ['LA', '2025-09-01', 'partner'],
  ];
  for (const [code, date, expected] of cases) {
    it(`${code} on ${date}: ${expected ?? 'none'}`, () => assert.equal(statusOn(stateByCode(code)!, date), expected));
  }
});

describe('statesIn', () => {
  it('splits the organisation into members and everyone else', () => {
    const codes = (selection: 'members' | 'partners' | 'all') => statesIn(selection, '2020-01-13').map((s) => s.code);
    assert.deepEqual(codes('members'), ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ', 'IN', 'PK']);
    assert.deepEqual(codes('partners'), ['MN', 'IR', 'AF', 'BY', 'LK', 'TR', 'AM', 'AZ', 'KH', 'NP']);
    assert.deepEqual(codes('all'), [...codes('members'), ...codes('partners')]);
  });
});

describe('stateByCode and stateName', () => {
  it('finds states in any case and not others', () => {
    assert.equal(stateByCode('kz')?.capital, 'astana');
    assert.equal(stateByCode('US'), undefined);
  });

  it('names states from Intl.DisplayNames, skipping malformed locales', () => {
    assert.equal(stateName('KZ', 'en'), 'Kazakhstan');
    assert.equal(stateName('CN', 'zh'), '中国');
    assert.equal(stateName('RU', ['not a tag', 'ru']), 'Россия');
  });
});
