/**
 * Kyrgyz. Terms as the National Bank of the Kyrgyz Republic writes them on nbkr.kg ("расмий курс"
 * for the official rate); place names as CLDR gives them where it has them; see `glossary/ky.md`.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Бул маалымат булагына прокси керек: script тегинде data-proxy атрибутун көрсөтүңүз.',
    code: 'code атрибутунда валютанын ISO 4217 кодун көрсөтүңүз, мисалы code="CNY".',
    src: 'src атрибутунда жаңылыктар тасмасынын дарегин (же source атрибутунда катталган маалымат булагын) көрсөтүңүз.',
    source: '«{value}» деген маалымат булагы катталган эмес: source атрибутун текшериңиз.',
    zone: 'Белгисиз убакыт алкагы «{value}»: zone атрибутунда IANA убакыт алкагын көрсөтүңүз, мисалы Asia/Shanghai.',
    zones: '«{value}» ичинде белгилүү убакыт алкагы жок: zones атрибутунда IANA убакыт алкактарын көрсөтүңүз, мисалы Asia/Shanghai.',
    group: 'Белгисиз топ «{value}»: group атрибутунда members, partners же all маанисин көрсөтүңүз.',
    'as-of':
      'ШКУну «{value}» күнүнө карата көрсөтүү мүмкүн эмес: as-of атрибутунда YYYY-MM-DD түрүндө жазылган, 2001-06-15 (уюм түзүлгөн күн) же андан кийинки күндү көрсөтүңүз.',
    date: 'Туура эмес күн «{value}»: date атрибутунда YYYY-MM-DD түрүндө жазылган күндү көрсөтүңүз.',
    base: 'Курстар {value} валютасына карата белгиленген эмес: base атрибутунда ушул тизмедеги валютаны көрсөтүңүз.',
  },
  config: '{setting} жөндөөсүн текшериңиз.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Жүктөлүүдө…',
  stale: '{asOf} абалы боюнча маалыматтар: акыркы жаңыртуу ишке ашкан жок.',
  stillTrying: 'Дагы аракет кылып жатабыз…',
  errors: {
    network: 'Маалыматтарды жүктөө мүмкүн болгон жок. Даректи же проксини текшериңиз.',
    timeout: 'Маалымат булагы жооп бербей жатат.',
    format: 'Маалымат булагы колдоого алынбаган форматтагы документ жөнөттү.',
    source: 'Маалымат булагы бул суроо боюнча ката кабарлады.',
    empty: 'Маалымат булагында бул суроо боюнча маалымат жок.',
    'unknown-source': 'Бул маалымат булагы белгисиз.',
  },
};

/** In the genitive, as the captions need: "{source} … расмий курстары". */
export const sources: Catalog['sources'] = {
  caption: '{source} {date} күнгө карата расмий курстары',
  captionNoSource: '{date} күнгө карата расмий курстар',
  publishers: {
    cbr: 'Россия Банкынын',
    ecb: 'Европалык Борбордук банктын',
    nbk: 'Казакстан Улуттук банкынын',
    nbkr: 'Кыргыз Республикасынын Улуттук банкынын',
    cbu: 'Өзбекстан Борбордук банкынын',
    nbrb: 'Беларусь Улуттук банкынын',
  },
  via: ' ({mirror} аркылуу)',
  partial: '(айрым курстарды окуу мүмкүн болгон жок)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Өлкө', code: 'Код', currency: 'Валюта', nominal: 'Бирдик', rate: 'Курс', change: 'Өзгөрүү' },
  crossRates: '{base} боюнча кросс-курстар',
  notQuoted: 'курсу белгиленбейт',
  up: 'өсүү',
  down: 'төмөндөө',
  unchanged: 'өзгөрүүсүз',
  noPrevious: 'мурунку курс жок',
  noEarlierRates: '{caption}; салыштыруу үчүн мурунку курстар жок',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Сумма',
  from: 'Кайсы валютадан',
  to: 'Кайсы валютага',
  swap: 'Валюталардын ордун алмаштыруу',
  notANumber: 'Сумманы сан менен жазыңыз, мисалы {example}.',
  notQuoted: 'Бул маалымат булагы {code} курсун белгилебейт. Башка валютаны тандаңыз.',
  notQuotedOption: '{code} — курсу белгиленбейт',
  tooLarge: 'Сумма которуу үчүн өтө чоң. Кичирээк сумманы жазыңыз.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} үчүн {base}',
  latestOn: '{date} күнү',
  since: '{date} күндөн бери',
  up: 'өсүү',
  down: 'төмөндөө',
  unchanged: 'өзгөрүүсүз',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} – {to} аралыгындагы {code} валютасынын {base} боюнча расмий курсу. Ар бир күндүн маанисин жебе баскычтары менен окууга болот.',
  tableCaption: '{code} валютасынын {base} боюнча расмий курсу, {nominal} үчүн',
  date: 'Күнү',
  rate: 'Курс',
  partial: 'Айрым күндөрдүн курстарын окуу мүмкүн болгон жок.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Белгисиз убакыт алкагы: {zone}',
  listLabel: 'Жергиликтүү убакыт',
  day: 'күндүз',
  night: 'түнкүсүн',
  offsetShort: '{value} ст',
  ahead: 'сиздин убактыңыздан {duration} алдыда',
  behind: 'сиздин убактыңыздан {duration} артта',
  sameTime: 'сиздин убактыңыз менен бирдей',
  hours: '{count} ст',
  minutes: '{count} мүн',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Жаңылыктардын аталыштары',
  pause: 'Жаңылыктар тасмасын токтотуп туруу',
  empty: 'Азырынча жаңылык жок.',
  partial: 'Айрым жаңылык аталыштары жетишпеши мүмкүн.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Мүчө мамлекеттер', observers: 'Байкоочу мамлекеттер', 'dialogue-partners': 'Диалог боюнча өнөктөштөр', partners: 'Өнөктөштөр' },
  capital: 'борбору: ',
  none: '{date} күнү ШКУда бул топтун мамлекеттери болгон эмес.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Бээжин',
  moscow: 'Москва',
  astana: 'Астана',
  bishkek: 'Бишкек',
  dushanbe: 'Душанбе',
  tashkent: 'Ташкент',
  'new-delhi': 'Нью-Дели',
  islamabad: 'Исламабад',
  tehran: 'Тегеран',
  minsk: 'Минск',
  ulaanbaatar: 'Улан-Батор',
  kabul: 'Кабул',
  'sri-jayawardenepura-kotte': 'Шри-Джаяварденепура-Котте',
  ankara: 'Анкара',
  yerevan: 'Ереван',
  baku: 'Баку',
  'phnom-penh': 'Пномпень',
  kathmandu: 'Катманду',
  cairo: 'Каир',
  doha: 'Доха',
  riyadh: 'Эр-Рияд',
  manama: 'Манама',
  'kuwait-city': 'Эль-Кувейт',
  male: 'Мале',
  naypyidaw: 'Нейпьидо',
  'abu-dhabi': 'Абу-Даби',
  vientiane: 'Вьентьян',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs ky`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Бириккен Араб Эмираттары',
    AF: 'Афганистан',
    AM: 'Армения',
    AU: 'Австралия',
    AZ: 'Азербайжан',
    BG: 'Болгария',
    BH: 'Бахрейн',
    BR: 'Бразилия',
    BY: 'Беларусь',
    CA: 'Канада',
    CH: 'Швейцария',
    CN: 'Кытай',
    CZ: 'Чехия',
    DK: 'Дания',
    EG: 'Египет',
    GB: 'Улуу Британия',
    HK: 'Гонконг Кытай ААА',
    HR: 'Хорватия',
    HU: 'Венгрия',
    ID: 'Индонезия',
    IL: 'Израиль',
    IN: 'Индия',
    IR: 'Иран',
    JP: 'Жапония',
    KG: 'Кыргызстан',
    KH: 'Камбоджа',
    KR: 'Түштүк Корея',
    KW: 'Кувейт',
    KZ: 'Казакстан',
    LA: 'Лаос',
    LK: 'Шри-Ланка',
    MM: 'Мьянма (Бирма)',
    MN: 'Монголия',
    MV: 'Мальдив',
    MX: 'Мексика',
    MY: 'Малайзия',
    NO: 'Норвегия',
    NP: 'Непал',
    NZ: 'Жаңы Зеландия',
    PH: 'Филиппин',
    PK: 'Пакистан',
    PL: 'Польша',
    QA: 'Катар',
    RO: 'Румыния',
    RU: 'Россия',
    SA: 'Сауд Арабиясы',
    SE: 'Швеция',
    SG: 'Сингапур',
    TH: 'Тайланд',
    TJ: 'Тажикстан',
    TR: 'Түркия',
    US: 'Кошмо Штаттар',
    UZ: 'Өзбекстан',
    ZA: 'Түштүк-Африка Республикасы',
  },
  currency: {
    AED: 'Бириккен Араб Эмираттарынын дирхамы',
    AFN: 'Афганстан афганиси',
    AMD: 'Армения драмы',
    AUD: 'Австралия доллары',
    AZN: 'Азербайжан манаты',
    BGN: 'болгар левиси',
    BHD: 'Бахрейн динары',
    BRL: 'бразилия реалы',
    BYN: 'беларусь рублу',
    CAD: 'канада доллары',
    CHF: 'швейцария франкы',
    CNY: 'Кытай юаны',
    CZK: 'чех кронасы',
    DKK: 'дания крону',
    EGP: 'египет фунту',
    GBP: 'британия фунт стерлинги',
    HKD: 'Гонконг доллары',
    HRK: 'хорват кунасы',
    HUF: 'венгр форинти',
    IDR: 'Индонезия рупийасы',
    ILS: 'Израилдин жаңы шекели',
    INR: 'Индия руписи',
    IRR: 'Иран риалы',
    JPY: 'Жапан йени',
    KGS: 'Кыргызстан сому',
    KHR: 'Камбожа риели',
    KRW: 'Түштүк Корея вону',
    KWD: 'Кувейт динары',
    KZT: 'Казакстан теңгеси',
    LAK: 'Лаос киби',
    LKR: 'Шри Ланка руписи',
    MMK: 'Мйанмар кйаты',
    MNT: 'Монгол тугриги',
    MVR: 'Малдив руфийасы',
    MXN: 'мексика песосу',
    MYR: 'Малайзия ринггити',
    NOK: 'норвегия крону',
    NPR: 'Непал руписи',
    NZD: 'Жаңы Зеландия доллары',
    PHP: 'Филиппин песосу',
    PKR: 'Пакистан руписи',
    PLN: 'польша злотыйы',
    QAR: 'Катар риалы',
    RON: 'румын лейи',
    RUB: 'орус рублу',
    SAR: 'Сауд риалы',
    SEK: 'швеция крону',
    SGD: 'Сингапур доллары',
    THB: 'Тай баты',
    TJS: 'Тажикстан сомониси',
    TRY: 'Түркия лирасы',
    USD: 'АКШ доллары',
    UZS: 'Өзбекстан суму',
    ZAR: 'Түштүк Африка ранды',
  },
};

/**
 * CLDR 48 writes Kyrgyz numbers as 1 234 567,5 (no-break space, decimal comma) and percentages as
 * 12,5%, as Ukrainian does; its numeric dates put the day before the month (3/12/25, 03-12), but
 * with slashes or hyphens, and its year-month-day pattern gives 2025-03-12 (year, day, month).
 * Ukrainian writes 03.12.25 and 03.12.2025: the same order, with dots, as the National Bank of the
 * Kyrgyz Republic dates its daily sheet (`Date="18.07.2022"`, test/fixtures/kg).
 */
export const formats: IntlGaps['formats'] = { intl: 'uk' };
