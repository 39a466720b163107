import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { clockReader, type ClockOptions } from '../../../src/elements/clock/clock-reading.js';
import { en } from '../../../src/i18n/built-in/clock.js';
import { CAPITALS } from '../../../src/sco/index.js';

/**
 * The clocks read zones through `Intl` themselves; luxon, which the SPEC names for these times, is
 * the reference: every field a clock shows must be what luxon says at the same instant.
 */
// The viewer's own zone changes its offset too (New York's DST), as the offsets shown must follow.
process.env.TZ = 'America/New_York';

const options: ClockOptions = { hourCycle: 'h23', seconds: true, face: 'digital', showDate: true, showOffset: true, showDaynight: true };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Zones whose rules move: DST both ways, half and three-quarter hours, a 30-minute DST, a rule change. */
const ZONES = [
  ...CAPITALS.map((capital) => capital.zone),
  'Africa/Cairo',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Europe/London',
  'Pacific/Chatham',
  'Asia/Almaty',
  'UTC',
];

/** Every quarter hour of the days around each zone's 2024 and 2026 transitions, and of a plain day. */
function instantsAround(zone: string): number[] {
  const instants: number[] = [];
  for (const year of [2024, 2026]) {
    let previous = DateTime.fromObject({ year }, { zone }).offset;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * HOUR) {
      const offset = DateTime.fromMillis(t, { zone }).offset;
      if (offset !== previous) for (let q = t - 12 * HOUR; q <= t + 6 * HOUR; q += 15 * MINUTE) instants.push(q);
      previous = offset;
    }
    for (let q = Date.UTC(year, 5, 15); q < Date.UTC(year, 5, 16); q += 37 * MINUTE + 13_000) instants.push(q);
  }
  return instants;
}

describe('clock readings against luxon', () => {
  it('datetime, hands, day/night and the offset from the viewer are luxon’s, across DST changes and rule changes', () => {
    let compared = 0;
    for (const zone of ZONES) {
      const read = clockReader(zone, options, 'en', en);
      for (const instant of instantsAround(zone)) {
        const local = DateTime.fromMillis(instant, { zone });
        const reading = read(instant);
        const iso = local
          .set({ millisecond: 0 })
          .toISO({ suppressMilliseconds: true })!
          .replace(/\+00:00$/, 'Z');
        assert.equal(reading.datetime, iso, `${zone} at ${new Date(instant).toISOString()}`);
        assert.equal(reading.daynight, local.hour >= 6 && local.hour < 18 ? 'day' : 'night', `${zone} at ${iso}`);
        const hands = { hour: (local.hour % 12) * 30 + local.minute / 2, minute: local.minute * 6 + local.second / 10, second: local.second * 6 };
        assert.deepEqual(reading.hands, hands, `${zone} at ${iso}`);
        assert.equal(reading.offset.minutes, local.offset - DateTime.fromMillis(instant).offset, `${zone} at ${iso}`);
        compared++;
      }
    }
    assert.ok(compared > 2000, `compared ${compared} readings`);
  });
});
