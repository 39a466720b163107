/**
 * Tajik, in Cyrillic. Terms as the National Bank of Tajikistan writes them on nbt.tj ("қурб" for a
 * rate, "қурби расмӣ" for the official one); place names as CLDR gives them where it has them; see
 * `glossary/tg.md`.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Ин манбаъ ба прокси ниёз дорад: дар теги script атрибути data-proxy-ро гузоред.',
    code: 'Дар атрибути code рамзи ISO 4217-и асъорро нишон диҳед, масалан code="CNY".',
    src: 'Дар атрибути src суроғаи навори хабарҳоро (ё дар атрибути source манбаи ба қайд гирифташударо) нишон диҳед.',
    source: 'Манбаи «{value}» ба қайд гирифта нашудааст: атрибути source-ро санҷед.',
    zone: 'Минтақаи вақти номаълум «{value}»: дар атрибути zone минтақаи вақти IANA-ро нишон диҳед, масалан Asia/Shanghai.',
    zones: 'Дар «{value}» ягон минтақаи вақти маълум нест: дар атрибути zones минтақаҳои вақти IANA-ро нишон диҳед, масалан Asia/Shanghai.',
    group: 'Гурӯҳи номаълум «{value}»: дар атрибути group яке аз қиматҳои members, partners ё all-ро нишон диҳед.',
    'as-of':
      'СҲШ-ро ба санаи «{value}» нишон додан имконнопазир аст: дар атрибути as-of санаеро дар шакли YYYY-MM-DD, аз 2001-06-15 (рӯзи таъсиси он) сар карда, нишон диҳед.',
    date: 'Санаи нодуруст «{value}»: дар атрибути date санаеро дар шакли YYYY-MM-DD нишон диҳед.',
    base: 'Қурбҳо нисбат ба {value} муқаррар нашудаанд: дар атрибути base яке аз асъорҳои ҳамин рӯйхатро нишон диҳед.',
  },
  config: 'Танзими {setting}-ро санҷед.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Боркунӣ…',
  stale: 'Маълумот ба ҳолати {asOf}: навсозии охирин анҷом наёфт.',
  stillTrying: 'Кӯшиш идома дорад…',
  errors: {
    network: 'Маълумот бор карда нашуд. Суроға ё проксиро санҷед.',
    timeout: 'Манбаи маълумот ҷавоб намедиҳад.',
    format: 'Манбаи маълумот ҳуҷҷатро дар формати дастгиринашаванда фиристод.',
    source: 'Манбаи маълумот дар бораи хатои ин дархост хабар дод.',
    empty: 'Манбаи маълумот барои ин дархост маълумот надорад.',
    'unknown-source': 'Ин манбаи маълумот номаълум аст.',
  },
};

/** As the second term of an izafat, which needs no case ending: "Қурбҳои расмии {source} …". */
export const sources: Catalog['sources'] = {
  caption: 'Қурбҳои расмии {source} барои {date}',
  captionNoSource: 'Қурбҳои расмӣ барои {date}',
  publishers: {
    cbr: 'Бонки Русия',
    ecb: 'Бонки марказии Аврупо',
    nbk: 'Бонки миллии Қазоқистон',
    nbkr: 'Бонки миллии Ҷумҳурии Қирғизистон',
    cbu: 'Бонки марказии Ӯзбекистон',
    nbrb: 'Бонки миллии Беларус',
  },
  via: ' (тавассути {mirror})',
  partial: '(баъзе қурбҳоро хондан нашуд)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Кишвар', code: 'Рамз', currency: 'Асъор', nominal: 'Воҳид', rate: 'Қурб', change: 'Тағйир' },
  crossRates: 'қурбҳои кросс нисбат ба {base}',
  notQuoted: 'қурб муқаррар нашудааст',
  up: 'афзоиш',
  down: 'коҳиш',
  unchanged: 'бетағйир',
  noPrevious: 'қурби қаблӣ нест',
  noEarlierRates: '{caption}; барои муқоиса қурбҳои қаблӣ нест',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Маблағ',
  from: 'Аз',
  to: 'Ба',
  swap: 'Ҷойи асъорҳоро иваз кардан',
  notANumber: 'Маблағро бо рақам ворид кунед, масалан {example}.',
  notQuoted: 'Ин манбаъ қурби {code}-ро муқаррар намекунад. Асъори дигареро интихоб кунед.',
  notQuotedOption: '{code} — қурб муқаррар нашудааст',
  tooLarge: 'Маблағ барои табдил хеле калон аст. Маблағи хурдтареро ворид кунед.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {base} барои {nominal}',
  latestOn: 'ба санаи {date}',
  since: 'аз {date}',
  up: 'афзоиш',
  down: 'коҳиш',
  unchanged: 'бетағйир',
  readout: '{date}: {value} {base}',
  chartLabel: 'Қурби расмии {code} бо {base} аз {from} то {to}. Қимати ҳар рӯзро бо тугмаҳои тирчадор хондан мумкин аст.',
  tableCaption: 'Қурби расмии {code} бо {base} барои {nominal}',
  date: 'Сана',
  rate: 'Қурб',
  partial: 'Қурбҳои баъзе рӯзҳоро хондан нашуд.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Минтақаи вақти номаълум: {zone}',
  listLabel: 'Вақти маҳаллӣ',
  day: 'рӯз',
  night: 'шаб',
  offsetShort: '{value} соат',
  ahead: '{duration} пеш аз вақти шумо',
  behind: '{duration} ақиб аз вақти шумо',
  sameTime: 'бо вақти шумо баробар',
  hours: '{count} соат',
  minutes: '{count} дақ.',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Сарлавҳаҳои хабарҳо',
  pause: 'Навори хабарҳоро боздоштан',
  empty: 'Ҳоло хабаре нест.',
  partial: 'Шояд баъзе сарлавҳаҳо нишон дода нашаванд.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Давлатҳои аъзо', observers: 'Давлатҳои нозир', 'dialogue-partners': 'Шарикони муколама', partners: 'Шарикон' },
  capital: 'пойтахт: ',
  none: 'Ба санаи {date} дар СҲШ давлатҳои ин гурӯҳ набуданд.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Пекин',
  moscow: 'Маскав',
  astana: 'Остона',
  bishkek: 'Бишкек',
  dushanbe: 'Душанбе',
  tashkent: 'Тошкент',
  'new-delhi': 'Деҳлии Нав',
  islamabad: 'Исломобод',
  tehran: 'Теҳрон',
  minsk: 'Минск',
  ulaanbaatar: 'Улан-Батор',
  kabul: 'Кобул',
  'sri-jayawardenepura-kotte': 'Шри-Ҷаяварденепура-Котте',
  ankara: 'Анқара',
  yerevan: 'Ереван',
  baku: 'Боку',
  'phnom-penh': 'Пномпен',
  kathmandu: 'Катманду',
  cairo: 'Қоҳира',
  doha: 'Доҳа',
  riyadh: 'Риёз',
  manama: 'Манома',
  'kuwait-city': 'Кувайт',
  male: 'Мале',
  naypyidaw: 'Нейпйидо',
  'abu-dhabi': 'Абу-Дабӣ',
  vientiane: 'Вьентян',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs tg`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Аморатҳои Муттаҳидаи Араб',
    AF: 'Афғонистон',
    AM: 'Арманистон',
    AU: 'Австралия',
    AZ: 'Озарбойҷон',
    BG: 'Булғория',
    BH: 'Баҳрайн',
    BR: 'Бразилия',
    BY: 'Белорус',
    CA: 'Канада',
    CH: 'Швейтсария',
    CN: 'Хитой',
    CZ: 'Ҷумҳурии Чех',
    DK: 'Дания',
    EG: 'Миср',
    GB: 'Шоҳигарии Муттаҳида',
    HK: 'Ҳонконг (МММ)',
    HR: 'Хорватия',
    HU: 'Маҷористон',
    ID: 'Индонезия',
    IL: 'Исроил',
    IN: 'Ҳиндустон',
    IR: 'Эрон',
    JP: 'Япония',
    KG: 'Қирғизистон',
    KH: 'Камбоҷа',
    KR: 'Кореяи Ҷанубӣ',
    KW: 'Қувайт',
    KZ: 'Қазоқистон',
    LA: 'Лаос',
    LK: 'Шри-Ланка',
    MM: 'Мянма',
    MN: 'Муғулистон',
    MV: 'Малдив',
    MX: 'Мексика',
    MY: 'Малайзия',
    NO: 'Норвегия',
    NP: 'Непал',
    NZ: 'Зеландияи Нав',
    PH: 'Филиппин',
    PK: 'Покистон',
    PL: 'Лаҳистон',
    QA: 'Қатар',
    RO: 'Руминия',
    RU: 'Русия',
    SA: 'Арабистони Саудӣ',
    SE: 'Шветсия',
    SG: 'Сингапур',
    TH: 'Таиланд',
    TJ: 'Тоҷикистон',
    TR: 'Туркия',
    US: 'Иёлоти Муттаҳида',
    UZ: 'Ӯзбекистон',
    ZA: 'Африкаи Ҷанубӣ',
  },
  currency: {
    AED: 'Дирҳами АМА',
    AFN: 'Афғонии Афғонистон',
    AMD: 'Драми Арманистон',
    AUD: 'Доллари Австралия',
    AZN: 'Манати Озарбойҷон',
    BGN: 'Леви Болгария',
    BHD: 'Динори Баҳрайн',
    BRL: 'Реали бразилиягӣ',
    BYN: 'Рубли Беларус',
    CAD: 'Доллари Канада',
    CHF: 'Франки Швейтсария',
    CNY: 'Иенаи хитоӣ',
    CZK: 'Крони Чехия',
    DKK: 'Крони Дания',
    EGP: 'Фунти мисрӣ',
    GBP: 'Фунт стерлинги британӣ',
    HKD: 'Доллари Гонконг',
    HRK: 'Кунаи Хорватия',
    HUF: 'Форинти Венгрия',
    IDR: 'Рупияи Индонезия',
    ILS: 'Шекелҳои нави Исроил',
    INR: 'Рупияи ҳиндустонӣ',
    IRR: 'Риёли Эрон',
    JPY: 'Иенаи японӣ',
    KGS: 'Соми Қирғизистон',
    KHR: 'Риэли Камбоҷа',
    KRW: 'Вони Кореяи Ҷанубӣ',
    KWD: 'Динори Кувайт',
    KZT: 'Тангаи Казокистон',
    LAK: 'Кипи Лаосй',
    LKR: 'Рупи Шри-Ланка',
    MMK: 'киати Мянмар',
    MNT: 'Тугрики Муғулистон',
    MVR: 'Руфияи Малдив',
    MXN: 'Песои Мексика',
    MYR: 'Ринггити Малайзия',
    NOK: 'Кронаи Норвегия',
    NPR: 'Рупияи Непал',
    NZD: 'Доллари Зеландияи Нав',
    PHP: 'Песои Филиппин',
    PKR: 'Рупияи Покистон',
    PLN: 'Злотии Польша',
    QAR: 'Риёли Қатар',
    RON: 'Лейи Руминия',
    RUB: 'Рубли русӣ',
    SAR: 'Риёли Саудӣ',
    SEK: 'Крони шведӣ',
    SGD: 'Доллари Сингапур',
    THB: 'Бати Таиланд',
    TJS: 'Сомонии Тоҷикистон',
    TRY: 'Лираи Туркия',
    USD: 'Доллари ИМА',
    UZS: 'Сўми Ӯзбекистон',
    ZAR: 'Рэнди Африқои Ҷанубӣ',
  },
};

/**
 * CLDR 48 writes Tajik numbers as 1 234 567,5 (no-break space, decimal comma) and percentages as
 * 12,5%, as Ukrainian does; its numeric dates put the day before the month, mostly with slashes
 * (03/12/25, 03/12/2025; 3.12.2025 in one pattern). Ukrainian writes 03.12.25 and 03.12.2025: the
 * same order, with dots, as Tajik news agencies date the National Bank's rates ("29.09.2025", Khovar).
 */
export const formats: IntlGaps['formats'] = { intl: 'uk' };
