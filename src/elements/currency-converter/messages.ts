/** The converter's own words; currency names come from Intl.DisplayNames. */
export interface ConverterMessages {
  amount: string;
  from: string;
  to: string;
  swap: string;
  /** The field holds something that is not a number; `example` is 1234.5 in the locale. */
  notANumber: (example: string) => string;
  notQuoted: (code: string) => string;
  /** An option for a currency the sheet does not quote (kept so the select shows what was asked). */
  notQuotedOption: (code: string) => string;
  /** Where the rates come from: the source (as the table names it) and the date they are in effect. */
  ratesOf: (source: string | undefined, date: string) => string;
  /** The result would be beyond any number the page can show. */
  tooLarge: string;
  /** Added to the note when the source's document had rows that could not be read. */
  partial: string;
}

export const messages: { en: ConverterMessages } & Record<string, ConverterMessages> = {
  en: {
    amount: 'Amount',
    from: 'From',
    to: 'To',
    swap: 'Swap currencies',
    notANumber: (example) => `Enter the amount as a number, for example ${example}.`,
    notQuoted: (code) => `${code} is not quoted by this source. Choose another currency.`,
    notQuotedOption: (code) => `${code} — not quoted`,
    ratesOf: (source, date) => (source ? `Official rates of ${source} for ${date}` : `Official rates for ${date}`),
    tooLarge: 'The amount is too large to convert. Enter a smaller one.',
    partial: '(some rates could not be read)',
  },
  ru: {
    amount: 'Сумма',
    from: 'Из',
    to: 'В',
    swap: 'Поменять валюты местами',
    notANumber: (example) => `Введите сумму числом, например ${example}.`,
    notQuoted: (code) => `Этот источник не котирует ${code}. Выберите другую валюту.`,
    notQuotedOption: (code) => `${code} — нет котировки`,
    ratesOf: (source, date) => (source ? `Официальные курсы ${source} на ${date}` : `Официальные курсы на ${date}`),
    tooLarge: 'Сумма слишком велика для пересчёта. Введите меньшую.',
    partial: '(часть курсов не удалось прочитать)',
  },
  zh: {
    amount: '金额',
    from: '从',
    to: '到',
    swap: '交换货币',
    notANumber: (example) => `请输入数字金额，例如 ${example}。`,
    notQuoted: (code) => `此数据源没有 ${code} 的报价。请选择其他货币。`,
    notQuotedOption: (code) => `${code} — 无报价`,
    ratesOf: (source, date) => (source ? `${source}${date}官方汇率` : `${date}官方汇率`),
    tooLarge: '金额过大，无法换算。请输入较小的金额。',
    partial: '（部分汇率无法读取）',
  },
  fa: {
    amount: 'مبلغ',
    from: 'از',
    to: 'به',
    swap: 'جابه‌جایی ارزها',
    notANumber: (example) => `مبلغ را به صورت عدد وارد کنید، مثلاً ${example}.`,
    notQuoted: (code) => `این منبع برای ${code} نرخی ندارد. ارز دیگری انتخاب کنید.`,
    notQuotedOption: (code) => `${code} — بدون نرخ`,
    ratesOf: (source, date) => (source ? `نرخ‌های رسمی ${source} برای ${date}` : `نرخ‌های رسمی برای ${date}`),
    tooLarge: 'مبلغ برای تبدیل بیش از حد بزرگ است. مبلغ کوچک‌تری وارد کنید.',
    partial: '(برخی نرخ‌ها خوانده نشد)',
  },
};
