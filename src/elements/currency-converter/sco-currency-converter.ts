import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isSaneRate } from '../../data/rate-range.js';
import type { RateQuery, RateSource } from '../../data/sources/index.js';
import type { RateSheet } from '../../data/types.js';
import { defaultCurrencies } from '../../sco/currencies.js';
import { DataController, type DataInput } from '../shared/data-controller.js';
import { displayName, numberFormat } from '../../core/intl-cache.js';
import { partialNote, placeholderSheet, sheetCaption, sheetInput } from '../shared/rate-sheets.js';
import { ScoElement } from '../shared/sco-element.js';
import { renderDataStatus } from '../shared/data-status.js';
import { placeholder } from '../shared/status.js';
import { formatAmountForInput, parseLocaleNumber } from './locale-number.js';
import { format, translations } from '../../i18n/index.js';
import * as converterMessages from '../../i18n/built-in/converter.js';
import { converterStyles } from './sco-currency-converter.styles.js';

/** The converter words in `locale`'s language. */
const converterText = (locale: string) => translations('converter', converterMessages, locale);

/** What the result line says: a conversion, or why there is none. */
type Outcome = { result: number } | { problem: string } | { empty: true };

/**
 * Converts an amount between two currencies at the official rates of one rate sheet: the same
 * sources as `<sco-currency-table>`, and the same single request when both are on a page.
 * Any two currencies of the sheet convert through its base (cross rates); the base is a choice too.
 *
 * The field reads numbers the way the locale writes them (`1 234,5` in Russian, Persian digits in
 * Persian). The current choice is in the `amount`, `from` and `to` properties and the converted
 * value in `result`. Typing and choosing fire the native `input` event, which crosses the shadow
 * boundary, and the swap button fires one too, so a page can follow the converter through `input`
 * without an event of its own.
 *
 * @fires sco-load - The rate sheet is shown; `detail` is the `RateSheet`.
 * @fires sco-error - Loading failed, or an unknown `source` (code `config`); `detail` is `{ error, stale }`.
 * @fires input - The viewer typed an amount, chose a currency or swapped them (the native event, from the field, the select or the host).
 * @csspart base - The wrapper.
 * @csspart status - The loading, stale or error message of the rates; at the end of `note`, the note of a sheet with rows that could not be read.
 * @csspart label - The `<label>` of each field (amount, from, to).
 * @csspart amount - The amount `<input>`.
 * @csspart from - The `<select>` of the currency converted from.
 * @csspart to - The `<select>` of the currency converted to.
 * @csspart swap-button - The button that swaps the two currencies.
 * @csspart result - The `<output>` with the conversion ("100 CNY = 1,127.26 RUB"); also `invalid`.
 * @csspart invalid - The result while it explains a problem (not a number, a currency not quoted).
 * @csspart note - The line naming the source and the date of the rates.
 */
export class ScoCurrencyConverter extends ScoElement<RateSheet> {
  static override styles = [ScoElement.styles, converterStyles];

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

  /** ISO 4217 code of the currency to convert from (default `CNY`); follows the viewer's choice. */
  @property() from = 'CNY';

  /** ISO 4217 code of the currency to convert to; default: the sheet's base (RUB for the Bank of Russia). */
  @property() to?: string;

  /** The amount to convert, a plain number (`amount="1234.5"`, default 100); follows what the viewer types. */
  @property({ type: Number }) amount = 100;

  /** What the viewer typed, kept as typed while it stands for `amount` (or is not a number yet). */
  @state() private typed?: string;

  readonly #data = new DataController<RateSheet, RateQuery>(this, () => this.#input());

  /** The converted amount, or `undefined` while there is none (loading, not a number, a currency not quoted). */
  get result(): number | undefined {
    const sheet = this.#data.current.value;
    const outcome = sheet && this.#convert(sheet, converterText(this.resolvedLocale), this.resolvedLocale);
    return outcome && 'result' in outcome ? outcome.result : undefined;
  }

  /** Loads the rates again; settles when they are shown or the attempt failed. */
  refresh(): Promise<void> {
    return this.#data.refresh();
  }

  #input(): DataInput<RateSheet, RateQuery> {
    // The table's query without its options, so both share one store entry and one request.
    return sheetInput(this, { lang: this.resolvedLocale });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new amount from outside replaces the text; one that came from typing leaves it alone.
    if (changed.has('amount') && this.typed !== undefined && parseLocaleNumber(this.typed, this.resolvedLocale) !== this.amount) {
      this.typed = undefined;
    }
  }

  override render() {
    const locale = this.resolvedLocale;
    const { current } = this.#data;
    const sheet = current.value;
    return html`<div part="base" dir=${this.resolvedDir}>
      ${renderDataStatus(current, locale)} ${sheet ? this.#renderForm(sheet, converterText(locale), locale) : this.#renderPlaceholder(locale)}
    </div>`;
  }

  /** The form the sheet will fill, drawn invisibly from a placeholder sheet that quotes the two currencies. */
  #renderPlaceholder(locale: string) {
    const codes = [this.from, this.to].map((code) => code?.trim().toUpperCase()).filter((code): code is string => Boolean(code));
    return placeholder(this.#renderForm(placeholderSheet(this, codes), converterText(locale), locale));
  }

  #renderForm(sheet: RateSheet, m: ConverterText, locale: string) {
    const from = this.#code(this.from, sheet);
    const to = this.#code(this.to, sheet);
    const outcome = this.#convert(sheet, m, locale);
    const invalidAmount = 'problem' in outcome && this.#amountValue(locale) === undefined;
    const text = this.typed ?? (Number.isFinite(this.amount) ? formatAmountForInput(this.amount, locale) : String(this.amount));
    return html`<div class="fields">
        <div class="field amount">
          <label for="amount" part="label">${m.amount}</label>
          <input
            id="amount"
            part="amount"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${live(text)}
            aria-invalid=${invalidAmount ? 'true' : 'false'}
            aria-describedby=${invalidAmount ? 'result' : nothing}
            @input=${this.#onAmount}
          />
        </div>
        <div class="field from">
          <label for="from" part="label">${m.from}</label>
          <select id="from" part="from" @input=${this.#onFrom}>
            ${this.#renderOptions(sheet, from, m, locale)}
          </select>
        </div>
        <button type="button" part="swap-button" @click=${this.#swap}>
          <span aria-hidden="true">⇄</span><span class="visually-hidden">${m.swap}</span>
        </button>
        <div class="field to">
          <label for="to" part="label">${m.to}</label>
          <select id="to" part="to" @input=${this.#onTo}>
            ${this.#renderOptions(sheet, to, m, locale)}
          </select>
        </div>
      </div>
      <output id="result" part=${'problem' in outcome ? 'result invalid' : 'result'} for="amount from to" aria-live="polite"
        >${this.#describe(outcome, from, to, locale)}</output
      >
      <p part="note">${sheetCaption(sheet, locale)}${partialNote(sheet, locale)}</p>`;
  }

  /** The base first, then the SCO members' currencies, then the rest by code; a code the sheet lacks stays visible. */
  #renderOptions(sheet: RateSheet, selected: string, m: ConverterText, locale: string) {
    const quoted = new Set(sheet.rates.map((r) => r.code));
    const members = defaultCurrencies(sheet.base).filter((code) => quoted.has(code));
    const rest = [...quoted].filter((code) => !members.includes(code)).sort();
    const codes = [sheet.base, ...members, ...rest];
    const missing = codes.includes(selected) ? [] : [selected];
    // One pass over the sheet, not one search per option: a hostile sheet may list thousands of codes.
    const sourceNames = new Map(sheet.rates.map((r) => [r.code, r.name]));
    const name = (code: string) => displayName(locale, 'currency', code) ?? sourceNames.get(code) ?? '';
    return html`${missing.map((code) => html`<option value=${code} .selected=${live(true)}>${format(m.notQuotedOption, { code })}</option>`)}
    ${codes.map((code) => html`<option value=${code} .selected=${live(code === selected)}>${code} — ${name(code)}</option>`)}`;
  }

  #describe(outcome: Outcome, from: string, to: string, locale: string) {
    if ('empty' in outcome) return '';
    if ('problem' in outcome) return outcome.problem;
    const amount = this.#amountValue(locale)!;
    const written = numberFormat(locale, extreme(amount) ? SCIENTIFIC : { maximumFractionDigits: 10 }).format(amount);
    // Each amount is isolated with its code, so a right-to-left page keeps "100 CNY" together on one side of "=".
    return html`<bdi>${written} ${from}</bdi> = <bdi>${numberFormat(locale, resultFormat(outcome.result)).format(outcome.result)} ${to}</bdi>`;
  }

  #convert(sheet: RateSheet, m: ConverterText, locale: string): Outcome {
    const amount = this.#amountValue(locale);
    if (this.typed?.trim() === '') return { empty: true };
    if (amount === undefined) return { problem: format(m.notANumber, { example: numberFormat(locale).format(1234.5) }) };
    const from = this.#code(this.from, sheet);
    const to = this.#code(this.to, sheet);
    // Base units per one unit: every pair converts through the sheet's base.
    const fromValue = unitValue(sheet, from);
    const toValue = unitValue(sheet, to);
    if (fromValue === undefined) return { problem: format(m.notQuoted, { code: from }) };
    if (toValue === undefined) return { problem: format(m.notQuoted, { code: to }) };
    // A currency into itself is the amount, exactly (not amount × rate ÷ rate).
    const result = from === to ? amount : (amount * fromValue) / toValue;
    return Number.isFinite(result) ? { result } : { problem: m.tooLarge };
  }

  #amountValue(locale: string): number | undefined {
    if (this.typed !== undefined) return parseLocaleNumber(this.typed, locale);
    return Number.isFinite(this.amount) && this.amount >= 0 ? this.amount : undefined;
  }

  #code(code: string | undefined, sheet: RateSheet): string {
    return code?.trim().toUpperCase() || sheet.base;
  }

  #onAmount(event: Event) {
    this.typed = (event.target as HTMLInputElement).value;
    const value = parseLocaleNumber(this.typed, this.resolvedLocale);
    if (value !== undefined) this.amount = value;
  }

  #onFrom(event: Event) {
    this.from = (event.target as HTMLSelectElement).value;
  }

  #onTo(event: Event) {
    this.to = (event.target as HTMLSelectElement).value;
  }

  #swap() {
    const sheet = this.#data.current.value;
    if (!sheet) return;
    const [from, to] = [this.#code(this.from, sheet), this.#code(this.to, sheet)];
    this.from = to;
    this.to = from;
    // The same signal as typing and choosing give, so a page that follows `input` sees swaps too.
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Two decimals as money is written; below 0.1, significant digits, so that 1 IRR in RUB is not 0.00. */
const CENTS: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const SMALL: Intl.NumberFormatOptions = { minimumSignificantDigits: 2, maximumSignificantDigits: 3 };
/** For amounts no one counts in digits: 1.23457E20, never a line of 300 digits or zeros. */
const SCIENTIFIC: Intl.NumberFormatOptions = { notation: 'scientific', maximumSignificantDigits: 6 };
const extreme = (value: number) => value !== 0 && (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-6);
const resultFormat = (value: number) => (extreme(value) ? SCIENTIFIC : value === 0 || Math.abs(value) >= 0.1 ? CENTS : SMALL);

/** Base units per one unit; a rate outside the sane range (a hand-made `.data`) counts as not quoted. */
function unitValue(sheet: RateSheet, code: string): number | undefined {
  if (code === sheet.base) return 1;
  const perUnit = sheet.rates.find((r) => r.code === code)?.perUnit;
  return perUnit !== undefined && isSaneRate(perUnit) ? perUnit : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-currency-converter': ScoCurrencyConverter;
  }
}

type ConverterText = ReturnType<typeof converterText>;
