/**
 * Uzbek, in the Latin script (the Central Bank of Uzbekistan's Latin site). Terms as the Central
 * Bank and the Uzbek press write them ("rasmiy kurs" for the official rate); oʻ and gʻ with U+02BB,
 * the tutuq belgisi (maʼlumot) with U+02BC; see `glossary/uz.md`.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Bu maʼlumotlar manbasiga proksi kerak: script tegida data-proxy atributini koʻrsating.',
    code: 'code atributida valyutaning ISO 4217 kodini koʻrsating, masalan code="CNY".',
    src: 'src atributida yangiliklar lentasining manzilini (yoki source atributida roʻyxatdan oʻtgan maʼlumotlar manbasini) koʻrsating.',
    source: '“{value}” nomli maʼlumotlar manbasi roʻyxatdan oʻtmagan: source atributini tekshiring.',
    zone: 'Nomaʼlum vaqt mintaqasi “{value}”: zone atributida IANA vaqt mintaqasini koʻrsating, masalan Asia/Shanghai.',
    zones: '“{value}” ichida maʼlum vaqt mintaqasi yoʻq: zones atributida IANA vaqt mintaqalarini koʻrsating, masalan Asia/Shanghai.',
    group: 'Nomaʼlum guruh “{value}”: group atributida members, partners yoki all qiymatini koʻrsating.',
    'as-of':
      'ShHTni “{value}” sanasi boʻyicha koʻrsatib boʻlmaydi: as-of atributida YYYY-MM-DD shaklida yozilgan, 2001-06-15 (tashkilot tuzilgan kun) yoki undan keyingi sanani koʻrsating.',
    date: 'Notoʻgʻri sana “{value}”: date atributida YYYY-MM-DD shaklida yozilgan sanani koʻrsating.',
    base: 'Kurslar {value} valyutasiga nisbatan belgilanmagan: base atributida shu roʻyxatdagi valyutani koʻrsating.',
  },
  config: '{setting} sozlamasini tekshiring.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Yuklanmoqda…',
  stale: '{asOf} holatiga koʻra maʼlumotlar: oxirgi yangilash amalga oshmadi.',
  stillTrying: 'Yana urinib koʻrilmoqda…',
  errors: {
    network: 'Maʼlumotlarni yuklab boʻlmadi. Manzil yoki proksini tekshiring.',
    timeout: 'Maʼlumotlar manbasi javob bermayapti.',
    format: 'Maʼlumotlar manbasi qoʻllab-quvvatlanmaydigan formatdagi hujjat yubordi.',
    source: 'Maʼlumotlar manbasi ushbu soʻrov boʻyicha xatolik haqida xabar berdi.',
    empty: 'Maʼlumotlar manbasida ushbu soʻrov boʻyicha maʼlumot yoʻq.',
    'unknown-source': 'Bu maʼlumotlar manbasi nomaʼlum.',
  },
};

/** In the genitive, as the captions need: "{source} … rasmiy kurslari". */
export const sources: Catalog['sources'] = {
  caption: '{source} {date} uchun rasmiy kurslari',
  captionNoSource: '{date} uchun rasmiy kurslar',
  publishers: {
    cbr: 'Rossiya Bankining',
    ecb: 'Yevropa Markaziy bankining',
    nbk: 'Qozogʻiston Milliy bankining',
    nbkr: 'Qirgʻiziston Respublikasi Milliy bankining',
    cbu: 'Oʻzbekiston Markaziy bankining',
    nbrb: 'Belarus Milliy bankining',
  },
  via: ' ({mirror} orqali)',
  partial: '(ayrim kurslarni oʻqib boʻlmadi)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Mamlakat', code: 'Kod', currency: 'Valyuta', nominal: 'Birlik', rate: 'Kurs', change: 'Oʻzgarish' },
  crossRates: '{base} boʻyicha kross-kurslar',
  notQuoted: 'kurs belgilanmagan',
  up: 'oʻsish',
  down: 'pasayish',
  unchanged: 'oʻzgarishsiz',
  noPrevious: 'avvalgi kurs yoʻq',
  noEarlierRates: '{caption}; solishtirish uchun avvalgi kurslar yoʻq',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Summa',
  from: 'Qaysi valyutadan',
  to: 'Qaysi valyutaga',
  swap: 'Valyutalarning oʻrnini almashtirish',
  notANumber: 'Summani raqam bilan kiriting, masalan {example}.',
  notQuoted: 'Bu maʼlumotlar manbasi {code} kursini belgilamaydi. Boshqa valyutani tanlang.',
  notQuotedOption: '{code} — kurs belgilanmagan',
  tooLarge: 'Summa konvertatsiya qilish uchun juda katta. Kichikroq summa kiriting.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} uchun {base}',
  latestOn: '{date} holatiga',
  since: '{date} sanasidan beri',
  up: 'oʻsish',
  down: 'pasayish',
  unchanged: 'oʻzgarishsiz',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} – {to} oraligʻida {code} valyutasining {base} boʻyicha rasmiy kursi. Har bir kunning qiymatini strelka tugmalari bilan oʻqish mumkin.',
  tableCaption: '{code} valyutasining {base} boʻyicha rasmiy kursi, {nominal} uchun',
  date: 'Sana',
  rate: 'Kurs',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Nomaʼlum vaqt mintaqasi: {zone}',
  listLabel: 'Mahalliy vaqt',
  day: 'kunduz',
  night: 'tun',
  offsetShort: '{value} soat',
  ahead: 'sizning vaqtingizdan {duration} oldinda',
  behind: 'sizning vaqtingizdan {duration} orqada',
  sameTime: 'sizning vaqtingiz bilan bir xil',
  hours: '{count} soat',
  minutes: '{count} daq.',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Yangiliklar sarlavhalari',
  pause: 'Yangiliklar lentasini toʻxtatib turish',
  empty: 'Hozircha yangilik yoʻq.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Aʼzo davlatlar', observers: 'Kuzatuvchi davlatlar', 'dialogue-partners': 'Muloqot boʻyicha hamkorlar', partners: 'Hamkorlar' },
  capital: 'poytaxti: ',
  none: '{date} holatiga ShHTda bu guruh davlatlari boʻlmagan.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Pekin',
  moscow: 'Moskva',
  astana: 'Astana',
  bishkek: 'Bishkek',
  dushanbe: 'Dushanbe',
  tashkent: 'Toshkent',
  'new-delhi': 'Nyu-Dehli',
  islamabad: 'Islomobod',
  tehran: 'Tehron',
  minsk: 'Minsk',
  ulaanbaatar: 'Ulan-Bator',
  kabul: 'Kobul',
  'sri-jayawardenepura-kotte': 'Shri-Jayavardenepura-Kotte',
  ankara: 'Anqara',
  yerevan: 'Yerevan',
  baku: 'Boku',
  'phnom-penh': 'Pnompen',
  kathmandu: 'Katmandu',
  cairo: 'Qohira',
  doha: 'Doha',
  riyadh: 'Ar-Riyod',
  manama: 'Manama',
  'kuwait-city': 'Quvayt',
  male: 'Male',
  naypyidaw: 'Neypyido',
  'abu-dhabi': 'Abu-Dabi',
  vientiane: 'Vyentyan',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs uz`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Birlashgan Arab Amirliklari',
    AF: 'Afgʻoniston',
    AM: 'Armaniston',
    AU: 'Avstraliya',
    AZ: 'Ozarbayjon',
    BG: 'Bolgariya',
    BH: 'Bahrayn',
    BR: 'Braziliya',
    BY: 'Belarus',
    CA: 'Kanada',
    CH: 'Shveytsariya',
    CN: 'Xitoy',
    CZ: 'Chexiya',
    DK: 'Daniya',
    EG: 'Misr',
    GB: 'Buyuk Britaniya',
    HK: 'Gonkong (Xitoy MMH)',
    HR: 'Xorvatiya',
    HU: 'Vengriya',
    ID: 'Indoneziya',
    IL: 'Isroil',
    IN: 'Hindiston',
    IR: 'Eron',
    JP: 'Yaponiya',
    KG: 'Qirgʻiziston',
    KH: 'Kambodja',
    KR: 'Janubiy Koreya',
    KW: 'Quvayt',
    KZ: 'Qozogʻiston',
    LA: 'Laos',
    LK: 'Shri-Lanka',
    MM: 'Myanma (Birma)',
    MN: 'Mongoliya',
    MV: 'Maldiv orollari',
    MX: 'Meksika',
    MY: 'Malayziya',
    NO: 'Norvegiya',
    NP: 'Nepal',
    NZ: 'Yangi Zelandiya',
    PH: 'Filippin',
    PK: 'Pokiston',
    PL: 'Polsha',
    QA: 'Qatar',
    RO: 'Ruminiya',
    RU: 'Rossiya',
    SA: 'Saudiya Arabistoni',
    SE: 'Shvetsiya',
    SG: 'Singapur',
    TH: 'Tailand',
    TJ: 'Tojikiston',
    TR: 'Turkiya',
    US: 'Amerika Qo‘shma Shtatlari',
    UZ: 'Oʻzbekiston',
    ZA: 'Janubiy Afrika Respublikasi',
  },
  currency: {
    AED: 'Birlashgan Arab Amirliklari dirhami',
    AFN: 'Afg‘oniston afg‘oniysi',
    AMD: 'Armaniston drami',
    AUD: 'Avstraliya dollari',
    AZN: 'Ozarbayjon manati',
    BGN: 'Bolgariya levi',
    BHD: 'Bahrayn dinori',
    BRL: 'Braziliya reali',
    BYN: 'Belarus rubli',
    CAD: 'Kanada dollari',
    CHF: 'Shveytsariya franki',
    CNY: 'Xitoy yuani',
    CZK: 'Chexiya kronasi',
    DKK: 'Daniya kronasi',
    EGP: 'Misr funti',
    GBP: 'Angliya funt sterlingi',
    HKD: 'Gonkong dollari',
    HRK: 'Xorvatiya kunasi',
    HUF: 'Vengriya forinti',
    IDR: 'Indoneziya rupiyasi',
    ILS: 'Isroil yangi shekeli',
    INR: 'Hindiston rupiyasi',
    IRR: 'Eron riyoli',
    JPY: 'Yaponiya iyenasi',
    KGS: 'Qirg‘iziston somi',
    KHR: 'Kambodja rieli',
    KRW: 'Janubiy Koreya voni',
    KWD: 'Kuvayt dinori',
    KZT: 'Qozog‘iston tengesi',
    LAK: 'Laos kipi',
    LKR: 'Shri-Lanka rupiyasi',
    MMK: 'Myanma kyati',
    MNT: 'Mongoliya tugriki',
    MVR: 'Maldiv rupiyasi',
    MXN: 'Meksika pesosi',
    MYR: 'Malayziya ringgiti',
    NOK: 'Norvegiya kronasi',
    NPR: 'Nepal rupiyasi',
    NZD: 'Yangi Zelandiya dollari',
    PHP: 'Filippin pesosi',
    PKR: 'Pokiston rupiyasi',
    PLN: 'Polsha zlotiyi',
    QAR: 'Qatar riyoli',
    RON: 'Ruminiya leyi',
    RUB: 'Rossiya rubli',
    SAR: 'Saudiya Arabistoni riyoli',
    SEK: 'Shvetsiya kronasi',
    SGD: 'Singapur dollari',
    THB: 'Tailand bati',
    TJS: 'Tojikiston somoniysi',
    TRY: 'Turk lirasi',
    USD: 'AQSH dollari',
    UZS: 'O‘zbekiston so‘mi',
    ZAR: 'Janubiy Afrika rendi',
  },
};

/**
 * CLDR 48 writes Uzbek numbers as 1 234 567,5 (no-break space, decimal comma) and percentages as
 * 12,5%, as Ukrainian does; its numeric dates put the day before the month, with slashes (03/12/25,
 * 03/12/2025). Ukrainian writes 03.12.25 and 03.12.2025: the same order, with dots, as the Central
 * Bank of Uzbekistan dates its rates (`"Date": "05.08.2022"`, test/fixtures/uz).
 */
export const formats: IntlGaps['formats'] = { intl: 'uk' };
