/**
 * Arabic, Modern Standard. Terms as the Central Bank of Egypt and the Saudi Central Bank write them
 * ("سعر الصرف", "أسعار الصرف الرسمية"); see `glossary/ar.md`. No placeholder is joined to a one-letter
 * prefix (لـ، بـ): each follows a whole word ("الصادرة عن {source}", "بعملة {base}"), as the widget
 * sets it apart from the words around it.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  /** The examples `code="CNY"` and `2001-06-15` sit in left-to-right isolates (U+2066…U+2069): in a right-to-left sentence the quote and the date's parts would move. */
  settings: {
    'data-proxy': 'يحتاج هذا المصدر إلى خادم وكيل: اضبط data-proxy في وسم script.',
    code: 'اضبط السمة code على رمز ISO 4217 لإحدى العملات، مثل \u2066code="CNY"\u2069.',
    src: 'اضبط السمة src على عنوان URL لموجز أخبار (أو السمة source على مصدر مسجّل).',
    source: 'لا يوجد مصدر مسجّل باسم «{value}»: تحقّق من السمة source.',
    zone: 'منطقة زمنية غير معروفة «{value}»: اضبط السمة zone على منطقة زمنية من IANA، مثل Asia/Shanghai.',
    zones: 'لا توجد منطقة زمنية معروفة في «{value}»: اضبط السمة zones على مناطق زمنية من IANA، مثل Asia/Shanghai.',
    group: 'مجموعة غير معروفة «{value}»: اضبط السمة group على members أو partners أو all.',
    'as-of': 'لا يمكن عرض منظمة شنغهاي للتعاون في «{value}»: اضبط السمة as-of على تاريخ بصيغة YYYY-MM-DD، ابتداءً من \u20662001-06-15\u2069 (تاريخ تأسيسها).',
    date: 'تاريخ غير صالح «{value}»: اضبط السمة date على تاريخ بصيغة YYYY-MM-DD.',
    base: 'لا تُسعَّر العملات مقابل {value}: اضبط السمة base على إحدى عملات هذه النشرة.',
  },
  config: 'تحقّق من الإعداد {setting}.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'جارٍ التحميل…',
  stale: 'البيانات حتى {asOf}: تعذّر التحديث الأخير.',
  stillTrying: 'لا تزال المحاولة جارية…',
  errors: {
    network: 'تعذّر تحميل البيانات. تحقّق من العنوان أو من الخادم الوكيل.',
    timeout: 'مصدر البيانات لا يستجيب.',
    format: 'أرسل مصدر البيانات مستندًا بتنسيق غير مدعوم.',
    source: 'أبلغ مصدر البيانات عن خطأ في هذا الطلب.',
    empty: 'لا تتوفر لدى مصدر البيانات بيانات لهذا الطلب.',
    'unknown-source': 'مصدر البيانات هذا غير معروف.',
  },
};

/** After "الصادرة عن" in the captions, so in the genitive (which these names do not mark). */
export const sources: Catalog['sources'] = {
  caption: 'أسعار الصرف الرسمية الصادرة عن {source} بتاريخ {date}',
  captionNoSource: 'أسعار الصرف الرسمية بتاريخ {date}',
  publishers: {
    cbr: 'بنك روسيا',
    ecb: 'البنك المركزي الأوروبي',
    nbk: 'البنك الوطني لكازاخستان',
    nbkr: 'البنك الوطني للجمهورية القيرغيزية',
    cbu: 'البنك المركزي لأوزبكستان',
    nbrb: 'البنك الوطني لبيلاروس',
  },
  via: ' (عبر {mirror})',
  partial: '(تعذّرت قراءة بعض الأسعار)',
};

export const table: Catalog['table'] = {
  headers: { country: 'الدولة', code: 'الرمز', currency: 'العملة', nominal: 'الوحدة', rate: 'السعر', change: 'التغيّر' },
  crossRates: 'أسعار متقاطعة بعملة {base}',
  notQuoted: 'لا يوجد سعر',
  up: 'ارتفاع',
  down: 'انخفاض',
  unchanged: 'دون تغيير',
  noPrevious: 'لا يوجد سعر سابق',
  noEarlierRates: '{caption}؛ لا توجد أسعار سابقة للمقارنة',
  /** Each value in a first-strong isolate (U+2068…U+2069), where no markup can go: in a right-to-left tooltip the "1" would otherwise leave its code for the far end. */
  perUnit: '1 \u2068{code}\u2069 = \u2068{value}\u2069 \u2068{base}\u2069',
};

export const converter: Catalog['converter'] = {
  amount: 'المبلغ',
  from: 'من',
  to: 'إلى',
  swap: 'تبديل العملتين',
  notANumber: 'أدخل المبلغ بالأرقام، مثل {example}.',
  notQuoted: 'لا يسعّر هذا المصدر العملة {code}. اختر عملة أخرى.',
  notQuotedOption: '{code} — لا يوجد سعر',
  tooLarge: 'المبلغ أكبر من أن يُحوَّل. أدخل مبلغًا أصغر.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code})، {base} لكل {nominal}',
  latestOn: 'في {date}',
  since: 'منذ {date}',
  up: 'ارتفاع',
  down: 'انخفاض',
  unchanged: 'دون تغيير',
  readout: '{date}: {value} {base}',
  chartLabel: 'السعر الرسمي للعملة {code} مقابل {base} من {from} إلى {to}. استخدم مفاتيح الأسهم لقراءة قيمة كل يوم.',
  tableCaption: 'السعر الرسمي للعملة {code} مقابل {base}، لكل {nominal}',
  date: 'التاريخ',
  rate: 'السعر',
  partial: 'تعذّرت قراءة أسعار بعض الأيام.',
};

/** Short unit forms as CLDR abbreviates them in Arabic ("س" for ساعة, "د" for دقيقة), free of Arabic's plural forms. */
export const clock: Catalog['clock'] = {
  unknownZone: 'منطقة زمنية غير معروفة: {zone}',
  listLabel: 'الأوقات المحلية',
  day: 'نهار',
  night: 'ليل',
  offsetShort: '{value} س',
  ahead: 'متقدّم على توقيتك بمقدار {duration}',
  behind: 'متأخّر عن توقيتك بمقدار {duration}',
  sameTime: 'مطابق لتوقيتك',
  hours: '{count} س',
  minutes: '{count} د',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'العناوين الرئيسية',
  pause: 'إيقاف العناوين مؤقتًا',
  empty: 'لا توجد عناوين بعد.',
  partial: 'قد تكون بعض العناوين مفقودة.',
};

export const members: Catalog['members'] = {
  headings: { members: 'الدول الأعضاء', observers: 'الدول المراقبة', 'dialogue-partners': 'شركاء الحوار', partners: 'الشركاء' },
  capital: 'العاصمة: ',
  none: 'لم تكن في منظمة شنغهاي للتعاون دول من هذه المجموعة في {date}.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'بكين',
  moscow: 'موسكو',
  astana: 'أستانا',
  bishkek: 'بيشكك',
  dushanbe: 'دوشنبه',
  tashkent: 'طشقند',
  'new-delhi': 'نيودلهي',
  islamabad: 'إسلام آباد',
  tehran: 'طهران',
  minsk: 'مينسك',
  ulaanbaatar: 'أولان باتور',
  kabul: 'كابول',
  'sri-jayawardenepura-kotte': 'سري جاياواردنابورا كوتي',
  ankara: 'أنقرة',
  yerevan: 'يريفان',
  baku: 'باكو',
  'phnom-penh': 'بنوم بنه',
  kathmandu: 'كاتماندو',
  cairo: 'القاهرة',
  doha: 'الدوحة',
  riyadh: 'الرياض',
  manama: 'المنامة',
  'kuwait-city': 'مدينة الكويت',
  male: 'ماليه',
  naypyidaw: 'نايبيداو',
  'abu-dhabi': 'أبوظبي',
  vientiane: 'فيينتيان',
};
