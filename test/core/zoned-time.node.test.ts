import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { instantIn, wallClock } from '../../src/core/zoned-time.js';

const ZONES = ['Europe/Moscow', 'Asia/Kathmandu', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Tehran', 'UTC'];

/** A seeded sequence of wall-clock times from 1995 to 2035, plus the hours around 2024's DST changes. */
function wallTimes(): Array<{ year: number; month: number; day: number; hour: number; minute: number; second: number }> {
  let seed = 7;
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const times = Array.from({ length: 300 }, () => ({
    year: 1995 + next(41),
    month: 1 + next(12),
    day: 1 + next(28),
    hour: next(24),
    minute: next(60),
    second: next(60),
  }));
  for (const [month, day] of [
    [3, 10],
    [3, 31],
    [11, 3],
    [10, 27],
    [4, 7],
    [10, 6],
  ]) {
    for (let hour = 0; hour < 5; hour++) times.push({ year: 2024, month, day, hour, minute: 30, second: 0 });
  }
  return times;
}

describe('instantIn', () => {
  it('gives the instant luxon gives for wall-clock times in each zone, across DST changes and gaps; a repeated time is its first occurrence', () => {
    let repeated = 0;
    for (const zone of ZONES) {
      for (const fields of wallTimes()) {
        const luxon = DateTime.fromObject(fields, { zone }).toMillis();
        // luxon picks between the two readings of a repeated time by today's offset; we take the first.
        const wall = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
        const twin = [-3_600_000, -1_800_000, 1_800_000, 3_600_000].map((d) => luxon + d).find((ms) => wall(ms) === wall(luxon));
        if (twin !== undefined) repeated++;
        assert.equal(instantIn(fields, zone), twin === undefined ? luxon : Math.min(luxon, twin), `${JSON.stringify(fields)} in ${zone}`);
      }
    }
    assert.ok(repeated > 0, 'the sample holds repeated times');
  });

  it('reads the portal seed, 13.01.2020 14:10 Moscow time, as 11:10 UTC', () => {
    assert.equal(
      new Date(instantIn({ year: 2020, month: 1, day: 13, hour: 14, minute: 10, second: 0 }, 'Europe/Moscow')!).toISOString(),
      '2020-01-13T11:10:00.000Z',
    );
  });

  it('refuses dates that do not exist and unknown zones', () => {
    assert.equal(instantIn({ year: 2021, month: 2, day: 30, hour: 0, minute: 0, second: 0 }, 'UTC'), undefined);
    assert.equal(instantIn({ year: 2021, month: 13, day: 1, hour: 0, minute: 0, second: 0 }, 'UTC'), undefined);
    assert.equal(instantIn({ year: 2021, month: 1, day: 1, hour: 24, minute: 0, second: 0 }, 'UTC'), undefined);
    assert.equal(instantIn({ year: 2021, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, 'Mars/Olympus_Mons'), undefined);
  });

  it('is the inverse of wallClock', () => {
    const instant = Date.UTC(2024, 2, 31, 0, 59, 59);
    const wall = wallClock(new Date(instant), 'Europe/Berlin');
    assert.equal(instantIn(wall, 'Europe/Berlin'), instant);
  });
});
