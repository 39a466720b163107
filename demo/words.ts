/**
 * The demo page's own words, in every language of the widgets: its headings, the labels of its
 * switches, and the note it shows offline. The widgets translate themselves (src/i18n).
 */
import type { Language } from '../src/core/languages.js';

export interface PageWords {
  /** The language's name for itself, for the language switch where the browser has no name for it. */
  readonly name: string;
  readonly headlines: string;
  readonly latest: string;
  readonly chart: string;
  readonly states: string;
  readonly capitals: string;
  readonly rates: string;
  readonly converter: string;
  readonly builder: string;
  readonly source: string;
  readonly language: string;
  readonly theme: string;
  readonly system: string;
  readonly light: string;
  readonly dark: string;
  /**
   * Offline, the note above the page: `{day}` is the day of the rates sheet the table shows, so no
   * one takes it for today's.
   */
  readonly recordedDay: string;
}

/** What the page's `data-i18n` attributes name. */
export type PageWord = Exclude<keyof PageWords, 'name' | 'recordedDay'>;

export const words: Readonly<Record<Language, PageWords>> = {
  en: {
    name: 'English',
    headlines: 'Headlines',
    latest: 'Latest news',
    chart: 'Yuan against the ruble',
    states: 'Member States / Partners',
    capitals: 'Capitals',
    rates: 'SCO Currencies / Ruble',
    converter: 'Converter',
    builder: 'Embed builder',
    source: 'Source',
    language: 'Language',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    recordedDay:
      'Offline: this page shows a recorded day, {day}, not today’s rates. The chart and the other sources keep the days of their own recorded documents.',
  },
  ru: {
    name: 'Русский',
    headlines: 'Главные новости',
    latest: 'Последние новости',
    chart: 'Юань к рублю',
    states: 'Государства-члены / Партнёры',
    capitals: 'Столицы',
    rates: 'Валюты ШОС / Рубль',
    converter: 'Конвертер',
    builder: 'Конструктор виджетов',
    source: 'Источник',
    language: 'Язык',
    theme: 'Тема',
    system: 'Системная',
    light: 'Светлая',
    dark: 'Тёмная',
    recordedDay: 'Офлайн: на странице записанный день, {day}, а не сегодняшние курсы. График и другие источники показывают дни своих записанных документов.',
  },
  zh: {
    name: '中文',
    headlines: '要闻',
    latest: '最新消息',
    chart: '人民币兑卢布',
    states: '成员国 / 伙伴',
    capitals: '首都',
    rates: '上合组织货币 / 卢布',
    converter: '换算',
    builder: '嵌入代码生成器',
    source: '来源',
    language: '语言',
    theme: '主题',
    system: '系统',
    light: '浅色',
    dark: '深色',
    recordedDay: '离线：本页显示的是记录下来的一天（{day}），不是今天的汇率。图表和其他来源显示各自记录文档的日期。',
  },
  kk: {
    name: 'Қазақ тілі',
    headlines: 'Басты жаңалықтар',
    latest: 'Соңғы жаңалықтар',
    chart: 'Юаньның рубльге бағамы',
    states: 'Мүше мемлекеттер / Серіктестер',
    capitals: 'Астаналар',
    rates: 'ШЫҰ валюталары / Рубль',
    converter: 'Конвертер',
    builder: 'Виджет конструкторы',
    source: 'Дереккөз',
    language: 'Тіл',
    theme: 'Тақырып',
    system: 'Жүйелік',
    light: 'Ашық',
    dark: 'Қараңғы',
    recordedDay:
      'Офлайн: бұл бетте бүгінгі бағамдар емес, жазып алынған күн — {day} көрсетілген. График пен басқа дереккөздер өздерінің жазып алынған құжаттарының күндерін көрсетеді.',
  },
  ky: {
    name: 'Кыргызча',
    headlines: 'Башкы жаңылыктар',
    latest: 'Акыркы жаңылыктар',
    chart: 'Юандын рублга карата курсу',
    states: 'Мүчө мамлекеттер / Өнөктөштөр',
    capitals: 'Борбор шаарлар',
    rates: 'ШКУ валюталары / Рубль',
    converter: 'Конвертер',
    builder: 'Виджет конструктору',
    source: 'Булак',
    language: 'Тил',
    theme: 'Тема',
    system: 'Системалык',
    light: 'Жарык',
    dark: 'Караңгы',
    recordedDay:
      'Офлайн: бул баракта бүгүнкү курстар эмес, жазып алынган күн — {day} көрсөтүлгөн. График жана башка булактар өздөрүнүн жазып алынган документтеринин күндөрүн көрсөтөт.',
  },
  tg: {
    name: 'Тоҷикӣ',
    headlines: 'Хабарҳои асосӣ',
    latest: 'Охирин хабарҳо',
    chart: 'Қурби юан нисбат ба рубл',
    states: 'Давлатҳои аъзо / Шарикон',
    capitals: 'Пойтахтҳо',
    rates: 'Асъорҳои СҲШ / Рубл',
    converter: 'Табдили асъор',
    builder: 'Созандаи виҷетҳо',
    source: 'Манбаъ',
    language: 'Забон',
    theme: 'Мавзӯъ',
    system: 'Системавӣ',
    light: 'Равшан',
    dark: 'Торик',
    recordedDay:
      'Офлайн: дар ин саҳифа на қурбҳои имрӯза, балки рӯзи сабтшуда ({day}) нишон дода шудааст. Диаграмма ва манбаъҳои дигар рӯзҳои ҳуҷҷатҳои сабтшудаи худро нишон медиҳанд.',
  },
  uz: {
    name: 'Oʻzbekcha',
    headlines: 'Asosiy yangiliklar',
    latest: 'Soʻnggi yangiliklar',
    chart: 'Yuanning rublga nisbatan kursi',
    states: 'Aʼzo davlatlar / Hamkorlar',
    capitals: 'Poytaxtlar',
    rates: 'ShHT valyutalari / Rubl',
    converter: 'Konvertor',
    builder: 'Vidjet konstruktori',
    source: 'Manba',
    language: 'Til',
    theme: 'Mavzu',
    system: 'Tizim',
    light: 'Yorugʻ',
    dark: 'Qorongʻi',
    recordedDay:
      'Oflayn: bu sahifada bugungi kurslar emas, yozib olingan kun — {day} koʻrsatilgan. Grafik va boshqa manbalar oʻzlarining yozib olingan hujjatlari kunlarini koʻrsatadi.',
  },
  hi: {
    name: 'हिन्दी',
    headlines: 'मुख्य समाचार',
    latest: 'ताज़ा समाचार',
    chart: 'रूबल के मुक़ाबले युआन',
    states: 'सदस्य देश / साझेदार',
    capitals: 'राजधानियाँ',
    rates: 'एससीओ मुद्राएँ / रूबल',
    converter: 'मुद्रा परिवर्तक',
    builder: 'एम्बेड कोड बिल्डर',
    source: 'स्रोत',
    language: 'भाषा',
    theme: 'थीम',
    system: 'सिस्टम',
    light: 'लाइट',
    dark: 'डार्क',
    recordedDay: 'ऑफ़लाइन: यह पेज आज की दरें नहीं, बल्कि दर्ज किया गया एक दिन, {day}, दिखाता है। चार्ट और अन्य स्रोत अपने-अपने दर्ज दस्तावेज़ों के दिन दिखाते हैं।',
  },
  ur: {
    name: 'اردو',
    headlines: 'اہم خبریں',
    latest: 'تازہ ترین خبریں',
    chart: 'روبل کے مقابلے میں یوآن',
    states: 'رکن ممالک / شراکت دار',
    capitals: 'دارالحکومت',
    rates: 'ایس سی او کی کرنسیاں / روبل',
    converter: 'کرنسی کنورٹر',
    builder: 'ایمبیڈ کوڈ بلڈر',
    source: 'ماخذ',
    language: 'زبان',
    theme: 'تھیم',
    system: 'سسٹم',
    light: 'روشن',
    dark: 'تاریک',
    recordedDay:
      'آف لائن: یہ صفحہ آج کی شرحیں نہیں بلکہ ایک محفوظ کیا ہوا دن، {day}، دکھاتا ہے۔ چارٹ اور دوسرے ماخذ اپنی محفوظ کی ہوئی دستاویزات کے دن دکھاتے ہیں۔',
  },
  fa: {
    name: 'فارسی',
    headlines: 'سرخط خبرها',
    latest: 'تازه‌ترین خبرها',
    chart: 'یوان در برابر روبل',
    states: 'کشورهای عضو / شرکا',
    capitals: 'پایتخت‌ها',
    rates: 'ارزهای سازمان همکاری شانگهای / روبل',
    converter: 'مبدل',
    builder: 'سازنده کد جاسازی',
    source: 'منبع',
    language: 'زبان',
    theme: 'پوسته',
    system: 'سیستم',
    light: 'روشن',
    dark: 'تیره',
    recordedDay:
      'آفلاین: این صفحه یک روز ثبت‌شده، {day}، را نشان می‌دهد، نه نرخ‌های امروز را. نمودار و منبع‌های دیگر روزهای سندهای ثبت‌شده خودشان را نشان می‌دهند.',
  },
  be: {
    name: 'Беларуская',
    headlines: 'Галоўныя навіны',
    latest: 'Апошнія навіны',
    chart: 'Юань да рубля',
    states: 'Дзяржавы-члены / Партнёры',
    capitals: 'Сталіцы',
    rates: 'Валюты ШАС / Рубель',
    converter: 'Канвертар',
    builder: 'Канструктар віджэтаў',
    source: 'Крыніца',
    language: 'Мова',
    theme: 'Тэма',
    system: 'Сістэмная',
    light: 'Светлая',
    dark: 'Цёмная',
    recordedDay: 'Афлайн: на старонцы запісаны дзень, {day}, а не сённяшнія курсы. Графік і іншыя крыніцы паказваюць дні сваіх запісаных дакументаў.',
  },
  ar: {
    name: 'العربية',
    headlines: 'أبرز الأخبار',
    latest: 'آخر الأخبار',
    chart: 'اليوان مقابل الروبل',
    states: 'الدول الأعضاء / الشركاء',
    capitals: 'العواصم',
    rates: 'عملات منظمة شنغهاي للتعاون / الروبل',
    converter: 'محوّل العملات',
    builder: 'منشئ رمز التضمين',
    source: 'المصدر',
    language: 'اللغة',
    theme: 'المظهر',
    system: 'النظام',
    light: 'فاتح',
    dark: 'داكن',
    recordedDay: 'دون اتصال: تعرض هذه الصفحة يومًا مسجَّلًا، {day}، لا أسعار اليوم. ويعرض الرسم البياني والمصادر الأخرى أيام وثائقها المسجَّلة.',
  },
  tr: {
    name: 'Türkçe',
    headlines: 'Manşetler',
    latest: 'Son haberler',
    chart: 'Yuanın rubleye karşı kuru',
    states: 'Üye Devletler / Ortaklar',
    capitals: 'Başkentler',
    rates: 'ŞİÖ Para Birimleri / Ruble',
    converter: 'Döviz çevirici',
    builder: 'Yerleştirme kodu oluşturucu',
    source: 'Kaynak',
    language: 'Dil',
    theme: 'Tema',
    system: 'Sistem',
    light: 'Açık',
    dark: 'Koyu',
    recordedDay:
      'Çevrimdışı: bu sayfa bugünün kurlarını değil, kaydedilmiş bir günü ({day}) gösteriyor. Grafik ve diğer kaynaklar kendi kaydedilmiş belgelerinin günlerini gösterir.',
  },
  mn: {
    name: 'Монгол',
    headlines: 'Гол мэдээ',
    latest: 'Сүүлийн мэдээ',
    chart: 'Юанийн рубльтэй харьцах ханш',
    states: 'Гишүүн улсууд / Түншүүд',
    capitals: 'Нийслэлүүд',
    rates: 'ШХАБ-ын валютууд / Рубль',
    converter: 'Валют хөрвүүлэгч',
    builder: 'Виджет бүтээгч',
    source: 'Эх сурвалж',
    language: 'Хэл',
    theme: 'Загвар',
    system: 'Системийн',
    light: 'Цайвар',
    dark: 'Бараан',
    recordedDay:
      'Офлайн: энэ хуудас өнөөдрийн ханшийг бус, бичиж авсан нэг өдрийн ({day}) ханшийг харуулж байна. График болон бусад эх сурвалж өөрсдийн бичиж авсан баримтын өдрүүдийг харуулна.',
  },
  hy: {
    name: 'Հայերեն',
    headlines: 'Գլխավոր լուրեր',
    latest: 'Վերջին լուրեր',
    chart: 'Յուանը ռուբլու նկատմամբ',
    states: 'Անդամ պետություններ / Գործընկերներ',
    capitals: 'Մայրաքաղաքներ',
    rates: 'ՇՀԿ արժույթներ / Ռուբլի',
    converter: 'Փոխարկիչ',
    builder: 'Վիջեթների կառուցիչ',
    source: 'Աղբյուր',
    language: 'Լեզու',
    theme: 'Թեմա',
    system: 'Համակարգային',
    light: 'Բաց',
    dark: 'Մուգ',
    recordedDay:
      'Անցանց. այս էջը ցույց է տալիս ոչ թե այսօրվա փոխարժեքները, այլ գրանցված մի օր՝ {day}։ Գրաֆիկը և մյուս աղբյուրները ցույց են տալիս իրենց գրանցված փաստաթղթերի օրերը։',
  },
  az: {
    name: 'Azərbaycanca',
    headlines: 'Əsas xəbərlər',
    latest: 'Son xəbərlər',
    chart: 'Yuanın rubla nisbətdə məzənnəsi',
    states: 'Üzv dövlətlər / Tərəfdaşlar',
    capitals: 'Paytaxtlar',
    rates: 'ŞƏT valyutaları / Rubl',
    converter: 'Valyuta çeviricisi',
    builder: 'Vidcet konstruktoru',
    source: 'Mənbə',
    language: 'Dil',
    theme: 'Mövzu',
    system: 'Sistem',
    light: 'Açıq',
    dark: 'Tünd',
    recordedDay:
      'Oflayn: bu səhifə bugünkü məzənnələri deyil, qeydə alınmış bir günü ({day}) göstərir. Qrafik və digər mənbələr öz qeydə alınmış sənədlərinin günlərini göstərir.',
  },
};

/** A language by its own name: the browser's where it has the language's data, else the one in words.ts. */
export function ownName(lang: Language): string {
  if (!Intl.DisplayNames.supportedLocalesOf([lang]).length) return words[lang].name;
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang)!;
  // CLDR writes most names as inside a sentence ("русский", "oʻzbek"); a menu item starts with a capital.
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
