/**
 * Mongolian (Cyrillic). Terms as the Bank of Mongolia (Монголбанк) writes them on mongolbank.mn
 * ("албан ханш", "нэгж" for the denomination); see `glossary/mn.md`. Dates and currency codes are
 * kept out of case endings (they would depend on how the number or code is read aloud): "{date}
 * өдрийн", "{code} валютын". Browsers have no CLDR data for Mongolian: names and formats below.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Энэ эх сурвалжид прокси хэрэгтэй: script тагийн data-proxy атрибутыг тохируулна уу.',
    code: 'code атрибутад валютын ISO 4217 кодыг заана уу, жишээ нь code="CNY".',
    src: 'src атрибутад мэдээний сувгийн URL хаягийг заана уу (эсвэл source атрибутад бүртгэлтэй эх сурвалжийг).',
    source: '«{value}» нэртэй эх сурвалж бүртгэгдээгүй байна: source атрибутыг шалгана уу.',
    zone: 'Үл мэдэгдэх цагийн бүс «{value}»: zone атрибутад IANA цагийн бүсийг заана уу, жишээ нь Asia/Shanghai.',
    zones: '«{value}» дотор мэдэгдэх цагийн бүс алга: zones атрибутад IANA цагийн бүсүүдийг заана уу, жишээ нь Asia/Shanghai.',
    group: 'Үл мэдэгдэх бүлэг «{value}»: group атрибутад members, partners эсвэл all гэж заана уу.',
    'as-of':
      '«{value}» өдрийн байдлаарх ШХАБ-ын мэдээллийг харуулах боломжгүй: as-of атрибутад огноог YYYY-MM-DD хэлбэрээр, 2001-06-15 (байгуулагдсан өдөр) буюу түүнээс хойших огноогоор заана уу.',
    date: 'Буруу огноо «{value}»: date атрибутад огноог YYYY-MM-DD хэлбэрээр заана уу.',
    base: 'Ханшийг {value} валюттай харьцуулан тогтоогоогүй байна: base атрибутад энэ жагсаалтад байгаа валютыг заана уу.',
  },
  config: '{setting} тохиргоог шалгана уу.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Ачаалж байна…',
  stale: 'Өгөгдлийн огноо: {asOf}. Сүүлийн шинэчлэл амжилтгүй боллоо.',
  stillTrying: 'Дахин оролдож байна…',
  errors: {
    network: 'Өгөгдлийг ачаалж чадсангүй. Хаяг эсвэл прокси серверийг шалгана уу.',
    timeout: 'Өгөгдлийн эх сурвалж хариу өгөхгүй байна.',
    format: 'Өгөгдлийн эх сурвалж дэмжигдээгүй форматтай баримт илгээлээ.',
    source: 'Өгөгдлийн эх сурвалж энэ хүсэлтэд алдаа мэдээллээ.',
    empty: 'Өгөгдлийн эх сурвалжид энэ хүсэлтийн өгөгдөл байхгүй байна.',
    'unknown-source': 'Энэ өгөгдлийн эх сурвалж тодорхойгүй байна.',
  },
};

/** In the genitive, before "… өдрийн албан ханш". */
export const sources: Catalog['sources'] = {
  caption: '{source} {date} өдрийн албан ханш',
  captionNoSource: '{date} өдрийн албан ханш',
  publishers: {
    cbr: 'ОХУ-ын Төв банкны',
    ecb: 'Европын Төв банкны',
    nbk: 'Казахстаны Үндэсний банкны',
    nbkr: 'Бүгд Найрамдах Киргиз Улсын Үндэсний банкны',
    cbu: 'Узбекистаны Төв банкны',
    nbrb: 'Беларусийн Үндэсний банкны',
  },
  via: ' ({mirror} толиор дамжуулан)',
  partial: '(зарим ханшийг уншиж чадсангүй)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Улс', code: 'Код', currency: 'Валют', nominal: 'Нэгж', rate: 'Ханш', change: 'Өөрчлөлт' },
  crossRates: 'кросс ханш, суурь валют {base}',
  notQuoted: 'ханш байхгүй',
  up: 'өссөн',
  down: 'буурсан',
  unchanged: 'өөрчлөлтгүй',
  noPrevious: 'өмнөх ханш байхгүй',
  noEarlierRates: '{caption}; харьцуулах өмнөх ханш байхгүй',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Дүн',
  from: 'Валютаас',
  to: 'Валют руу',
  swap: 'Валютуудыг сольж байрлуулах',
  notANumber: 'Дүнг тоогоор оруулна уу, жишээ нь {example}.',
  notQuoted: 'Энэ эх сурвалжид {code} валютын ханш байхгүй. Өөр валют сонгоно уу.',
  notQuotedOption: '{code} — ханш байхгүй',
  tooLarge: 'Дүн хэтэрхий их тул хөрвүүлэх боломжгүй. Бага дүн оруулна уу.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} тутамд {base}',
  latestOn: '{date} өдөр',
  since: '{date} өдрөөс хойш',
  up: 'өссөн',
  down: 'буурсан',
  unchanged: 'өөрчлөлтгүй',
  readout: '{date}: {value} {base}',
  chartLabel: '{code} валютын {base} валютаарх албан ханш, {from} өдрөөс {to} өдөр хүртэл. Өдөр бүрийн утгыг сум товчлуураар уншина уу.',
  tableCaption: '{code} валютын {base} валютаарх албан ханш, {nominal} тутамд',
  date: 'Огноо',
  rate: 'Ханш',
  partial: 'Зарим өдрийн ханшийг уншиж чадсангүй.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Үл мэдэгдэх цагийн бүс: {zone}',
  listLabel: 'Орон нутгийн цаг',
  day: 'өдөр',
  night: 'шөнө',
  offsetShort: '{value} цаг',
  ahead: 'таны цагаас {duration} түрүүлж байна',
  behind: 'таны цагаас {duration} хоцорч байна',
  sameTime: 'таны цагтай ижил',
  hours: '{count} цаг',
  minutes: '{count} мин',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Мэдээний гарчиг',
  pause: 'Мэдээний урсгалыг зогсоох',
  empty: 'Одоогоор мэдээ алга.',
  partial: 'Зарим гарчиг дутуу байж магадгүй.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Гишүүн орнууд', observers: 'Ажиглагч орнууд', 'dialogue-partners': 'Яриа хэлэлцээний түнш орнууд', partners: 'Түнш орнууд' },
  capital: 'нийслэл: ',
  none: 'ШХАБ-ын энэ бүлэгт {date} өдөр улс байгаагүй.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Бээжин',
  moscow: 'Москва',
  astana: 'Астана',
  bishkek: 'Бишкек',
  dushanbe: 'Душанбе',
  tashkent: 'Ташкент',
  'new-delhi': 'Шинэ Дели',
  islamabad: 'Исламабад',
  tehran: 'Тегеран',
  minsk: 'Минск',
  ulaanbaatar: 'Улаанбаатар',
  kabul: 'Кабул',
  'sri-jayawardenepura-kotte': 'Шри-Жаяварденепура-Котте',
  ankara: 'Анкара',
  yerevan: 'Ереван',
  baku: 'Баку',
  'phnom-penh': 'Пномпень',
  kathmandu: 'Катманду',
  cairo: 'Каир',
  doha: 'Доха',
  riyadh: 'Эр-Рияд',
  manama: 'Манама',
  'kuwait-city': 'Кувейт хот',
  male: 'Мале',
  naypyidaw: 'Нейпьидо',
  'abu-dhabi': 'Абу-Даби',
  vientiane: 'Вьентьян',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs mn`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Арабын Нэгдсэн Эмират Улс',
    AF: 'Афганистан',
    AM: 'Армени',
    AU: 'Австрали',
    AZ: 'Азербайжан',
    BG: 'Болгар',
    BH: 'Бахрейн',
    BR: 'Бразил',
    BY: 'Беларусь',
    CA: 'Канад',
    CH: 'Швейцар',
    CN: 'Хятад',
    CZ: 'Чех',
    DK: 'Дани',
    EG: 'Египет',
    GB: 'Их Британи',
    HK: 'БНХАУ-ын Тусгай захиргааны бүс Хонг-Конг',
    HR: 'Хорват',
    HU: 'Унгар',
    ID: 'Индонез',
    IL: 'Израил',
    IN: 'Энэтхэг',
    IR: 'Иран',
    JP: 'Япон',
    KG: 'Киргиз',
    KH: 'Камбож',
    KR: 'Өмнөд Солонгос',
    KW: 'Кувейт',
    KZ: 'Казахстан',
    LA: 'Лаос',
    LK: 'Шри-Ланка',
    MM: 'Мьянмар',
    MN: 'Монгол',
    MV: 'Мальдив',
    MX: 'Мексик',
    MY: 'Малайз',
    NO: 'Норвег',
    NP: 'Балба',
    NZ: 'Шинэ Зеланд',
    PH: 'Филиппин',
    PK: 'Пакистан',
    PL: 'Польш',
    QA: 'Катар',
    RO: 'Румын',
    RU: 'Орос',
    SA: 'Саудын Араб',
    SE: 'Швед',
    SG: 'Сингапур',
    TH: 'Тайланд',
    TJ: 'Тажикистан',
    TR: 'Турк',
    US: 'Америкийн Нэгдсэн Улс',
    UZ: 'Узбекистан',
    ZA: 'Өмнөд Африк',
  },
  currency: {
    AED: 'арабын нэгдсэн эмиратын дирхам',
    AFN: 'Афганистаны афгани',
    AMD: 'Арменийн драм',
    AUD: 'Австралийн доллар',
    AZN: 'Азербайжаны манат',
    BGN: 'Болгарын лев',
    BHD: 'Бахрейн динар',
    BRL: 'Бразилийн реал',
    BYN: 'Беларусийн рубль',
    CAD: 'канад доллар',
    CHF: 'Швейцарийн франк',
    CNY: 'Хятадын юань',
    CZK: 'Чехийн крон',
    DKK: 'Данийн крон',
    EGP: 'Египетийн фунт',
    GBP: 'Британийн фунт',
    HKD: 'Хонг Конгийн доллар',
    HRK: 'Хорватын куна',
    HUF: 'Унгарын форинт',
    IDR: 'Индонезийн рупи',
    ILS: 'Израилийн шинэ шекел',
    INR: 'Энэтхэгийн рупи',
    IRR: 'Ираны риял',
    JPY: 'Японы иен',
    KGS: 'Кыргызын сом',
    KHR: 'Камбожийн риел',
    KRW: 'Өмнөд Солонгосын вон',
    KWD: 'Кувейтийн динар',
    KZT: 'Казахстаны тэнгэ',
    LAK: 'Лаосын кип',
    LKR: 'Шри-Ланкийн рупи',
    MMK: 'Мьянмарын киат',
    MNT: 'Монгол төгрөг',
    MVR: 'Мальдивийн руфия',
    MXN: 'Мексикийн песо',
    MYR: 'Малайзын рингит',
    NOK: 'Норвегийн крон',
    NPR: 'Балбын рупи',
    NZD: 'Шинэ Зеландын доллар',
    PHP: 'Филиппиний песо',
    PKR: 'Пакистаны рупи',
    PLN: 'Польшийн злот',
    QAR: 'Катарын риал',
    RON: 'Румыны лей',
    RUB: 'Оросын рубль',
    SAR: 'Саудын риял',
    SEK: 'Шведийн крон',
    SGD: 'Сингапурын доллар',
    THB: 'Тайландын бат',
    TJS: 'Тажикийн сомон',
    TRY: 'Туркийн лира',
    USD: 'америк доллар',
    UZS: 'Узбекийн сом',
    ZAR: 'Өмнөд Африкийн ранд',
  },
};

/**
 * Canadian English numbers and dates, on a 24-hour clock, stand in for Mongolian. Compared, CLDR 48
 * `mn` against `en-CA-u-hc-h23` (Node's ICU and Chromium): the same comma grouping, decimal point
 * and percent ("1,234,567.5", "-1.23%"), year-month-day order, a 24-hour clock and a bare year
 * ("2025"). Left over: `mn` separates the date with dots ("2025.12.13"), the stand-in with hyphens
 * ("2025-12-13"), and `mn` writes a day and month alone as "XII/13" (`en-CA` "12-13"). Plain
 * `en-CA` keeps a 12-hour clock with "a.m."; `ja` matches the numbers and the order too but
 * writes a year alone as "2025年".
 */
export const formats: IntlGaps['formats'] = { intl: 'en-CA-u-hc-h23' };
