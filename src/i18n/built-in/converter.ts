/**
 * The words of `<sco-currency-converter>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  amount: 'Amount',
  /** Labels of the two currency selects. */
  from: 'From',
  to: 'To',
  /** The swap button's accessible name. */
  swap: 'Swap currencies',
  /** The field holds something that is not a number; `{example}` is 1234.5 written in the language. */
  notANumber: 'Enter the amount as a number, for example {example}.',
  notQuoted: '{code} is not quoted by this source. Choose another currency.',
  /** An option for a currency the sheet does not quote (kept so the select shows what was asked). */
  notQuotedOption: '{code} — not quoted',
  /** Where the rates come from, as in the table's caption. */
  ratesOf: 'Official rates of {source} for {date}',
  ratesOfNoSource: 'Official rates for {date}',
  /** The result would be beyond any number the page can show. */
  tooLarge: 'The amount is too large to convert. Enter a smaller one.',
  partial: '(some rates could not be read)',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  amount: 'Сумма',
  from: 'Из',
  to: 'В',
  swap: 'Поменять валюты местами',
  notANumber: 'Введите сумму числом, например {example}.',
  notQuoted: 'У этого источника нет курса {code}. Выберите другую валюту.',
  notQuotedOption: '{code} — курс не установлен',
  ratesOf: 'Официальные курсы {source} на {date}',
  ratesOfNoSource: 'Официальные курсы на {date}',
  tooLarge: 'Сумма слишком велика для пересчёта. Введите меньшую.',
  partial: '(часть курсов не удалось прочитать)',
};

export const zh: Words = {
  amount: '金额',
  from: '从',
  to: '到',
  swap: '交换货币',
  notANumber: '请输入数字金额，例如 {example}。',
  notQuoted: '此数据源没有 {code} 的报价。请选择其他货币。',
  notQuotedOption: '{code} — 无报价',
  ratesOf: '{source}公布的{date}官方汇率',
  ratesOfNoSource: '{date}官方汇率',
  tooLarge: '金额过大，无法换算。请输入较小的金额。',
  partial: '（部分汇率无法读取）',
};
