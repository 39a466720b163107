/**
 * Azerbaijani (Latin). Terms as the Central Bank of the Republic of Azerbaijan writes them on
 * cbar.az ("rəsmi məzənnə", "nominal"); see `glossary/az.md`. Dates are kept out of case endings
 * ("{date} tarixinə"), whose form would depend on how the number is read. Browsers have the
 * language but not its names or number data: names and formats below.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Bu mənbə üçün proksi lazımdır: script teqində data-proxy göstərin.',
    code: 'code atributunda valyutanın ISO 4217 kodunu göstərin, məsələn, code="CNY".',
    src: 'src atributunda xəbər lentinin URL ünvanını göstərin (və ya source atributunda qeydiyyatdan keçmiş mənbəni).',
    source: '«{value}» adlı mənbə qeydiyyatda deyil: source atributunu yoxlayın.',
    zone: 'Naməlum saat qurşağı «{value}»: zone atributunda IANA saat qurşağı göstərin, məsələn, Asia/Shanghai.',
    zones: '«{value}» daxilində məlum saat qurşağı yoxdur: zones atributunda IANA saat qurşaqlarını göstərin, məsələn, Asia/Shanghai.',
    group: 'Naməlum qrup «{value}»: group atributunda members, partners və ya all göstərin.',
    'as-of':
      'ŞƏT-i «{value}» tarixinə göstərmək mümkün deyil: as-of atributunda YYYY-MM-DD şəklində, 2001-06-15 (təsis tarixi) və ya sonrakı bir tarix göstərin.',
    date: 'Yanlış tarix «{value}»: date atributunda tarixi YYYY-MM-DD şəklində göstərin.',
    base: 'Məzənnələr {value} valyutasına qarşı müəyyən edilmir: base atributunda bu siyahıdakı valyutalardan birini göstərin.',
  },
  config: '{setting} parametrini yoxlayın.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Yüklənir…',
  stale: 'Məlumat {asOf} vəziyyətinədir: son yeniləmə alınmadı.',
  stillTrying: 'Yenidən cəhd edilir…',
  errors: {
    network: 'Məlumatı yükləmək mümkün olmadı. Ünvanı və ya proksini yoxlayın.',
    timeout: 'Məlumat mənbəyi cavab vermir.',
    format: 'Məlumat mənbəyi dəstəklənməyən formatda sənəd göndərdi.',
    source: 'Məlumat mənbəyi bu sorğu üçün xəta bildirdi.',
    empty: 'Məlumat mənbəyində bu sorğu üçün məlumat yoxdur.',
    'unknown-source': 'Bu məlumat mənbəyi məlum deyil.',
  },
};

/** In the genitive, before "{date} tarixinə rəsmi məzənnələri". */
export const sources: Catalog['sources'] = {
  caption: '{source} {date} tarixinə rəsmi məzənnələri',
  captionNoSource: '{date} tarixinə rəsmi məzənnələr',
  publishers: {
    cbr: 'Rusiya Bankının',
    ecb: 'Avropa Mərkəzi Bankının',
    nbk: 'Qazaxıstan Milli Bankının',
    nbkr: 'Qırğız Respublikası Milli Bankının',
    cbu: 'Özbəkistan Mərkəzi Bankının',
    nbrb: 'Belarus Milli Bankının',
  },
  via: ' ({mirror} vasitəsilə)',
  partial: '(bəzi məzənnələri oxumaq mümkün olmadı)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Ölkə', code: 'Kod', currency: 'Valyuta', nominal: 'Nominal', rate: 'Məzənnə', change: 'Dəyişmə' },
  crossRates: '{base} valyutasında çarpaz məzənnələr',
  notQuoted: 'kotirovka edilmir',
  up: 'artım',
  down: 'azalma',
  unchanged: 'dəyişməyib',
  noPrevious: 'əvvəlki məzənnə yoxdur',
  noEarlierRates: '{caption}; müqayisə üçün əvvəlki məzənnələr yoxdur',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Məbləğ',
  from: 'Valyutadan',
  to: 'Valyutaya',
  swap: 'Valyutaların yerini dəyiş',
  notANumber: 'Məbləği rəqəmlə daxil edin, məsələn, {example}.',
  notQuoted: 'Bu mənbə {code} üçün məzənnə vermir. Başqa valyuta seçin.',
  notQuotedOption: '{code} — kotirovka edilmir',
  tooLarge: 'Məbləğ çevirmək üçün çox böyükdür. Daha kiçik məbləğ daxil edin.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} üçün {base}',
  latestOn: '{date} tarixinə',
  since: '{date} tarixindən bəri',
  up: 'artım',
  down: 'azalma',
  unchanged: 'dəyişməyib',
  readout: '{date}: {value} {base}',
  chartLabel: '{code} valyutasının {base} ilə rəsmi məzənnəsi, {from} tarixindən {to} tarixinədək. Hər günün dəyərini ox düymələri ilə oxuyun.',
  tableCaption: '{code} valyutasının {base} ilə rəsmi məzənnəsi, {nominal} üçün',
  date: 'Tarix',
  rate: 'Məzənnə',
  partial: 'Bəzi günlərin məzənnələrini oxumaq mümkün olmadı.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Naməlum saat qurşağı: {zone}',
  listLabel: 'Yerli vaxt',
  day: 'gündüz',
  night: 'gecə',
  offsetShort: '{value} saat',
  ahead: 'sizin vaxtınızdan {duration} irəlidə',
  behind: 'sizin vaxtınızdan {duration} geridə',
  sameTime: 'sizin vaxtınızla eyni',
  hours: '{count} saat',
  minutes: '{count} dəq',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Xəbər başlıqları',
  pause: 'Xəbər lentini dayandır',
  empty: 'Hələ xəbər yoxdur.',
  partial: 'Bəzi başlıqlar əskik ola bilər.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Üzv dövlətlər', observers: 'Müşahidəçi dövlətlər', 'dialogue-partners': 'Dialoq üzrə tərəfdaşlar', partners: 'Tərəfdaşlar' },
  capital: 'paytaxt: ',
  none: '{date} tarixinə ŞƏT-də bu qrupdan dövlət yox idi.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Pekin',
  moscow: 'Moskva',
  astana: 'Astana',
  bishkek: 'Bişkek',
  dushanbe: 'Düşənbə',
  tashkent: 'Daşkənd',
  'new-delhi': 'Yeni Dehli',
  islamabad: 'İslamabad',
  tehran: 'Tehran',
  minsk: 'Minsk',
  ulaanbaatar: 'Ulan-Bator',
  kabul: 'Kabil',
  'sri-jayawardenepura-kotte': 'Şri-Cayavardenepura-Kotte',
  ankara: 'Ankara',
  yerevan: 'İrəvan',
  baku: 'Bakı',
  'phnom-penh': 'Pnompen',
  kathmandu: 'Katmandu',
  cairo: 'Qahirə',
  doha: 'Doha',
  riyadh: 'Ər-Riyad',
  manama: 'Manama',
  'kuwait-city': 'Əl-Küveyt',
  male: 'Male',
  naypyidaw: 'Neypyido',
  'abu-dhabi': 'Əbu-Dabi',
  vientiane: 'Vyentyan',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs az`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Birləşmiş Ərəb Əmirlikləri',
    AF: 'Əfqanıstan',
    AM: 'Ermənistan',
    AU: 'Avstraliya',
    AZ: 'Azərbaycan',
    BG: 'Bolqarıstan',
    BH: 'Bəhreyn',
    BR: 'Braziliya',
    BY: 'Belarus',
    CA: 'Kanada',
    CH: 'İsveçrə',
    CN: 'Çin',
    CZ: 'Çexiya',
    DK: 'Danimarka',
    EG: 'Misir',
    GB: 'Birləşmiş Krallıq',
    HK: 'Honq Konq Xüsusi İnzibati Rayonu Çin',
    HR: 'Xorvatiya',
    HU: 'Macarıstan',
    ID: 'İndoneziya',
    IL: 'İsrail',
    IN: 'Hindistan',
    IR: 'İran',
    JP: 'Yaponiya',
    KG: 'Qırğızıstan',
    KH: 'Kamboca',
    KR: 'Cənubi Koreya',
    KW: 'Küveyt',
    KZ: 'Qazaxıstan',
    LA: 'Laos',
    LK: 'Şri-Lanka',
    MM: 'Myanma',
    MN: 'Monqolustan',
    MV: 'Maldiv adaları',
    MX: 'Meksika',
    MY: 'Malayziya',
    NO: 'Norveç',
    NP: 'Nepal',
    NZ: 'Yeni Zelandiya',
    PH: 'Filippin',
    PK: 'Pakistan',
    PL: 'Polşa',
    QA: 'Qətər',
    RO: 'Rumıniya',
    RU: 'Rusiya',
    SA: 'Səudiyyə Ərəbistanı',
    SE: 'İsveç',
    SG: 'Sinqapur',
    TH: 'Tailand',
    TJ: 'Tacikistan',
    TR: 'Türkiyə',
    US: 'Amerika Birləşmiş Ştatları',
    UZ: 'Özbəkistan',
    ZA: 'Cənub Afrika',
  },
  currency: {
    AED: 'Birləşmiş Ərəb Əmirlikləri Dirhəmi',
    AFN: 'Əfqanıstan Əfqanisi',
    AMD: 'Ermənistan Dramı',
    AUD: 'Avstraliya Dolları',
    AZN: 'Azərbaycan Manatı',
    BGN: 'Bolqarıstan Levi',
    BHD: 'Bəhreyn Dinarı',
    BRL: 'Braziliya Realı',
    BYN: 'Belarus Rublu',
    CAD: 'Kanada Dolları',
    CHF: 'İsveçrə Frankı',
    CNY: 'Çin Yuanı',
    CZK: 'Çexiya Korunası',
    DKK: 'Danimarka Kronu',
    EGP: 'Misir Funtu',
    GBP: 'Britaniya Funtu',
    HKD: 'Honq Konq Dolları',
    HRK: 'Xorvatiya Kunası',
    HUF: 'Macarıstan Forinti',
    IDR: 'İndoneziya Rupisi',
    ILS: 'İsrail Yeni Şekeli',
    INR: 'Hindistan Rupisi',
    IRR: 'İran Rialı',
    JPY: 'Yaponiya Yeni',
    KGS: 'Qırğızıstan Somu',
    KHR: 'Kamboca Rieli',
    KRW: 'Cənubi Koreya Vonu',
    KWD: 'Küveyt Dinarı',
    KZT: 'Qazaxıstan Tengesi',
    LAK: 'Laos Kipi',
    LKR: 'Şri Lanka Rupisi',
    MMK: 'Myanma Kiyatı',
    MNT: 'Monqoliya Tuqriki',
    MVR: 'Maldiv Rufiyası',
    MXN: 'Meksika Pesosu',
    MYR: 'Malayziya Ringiti',
    NOK: 'Norveç Kronu',
    NPR: 'Nepal Rupisi',
    NZD: 'Yeni Zelandiya Dolları',
    PHP: 'Filippin Pesosu',
    PKR: 'Pakistan Rupisi',
    PLN: 'Polşa Zlotısı',
    QAR: 'Qatar Rialı',
    RON: 'Rumıniya Leyi',
    RUB: 'Rusiya Rublu',
    SAR: 'Səudiyyə Riyalı',
    SEK: 'İsveç Kronu',
    SGD: 'Sinqapur Dolları',
    THB: 'Tayland Batı',
    TJS: 'Tacikistan Somonisi',
    TRY: 'Türkiyə Lirəsi',
    USD: 'ABŞ Dolları',
    UZS: 'Özbəkistan Somu',
    ZAR: 'Cənubi Afrika Randı',
  },
};

/**
 * German numbers and dates stand in for Azerbaijani (Chromium resolves `az` but formats it as root
 * data: "1,234,567.5", "2025-12-13"). Compared, CLDR 48 `az` against `de` (Node's ICU and
 * Chromium): the same dot grouping and decimal comma ("1.234.567,5"), day.month.year dates
 * ("13.12.2025", short "13.12.25") and a 24-hour clock. Left over: `de` puts a no-break space
 * before the percent sign ("-1,23 %", `az` "-1,23%"), and writes a day and month alone with a
 * closing dot ("13.12.", `az` "13.12"). `tr` would write the percent sign first ("-%1,23") and
 * four year digits in the short date.
 */
export const formats: IntlGaps['formats'] = { intl: 'de' };
