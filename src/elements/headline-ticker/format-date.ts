import { dateTimeFormat, numberFormat } from '../../core/intl-cache.js';
import { isKnownZone, wallClock, type Wall } from '../../core/zoned-time.js';

/**
 * Headline dates in luxon's format tokens, read from `Intl` alone: luxon weighs more than the rest of
 * the ticker, and for these tokens it asks `Intl` the same questions (numbers in the locale's digits,
 * month, weekday and day-period names from `formatToParts`), so the text is the same as luxon's.
 */

/** A piece of a pattern: a run of one character (a token), or quoted text printed as it is. */
interface PatternPiece {
  text: string;
  quoted: boolean;
}

/**
 * Splits a pattern as luxon does: a run of one repeated character is a token, text between single
 * quotes is literal, and `''` outside quotes prints one quote.
 */
export function splitPattern(pattern: string): PatternPiece[] {
  const pieces: PatternPiece[] = [];
  let run = '';
  let quoted = false;
  const flush = (asQuoted: boolean) => {
    if (run !== '') pieces.push({ text: run, quoted: asQuoted });
    run = '';
  };
  for (const char of pattern) {
    if (char === "'") {
      // Closing an empty quote (the `''` pair) is a quote character.
      if (quoted && run === '') run = "'";
      flush(quoted);
      quoted = !quoted;
    } else if (quoted || run === '' || run.endsWith(char)) {
      run += char;
    } else {
      flush(false);
      run = char;
    }
  }
  flush(quoted);
  return pieces;
}

/** Tokens that print a number: the field and how many digits it is padded to. */
const NUMBER_TOKENS: Record<string, (wall: Wall) => [number, number]> = {
  y: (w) => [w.year, 0],
  yy: (w) => [w.year % 100, 2],
  yyyy: (w) => [w.year, 4],
  M: (w) => [w.month, 0],
  MM: (w) => [w.month, 2],
  L: (w) => [w.month, 0],
  LL: (w) => [w.month, 2],
  d: (w) => [w.day, 0],
  dd: (w) => [w.day, 2],
  H: (w) => [w.hour, 0],
  HH: (w) => [w.hour, 2],
  h: (w) => [w.hour % 12 || 12, 0],
  hh: (w) => [w.hour % 12 || 12, 2],
  m: (w) => [w.minute, 0],
  mm: (w) => [w.minute, 2],
  s: (w) => [w.second, 0],
  ss: (w) => [w.second, 2],
  S: (w) => [w.millisecond, 0],
  SSS: (w) => [w.millisecond, 3],
  E: (w) => [w.weekday, 0],
  c: (w) => [w.weekday, 0],
  q: (w) => [Math.ceil(w.month / 3), 0],
  qq: (w) => [Math.ceil(w.month / 3), 2],
};

/**
 * Tokens that print a name: the `Intl` options luxon asks with and the part it keeps. A month or
 * weekday "in format" is asked beside a day, which in some languages changes its grammatical case.
 */
const NAME_TOKENS: Record<string, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatPartTypes]> = {
  MMM: [{ month: 'short', day: 'numeric' }, 'month'],
  MMMM: [{ month: 'long', day: 'numeric' }, 'month'],
  LLL: [{ month: 'short' }, 'month'],
  LLLL: [{ month: 'long' }, 'month'],
  EEE: [{ weekday: 'short', month: 'long', day: 'numeric' }, 'weekday'],
  EEEE: [{ weekday: 'long', month: 'long', day: 'numeric' }, 'weekday'],
  ccc: [{ weekday: 'short' }, 'weekday'],
  cccc: [{ weekday: 'long' }, 'weekday'],
  a: [{ hour: 'numeric', hourCycle: 'h12' }, 'dayPeriod'],
};

/** Whether `formatDate` writes `token` (a piece `splitPattern` gives, not quoted); luxon knows more. */
export const writesToken = (token: string): boolean => Object.hasOwn(NUMBER_TOKENS, token) || Object.hasOwn(NAME_TOKENS, token);

/** The zone to format in: the one asked for when the engine knows it, else the viewer's (undefined). */
export const zoneOrViewers = (zone: string | undefined): string | undefined => (zone && isKnownZone(zone) ? zone : undefined);

/**
 * `date` written with luxon tokens (`yyyy`, `yy`, `y`, `MM`, `M`, `LL`, `L`, `dd`, `d`, `HH`, `H`,
 * `hh`, `h`, `mm`, `m`, `ss`, `s`, `SSS`, `S`, `a`, `MMM`, `MMMM`, `LLL`, `LLLL`, `EEE`, `EEEE`, `E`,
 * `ccc`, `cccc`, `c`, `qq`, `q`, `'quoted text'`) in `locale` and `timeZone` (undefined: the
 * viewer's). Any other run of characters is printed as written: `date-writer.ts` sends patterns with
 * luxon's other tokens to luxon itself.
 */
export function formatDate(date: Date, pattern: string, locale: string, timeZone: string | undefined): string {
  const wall = wallClock(date, timeZone);
  const nameOf = ([options, type]: [Intl.DateTimeFormatOptions, Intl.DateTimeFormatPartTypes]) =>
    dateTimeFormat(locale, { ...options, timeZone })
      .formatToParts(date)
      .find((part) => part.type === type)?.value ?? '';
  return splitPattern(pattern)
    .map(({ text, quoted }) => {
      if (quoted) return text;
      const number = NUMBER_TOKENS[text]?.(wall);
      if (number) return numberFormat(locale, { useGrouping: false, minimumIntegerDigits: Math.max(1, number[1]) }).format(number[0]);
      const name = NAME_TOKENS[text];
      return name ? nameOf(name) : text;
    })
    .join('');
}
