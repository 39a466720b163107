/** The table's own words; country and currency names come from Intl.DisplayNames. */
export interface TableMessages {
  headers: { country: string; code: string; currency: string; nominal: string; rate: string; change: string };
  caption: (source: string | undefined, date: string) => string;
  crossRates: (base: string) => string;
  notQuoted: string;
  up: string;
  down: string;
  unchanged: string;
  /** A change cell when the source gave no earlier rates to compare with. */
  noPrevious: string;
  perUnit: (code: string, value: string, base: string) => string;
  /** Added to the caption when the source's document had rows that could not be read. */
  partial: string;
}

export const messages: { en: TableMessages } & Record<string, TableMessages> = {
  en: {
    headers: { country: 'Country', code: 'Code', currency: 'Currency', nominal: 'Den.', rate: 'Rate', change: 'Change' },
    caption: (source, date) => (source ? `Official rates of ${source} for ${date}` : `Official rates for ${date}`),
    crossRates: (base) => `cross rates in ${base}`,
    notQuoted: 'not quoted',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    noPrevious: 'no earlier rate',
    perUnit: (code, value, base) => `1 ${code} = ${value} ${base}`,
    partial: '(some rates could not be read)',
  },
  ru: {
    headers: { country: 'Страна', code: 'Код', currency: 'Валюта', nominal: 'Ед.', rate: 'Курс', change: 'Изменение' },
    caption: (source, date) => (source ? `Официальные курсы ${source} на ${date}` : `Официальные курсы на ${date}`),
    crossRates: (base) => `кросс-курсы в ${base}`,
    notQuoted: 'нет котировки',
    up: 'рост',
    down: 'снижение',
    unchanged: 'без изменений',
    noPrevious: 'нет прежнего курса',
    perUnit: (code, value, base) => `1 ${code} = ${value} ${base}`,
    partial: '(часть курсов не удалось прочитать)',
  },
  zh: {
    headers: { country: '国家', code: '代码', currency: '货币', nominal: '单位', rate: '汇率', change: '变化' },
    caption: (source, date) => (source ? `${source}${date}官方汇率` : `${date}官方汇率`),
    crossRates: (base) => `以${base}计的交叉汇率`,
    notQuoted: '无报价',
    up: '上涨',
    down: '下跌',
    unchanged: '不变',
    noPrevious: '无先前汇率',
    perUnit: (code, value, base) => `1 ${code} = ${value} ${base}`,
    partial: '（部分汇率无法读取）',
  },
  fa: {
    headers: { country: 'کشور', code: 'کد', currency: 'ارز', nominal: 'واحد', rate: 'نرخ', change: 'تغییر' },
    caption: (source, date) => (source ? `نرخ‌های رسمی ${source} برای ${date}` : `نرخ‌های رسمی برای ${date}`),
    crossRates: (base) => `نرخ‌های متقاطع به ${base}`,
    notQuoted: 'بدون نرخ',
    up: 'افزایش',
    down: 'کاهش',
    unchanged: 'بدون تغییر',
    noPrevious: 'نرخ قبلی موجود نیست',
    perUnit: (code, value, base) => `1 ${code} = ${value} ${base}`,
    partial: '(برخی نرخ‌ها خوانده نشد)',
  },
};
