import { DataError } from '../errors.js';

/** `YYYY-MM-DD` when it names a real calendar day, else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function badDate(text: string | undefined, what: string): DataError {
  return new DataError('format', `Not a valid date: "${text ?? ''}" (${what})`);
}

/**
 * `dd.mm.yyyy` (the Bank of Russia, NBKR, CBU) or `dd.mm.yy` (the NBK's RSS, where `yy` is
 * this century: the feed starts in the 2000s) → `YYYY-MM-DD`.
 */
export function isoFromDotted(text: string | undefined, what: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{2}|\d{4})$/.exec(text?.trim() ?? '');
  const year = match && Number(match[3].length === 2 ? `20${match[3]}` : match[3]);
  const iso = match && year ? calendarDate(year, Number(match[2]), Number(match[1])) : undefined;
  if (!iso) throw badDate(text, what);
  return iso;
}

/** `YYYY-MM-DD`, optionally followed by a time (the ECB, the NBRB's local midnight) → `YYYY-MM-DD`. */
export function isoFromIsoDate(text: string | undefined, what: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text?.trim() ?? '');
  const iso = match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (!iso) throw badDate(text, what);
  return iso;
}

const moscowDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in Moscow of an ISO 8601 instant with an offset, e.g.
 * `2022-02-03T11:30:00+03:00` → `2022-02-03`: the Bank of Russia's rates take effect by Moscow
 * dates whatever offset a mirror writes.
 */
export function moscowDateOf(text: string | undefined, what: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text?.trim() ?? '') ? Date.parse(text!.trim()) : NaN;
  if (Number.isNaN(instant)) throw badDate(text, what);
  const parts = moscowDate.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
