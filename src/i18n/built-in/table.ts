/**
 * The words of `<sco-currency-table>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  /** Column headers. `nominal` is the bank's denomination column ("Единиц" on cbr.ru): short. */
  headers: { country: 'Country', code: 'Code', currency: 'Currency', nominal: 'Den.', rate: 'Rate', change: 'Change' },
  /** `{source}`: a publisher from `sources`; `{date}`: the date the rates are in effect. Use the bank's own term for official rates. */
  caption: 'Official rates of {source} for {date}',
  /** The same for a document whose publisher is not known. */
  captionNoSource: 'Official rates for {date}',
  /** Added to the caption when the rates are converted to another base currency (`{base}`, a code). */
  crossRates: 'cross rates in {base}',
  /** A requested currency the source does not quote. */
  notQuoted: 'not quoted',
  /** The change cell's accessible words. */
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  /** A change cell whose currency has no earlier rate while others have one. */
  noPrevious: 'no earlier rate',
  /** The caption (`{caption}`) of a table asked to show changes whose source gave no earlier rates: the change column is left out. */
  noEarlierRates: '{caption}; no earlier rates to compare with',
  /** The rate cell's tooltip: one unit of `{code}` is `{value}` of `{base}`. Right-to-left languages isolate each placeholder (U+2068…U+2069), see `glossary/ar.md`. */
  perUnit: '1 {code} = {value} {base}',
  /** Added to the caption when the document had rows that could not be read. */
  partial: '(some rates could not be read)',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  headers: { country: 'Страна', code: 'Код', currency: 'Валюта', nominal: 'Ед.', rate: 'Курс', change: 'Изменение' },
  caption: 'Официальные курсы {source} на {date}',
  captionNoSource: 'Официальные курсы на {date}',
  crossRates: 'кросс-курсы к {base}',
  notQuoted: 'курс не установлен',
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
  noPrevious: 'нет предыдущего курса',
  noEarlierRates: '{caption}; предыдущих курсов для сравнения нет',
  perUnit: '1 {code} = {value} {base}',
  partial: '(часть курсов не удалось прочитать)',
};

export const zh: Words = {
  headers: { country: '国家', code: '代码', currency: '货币', nominal: '单位', rate: '汇率', change: '变化' },
  caption: '{source}公布的{date}官方汇率',
  captionNoSource: '{date}官方汇率',
  crossRates: '以{base}计的交叉汇率',
  notQuoted: '无报价',
  up: '上涨',
  down: '下跌',
  unchanged: '不变',
  noPrevious: '无先前汇率',
  noEarlierRates: '{caption}；无先前汇率可供比较',
  perUnit: '1 {code} = {value} {base}',
  partial: '（部分汇率无法读取）',
};
