/**
 * The words of `<sco-rate-chart>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  /** `{name}`: the currency's name; `{nominal}`: e.g. "10 CNY". "Chinese Yuan (CNY), RUB per 1 CNY". */
  title: '{name} ({code}), {base} per {nominal}',
  /** Beside the latest value: the date of that value. */
  latestOn: 'on {date}',
  /** The change over the range shown: "since 28 Aug 2021". */
  since: 'since {date}',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  /** The read-out of one day, as the pointer or the arrow keys move. */
  readout: '{date}: {value} {base}',
  /** The accessible name of the picture. */
  chartLabel: 'Official rate of {code} in {base} from {from} to {to}. Use the arrow keys to read the value of each day.',
  /** The caption of the hidden table that carries the same numbers for screen readers. */
  tableCaption: 'Official rate of {code} in {base}, per {nominal}',
  /** That table's column headers. */
  date: 'Date',
  rate: 'Rate',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  title: '{name} ({code}), {base} за {nominal}',
  latestOn: 'на {date}',
  since: 'с {date}',
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
  readout: '{date}: {value} {base}',
  chartLabel: 'Официальный курс {code} к {base} с {from} по {to}. Значение за каждый день можно прочитать клавишами со стрелками.',
  tableCaption: 'Официальный курс {code} к {base} за {nominal}',
  date: 'Дата',
  rate: 'Курс',
};

export const zh: Words = {
  title: '{name}（{code}），每 {nominal} 合 {base}',
  latestOn: '{date}',
  since: '自 {date} 起',
  up: '上涨',
  down: '下跌',
  unchanged: '不变',
  readout: '{date}：{value} {base}',
  chartLabel: '{from}至{to}{code}兑{base}官方汇率。使用方向键读取每天的数值。',
  tableCaption: '{code}兑{base}官方汇率（每 {nominal}）',
  date: '日期',
  rate: '汇率',
};
