import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { configError, isDataError, type DataError } from '../../data/errors.js';
import { changeOf, isSaneQuote, rebase } from '../../data/rates.js';
import type { RateQuery, RateSource } from '../../data/sources/index.js';
import type { Rate, RateSheet } from '../../data/types.js';
import { countryOfCurrency, defaultCurrencies, SCO_MEMBER_CURRENCIES } from '../../sco/currencies.js';
import { isIsoDate } from '../../core/dates.js';
import { flagEmoji } from '../../sco/states.js';
import { DataController, type DataInput } from '../shared/data-controller.js';
import { displayName, numberFormat } from '../../core/intl-cache.js';
import { partialNote, placeholderSheet, sheetCaption, sheetInput } from '../shared/rate-sheets.js';
import { ScoElement } from '../shared/sco-element.js';
import { changeStyles } from '../shared/change.styles.js';
import { renderDataStatus } from '../shared/data-status.js';
import { placeholder } from '../shared/status.js';
import { format, translations } from '../../i18n/index.js';
import * as tableMessages from '../../i18n/built-in/table.js';
import { tableStyles } from './sco-currency-table.styles.js';
import { ScrollFocusController } from './scroll-focus-controller.js';

/** The table words in `locale`'s language. */
const tableText = (locale: string) => translations('table', tableMessages, locale);

/** A row to draw: a quoted rate, or a requested currency the source does not quote. */
type Row = { code: string; rate?: Rate };

/**
 * The official exchange rates of SCO currencies as a table: Country | Code | Currency | Den. | Rate.
 *
 * A requested currency that is the sheet's base gets no row (every rate is against it); one the
 * source does not quote keeps its row, marked "not quoted". With `show-change`, a sheet that carries
 * no earlier rates (the Bank of Russia's own XML) gets no column of dashes: the caption says there
 * is nothing to compare with.
 *
 * Compact in a box narrower than 38em (532 px at the default size; a container query, so a narrow
 * sidebar on a wide screen gets it too): the currency's name is written under the country, the
 * denomination under the code, and their own columns are left out, so Rate and Change stay in
 * view. It is still one `<table>` with the same headers, rows and parts.
 *
 * @fires sco-load - The rate sheet is shown; `detail` is the `RateSheet`.
 * @fires sco-error - Loading failed, or a setting cannot work (a malformed `date`, a `base` the sheet does not quote: code `config`); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart status - The loading, stale or error message; at the end of the caption, the note of a sheet with rows that could not be read.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption naming the source and the date.
 * @csspart header - Each column header cell.
 * @csspart row - Each currency's row; also `missing` for a currency the source does not quote, and `odd` or `even`.
 * @csspart missing - A row of a currency the source does not quote.
 * @csspart odd - The first, third, … row (`::part()` takes no `:nth-child()`).
 * @csspart even - The second, fourth, … row.
 * @csspart country - The country cell.
 * @csspart flag - The flag emoji (with the `flags` attribute).
 * @csspart code - The ISO 4217 code cell.
 * @csspart currency - The currency name cell.
 * @csspart nominal - The denomination cell (units the rate is for).
 * @csspart rate - The rate cell (its `title` holds the rate for one unit).
 * @csspart change - The change cell (with `show-change` and a sheet with earlier rates); also `up` or `down`.
 * @csspart up - A change cell of a rate that rose.
 * @csspart down - A change cell of a rate that fell.
 */
export class ScoCurrencyTable extends ScoElement<RateSheet> {
  static override styles = [ScoElement.styles, changeStyles, tableStyles];

  /**
   * A named source — `cbr` (default) or another of the built-in sources (docs/sources.md, made
   * from the list of banks), or one added with `registerSource()` — or, as a property, a source
   * object itself.
   */
  @property() source: string | RateSource = 'cbr';

  /** URL of a rates document in any supported format (recognised from its content). */
  @property() src?: string;

  /** A rate sheet given directly; nothing is fetched. */
  @property({ attribute: false }) data?: RateSheet;

  /**
   * `lazy`: no request until the widget comes within about a viewport of the visible area (its
   * space kept meanwhile; data another widget on the page has loaded shows at once; `refresh()`
   * loads at once). `eager`: at once. Default: the page's (`data-loading` on the script tag), else `eager`.
   */
  @property() loading?: 'lazy' | 'eager';

  /** Comma list of ISO 4217 codes in display order; `*` for every currency; default: the SCO members'. */
  @property() currencies?: string;

  /** ISO 4217 code to express the rates in (cross rates through the sheet's base). */
  @property() base?: string;

  /** `YYYY-MM-DD`: the rates in effect on that date (default: the latest). */
  @property() date?: string;

  /** Adds a column with the change against the previous rate set. */
  @property({ type: Boolean, attribute: 'show-change' }) showChange = false;

  /** Shows flag emoji beside the countries. */
  @property({ type: Boolean }) flags = false;

  readonly #data = new DataController<RateSheet, RateQuery>(this, () => this.#input(), { check: (sheet) => this.#shown(sheet).error });
  /** The sheet as shown (in `base`), worked out once per sheet and base. */
  #rebased?: { sheet: RateSheet; base: string; shown: { sheet?: RateSheet; error?: DataError } };

  constructor() {
    super();
    // A table wider than the widget scrolls; keyboard users can then focus the wrapper to scroll it.
    new ScrollFocusController(this, () => this.renderRoot?.querySelector<HTMLElement>('[part~="base"]'), 'caption');
  }

  /** Loads the rates again; settles when they are shown or the attempt failed. */
  refresh(): Promise<void> {
    return this.#data.refresh();
  }

  #input(): DataInput<RateSheet, RateQuery> {
    const date = this.date?.trim() || undefined;
    if (date && !isIsoDate(date)) return { error: configError('date', date, `The date attribute must be a date written YYYY-MM-DD, not "${date}"`) };
    return sheetInput(this, { date, lang: this.resolvedLocale, previous: this.showChange || undefined });
  }

  /** The sheet in `base`, or the `config` error of a base it does not quote. */
  #shown(sheet: RateSheet): { sheet?: RateSheet; error?: DataError } {
    const base = this.base?.trim().toUpperCase() ?? '';
    if (this.#rebased?.sheet !== sheet || this.#rebased.base !== base) {
      let shown: { sheet?: RateSheet; error?: DataError };
      try {
        shown = { sheet: base ? rebase(sheet, base) : sheet };
      } catch (error) {
        if (!isDataError(error)) throw error;
        shown = { error: configError('base', base, error.message) };
      }
      this.#rebased = { sheet, base, shown };
    }
    return this.#rebased.shown;
  }

  override render() {
    const locale = this.resolvedLocale;
    const m = tableText(locale);
    const { current } = this.#data;
    const sheet = current.value && this.#shown(current.value).sheet;
    return html`<div part="base" dir=${this.resolvedDir} lang=${locale}>
      ${renderDataStatus(current, locale)} ${sheet ? this.#renderTable(sheet, sheet !== current.value, m, locale) : this.#renderPlaceholder(m, locale)}
    </div>`;
  }

  /** The table the sheet will fill, drawn invisibly from a placeholder sheet: same caption, header and number of rows. */
  #renderPlaceholder(m: TableText, locale: string) {
    const list = this.currencies?.trim();
    // With `*` the count is the document's own: the members' currencies stand in for it.
    const codes = list && list !== '*' ? list.split(',').map((c) => c.trim().toUpperCase()) : SCO_MEMBER_CURRENCIES;
    const sample = placeholderSheet(this, codes);
    const base = this.base?.toUpperCase() || sample.base;
    return placeholder(this.#renderTable({ ...sample, base }, base !== sample.base, m, locale));
  }

  #renderTable(sheet: RateSheet, crossRates: boolean, m: TableText, locale: string) {
    const h = m.headers;
    const caption = sheetCaption(sheet, locale, crossRates ? format(m.crossRates, { base: sheet.base }) : undefined);
    const previous = sheet.previous?.filter(isSaneQuote);
    // Without earlier rates a change column would be dashes only: it is left out, and the caption says why.
    const showChange = this.showChange && !!previous?.length;
    return html`<table part="table">
      <caption part="caption" id="caption">${this.showChange && !showChange ? format(m.noEarlierRates, { caption }) : caption}${partialNote(sheet, locale)}</caption>
      <thead>
        <tr>
          <th scope="col" part="header" data-stacked=${h.currency}>${h.country}</th>
          <th scope="col" part="header" data-stacked=${h.nominal}>${h.code}</th>
          <th scope="col" part="header">${h.currency}</th>
          <th scope="col" part="header">${h.nominal}</th>
          <th scope="col" part="header">${h.rate}</th>
          ${showChange ? html`<th scope="col" part="header">${h.change}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.#rows(sheet).map((row, i) => this.#renderRow(row, i % 2 ? 'even' : 'odd', sheet.base, previous, m, locale, showChange))}
      </tbody>
    </table>`;
  }

  #rows(sheet: RateSheet): Row[] {
    // A hand-made `.data` may hold any number: one out of the sane range shows as not quoted, never as 309 digits.
    const quoted = sheet.rates.filter(isSaneQuote);
    const list = this.currencies?.trim();
    if (list === '*') return quoted.map((rate) => ({ code: rate.code, rate }));
    const codes = list
      ? list
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean)
      : defaultCurrencies(sheet.base);
    // The base gets no row: every rate in the table is already against it.
    return [...new Set(codes)].filter((code) => code !== sheet.base).map((code) => ({ code, rate: quoted.find((r) => r.code === code) }));
  }

  #renderRow({ code, rate }: Row, parity: 'odd' | 'even', base: string, previous: Rate[] | undefined, m: TableText, locale: string, showChange: boolean) {
    const country = countryOfCurrency(code);
    const countryName = (country && displayName(locale, 'region', country)) ?? '';
    const currencyName = displayName(locale, 'currency', code) ?? rate?.name ?? code;
    const nominal = rate && numberFormat(locale).format(rate.nominal);
    // The compact layout writes `data-stacked` under the cell (see the styles); the word joiner keeps a flag on its country's line.
    const cells = html`
      <td part="country" data-stacked=${currencyName}>${this.flags && country ? html`<span part="flag" class="flag" aria-hidden="true">${flagEmoji(country)}\u2060</span>` : nothing}${countryName}</td>
      <td part="code" data-stacked=${nominal ?? nothing}>${code}</td>
      <td part="currency">${currencyName}</td>`;
    if (!rate) {
      return html`<tr part="row missing ${parity}" data-code=${code}>
        ${cells}
        <td part="nominal"></td>
        <td part="rate" colspan=${showChange ? 2 : 1}>${m.notQuoted}</td>
      </tr>`;
    }
    const perUnit = numberFormat(locale, { maximumSignificantDigits: 8, maximumFractionDigits: 8 }).format(rate.perUnit);
    return html`<tr part="row ${parity}" data-code=${code}>
      ${cells}
      <td part="nominal">${nominal}</td>
      <td part="rate" title=${format(m.perUnit, { code, value: perUnit, base })}>${numberFormat(locale, FOUR_PLACES).format(rate.value)}</td>
      ${showChange ? renderChange(changeOf(rate, previous), m, locale) : nothing}
    </tr>`;
  }
}

const FOUR_PLACES: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

function renderChange(change: number | undefined, m: TableText, locale: string) {
  if (change === undefined) return html`<td part="change"><span aria-hidden="true">–</span><span class="visually-hidden">${m.noPrevious}</span></td>`;
  const rounded = Math.round(change * 1e4) / 1e4;
  const text = numberFormat(locale, { ...FOUR_PLACES, signDisplay: 'exceptZero' }).format(rounded);
  if (rounded === 0) return html`<td part="change"><span class="visually-hidden">${m.unchanged} </span>${text}</td>`;
  const [direction, arrow, label] = rounded > 0 ? (['up', '▲', m.up] as const) : (['down', '▼', m.down] as const);
  return html`<td part="change ${direction}"><span aria-hidden="true">${arrow} </span><span class="visually-hidden">${label} </span>${text}</td>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-currency-table': ScoCurrencyTable;
  }
}

type TableText = ReturnType<typeof tableText>;
