/**
 * Feed dates → ISO 8601 instants (`2020-01-13T11:10:00.000Z`). Feeds in the wild write dates in
 * many hands; we read the families that real feeds use and that can be read without guessing:
 *
 * - RFC 822/1123 (`Thu, 01 Jan 2004 19:48:21 GMT`) with the usual damage: 2-digit years, 1-digit
 *   days, no seconds, no time, a comma after the month, no space after the weekday, named zones
 *   (GMT, EST, MET, MSK, Etc/GMT …), `GMT-01:01`, trailing whitespace or comments, month names in a
 *   few languages (feeds from Portuguese, Spanish, French, German, Italian and Russian CMSs).
 * - month-first forms: asctime (`Sun Jan  4 16:29:06 2004`), JavaScript's `Date#toString`, Twitter.
 * - W3DTF / ISO 8601 extended (`2003-12-31T10:14:55.123-08:00`, date only, no seconds, a space for T).
 * - `yyyy/MM/dd HH:mm:ss zone` (Perforce-style).
 * - the portal's own `dd.MM.yyyy HH:mm` in local time (Europe/Moscow by default), also `dd.MM.yy`.
 *
 * A date without a zone is UTC except the dotted local form. Weekday names are ignored (they are
 * often wrong). Anything else — or an impossible date such as 31 February — is undefined, never an
 * Invalid Date.
 */
import { instantIn } from '../../core/zoned-time.js';

export function parseFeedDate(text: string, localZone = 'Europe/Moscow'): string | undefined {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '' || value.length > MAX_DATE_LENGTH) return undefined;
  return parseIso(value) ?? parseRfc822(value) ?? parseMonthFirst(value) ?? parseSlashed(value) ?? parseDotted(value, localZone);
}

/** Longer than any date with a trailing comment; longer input is not a date. */
const MAX_DATE_LENGTH = 100;

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?`;
const ZONE = String.raw`((?:Etc\/[A-Za-z]{2,3}|[A-Za-z]{1,5})(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)`;
/** A leading weekday name, which must end in a comma or a space so it cannot eat into a month name. */
const WEEKDAY = String.raw`(?:\p{L}+\.?(?:, ?| ))?`;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const RFC822 = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})[ -](\p{L}+)\.?,?[ -](\d{2,4})(?:,? (?:${TIME}|(\d{2})(\d{2})))?(?: ?${ZONE})?`, 'u');
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (?:(\d{4}),? ?)?(?:${TIME}(?: ?${ZONE})?)?(?: (\d{4}))?`, 'u');
const SLASHED = new RegExp(String.raw`^${WEEKDAY}(\d{4})\/(\d{1,2})\/(\d{1,2})(?: ${TIME}(?: ?${ZONE})?)?`, 'u');
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseIso(value: string): string | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const offset = m[8] === undefined ? 0 : zoneOffset(m[8]);
  if (offset === undefined) return undefined;
  return instant({ year: num(m[1]), month: num(m[2], 1), day: num(m[3], 1), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), fraction: m[7] }, offset);
}

function parseRfc822(value: string): string | undefined {
  const m = RFC822.exec(value);
  if (!m) return undefined;
  const month = monthNumber(m[2]!);
  const hasTime = m[4] !== undefined || m[8] !== undefined;
  const zone = m[10];
  if (month === undefined || !acceptableRest(value.slice(m[0].length), hasTime && zone !== undefined)) return undefined;
  const offset = zone === undefined ? 0 : zoneOffset(zone);
  if (offset === undefined) return undefined;
  return instant(
    {
      year: fullYear(m[3]!),
      month,
      day: num(m[1]),
      hour: num(m[4] ?? m[8]),
      minute: num(m[5] ?? m[9]),
      second: num(m[6]),
      fraction: m[7],
    },
    offset,
  );
}

function parseMonthFirst(value: string): string | undefined {
  const m = MONTH_FIRST.exec(value);
  if (!m) return undefined;
  const month = monthNumber(m[1]!);
  const years = [m[3], m[9]].filter((y) => y !== undefined);
  const zone = m[8];
  // Exactly one year, before the time (JavaScript) or after it (asctime, Twitter).
  if (month === undefined || years.length !== 1) return undefined;
  if (!acceptableRest(value.slice(m[0].length), m[4] !== undefined && zone !== undefined)) return undefined;
  const offset = zone === undefined ? 0 : zoneOffset(zone);
  if (offset === undefined) return undefined;
  return instant({ year: num(years[0]), month, day: num(m[2]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), fraction: m[7] }, offset);
}

function parseSlashed(value: string): string | undefined {
  const m = SLASHED.exec(value);
  if (!m) return undefined;
  const zone = m[8];
  if (!acceptableRest(value.slice(m[0].length), m[4] !== undefined && zone !== undefined)) return undefined;
  const offset = zone === undefined ? 0 : zoneOffset(zone);
  if (offset === undefined) return undefined;
  return instant({ year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), fraction: m[7] }, offset);
}

/** The portal's `dd.MM.yyyy HH:mm`: wall-clock time in `zone`, read with that zone's rules for the date. */
function parseDotted(value: string, zone: string): string | undefined {
  const m = DOTTED.exec(value);
  if (!m) return undefined;
  const instant = instantIn({ year: fullYear(m[3]!), month: num(m[2]), day: num(m[1]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) }, zone);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}

/**
 * What may follow a recognised date: nothing, or — once a full time with zone was read — a word or
 * comment after a space (`GMT (Greenwich Mean Time)`). Anything else means we misread the date.
 */
function acceptableRest(rest: string, complete: boolean): boolean {
  if (rest === '') return true;
  return complete && /^ [\p{L}(]/u.test(rest);
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: string | undefined;
}

/** The ISO instant of wall-clock fields at `offsetMinutes` from UTC, or undefined when a field is out of range. */
function instant(f: Fields, offsetMinutes: number): string | undefined {
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.hour > 23 || f.minute > 59 || f.second > 60) return undefined;
  if (f.year < 1 || f.year > 9999) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  if (date.getUTCMonth() !== f.month - 1 || date.getUTCDate() !== f.day) return undefined;
  const millis = f.fraction === undefined ? 0 : Math.floor(Number(`0.${f.fraction}`) * 1000);
  // A leap second is read as the last second of the minute: Date has no 60th second.
  date.setUTCHours(f.hour, f.minute, Math.min(f.second, 59), millis);
  const time = date.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

function num(text: string | undefined, fallback = 0): number {
  return text === undefined ? fallback : Number(text);
}

/** RFC 2822's rule for old two-digit years: 00–49 → 2000s, 50–99 → 1900s; three digits → +1900. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

/** Offsets of the named zones feeds use, in minutes east of UTC. Ambiguous names (IST, BST?) are read as the common case or left out. */
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  'ETC/GMT': 0,
  'ETC/UTC': 0,
  'ETC/UCT': 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  MET: 60,
  CEST: 120,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  MSD: 240,
  AT: -240,
  AST: -240,
  ADT: -180,
  ET: -300,
  EST: -300,
  EDT: -240,
  CT: -360,
  CST: -360,
  CDT: -300,
  MT: -420,
  MST: -420,
  MDT: -360,
  PT: -480,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  PKT: 300,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/** Minutes east of UTC for a zone token: a name, a numeric offset, or a name followed by one (`GMT-01:01`). */
function zoneOffset(zone: string): number | undefined {
  const m = /^([A-Z/]*)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zone);
  if (!m) return undefined;
  const [, name = '', sign, hours, minutes] = m;
  const base = name === '' ? 0 : NAMED_ZONES[name.toUpperCase()];
  if (base === undefined) return undefined;
  if (sign === undefined) return base;
  const h = Number(hours);
  const min = minutes === undefined ? 0 : Number(minutes);
  if (h > 23 || min > 59) return undefined;
  return base + (sign === '-' ? -1 : 1) * (h * 60 + min);
}

/**
 * Month names and abbreviations, lower case: English plus the languages of CMSs that localise
 * RFC 822 dates (pt, es, fr, de, it, ru, el). No two languages disagree on a key.
 */
const MONTHS: Record<string, number> = {};
[
  'jan january janv janvier ene enero gen gennaio januar janeiro янв января январь ιαν',
  'feb february fev fevereiro feb febrero févr fevr février fevrier febbraio februar фев февраля февраль φεβ',
  'mar march marzo mars março marco märz mrz мар марта март μάρ μαρ',
  'apr april abr abril avr avril aprile апр апреля апрель απρ',
  'may mai mayo maio mag maggio май мая μάι μαΐ μαι',
  'jun june juin junio junho giu giugno juni июн июня июнь ιούν ιουν',
  'jul july juil juillet julio julho lug luglio juli июл июля июль ιούλ ιουλ',
  'aug august ago agosto août aout авг августа август αύγ αυγ',
  'sep sept september set setembro septiembre septembre settembre сен сент сентября сентябрь σεπ',
  'oct october out outubro octubre octobre ott ottobre okt oktober окт октября октябрь οκτ',
  'nov november noviembre novembre novembro ноя нояб ноября ноябрь νοέ νοε',
  'dec december dez dezembro dic diciembre déc decembre décembre dicembre dezember дек декабря декабрь δεκ',
].forEach((names, i) => {
  for (const name of names.split(' ')) MONTHS[name] = i + 1;
});

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}
