/**
 * The capitals of the SCO states: the IANA zone the capital keeps its clocks in, and its name.
 * State names come from `Intl.DisplayNames`, but capital names are not in CLDR, so they travel
 * with the library: in the language files of `src/i18n`, English, Russian and Chinese built in
 * (`capitalName`, in `capital-names.ts`).
 */
import * as capitals from '../i18n/built-in/capitals.js';
import type { CapitalName } from './capital-names.js';

/** The languages whose capital names every build carries; the others arrive with their language file. */
export type CapitalLanguage = 'en' | 'ru' | 'zh';

interface CapitalRow {
  readonly id: CapitalName;
  /** The zone of the capital itself (not merely of its country), as named in tzdata. */
  readonly zone: string;
}

// One row per capital, members' capitals first.
// Zones are tzdata's canonical names (Asia/Kolkata, Asia/Yangon, Asia/Kathmandu); engines may
// report CLDR's older aliases (Asia/Calcutta, …) for the same zone, which is fine for clocks.
const CAPITAL_ROWS = [
  { id: 'beijing', zone: 'Asia/Shanghai' },
  { id: 'moscow', zone: 'Europe/Moscow' },
  // tzdata has no Asia/Astana: Astana is covered by Asia/Almaty ("most of Kazakhstan"), which
  // is UTC+5 since 1 March 2024 when Kazakhstan moved to a single zone.
  { id: 'astana', zone: 'Asia/Almaty' },
  { id: 'bishkek', zone: 'Asia/Bishkek' },
  { id: 'dushanbe', zone: 'Asia/Dushanbe' },
  { id: 'tashkent', zone: 'Asia/Tashkent' },
  { id: 'new-delhi', zone: 'Asia/Kolkata' },
  { id: 'islamabad', zone: 'Asia/Karachi' },
  { id: 'tehran', zone: 'Asia/Tehran' },
  { id: 'minsk', zone: 'Europe/Minsk' },
  { id: 'ulaanbaatar', zone: 'Asia/Ulaanbaatar' },
  { id: 'kabul', zone: 'Asia/Kabul' },
  // Sri Lanka's legislative capital; Colombo (same zone) is the commercial one.
  { id: 'sri-jayawardenepura-kotte', zone: 'Asia/Colombo' },
  { id: 'ankara', zone: 'Europe/Istanbul' },
  { id: 'yerevan', zone: 'Asia/Yerevan' },
  { id: 'baku', zone: 'Asia/Baku' },
  { id: 'phnom-penh', zone: 'Asia/Phnom_Penh' },
  { id: 'kathmandu', zone: 'Asia/Kathmandu' },
  { id: 'cairo', zone: 'Africa/Cairo' },
  { id: 'doha', zone: 'Asia/Qatar' },
  { id: 'riyadh', zone: 'Asia/Riyadh' },
  { id: 'manama', zone: 'Asia/Bahrain' },
  { id: 'kuwait-city', zone: 'Asia/Kuwait' },
  { id: 'male', zone: 'Indian/Maldives' },
  // Myanmar's capital since 2006; tzdata names the zone after Yangon.
  { id: 'naypyidaw', zone: 'Asia/Yangon' },
  { id: 'abu-dhabi', zone: 'Asia/Dubai' },
  { id: 'vientiane', zone: 'Asia/Vientiane' },
] as const satisfies readonly CapitalRow[];

export type CapitalId = (typeof CAPITAL_ROWS)[number]['id'];

export interface Capital {
  readonly id: CapitalId;
  /** IANA time zone of the capital, e.g. `Asia/Phnom_Penh`. */
  readonly zone: string;
  /** The capital's name in the built-in languages (`capitalName` knows the others once loaded). */
  readonly names: Readonly<Record<CapitalLanguage, string>>;
}

/** Every capital, members' capitals first. */
export const CAPITALS: readonly Capital[] = CAPITAL_ROWS.map(({ id, zone }): Capital => ({
  id,
  zone,
  names: { en: capitals.en[id], ru: capitals.ru[id], zh: capitals.zh[id] },
}));

const byId = new Map<string, Capital>(CAPITALS.map((capital) => [capital.id, capital]));

/** The capital with this id; throws a `RangeError` for an unknown id. */
export function capitalById(id: CapitalId): Capital {
  const capital = byId.get(id);
  if (!capital) throw new RangeError(`Unknown SCO capital "${String(id)}"`);
  return capital;
}
