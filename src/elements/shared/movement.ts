import { html, type TemplateResult } from 'lit';
import { numberFormat } from './intl-cache.js';

/** Rates are printed with four decimal places, as the banks print them. */
export const RATE_PLACES: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

export interface MovementWords {
  up: string;
  down: string;
  unchanged: string;
}

/**
 * How a rate moved, the way the table and the chart both show it: rounded to the printed four
 * places, signed, with an arrow and a spoken word so the direction never rests on colour alone.
 * `direction` names the extra part (`up`/`down`; none when unchanged), which each widget writes
 * out in its own template; `marker` goes before `amount`.
 */
export function movement(change: number, locale: string, words: MovementWords): { direction?: 'up' | 'down'; marker: TemplateResult; amount: string } {
  const rounded = Math.round(change * 1e4) / 1e4;
  const amount = numberFormat(locale, { ...RATE_PLACES, signDisplay: 'exceptZero' }).format(rounded);
  if (rounded === 0) return { marker: html`<span class="visually-hidden">${words.unchanged} </span>`, amount };
  const [direction, arrow, word] = rounded > 0 ? (['up', '▲', words.up] as const) : (['down', '▼', words.down] as const);
  return { direction, marker: html`<span aria-hidden="true">${arrow} </span><span class="visually-hidden">${word} </span>`, amount };
}
