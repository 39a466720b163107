/** The chart's own words; currency names come from Intl.DisplayNames. */
export interface ChartMessages {
  /** "Chinese Yuan (CNY), RUB per 1 unit". */
  title: (name: string, code: string, base: string, nominal: string) => string;
  latestOn: (date: string) => string;
  /** The change over the shown range, e.g. "since 28 Aug 2021". */
  since: (date: string) => string;
  up: string;
  down: string;
  unchanged: string;
  /** The read-out of one record. */
  readout: (date: string, value: string, base: string) => string;
  /** The accessible name of the picture. */
  chartLabel: (code: string, base: string, from: string, to: string) => string;
  tableCaption: (code: string, base: string, nominal: string) => string;
  date: string;
  rate: string;
}

export const messages: { en: ChartMessages } & Record<string, ChartMessages> = {
  en: {
    title: (name, code, base, nominal) => `${name} (${code}), ${base} per ${nominal}`,
    latestOn: (date) => `on ${date}`,
    since: (date) => `since ${date}`,
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    readout: (date, value, base) => `${date}: ${value} ${base}`,
    chartLabel: (code, base, from, to) => `Official rate of ${code} in ${base} from ${from} to ${to}. Use the arrow keys to read the value of each day.`,
    tableCaption: (code, base, nominal) => `Official rate of ${code} in ${base}, per ${nominal}`,
    date: 'Date',
    rate: 'Rate',
  },
  ru: {
    title: (name, code, base, nominal) => `${name} (${code}), ${base} за ${nominal}`,
    latestOn: (date) => `на ${date}`,
    since: (date) => `с ${date}`,
    up: 'рост',
    down: 'снижение',
    unchanged: 'без изменений',
    readout: (date, value, base) => `${date}: ${value} ${base}`,
    chartLabel: (code, base, from, to) => `Официальный курс ${code} в ${base} с ${from} по ${to}. Стрелки читают значение каждого дня.`,
    tableCaption: (code, base, nominal) => `Официальный курс ${code} в ${base} за ${nominal}`,
    date: 'Дата',
    rate: 'Курс',
  },
  zh: {
    title: (name, code, base, nominal) => `${name}（${code}），每 ${nominal} 合 ${base}`,
    latestOn: (date) => `${date}`,
    since: (date) => `自 ${date} 起`,
    up: '上涨',
    down: '下跌',
    unchanged: '不变',
    readout: (date, value, base) => `${date}：${value} ${base}`,
    chartLabel: (code, base, from, to) => `${from}至${to}${code}兑${base}官方汇率。使用方向键读取每天的数值。`,
    tableCaption: (code, base, nominal) => `${code}兑${base}官方汇率，每 ${nominal}`,
    date: '日期',
    rate: '汇率',
  },
  fa: {
    title: (name, code, base, nominal) => `${name} (${code})، ${base} به ازای ${nominal}`,
    latestOn: (date) => `در ${date}`,
    since: (date) => `از ${date}`,
    up: 'افزایش',
    down: 'کاهش',
    unchanged: 'بدون تغییر',
    readout: (date, value, base) => `${date}: ${value} ${base}`,
    chartLabel: (code, base, from, to) => `نرخ رسمی ${code} به ${base} از ${from} تا ${to}. با کلیدهای جهت‌نما مقدار هر روز را بخوانید.`,
    tableCaption: (code, base, nominal) => `نرخ رسمی ${code} به ${base} به ازای ${nominal}`,
    date: 'تاریخ',
    rate: 'نرخ',
  },
};
