/**
 * Wall-clock time in an IANA zone, from the engine's own zone data through `Intl`: the fields of an
 * instant in a zone, and the instant of a wall-clock time in a zone. No DOM, no date library.
 */
import { cachedIntl, dateTimeFormat } from './intl-cache.js';

export type NumericField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
export type Wall = Record<NumericField | 'weekday' | 'millisecond', number>;

/** The Gregorian wall-clock fields of an instant in a zone, in Latin digits whatever the locale. */
export function wallClock(date: Date, timeZone: string | undefined): Wall {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const field = (type: NumericField) => Number(parts.find((part) => part.type === type)?.value);
  const [year, month, day] = [field('year'), field('month'), field('day')];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return { year, month, day, hour: field('hour'), minute: field('minute'), second: field('second'), weekday, millisecond: date.getUTCMilliseconds() };
}

/**
 * The instant (epoch ms) at which the wall clock in `zone` reads these fields, or undefined for a
 * date that does not exist (31 February) or an unknown zone. A time that a DST change skips moves
 * forward by the change; a time that occurs twice is its first occurrence (as Temporal's
 * "compatible" rule, so the answer does not depend on today's date).
 */
export function instantIn(fields: Pick<Wall, NumericField>, zone: string): number | undefined {
  const { year, month, day, hour, minute, second } = fields;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  try {
    const offsetAt = (instant: number) => {
      const wall = wallClock(new Date(instant), zone);
      return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000;
    };
    // The zone's offsets a day either side cover any change near this time.
    const [before, after] = [offsetAt(asUtc - DAY), offsetAt(asUtc + DAY)];
    const fits = [asUtc - before, asUtc - after].filter((instant) => offsetAt(instant) === asUtc - instant);
    return fits.length ? Math.min(...fits) : asUtc - before;
  } catch {
    return undefined; // an unknown zone
  }
}

const DAY = 24 * 60 * 60 * 1000;

/** Whether the engine knows an IANA zone (an unknown one would make `Intl.DateTimeFormat` throw). */
export const isKnownZone = (zone: string): boolean =>
  cachedIntl(`zone-known|${zone}`, () => {
    if (zone === '') return false;
    try {
      dateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });
