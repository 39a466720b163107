/**
 * Urdu, as written in Pakistan. Terms as the State Bank of Pakistan writes them in Urdu ("شرح
 * مبادلہ" for the exchange rate); see `glossary/ur.md`. The publishers stand before the
 * postposition "کی", so those with a "کا" phrase are in that (oblique) form.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  /** The examples `code="CNY"` and `2001-06-15` sit in left-to-right isolates (U+2066…U+2069): in a right-to-left sentence the quote and the date's parts would move. */
  settings: {
    'data-proxy': 'اس ماخذ کے لیے پراکسی درکار ہے: script ٹیگ پر data-proxy سیٹ کریں۔',
    code: 'code ایٹریبیوٹ میں کسی کرنسی کا ISO 4217 کوڈ لکھیں، مثلاً \u2066code="CNY"\u2069۔',
    src: 'src ایٹریبیوٹ میں کسی فیڈ کا URL لکھیں (یا source میں کسی رجسٹرڈ ماخذ کا نام)۔',
    source: '"{value}" نام کا کوئی ماخذ رجسٹرڈ نہیں: source ایٹریبیوٹ چیک کریں۔',
    zone: 'نامعلوم ٹائم زون "{value}": zone ایٹریبیوٹ میں کوئی IANA ٹائم زون لکھیں، مثلاً Asia/Shanghai۔',
    zones: '"{value}" میں کوئی معلوم ٹائم زون نہیں: zones ایٹریبیوٹ میں IANA ٹائم زون لکھیں، مثلاً Asia/Shanghai۔',
    group: 'نامعلوم گروپ "{value}": group ایٹریبیوٹ میں members، partners یا all لکھیں۔',
    'as-of':
      '"{value}" کی تاریخ پر شنگھائی تعاون تنظیم نہیں دکھائی جا سکتی: as-of ایٹریبیوٹ میں YYYY-MM-DD کی صورت میں \u20662001-06-15\u2069 (یومِ تاسیس) یا اس کے بعد کی تاریخ لکھیں۔',
    date: 'غلط تاریخ "{value}": date ایٹریبیوٹ میں YYYY-MM-DD کی صورت میں تاریخ لکھیں۔',
    base: 'شرحیں {value} کے مقابلے میں نہیں دی گئیں: base ایٹریبیوٹ میں اس فہرست کی کوئی کرنسی لکھیں۔',
  },
  config: '{setting} کی سیٹنگ چیک کریں۔',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'لوڈ ہو رہا ہے…',
  stale: '{asOf} تک کا ڈیٹا: آخری اپ ڈیٹ ناکام رہی۔',
  stillTrying: 'کوشش جاری ہے…',
  errors: {
    network: 'ڈیٹا لوڈ نہیں ہو سکا۔ پتہ یا پراکسی چیک کریں۔',
    timeout: 'ڈیٹا کا ماخذ جواب نہیں دے رہا۔',
    format: 'ڈیٹا کے ماخذ نے ایسے فارمیٹ میں دستاویز بھیجی ہے جو معاون نہیں۔',
    source: 'ڈیٹا کے ماخذ نے اس درخواست پر خرابی کی اطلاع دی۔',
    empty: 'ڈیٹا کے ماخذ کے پاس اس درخواست کے لیے کوئی ڈیٹا نہیں۔',
    'unknown-source': 'یہ ڈیٹا ماخذ معلوم نہیں۔',
  },
};

export const sources: Catalog['sources'] = {
  caption: '{source} کی سرکاری شرح مبادلہ بتاریخ {date}',
  captionNoSource: 'سرکاری شرح مبادلہ بتاریخ {date}',
  publishers: {
    cbr: 'بینک آف رشیا',
    ecb: 'یورپی مرکزی بینک',
    nbk: 'قزاخستان کے قومی بینک',
    nbkr: 'کرغز جمہوریہ کے قومی بینک',
    cbu: 'ازبکستان کے مرکزی بینک',
    nbrb: 'بیلاروس کے قومی بینک',
  },
  via: ' ({mirror} کے ذریعے)',
  partial: '(کچھ شرحیں پڑھی نہیں جا سکیں)',
};

export const table: Catalog['table'] = {
  headers: { country: 'ملک', code: 'کوڈ', currency: 'کرنسی', nominal: 'اکائی', rate: 'شرح', change: 'تبدیلی' },
  crossRates: '{base} میں کراس ریٹس',
  notQuoted: 'شرح دستیاب نہیں',
  up: 'اضافہ',
  down: 'کمی',
  unchanged: 'کوئی تبدیلی نہیں',
  noPrevious: 'سابقہ شرح دستیاب نہیں',
  noEarlierRates: '{caption}؛ موازنے کے لیے سابقہ شرحیں دستیاب نہیں',
  /** Each value in a first-strong isolate (U+2068…U+2069), where no markup can go: in a right-to-left tooltip the "1" would otherwise leave its code for the far end. */
  perUnit: '1 \u2068{code}\u2069 = \u2068{value}\u2069 \u2068{base}\u2069',
};

export const converter: Catalog['converter'] = {
  amount: 'رقم',
  from: 'اس کرنسی سے',
  to: 'اس کرنسی میں',
  swap: 'کرنسیاں آپس میں بدلیں',
  notANumber: 'رقم ہندسوں میں درج کریں، مثلاً {example}۔',
  notQuoted: 'یہ ماخذ {code} کی شرح نہیں دیتا۔ کوئی اور کرنسی منتخب کریں۔',
  notQuotedOption: '{code} — شرح دستیاب نہیں',
  tooLarge: 'رقم اتنی بڑی ہے کہ تبدیل نہیں ہو سکتی۔ کم رقم درج کریں۔',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code})، {base} فی {nominal}',
  latestOn: '{date} کو',
  since: '{date} سے',
  up: 'اضافہ',
  down: 'کمی',
  unchanged: 'کوئی تبدیلی نہیں',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} سے {to} تک {base} میں {code} کی سرکاری شرح۔ ہر دن کی قدر پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔',
  tableCaption: '{base} میں {code} کی سرکاری شرح، فی {nominal}',
  date: 'تاریخ',
  rate: 'شرح',
  partial: 'کچھ دنوں کی شرحیں پڑھی نہیں جا سکیں۔',
};

/** Urdu has no abbreviated units: CLDR's short forms are the plural nouns ("گھنٹے", "منٹ"). */
export const clock: Catalog['clock'] = {
  unknownZone: 'نامعلوم ٹائم زون: {zone}',
  listLabel: 'مقامی اوقات',
  day: 'دن',
  night: 'رات',
  offsetShort: '{value} گھنٹے',
  ahead: 'آپ کے وقت سے {duration} آگے',
  behind: 'آپ کے وقت سے {duration} پیچھے',
  sameTime: 'آپ کے وقت کے برابر',
  hours: '{count} گھنٹے',
  minutes: '{count} منٹ',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'شہ سرخیاں',
  pause: 'شہ سرخیاں روکیں',
  empty: 'ابھی کوئی شہ سرخی نہیں۔',
  partial: 'کچھ شہ سرخیاں غائب ہو سکتی ہیں۔',
};

export const members: Catalog['members'] = {
  headings: { members: 'رکن ممالک', observers: 'مبصر ممالک', 'dialogue-partners': 'مکالمے کے شراکت دار', partners: 'شراکت دار' },
  capital: 'دارالحکومت: ',
  none: '{date} کو شنگھائی تعاون تنظیم میں اس گروپ کا کوئی ملک نہیں تھا۔',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'بیجنگ',
  moscow: 'ماسکو',
  astana: 'آستانہ',
  bishkek: 'بشکیک',
  dushanbe: 'دوشنبے',
  tashkent: 'تاشقند',
  'new-delhi': 'نئی دہلی',
  islamabad: 'اسلام آباد',
  tehran: 'تہران',
  minsk: 'منسک',
  ulaanbaatar: 'اولان باتور',
  kabul: 'کابل',
  'sri-jayawardenepura-kotte': 'سری جے وردھنے پورا کوٹے',
  ankara: 'انقرہ',
  yerevan: 'یریوان',
  baku: 'باکو',
  'phnom-penh': 'نوم پنہ',
  kathmandu: 'کٹھمنڈو',
  cairo: 'قاہرہ',
  doha: 'دوحہ',
  riyadh: 'ریاض',
  manama: 'منامہ',
  'kuwait-city': 'کویت سٹی',
  male: 'مالے',
  naypyidaw: 'نیپیداو',
  'abu-dhabi': 'ابوظہبی',
  vientiane: 'وینتیان',
};
