/**
 * The capitals of the SCO states: the IANA zone the capital keeps its clocks in and the
 * capital's name in the languages we ship. State names are not here — they come from
 * `Intl.DisplayNames` — but capital names are not in CLDR, so they travel with the library.
 */
import { cachedIntl } from '../data/intl-cache.js';
import { requestedLocales } from './locales.js';

/** Languages capital names ship in; `en`, `ru` and `zh` are complete, `fa` nearly so. */
export type CapitalLanguage = 'en' | 'ru' | 'zh' | 'fa';

interface CapitalRow {
  readonly id: string;
  /** The zone of the capital itself (not merely of its country), as named in tzdata. */
  readonly zone: string;
  readonly en: string;
  readonly ru: string;
  readonly zh: string;
  readonly fa?: string;
}

// One row per capital, members' capitals first. `zh` is Simplified Chinese (Xinhua usage).
// Zones are tzdata's canonical names (Asia/Kolkata, Asia/Yangon, Asia/Kathmandu); engines may
// report CLDR's older aliases (Asia/Calcutta, …) for the same zone, which is fine for clocks.
const CAPITAL_ROWS = [
  { id: 'beijing', zone: 'Asia/Shanghai', en: 'Beijing', ru: 'Пекин', zh: '北京', fa: 'پکن' },
  { id: 'moscow', zone: 'Europe/Moscow', en: 'Moscow', ru: 'Москва', zh: '莫斯科', fa: 'مسکو' },
  // tzdata has no Asia/Astana: Astana is covered by Asia/Almaty ("most of Kazakhstan"), which
  // is UTC+5 since 1 March 2024 when Kazakhstan moved to a single zone.
  { id: 'astana', zone: 'Asia/Almaty', en: 'Astana', ru: 'Астана', zh: '阿斯塔纳', fa: 'آستانه' },
  { id: 'bishkek', zone: 'Asia/Bishkek', en: 'Bishkek', ru: 'Бишкек', zh: '比什凯克', fa: 'بیشکک' },
  { id: 'dushanbe', zone: 'Asia/Dushanbe', en: 'Dushanbe', ru: 'Душанбе', zh: '杜尚别', fa: 'دوشنبه' },
  { id: 'tashkent', zone: 'Asia/Tashkent', en: 'Tashkent', ru: 'Ташкент', zh: '塔什干', fa: 'تاشکند' },
  { id: 'new-delhi', zone: 'Asia/Kolkata', en: 'New Delhi', ru: 'Нью-Дели', zh: '新德里', fa: 'دهلی نو' },
  { id: 'islamabad', zone: 'Asia/Karachi', en: 'Islamabad', ru: 'Исламабад', zh: '伊斯兰堡', fa: 'اسلام‌آباد' },
  { id: 'tehran', zone: 'Asia/Tehran', en: 'Tehran', ru: 'Тегеран', zh: '德黑兰', fa: 'تهران' },
  { id: 'minsk', zone: 'Europe/Minsk', en: 'Minsk', ru: 'Минск', zh: '明斯克', fa: 'مینسک' },
  { id: 'ulaanbaatar', zone: 'Asia/Ulaanbaatar', en: 'Ulaanbaatar', ru: 'Улан-Батор', zh: '乌兰巴托', fa: 'اولان‌باتور' },
  { id: 'kabul', zone: 'Asia/Kabul', en: 'Kabul', ru: 'Кабул', zh: '喀布尔', fa: 'کابل' },
  // Sri Lanka's legislative capital; Colombo (same zone) is the commercial one. No Persian
  // name we are sure of, so Persian readers get the English one.
  { id: 'sri-jayawardenepura-kotte', zone: 'Asia/Colombo', en: 'Sri Jayawardenepura Kotte', ru: 'Шри-Джаяварденепура-Котте', zh: '斯里贾亚瓦德纳普拉科特' },
  { id: 'ankara', zone: 'Europe/Istanbul', en: 'Ankara', ru: 'Анкара', zh: '安卡拉', fa: 'آنکارا' },
  { id: 'yerevan', zone: 'Asia/Yerevan', en: 'Yerevan', ru: 'Ереван', zh: '埃里温', fa: 'ایروان' },
  { id: 'baku', zone: 'Asia/Baku', en: 'Baku', ru: 'Баку', zh: '巴库', fa: 'باکو' },
  { id: 'phnom-penh', zone: 'Asia/Phnom_Penh', en: 'Phnom Penh', ru: 'Пномпень', zh: '金边', fa: 'پنوم‌پن' },
  { id: 'kathmandu', zone: 'Asia/Kathmandu', en: 'Kathmandu', ru: 'Катманду', zh: '加德满都', fa: 'کاتماندو' },
  { id: 'cairo', zone: 'Africa/Cairo', en: 'Cairo', ru: 'Каир', zh: '开罗', fa: 'قاهره' },
  { id: 'doha', zone: 'Asia/Qatar', en: 'Doha', ru: 'Доха', zh: '多哈', fa: 'دوحه' },
  { id: 'riyadh', zone: 'Asia/Riyadh', en: 'Riyadh', ru: 'Эр-Рияд', zh: '利雅得', fa: 'ریاض' },
  { id: 'manama', zone: 'Asia/Bahrain', en: 'Manama', ru: 'Манама', zh: '麦纳麦', fa: 'منامه' },
  { id: 'kuwait-city', zone: 'Asia/Kuwait', en: 'Kuwait City', ru: 'Эль-Кувейт', zh: '科威特城', fa: 'شهر کویت' },
  { id: 'male', zone: 'Indian/Maldives', en: 'Malé', ru: 'Мале', zh: '马累', fa: 'ماله' },
  // Myanmar's capital since 2006; tzdata names the zone after Yangon. No sure Persian name.
  { id: 'naypyidaw', zone: 'Asia/Yangon', en: 'Naypyidaw', ru: 'Нейпьидо', zh: '内比都' },
  { id: 'abu-dhabi', zone: 'Asia/Dubai', en: 'Abu Dhabi', ru: 'Абу-Даби', zh: '阿布扎比', fa: 'ابوظبی' },
  { id: 'vientiane', zone: 'Asia/Vientiane', en: 'Vientiane', ru: 'Вьентьян', zh: '万象', fa: 'وینتیان' },
] as const satisfies readonly CapitalRow[];

export type CapitalId = (typeof CAPITAL_ROWS)[number]['id'];

export interface Capital {
  readonly id: CapitalId;
  /** IANA time zone of the capital, e.g. `Asia/Phnom_Penh`. */
  readonly zone: string;
  /** The capital's name by language; `en` is always present. */
  readonly names: Readonly<Record<'en' | 'ru' | 'zh', string> & Partial<Record<CapitalLanguage, string>>>;
}

/** Every capital, members' capitals first. */
export const CAPITALS: readonly Capital[] = CAPITAL_ROWS.map(({ id, zone, ...names }): Capital => ({ id, zone, names }));

const byId = new Map<string, Capital>(CAPITALS.map((capital) => [capital.id, capital]));

/** The capital with this id; throws a `RangeError` for an unknown id. */
export function capitalById(id: CapitalId): Capital {
  const capital = byId.get(id);
  if (!capital) throw new RangeError(`Unknown SCO capital "${String(id)}"`);
  return capital;
}

/**
 * The capital's name in the first of the requested locales we have a name for (matched by
 * language, so `ru-RU` and `zh-Hant-TW` find `ru` and `zh`), else in English. Traditional
 * Chinese readers get the Simplified name: closer to what they expect than the English one.
 */
export function capitalName(id: CapitalId, locale?: string | readonly string[]): string {
  const { names } = capitalById(id);
  const byLanguage: Partial<Record<string, string>> = names;
  for (const tag of requestedLocales(locale)) {
    const name = byLanguage[cachedIntl(`language|${tag}`, () => new Intl.Locale(tag).language)];
    if (name !== undefined) return name;
  }
  return names.en;
}
