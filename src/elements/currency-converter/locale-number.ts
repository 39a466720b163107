import { cachedIntl, numberFormat } from '../../core/intl-cache.js';

/** The symbols a locale writes numbers with, learnt from Intl so no table has to be kept. */
interface NumberSymbols {
  group: string;
  decimal: string;
  /** The locale's own digits, zero to nine (ASCII for most, ۰–۹ for Persian). */
  digits: string[];
}

function symbolsOf(locale: string): NumberSymbols {
  return cachedIntl(`symbols|${locale}`, () => {
    const parts = numberFormat(locale).formatToParts(12345.6);
    const plain = numberFormat(locale, { useGrouping: false });
    return {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      digits: Array.from({ length: 10 }, (_, d) => plain.format(d)),
    };
  });
}

/** Digit sets anyone may type whatever the locale: ASCII, Arabic-Indic, extended (Persian) Arabic-Indic. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0];
const SPACES = /\s/;

/**
 * Reads an amount as a person in `locale` types it: `1 234,5` (with a space, no-break space or
 * narrow no-break space) in Russian, `1,234.5` in English, `۱٬۲۳۴٫۵` in Persian. Group separators
 * are ignored between digits, any kind of space counts as one, and where the locale groups with
 * spaces a dot is also read as the decimal sign (keyboards have a dot key). Returns `undefined`
 * for text that is not a non-negative number, and for an empty field.
 */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const { group, decimal, digits } = symbolsOf(locale);
  const spaceGroups = SPACES.test(group);
  let plain = '';
  let seenDecimal = false;
  const chars = [...text.trim()];
  for (const [i, ch] of chars.entries()) {
    const digit = digitValue(ch, digits);
    if (digit !== undefined) {
      plain += digit;
    } else if (ch === decimal || (spaceGroups && ch === '.' && decimal === ',')) {
      if (seenDecimal) return undefined;
      seenDecimal = true;
      plain += '.';
    } else if (ch === group || SPACES.test(ch)) {
      // A separator must sit between two digits; `1 ,5` or `1,,000` is a typo, not a number.
      const before = chars[i - 1];
      const after = chars[i + 1];
      if (seenDecimal || before === undefined || after === undefined || digitValue(before, digits) === undefined || digitValue(after, digits) === undefined)
        return undefined;
    } else {
      return undefined;
    }
  }
  if (!/\d/.test(plain)) return undefined;
  const value = Number(plain.startsWith('.') ? `0${plain}` : plain);
  return Number.isFinite(value) ? value : undefined;
}

function digitValue(ch: string, localeDigits: string[]): number | undefined {
  const code = ch.codePointAt(0)!;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  const index = localeDigits.indexOf(ch);
  return index >= 0 ? index : undefined;
}

/** An amount written back into the field in the locale's own digits and decimal sign, without grouping. */
export function formatAmountForInput(value: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
