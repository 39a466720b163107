/**
 * Kazakh, in Cyrillic (the script the National Bank of Kazakhstan publishes in). Terms as the
 * National Bank writes them on nationalbank.kz ("ресми бағам" for the official rate, "бағам" for a
 * rate); place names as CLDR gives them where it has them; see `glossary/kk.md`.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Бұл деректер көзіне прокси қажет: script тегінде data-proxy атрибутын көрсетіңіз.',
    code: 'code атрибутында валютаның ISO 4217 кодын көрсетіңіз, мысалы code="CNY".',
    src: 'src атрибутында жаңалықтар арнасының мекенжайын (немесе source атрибутында тіркелген деректер көзін) көрсетіңіз.',
    source: '«{value}» деген деректер көзі тіркелмеген: source атрибутын тексеріңіз.',
    zone: 'Белгісіз уақыт белдеуі «{value}»: zone атрибутында IANA уақыт белдеуін көрсетіңіз, мысалы Asia/Shanghai.',
    zones: '«{value}» ішінде белгілі уақыт белдеуі жоқ: zones атрибутында IANA уақыт белдеулерін көрсетіңіз, мысалы Asia/Shanghai.',
    group: 'Белгісіз топ «{value}»: group атрибутында members, partners немесе all мәнін көрсетіңіз.',
    'as-of':
      '«{value}» күнгі ШЫҰ-ны көрсету мүмкін емес: as-of атрибутында YYYY-MM-DD түрінде жазылған, 2001-06-15 (ұйым құрылған күн) немесе одан кейінгі күнді көрсетіңіз.',
    date: 'Жарамсыз күн «{value}»: date атрибутында YYYY-MM-DD түрінде жазылған күнді көрсетіңіз.',
    base: 'Бағамдар {value} валютасына қатысты белгіленбеген: base атрибутында осы тізімдегі валютаны көрсетіңіз.',
  },
  config: '{setting} баптауын тексеріңіз.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Жүктелуде…',
  stale: '{asOf} жағдай бойынша деректер: соңғы жаңарту сәтсіз аяқталды.',
  stillTrying: 'Әлі де әрекет жасалуда…',
  errors: {
    network: 'Деректерді жүктеу мүмкін болмады. Мекенжайды немесе проксиді тексеріңіз.',
    timeout: 'Деректер көзі жауап бермей тұр.',
    format: 'Деректер көзі қолдау көрсетілмейтін пішімдегі құжат жіберді.',
    source: 'Деректер көзі бұл сұрау бойынша қате туралы хабарлады.',
    empty: 'Деректер көзінде бұл сұрау бойынша деректер жоқ.',
    'unknown-source': 'Бұл деректер көзі белгісіз.',
  },
};

/** In the genitive, as the captions need: "{source} … ресми бағамдары". */
export const sources: Catalog['sources'] = {
  caption: '{source} {date} күнгі ресми бағамдары',
  captionNoSource: '{date} күнгі ресми бағамдар',
  publishers: {
    cbr: 'Ресей Банкінің',
    ecb: 'Еуропалық Орталық Банктің',
    nbk: 'Қазақстан Ұлттық Банкінің',
    nbkr: 'Қырғыз Республикасы Ұлттық Банкінің',
    cbu: 'Өзбекстан Орталық Банкінің',
    nbrb: 'Беларусь Ұлттық Банкінің',
  },
  via: ' ({mirror} арқылы)',
  partial: '(кейбір бағамдарды оқу мүмкін болмады)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Ел', code: 'Код', currency: 'Валюта', nominal: 'Бірлік', rate: 'Бағам', change: 'Өзгеріс' },
  crossRates: '{base} бойынша кросс-бағамдар',
  notQuoted: 'бағамы белгіленбейді',
  up: 'өсу',
  down: 'төмендеу',
  unchanged: 'өзгеріссіз',
  noPrevious: 'алдыңғы бағам жоқ',
  noEarlierRates: '{caption}; салыстыруға алдыңғы бағамдар жоқ',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Сома',
  from: 'Қай валютадан',
  to: 'Қай валютаға',
  swap: 'Валюталардың орнын ауыстыру',
  notANumber: 'Соманы сан түрінде енгізіңіз, мысалы {example}.',
  notQuoted: 'Бұл деректер көзі {code} бағамын белгілемейді. Басқа валютаны таңдаңыз.',
  notQuotedOption: '{code} — бағамы белгіленбейді',
  tooLarge: 'Сома айырбастау үшін тым үлкен. Кішірек соманы енгізіңіз.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} үшін {base}',
  latestOn: '{date} күні',
  since: '{date} күннен бері',
  up: 'өсу',
  down: 'төмендеу',
  unchanged: 'өзгеріссіз',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} – {to} аралығындағы {code} валютасының {base} бойынша ресми бағамы. Әр күннің мәнін көрсеткі пернелерімен оқуға болады.',
  tableCaption: '{code} валютасының {base} бойынша ресми бағамы, {nominal} үшін',
  date: 'Күні',
  rate: 'Бағам',
  partial: 'Кейбір күндердің бағамдарын оқу мүмкін болмады.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Белгісіз уақыт белдеуі: {zone}',
  listLabel: 'Жергілікті уақыт',
  day: 'күндіз',
  night: 'түнде',
  offsetShort: '{value} сағ',
  ahead: 'сіздің уақытыңыздан {duration} алда',
  behind: 'сіздің уақытыңыздан {duration} артта',
  sameTime: 'сіздің уақытыңызбен бірдей',
  hours: '{count} сағ',
  minutes: '{count} мин',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Жаңалықтар тақырыптары',
  pause: 'Жаңалықтар таспасын тоқтата тұру',
  empty: 'Әзірге жаңалық жоқ.',
  partial: 'Кейбір жаңалық тақырыптары жетіспеуі мүмкін.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Мүше мемлекеттер', observers: 'Бақылаушы мемлекеттер', 'dialogue-partners': 'Диалог бойынша серіктестер', partners: 'Серіктестер' },
  capital: 'астанасы: ',
  none: '{date} күні ШЫҰ-да бұл топтың мемлекеттері болған жоқ.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Бейжің',
  moscow: 'Мәскеу',
  astana: 'Астана',
  bishkek: 'Бішкек',
  dushanbe: 'Душанбе',
  tashkent: 'Ташкент',
  'new-delhi': 'Нью-Дели',
  islamabad: 'Исламабад',
  tehran: 'Тегеран',
  minsk: 'Минск',
  ulaanbaatar: 'Ұланбатыр',
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

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs kk`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Біріккен Араб Әмірліктері',
    AF: 'Ауғанстан',
    AM: 'Армения',
    AU: 'Аустралия',
    AZ: 'Әзірбайжан',
    BG: 'Болгария',
    BH: 'Бахрейн',
    BR: 'Бразилия',
    BY: 'Беларусь',
    CA: 'Канада',
    CH: 'Швейцария',
    CN: 'Қытай',
    CZ: 'Чехия',
    DK: 'Дания',
    EG: 'Мысыр',
    GB: 'Ұлыбритания',
    HK: 'Сянган АӘА',
    HR: 'Хорватия',
    HU: 'Венгрия',
    ID: 'Индонезия',
    IL: 'Израиль',
    IN: 'Үндістан',
    IR: 'Иран',
    JP: 'Жапония',
    KG: 'Қырғызстан',
    KH: 'Камбоджа',
    KR: 'Оңтүстік Корея',
    KW: 'Кувейт',
    KZ: 'Қазақстан',
    LA: 'Лаос',
    LK: 'Шри-Ланка',
    MM: 'Мьянма (Бирма)',
    MN: 'Моңғолия',
    MV: 'Мальдив аралдары',
    MX: 'Мексика',
    MY: 'Малайзия',
    NO: 'Норвегия',
    NP: 'Непал',
    NZ: 'Жаңа Зеландия',
    PH: 'Филиппин аралдары',
    PK: 'Пәкістан',
    PL: 'Польша',
    QA: 'Катар',
    RO: 'Румыния',
    RU: 'Ресей',
    SA: 'Сауд Арабиясы',
    SE: 'Швеция',
    SG: 'Сингапур',
    TH: 'Таиланд',
    TJ: 'Тәжікстан',
    TR: 'Түркия',
    US: 'Америка Құрама Штаттары',
    UZ: 'Өзбекстан',
    ZA: 'Оңтүстік Африка',
  },
  currency: {
    AED: 'Біріккен Араб Әмірліктерінің дирхамы',
    AFN: 'Ауғанстан афганиі',
    AMD: 'Армения драмы',
    AUD: 'Аустралия доллары',
    AZN: 'Әзірбайжан манаты',
    BGN: 'Болгария леві',
    BHD: 'Бахрейн динары',
    BRL: 'Бразилия реалы',
    BYN: 'Беларусь рублі',
    CAD: 'Канада доллары',
    CHF: 'Швейцария франкі',
    CNY: 'Қытай юані',
    CZK: 'Чехия кронасы',
    DKK: 'Дат кроны',
    EGP: 'Мысыр фунты',
    GBP: 'Британдық фунт',
    HKD: 'Гонконг доллары',
    HRK: 'Хорватия кунасы',
    HUF: 'Венгрия форинті',
    IDR: 'Индонезия рупиясы',
    ILS: 'Израиль жаңа шекелі',
    INR: 'Үндістан рупиясы',
    IRR: 'Иран риалы',
    JPY: 'Жапония иенасы',
    KGS: 'Қырғызстан сомы',
    KHR: 'Камбоджа риелі',
    KRW: 'Оңтүстік Корея воны',
    KWD: 'Кувейт динары',
    KZT: 'Қазақстан теңгесі',
    LAK: 'Лаос кипі',
    LKR: 'Шри-Ланка рупиясы',
    MMK: 'Мьянма кьяты',
    MNT: 'Моңғолия тугригі',
    MVR: 'Мальдив руфиясы',
    MXN: 'Мексика песосы',
    MYR: 'Малайзия ринггиті',
    NOK: 'Норвегия кроны',
    NPR: 'Непал рупиясы',
    NZD: 'Жаңа Зеландия доллары',
    PHP: 'Филиппин песосы',
    PKR: 'Пәкістан рупиясы',
    PLN: 'Польша злотасы',
    QAR: 'Катар риалы',
    RON: 'Румыния лейі',
    RUB: 'Ресей рублі',
    SAR: 'Сауд Арабиясының риалы',
    SEK: 'Швеция кроны',
    SGD: 'Сингапур доллары',
    THB: 'Тай баты',
    TJS: 'Тәжікстан сомониі',
    TRY: 'Түрік лирасы',
    USD: 'АҚШ доллары',
    UZS: 'Өзбекстан сомы',
    ZAR: 'Оңтүстік Африка рэнді',
  },
};

/**
 * CLDR 48 writes Kazakh numbers as 1 234 567,5 (no-break space, decimal comma), percentages as
 * 12,5% and short dates as 03.12.25 (day.month.year, with `, ` before the time). Ukrainian gives
 * exactly the same for each (Russian differs: 12,5 % and 03.12.2025), so it stands in.
 */
export const formats: IntlGaps['formats'] = { intl: 'uk' };
