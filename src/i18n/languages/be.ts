/**
 * Belarusian (the official orthography of 2008). Terms as the National Bank of the Republic of
 * Belarus writes them in the Belarusian version of nbrb.by ("афіцыйны курс", "адзінак" for the
 * denomination); see `glossary/be.md`. Browsers have no CLDR data for Belarusian: names and
 * number formats below.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Гэтай крыніцы патрэбны проксі: укажыце data-proxy у тэгу script.',
    code: 'Укажыце ў атрыбуце code код валюты паводле ISO 4217, напрыклад code="CNY".',
    src: 'Укажыце ў атрыбуце src адрас стужкі навін (або ў source — зарэгістраваную крыніцу).',
    source: 'Крыніца «{value}» не зарэгістравана: праверце атрыбут source.',
    zone: 'Невядомы часавы пояс «{value}»: укажыце ў атрыбуце zone пояс IANA, напрыклад Asia/Shanghai.',
    zones: 'У «{value}» няма вядомых часавых паясоў: укажыце ў атрыбуце zones паясы IANA, напрыклад Asia/Shanghai.',
    group: 'Невядомая група «{value}»: укажыце ў атрыбуце group members, partners або all.',
    'as-of': 'Нельга паказаць ШАС на «{value}»: укажыце ў атрыбуце as-of дату ў выглядзе YYYY-MM-DD, не раней за 2001-06-15 (дзень заснавання).',
    date: 'Няправільная дата «{value}»: укажыце ў атрыбуце date дату ў выглядзе YYYY-MM-DD.',
    base: 'Курсы не ўстаноўлены ў адносінах да {value}: укажыце ў атрыбуце base валюту з гэтага спісу курсаў.',
  },
  config: 'Праверце наладу {setting}.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Загрузка…',
  stale: 'Даныя на {asOf}: апошняе абнаўленне не ўдалося.',
  stillTrying: 'Спрабуем яшчэ…',
  errors: {
    network: 'Не ўдалося загрузіць даныя. Праверце адрас або проксі.',
    timeout: 'Крыніца даных не адказвае.',
    format: 'Крыніца даных даслала дакумент у непадтрыманым фармаце.',
    source: 'Крыніца даных паведаміла пра памылку ў гэтым запыце.',
    empty: 'У крыніцы даных няма даных па гэтым запыце.',
    'unknown-source': 'Гэтая крыніца даных невядомая.',
  },
};

export const sources: Catalog['sources'] = {
  caption: 'Афіцыйныя курсы {source} на {date}',
  captionNoSource: 'Афіцыйныя курсы на {date}',
  publishers: {
    cbr: 'Банка Расіі',
    ecb: 'Еўрапейскага цэнтральнага банка',
    nbk: 'Нацыянальнага банка Казахстана',
    nbkr: 'Нацыянальнага банка Кыргызскай Рэспублікі',
    cbu: 'Цэнтральнага банка Узбекістана',
    nbrb: 'Нацыянальнага банка Рэспублікі Беларусь',
  },
  via: ' (праз {mirror})',
  partial: '(частку курсаў не ўдалося прачытаць)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Краіна', code: 'Код', currency: 'Валюта', nominal: 'Адз.', rate: 'Курс', change: 'Змяненне' },
  crossRates: 'крос-курсы ў {base}',
  notQuoted: 'няма каціроўкі',
  up: 'рост',
  down: 'зніжэнне',
  unchanged: 'без змяненняў',
  noPrevious: 'няма папярэдняга курсу',
  noEarlierRates: '{caption}; папярэдніх курсаў для параўнання няма',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Сума',
  from: 'З',
  to: 'У',
  swap: 'Памяняць валюты месцамі',
  notANumber: 'Увядзіце суму лікам, напрыклад {example}.',
  notQuoted: 'Гэтая крыніца не каціруе {code}. Выберыце іншую валюту.',
  notQuotedOption: '{code} — няма каціроўкі',
  tooLarge: 'Сума занадта вялікая для пераліку. Увядзіце меншую.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {base} за {nominal}',
  latestOn: 'на {date}',
  since: 'з {date}',
  up: 'рост',
  down: 'зніжэнне',
  unchanged: 'без змяненняў',
  readout: '{date}: {value} {base}',
  chartLabel: 'Афіцыйны курс {code} у {base} з {from} па {to}. Значэнне кожнага дня чытаецца клавішамі са стрэлкамі.',
  tableCaption: 'Афіцыйны курс {code} у {base} за {nominal}',
  date: 'Дата',
  rate: 'Курс',
  partial: 'Курсы за некаторыя дні не ўдалося прачытаць.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Невядомы часавы пояс: {zone}',
  listLabel: 'Мясцовы час',
  day: 'дзень',
  night: 'ноч',
  offsetShort: '{value} гадз',
  ahead: 'на {duration} больш, чым у вас',
  behind: 'на {duration} менш, чым у вас',
  sameTime: 'як у вас',
  hours: '{count} гадз',
  minutes: '{count} хв',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Загалоўкі навін',
  pause: 'Спыніць стужку навін',
  empty: 'Навін пакуль няма.',
  partial: 'Часткі загалоўкаў можа не быць.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Дзяржавы-члены', observers: 'Дзяржавы-назіральнікі', 'dialogue-partners': 'Партнёры па дыялогу', partners: 'Партнёры' },
  capital: 'сталіца: ',
  none: 'На {date} у ШАС не было дзяржаў гэтай групы.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Пекін',
  moscow: 'Масква',
  astana: 'Астана',
  bishkek: 'Бішкек',
  dushanbe: 'Душанбэ',
  tashkent: 'Ташкент',
  'new-delhi': 'Нью-Дэлі',
  islamabad: 'Ісламабад',
  tehran: 'Тэгеран',
  minsk: 'Мінск',
  ulaanbaatar: 'Улан-Батар',
  kabul: 'Кабул',
  'sri-jayawardenepura-kotte': 'Шры-Джаявардэнэпура-Котэ',
  ankara: 'Анкара',
  yerevan: 'Ерэван',
  baku: 'Баку',
  'phnom-penh': 'Пнампень',
  kathmandu: 'Катманду',
  cairo: 'Каір',
  doha: 'Доха',
  riyadh: 'Эр-Рыяд',
  manama: 'Манама',
  'kuwait-city': 'Эль-Кувейт',
  male: 'Мале',
  naypyidaw: 'Нэйпьідо',
  'abu-dhabi': 'Абу-Дабі',
  vientiane: 'В’енцьян',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs be`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Аб’яднаныя Арабскія Эміраты',
    AF: 'Афганістан',
    AM: 'Арменія',
    AU: 'Аўстралія',
    AZ: 'Азербайджан',
    BG: 'Балгарыя',
    BH: 'Бахрэйн',
    BR: 'Бразілія',
    BY: 'Беларусь',
    CA: 'Канада',
    CH: 'Швейцарыя',
    CN: 'Кітай',
    CZ: 'Чэхія',
    DK: 'Данія',
    EG: 'Егіпет',
    GB: 'Вялікабрытанія',
    HK: 'Ганконг, САР (Кітай)',
    HR: 'Харватыя',
    HU: 'Венгрыя',
    ID: 'Інданезія',
    IL: 'Ізраіль',
    IN: 'Індыя',
    IR: 'Іран',
    JP: 'Японія',
    KG: 'Кыргызстан',
    KH: 'Камбоджа',
    KR: 'Паўднёвая Карэя',
    KW: 'Кувейт',
    KZ: 'Казахстан',
    LA: 'Лаос',
    LK: 'Шры-Ланка',
    MM: 'М’янма (Бірма)',
    MN: 'Манголія',
    MV: 'Мальдывы',
    MX: 'Мексіка',
    MY: 'Малайзія',
    NO: 'Нарвегія',
    NP: 'Непал',
    NZ: 'Новая Зеландыя',
    PH: 'Філіпіны',
    PK: 'Пакістан',
    PL: 'Польшча',
    QA: 'Катар',
    RO: 'Румынія',
    RU: 'Расія',
    SA: 'Саудаўская Аравія',
    SE: 'Швецыя',
    SG: 'Сінгапур',
    TH: 'Тайланд',
    TJ: 'Таджыкістан',
    TR: 'Турцыя',
    US: 'Злучаныя Штаты Амерыкі',
    UZ: 'Узбекістан',
    ZA: 'Паўднёва-Афрыканская Рэспубліка',
  },
  currency: {
    AED: 'дырхам ААЭ',
    AFN: 'афганскі афгані',
    AMD: 'армянскі драм',
    AUD: 'аўстралійскі долар',
    AZN: 'азербайджанскі манат',
    BGN: 'балгарскі леў',
    BHD: 'бахрэйнскі дынар',
    BRL: 'бразільскі рэал',
    BYN: 'беларускі рубель',
    CAD: 'канадскі долар',
    CHF: 'швейцарскі франк',
    CNY: 'кітайскі юань',
    CZK: 'чэшская крона',
    DKK: 'дацкая крона',
    EGP: 'егіпецкі фунт',
    GBP: 'брытанскі фунт стэрлінгаў',
    HKD: 'ганконгскі долар',
    HRK: 'харвацкая куна',
    HUF: 'венгерскі форынт',
    IDR: 'інданезійская рупія',
    ILS: 'новы ізраільскі шэкель',
    INR: 'індыйская рупія',
    IRR: 'іранскі рыял',
    JPY: 'японская іена',
    KGS: 'кіргізскі сом',
    KHR: 'камбаджыйскі рыель',
    KRW: 'паўднёвакарэйская вона',
    KWD: 'кувейцкі дынар',
    KZT: 'казахстанскі тэнге',
    LAK: 'лаоскі кіп',
    LKR: 'шры-ланкійская рупія',
    MMK: 'м’янманскі к’ят',
    MNT: 'мангольскі тугрык',
    MVR: 'мальдыўская руфія',
    MXN: 'мексіканскае песа',
    MYR: 'малайзійскі рынгіт',
    NOK: 'нарвежская крона',
    NPR: 'непальская рупія',
    NZD: 'новазеландскі долар',
    PHP: 'філіпінскае песа',
    PKR: 'пакістанская рупія',
    PLN: 'польскі злоты',
    QAR: 'катарскі рыял',
    RON: 'румынскі лей',
    RUB: 'расійскі рубель',
    SAR: 'саудаўскі рыял',
    SEK: 'шведская крона',
    SGD: 'сінгапурскі долар',
    THB: 'тайскі бат',
    TJS: 'таджыкскі самані',
    TRY: 'турэцкая ліра',
    USD: 'долар ЗША',
    UZS: 'узбекскі сум',
    ZAR: 'паўднёваафрыканскі рэнд',
  },
};

/**
 * Russian numbers and dates stand in for Belarusian. Compared, CLDR 48 `be` against `ru` (Node's
 * ICU and Chromium): the same group separator (no-break space), decimal comma, percent with a
 * no-break space ("-1,23 %"), day.month.year dates ("13.12.2025") and 24-hour clock. Left over:
 * `ru` groups four-digit numbers ("1 234,5", `be` "1234,5"), and its short date keeps four year
 * digits ("13.12.2025", `be` "13.12.25"). `pl` would match the four-digit numbers but not the
 * percent sign's space, and anything the widgets still spell out would read Polish; Russian, an
 * official language of Belarus, reads to every Belarusian reader.
 */
export const formats: IntlGaps['formats'] = { intl: 'ru' };
