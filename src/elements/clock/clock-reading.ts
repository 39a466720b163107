/**
 * What a clock shows at an instant, computed from the browser's own IANA data through `Intl` — never
 * from fixed offsets, so DST and rule changes (Almaty 2024, Cairo 2023) come out right. Luxon asks
 * `Intl` the same question for these fields and weighs 22 KB gzip, most of a clock page; the tests
 * hold every reading to luxon's.
 */
import { wallClock, type Wall } from '../../core/zoned-time.js';
import { CAPITALS, capitalName } from '../../sco/index.js';
import { cachedIntl, dateTimeFormat, intlGaps, numberFormat } from '../../core/intl-cache.js';
import { scriptDirection } from '../../core/locale.js';
import { onLoaded } from '../../core/loader.js';
import { format, languageOf } from '../../i18n/index.js';
import type * as clockMessages from '../../i18n/built-in/clock.js';

/** The clocks' words in one language. */
export type ClockText = typeof clockMessages.ru;

export type HourCycle = 'h23' | 'h12';
export type ClockFace = 'digital' | 'analog';

/** How every clock of an element is drawn (the shared attributes). */
export interface ClockOptions {
  hourCycle: HourCycle;
  seconds: boolean;
  face: ClockFace;
  showDate: boolean;
  showOffset: boolean;
  showDaynight: boolean;
}

/** One clock to draw: a zone as written, and the label given for it, if any. */
export interface ClockSpec {
  zone: string;
  label?: string;
}

export interface ClockReading {
  /** The time as the locale writes it, e.g. `01:45`, `۰۱:۴۵`, `1:45 AM`. */
  time: string;
  /** ISO 8601 local time with offset for `<time datetime>`, e.g. `2026-11-28T01:45:00+07:00`. */
  datetime: string;
  /** The date as the locale writes it, short, e.g. `Sat, Nov 28`. */
  date: string;
  /** Difference from the viewer's time: visible (`+4 h`) and spoken ("4 hours ahead of your time"). */
  offset: { text: string; label: string; minutes: number };
  /** Day from 06:00 to 17:59 local time, night otherwise. */
  daynight: 'day' | 'night';
  /** Hand angles in degrees clockwise from 12. */
  hands: { hour: number; minute: number; second: number };
}

/** `Zone=Label` pairs from a comma list; blanks are skipped. */
export function parseZones(list: string): ClockSpec[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const eq = item.indexOf('=');
      if (eq < 0) return { zone: item };
      const label = item.slice(eq + 1).trim();
      return { zone: item.slice(0, eq).trim(), label: label || undefined };
    });
}

/**
 * The city to name under a clock: the label given, else the SCO capital kept in that zone (in the
 * reader's language), else the zone's own city (`America/New_York` → `New York`).
 */
export function cityOf({ zone, label }: ClockSpec, locale: string): string {
  if (label) return label;
  // Asked by every clock on every tick; the answer changes only when a language's file arrives
  // (which empties the cache).
  return cachedIntl(`city|${zone}|${locale}`, () => {
    const capital = CAPITALS.find((c) => c.zone.toLowerCase() === zone.toLowerCase());
    return capital ? capitalName(capital.id, locale) : (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  });
}

/** The hour cycle a locale uses by default (`en-US` h12, `en-GB`, `ru`, `zh`, `fa` h23). */
export function defaultHourCycle(locale: string): HourCycle {
  // resolvedOptions() builds a fresh object each call; every clock asks on every tick.
  return cachedIntl(`hour-cycle|${locale}`, () => {
    const resolved = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return resolved === 'h11' || resolved === 'h12' ? 'h12' : 'h23';
  });
}

const MINUTES_PER_HOUR = 60;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * A clock of one zone, locale, hour cycle and seconds setting, read at any instant. The key into
 * the page's readings is built here once, not on every tick of every part that shows a second.
 */
export function clockReader(zone: string, options: ClockOptions, locale: string, m: ClockText): (now: number) => ClockReading {
  const key = `${zone}|${locale}|${options.hourCycle}|${options.seconds}`;
  return (now) => readClock(key, zone, now, options, locale, m);
}

/**
 * Readings of the current second. A reading depends on the instant only to the second, so every
 * clock with the same key and viewer's offset (for `offset`) shares one per tick: a page of five
 * hundred clocks over a dozen zones computes a dozen readings, not five hundred. The viewer's
 * offset comes from `Date`, which follows the system's zone as it changes, through one reused
 * object, so a tick still allocates nothing per clock.
 */
const viewerDate = new Date();
const bySecond = { second: NaN, viewer: NaN, byKey: new Map<string, ClockReading>() };

/**
 * What a clock shows through one minute, per key: the reading of the minute's first second and
 * what writing a later second takes. Zone offsets change on whole minutes, so within a minute only
 * the digits, the seconds of `datetime` and the hands move, and Intl is asked once a minute.
 */
const byMinute = { viewer: NaN, byKey: new Map<string, MinuteReading>() };

// Something loaded later (a language's file) changes the words of readings already made in its language.
onLoaded(() => {
  bySecond.byKey.clear();
  byMinute.byKey.clear();
});

interface MinuteReading {
  minute: number;
  reading: ClockReading;
  timeFormat: Intl.DateTimeFormat;
  /**
   * The time text before and after its seconds, which alone change within the minute, and how the
   * locale writes each second; absent when the clock shows no seconds or they do not fit that mould.
   */
  secondsIn?: { before: string; after: string; digits: readonly string[] };
  /** `reading.datetime` before and after its two digits of seconds (`…T01:45:` and `+07:00`). */
  datetimeAroundSeconds: [before: string, after: string];
}

function readClock(key: string, zone: string, now: number, options: ClockOptions, locale: string, m: ClockText): ClockReading {
  const second = Math.floor(now / SECOND);
  viewerDate.setTime(now);
  const viewer = -viewerDate.getTimezoneOffset();
  if (second !== bySecond.second || viewer !== bySecond.viewer) {
    bySecond.second = second;
    bySecond.viewer = viewer;
    bySecond.byKey.clear();
  }
  let reading = bySecond.byKey.get(key);
  if (!reading) {
    reading = readSecond(minuteOf(key, zone, now, viewer, options, locale, m), now, options.seconds);
    bySecond.byKey.set(key, reading);
  }
  return reading;
}

function minuteOf(key: string, zone: string, now: number, viewer: number, options: ClockOptions, locale: string, m: ClockText): MinuteReading {
  if (viewer !== byMinute.viewer) {
    byMinute.viewer = viewer;
    byMinute.byKey.clear();
  }
  const minute = Math.floor(now / MINUTE);
  let found = byMinute.byKey.get(key);
  if (found?.minute !== minute) {
    found = readMinute(zone, minute, viewer, options, locale, m);
    byMinute.byKey.set(key, found);
  }
  return found;
}

function readMinute(zone: string, minute: number, viewer: number, options: ClockOptions, locale: string, m: ClockText): MinuteReading {
  const start = minute * MINUTE;
  const local = wallClock(new Date(start), zone);
  const offset = (Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - start) / MINUTE;
  const timeFormat = dateTimeFormat(locale, {
    timeZone: zone,
    hour: options.hourCycle === 'h23' ? '2-digit' : 'numeric',
    minute: '2-digit',
    second: options.seconds ? '2-digit' : undefined,
    hourCycle: options.hourCycle,
  });
  const timeParts = timeFormat.formatToParts(start);
  const datetime = isoDateTime(local, offset);
  const secondsAt = datetime.indexOf('T') + 7;
  const { hour, minute: minuteOfHour } = local;
  const reading: ClockReading = {
    time: joinParts(timeParts),
    datetime,
    date: dateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }).format(start),
    offset: describeOffset(offset - viewer, locale, m),
    daynight: hour >= 6 && hour < 18 ? 'day' : 'night',
    hands: { hour: (hour % 12) * 30 + minuteOfHour / 2, minute: minuteOfHour * 6, second: 0 },
  };
  return {
    minute,
    reading,
    timeFormat,
    secondsIn: options.seconds ? secondsIn(timeParts, timeFormat, locale) : undefined,
    datetimeAroundSeconds: [datetime.slice(0, secondsAt), datetime.slice(secondsAt + 2)],
  };
}

/** ISO 8601 local time with its offset, to the second: `2026-11-28T01:45:00+07:00` (`Z` for UTC itself). */
function isoDateTime({ year, month, day, hour, minute, second }: Wall, offset: number): string {
  const [mo, d, h, mi, s] = [month, day, hour, minute, second].map((n) => TWO_DIGITS[n]);
  const whole = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${TWO_DIGITS[Math.floor(whole / 60)]}:${TWO_DIGITS[whole % 60]}`;
  return `${String(year).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

const joinParts = (parts: Intl.DateTimeFormatPart[]) => parts.map((part) => part.value).join('');

/**
 * The time split around its one seconds field, with the seconds `00` to `59` as the formatter's
 * numbering system writes them (`07`, `۰۷`). The digits are the locale's number format, shared by
 * every zone; used only where they write the minute's first second exactly as the formatter did.
 */
function secondsIn(parts: Intl.DateTimeFormatPart[], timeFormat: Intl.DateTimeFormat, locale: string): MinuteReading['secondsIn'] {
  const fields = parts.filter((part) => part.type === 'second');
  if (fields.length !== 1) return undefined;
  const { numberingSystem } = timeFormat.resolvedOptions();
  const digits = cachedIntl(`seconds|${locale}|${numberingSystem}`, () => {
    const twoDigits = numberFormat(locale, { numberingSystem, minimumIntegerDigits: 2, useGrouping: false });
    return Array.from({ length: 60 }, (_, second) => twoDigits.format(second));
  });
  if (digits[0] !== fields[0].value) return undefined;
  const at = parts.indexOf(fields[0]);
  return { before: joinParts(parts.slice(0, at)), after: joinParts(parts.slice(at + 1)), digits };
}

/** `00` to `59`, for the fields of `datetime` (always ASCII digits). */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** The reading `now` within its minute: only the digits, the seconds of `datetime` and the hands differ from the minute's. */
function readSecond({ reading, timeFormat, secondsIn, datetimeAroundSeconds }: MinuteReading, now: number, seconds: boolean): ClockReading {
  const second = Math.floor(now / SECOND) - Math.floor(now / MINUTE) * 60;
  if (!seconds || second === 0) return reading;
  const { hands } = reading;
  return {
    ...reading,
    time: secondsIn ? secondsIn.before + secondsIn.digits[second] + secondsIn.after : timeFormat.format(now),
    datetime: datetimeAroundSeconds[0] + TWO_DIGITS[second] + datetimeAroundSeconds[1],
    hands: { hour: hands.hour, minute: hands.minute + second / 10, second: second * 6 },
  };
}

function describeOffset(minutes: number, locale: string, m: ClockText): ClockReading['offset'] {
  const whole = Math.floor(Math.abs(minutes) / MINUTES_PER_HOUR);
  const rest = Math.abs(minutes) % MINUTES_PER_HOUR;
  const sign = minutes > 0 ? '+' : minutes < 0 ? '\u2212' : '±';
  const number = numberFormat(locale);
  const value = rest ? `${number.format(whole)}:${numberFormat(locale, { minimumIntegerDigits: 2 }).format(rest)}` : number.format(whole);
  // Intl names the units where it has the language; where it lacks it, the language file does. In
  // a language we have no words in, the sentence is English, and so are its units.
  const unitLocale = languageOf(locale) ? locale : 'en';
  const unit = (count: number, name: 'hour' | 'minute') =>
    intlGaps(locale)
      ? format(m[`${name}s`], { count: number.format(count) })
      : numberFormat(unitLocale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(count);
  const spoken = [whole ? unit(whole, 'hour') : '', rest ? unit(rest, 'minute') : ''].filter(Boolean).join(' ');
  const label = minutes > 0 ? format(m.ahead, { duration: spoken }) : minutes < 0 ? format(m.behind, { duration: spoken }) : m.sameTime;
  // In right-to-left scripts the sign stays to the left of the digits, as Intl writes signed numbers there.
  const signed = scriptDirection(locale) === 'rtl' ? `\u2066${sign}${value}\u2069` : sign + value;
  return { text: format(m.offsetShort, { value: signed }), label, minutes };
}
