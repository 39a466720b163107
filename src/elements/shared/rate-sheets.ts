import { html, nothing } from 'lit';
import BANKS from '../../data/banks/index.js';
import type { Bank } from '../../data/banks/bank.js';
import { configError, type DataError } from '../../data/errors.js';
import { ratesAt, resolveSource, sourceLabel, unknownSource, type RateQuery, type RateSource } from '../../data/sources/index.js';
import type { Rate, RateSheet } from '../../data/types.js';
import { todayIso } from '../../core/dates.js';
import type { DataInput } from './data-controller.js';
import { dateTimeFormat } from '../../core/intl-cache.js';
import { format, translations } from '../../i18n/index.js';
import * as sourcesMessages from '../../i18n/built-in/sources.js';

/** The words of a sheet's caption in `locale`'s language. */
const sourcesText = (locale: string) => translations('sources', sourcesMessages, locale);

/** Where a rates widget's sheet comes from: given directly, a document URL, or a named source. */
export interface SheetSettings {
  data?: RateSheet;
  src?: string;
  source: string | RateSource;
}

/**
 * The store input of a widget that shows a rate sheet. Widgets on one source build the same
 * query, so a table and a converter side by side share one store entry and one request.
 */
export function sheetInput({ data, src, source }: SheetSettings, query: RateQuery): DataInput<RateSheet, RateQuery> {
  if (data) return { value: data };
  const found = src ? ratesAt(src) : resolveSource(source);
  if (!found) return { error: unregisteredSource(source) };
  return { source: found, query };
}

/** A `source` attribute that names no registered source: a mistake in the page, so a `config` error naming `source`. */
export const unregisteredSource = (source: string | { name: string }): DataError => configError('source', sourceLabel(source), unknownSource(source).message);

/**
 * Where a sheet's rates come from, as the table's caption and the converter's note say it: "Official
 * rates of the Bank of Russia for 13.12.2025", then `addition` if any (", cross rates in CNY") and
 * the mirror it came through ("(via cbr-xml-daily.ru)"). A built-in bank that mirrors another (its
 * descriptor's `publisher`) is credited to that one, and named by its host as the mirror.
 */
export function sheetCaption({ source, date }: RateSheet, locale: string, addition?: string): string {
  const m = sourcesText(locale);
  const bank: Bank | undefined = BANKS.find((bank) => bank.name === source);
  const publisher = bank?.publisher ?? source;
  const name = Object.hasOwn(m.publishers, publisher) ? m.publishers[publisher as keyof typeof m.publishers] : undefined;
  const on = formatSheetDate(date, locale);
  const mirror = bank?.publisher && new URL(Object.values<string>(bank.upstreams)[0]).hostname.replace(/^www\./, '');
  return (
    (name ? format(m.caption, { source: name, date: on }) : format(m.captionNoSource, { date: on })) +
    (addition ? `, ${addition}` : '') +
    (mirror ? format(m.via, { mirror }) : '')
  );
}

/**
 * After the caption (the converter's note), the status of a sheet whose document had rows that
 * could not be read: "(some rates could not be read)". It ends the line that names the sheet, so
 * it covers nothing, and takes no line of its own.
 */
export const partialNote = ({ partial }: RateSheet, locale: string) =>
  partial ? html` <span part="status" data-state="partial">${sourcesText(locale).partial}</span>` : nothing;

/**
 * A placeholder for the sheet a widget is waiting for, of the shape the real one will have: the
 * source's name and base (as far as they are known before it arrives), today's date, and a rate
 * of a typical width, with a previous one, for each code. Drawn invisibly, it keeps the space the
 * real sheet will take.
 */
export function placeholderSheet({ data, src, source }: SheetSettings, codes: readonly string[]): RateSheet {
  const known = data ?? (src ? undefined : (resolveSource(source) as RateSource | undefined)?.expected?.());
  // A document at a URL could be anything; most are the Bank of Russia's, in rubles.
  const { source: name, base } = known ?? { source: '', base: 'RUB' };
  const rate = (code: string, value: number): Rate => ({ code, name: code, nominal: 1, value, perUnit: value });
  const quoted = codes.filter((code) => code !== base);
  return { source: name, base, date: todayIso(), rates: quoted.map((code) => rate(code, 88.8888)), previous: quoted.map((code) => rate(code, 88.1234)) };
}

/**
 * The date rates are in effect, written on purpose. English has no one numeric order (12/13/2025 in
 * the US, 13/12/2025 in Britain), so an English caption writes the date as the banks' own sheets
 * and the SCO portal's English page do: 13.12.2025, for every English locale alike. Other languages
 * have one numeric order each and write the date their own way (13.12.2025 in Russian, 2025/12/13
 * in Chinese, the Solar Hijri date in Persian digits in Persian).
 */
export function formatSheetDate(iso: string, locale: string): string {
  if (/^en\b/i.test(locale)) {
    const [year, month, day] = iso.split('-');
    return `${day}.${month}.${year}`;
  }
  const written = dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return written.format(new Date(`${iso}T12:00:00Z`));
}
