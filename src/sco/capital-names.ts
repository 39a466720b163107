/**
 * The names of the SCO capitals, apart from their zones (`capitals.ts`): the member states' block
 * shows the names and needs no zone.
 */
import * as capitals from '../i18n/built-in/capitals.js';
import { translationsIfAny } from '../i18n/index.js';
import { requestedLocales } from '../core/locale.js';

/** A capital's id, as the names know it (`CapitalId` in `capitals.ts`: every one has a zone). */
export type CapitalName = keyof typeof capitals.en;

/**
 * The capital's name in the first of the requested locales we have a name for (matched by
 * language, so `ru-RU` and `zh-Hant-TW` find `ru` and `zh`), else in English. Traditional
 * Chinese readers get the Simplified name: closer to what they expect than the English one.
 * A language loaded on demand has names once its file is there (`requestLanguage`); until then
 * the next locale, or English, answers.
 */
export function capitalName(id: CapitalName, locale?: string | readonly string[]): string {
  for (const tag of requestedLocales(locale)) {
    const name = translationsIfAny('capitals', capitals, tag)?.[id];
    if (name !== undefined) return name;
  }
  return capitals.en[id];
}
