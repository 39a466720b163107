/**
 * Persian, as written in Iran. Terms as the Central Bank of Iran writes them ("نرخ رسمی ارز" for
 * the official exchange rate); most strings are the widgets' earlier Persian ones, completed. See
 * `glossary/fa.md`. Numbers and dates come from `Intl` (Persian digits, the Solar Hijri calendar),
 * so the one digit written here, in `perUnit`, is Persian too.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  /** The examples `code="CNY"` and `2001-06-15` sit in left-to-right isolates (U+2066…U+2069): in a right-to-left sentence the quote and the date's parts would move. */
  settings: {
    'data-proxy': 'این منبع به پراکسی نیاز دارد: data-proxy را روی برچسب script تنظیم کنید.',
    code: 'ویژگی code را کد ISO 4217 یک ارز بگذارید، مثلاً \u2066code="CNY"\u2069.',
    src: 'ویژگی src را نشانی یک خوراک خبری بگذارید (یا source را یک منبع ثبت‌شده).',
    source: 'منبعی به نام «{value}» ثبت نشده است: ویژگی source را بررسی کنید.',
    zone: 'منطقهٔ زمانی ناشناخته «{value}»: ویژگی zone را یک منطقهٔ زمانی IANA بگذارید، مثلاً Asia/Shanghai.',
    zones: 'در «{value}» هیچ منطقهٔ زمانی شناخته‌شده‌ای نیست: ویژگی zones را منطقه‌های زمانی IANA بگذارید، مثلاً Asia/Shanghai.',
    group: 'گروه ناشناخته «{value}»: ویژگی group را members، partners یا all بگذارید.',
    'as-of':
      'سازمان همکاری شانگهای را در «{value}» نمی‌توان نشان داد: ویژگی as-of را تاریخی به شکل YYYY-MM-DD از \u20662001-06-15\u2069 (روز تأسیس آن) به بعد بگذارید.',
    date: 'تاریخ نامعتبر «{value}»: ویژگی date را تاریخی به شکل YYYY-MM-DD بگذارید.',
    base: 'نرخ‌ها در برابر {value} اعلام نشده‌اند: ویژگی base را یکی از ارزهای این جدول بگذارید.',
  },
  config: 'تنظیم {setting} را بررسی کنید.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'در حال بارگذاری…',
  stale: 'داده‌ها تا {asOf}: آخرین به‌روزرسانی ناموفق بود.',
  stillTrying: 'همچنان در تلاش…',
  errors: {
    network: 'داده‌ها بارگذاری نشد. نشانی یا پراکسی را بررسی کنید.',
    timeout: 'منبع داده پاسخ نمی‌دهد.',
    format: 'منبع داده سندی با قالب پشتیبانی‌نشده فرستاد.',
    source: 'منبع داده برای این درخواست خطا گزارش کرد.',
    empty: 'منبع داده برای این درخواست داده‌ای ندارد.',
    'unknown-source': 'این منبع داده شناخته‌شده نیست.',
  },
};

/** Followed by the caption's "نرخ‌های رسمی ارز" with the ezafe, so in their plain form. */
export const sources: Catalog['sources'] = {
  caption: 'نرخ‌های رسمی ارز {source} برای {date}',
  captionNoSource: 'نرخ‌های رسمی ارز برای {date}',
  publishers: {
    cbr: 'بانک روسیه',
    ecb: 'بانک مرکزی اروپا',
    nbk: 'بانک ملی قزاقستان',
    nbkr: 'بانک ملی جمهوری قرقیزستان',
    cbu: 'بانک مرکزی ازبکستان',
    nbrb: 'بانک ملی بلاروس',
  },
  via: ' (از طریق {mirror})',
  partial: '(برخی نرخ‌ها خوانده نشد)',
};

export const table: Catalog['table'] = {
  headers: { country: 'کشور', code: 'کد', currency: 'ارز', nominal: 'واحد', rate: 'نرخ', change: 'تغییر' },
  crossRates: 'نرخ‌های متقاطع بر حسب {base}',
  notQuoted: 'بدون نرخ',
  up: 'افزایش',
  down: 'کاهش',
  unchanged: 'بدون تغییر',
  noPrevious: 'نرخ قبلی موجود نیست',
  noEarlierRates: '{caption}؛ نرخ‌های قبلی برای مقایسه موجود نیست',
  /** Each value in a first-strong isolate (U+2068…U+2069), where no markup can go: in a right-to-left tooltip the "1" would otherwise leave its code for the far end. */
  perUnit: '۱ \u2068{code}\u2069 = \u2068{value}\u2069 \u2068{base}\u2069',
};

export const converter: Catalog['converter'] = {
  amount: 'مبلغ',
  from: 'از',
  to: 'به',
  swap: 'جابه‌جایی ارزها',
  notANumber: 'مبلغ را به صورت عدد وارد کنید، مثلاً {example}.',
  notQuoted: 'این منبع برای {code} نرخی اعلام نمی‌کند. ارز دیگری انتخاب کنید.',
  notQuotedOption: '{code} — بدون نرخ',
  tooLarge: 'مبلغ برای تبدیل بیش از حد بزرگ است. مبلغ کوچک‌تری وارد کنید.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code})، {base} به ازای {nominal}',
  latestOn: 'در {date}',
  since: 'از {date}',
  up: 'افزایش',
  down: 'کاهش',
  unchanged: 'بدون تغییر',
  readout: '{date}: {value} {base}',
  chartLabel: 'نرخ رسمی {code} بر حسب {base} از {from} تا {to}. با کلیدهای جهت‌نما مقدار هر روز را بخوانید.',
  tableCaption: 'نرخ رسمی {code} بر حسب {base} به ازای {nominal}',
  date: 'تاریخ',
  rate: 'نرخ',
  partial: 'نرخ برخی روزها خوانده نشد.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'منطقهٔ زمانی ناشناخته: {zone}',
  listLabel: 'ساعت‌های محلی',
  day: 'روز',
  night: 'شب',
  offsetShort: '{value} ساعت',
  ahead: '{duration} جلوتر از ساعت شما',
  behind: '{duration} عقب‌تر از ساعت شما',
  sameTime: 'هم‌زمان با ساعت شما',
  hours: '{count} ساعت',
  minutes: '{count} دقیقه',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'سرخط خبرها',
  pause: 'توقف نوار خبرها',
  empty: 'هنوز خبری نیست.',
  partial: 'ممکن است برخی سرخط‌ها جا افتاده باشند.',
};

export const members: Catalog['members'] = {
  headings: { members: 'کشورهای عضو', observers: 'کشورهای ناظر', 'dialogue-partners': 'شرکای گفت‌وگو', partners: 'شرکا' },
  capital: 'پایتخت: ',
  none: 'سازمان همکاری شانگهای در {date} هیچ کشوری در این گروه نداشت.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'پکن',
  moscow: 'مسکو',
  astana: 'آستانه',
  bishkek: 'بیشکک',
  dushanbe: 'دوشنبه',
  tashkent: 'تاشکند',
  'new-delhi': 'دهلی نو',
  islamabad: 'اسلام‌آباد',
  tehran: 'تهران',
  minsk: 'مینسک',
  ulaanbaatar: 'اولان‌باتور',
  kabul: 'کابل',
  'sri-jayawardenepura-kotte': 'سری جایاواردنه‌پورا کوته',
  ankara: 'آنکارا',
  yerevan: 'ایروان',
  baku: 'باکو',
  'phnom-penh': 'پنوم‌پن',
  kathmandu: 'کاتماندو',
  cairo: 'قاهره',
  doha: 'دوحه',
  riyadh: 'ریاض',
  manama: 'منامه',
  'kuwait-city': 'شهر کویت',
  male: 'ماله',
  naypyidaw: 'نای‌پی‌داو',
  'abu-dhabi': 'ابوظبی',
  vientiane: 'وینتیان',
};
