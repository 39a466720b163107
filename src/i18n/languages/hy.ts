/**
 * Armenian (Eastern, reformed orthography). Terms as the Central Bank of Armenia writes them on
 * cba.am ("փոխարժեք", "միավոր" for the denomination); see `glossary/hy.md`. Sentences end with the
 * Armenian full stop "։"; the Armenian "." (միջակետ) does the work of a colon, "՝" introduces what
 * follows. Browsers have no CLDR data for Armenian: names and formats below.
 */
import type { Catalog, IntlGaps } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Այս աղբյուրին պրոքսի է պետք. script թեգում նշեք data-proxy։',
    code: 'code ատրիբուտում նշեք արժույթի ISO 4217 կոդը, օրինակ՝ code="CNY"։',
    src: 'src ատրիբուտում նշեք լրահոսի URL-ը (կամ source ատրիբուտում՝ գրանցված աղբյուր)։',
    source: '«{value}» անունով աղբյուր գրանցված չէ. ստուգեք source ատրիբուտը։',
    zone: 'Անհայտ ժամային գոտի՝ «{value}». zone ատրիբուտում նշեք IANA ժամային գոտի, օրինակ՝ Asia/Shanghai։',
    zones: '«{value}»-ում հայտնի ժամային գոտի չկա. zones ատրիբուտում նշեք IANA ժամային գոտիներ, օրինակ՝ Asia/Shanghai։',
    group: 'Անհայտ խումբ՝ «{value}». group ատրիբուտում նշեք members, partners կամ all։',
    'as-of': 'ՇՀԿ-ն հնարավոր չէ ցույց տալ «{value}» դրությամբ. as-of ատրիբուտում նշեք YYYY-MM-DD ձևով ամսաթիվ՝ 2001-06-15-ից (հիմնադրման օրվանից) սկսած։',
    date: 'Սխալ ամսաթիվ՝ «{value}». date ատրիբուտում նշեք YYYY-MM-DD ձևով ամսաթիվ։',
    base: 'Փոխարժեքները {value}-ի նկատմամբ չեն սահմանվում. base ատրիբուտում նշեք այս ցանկի արժույթներից մեկը։',
  },
  config: 'Ստուգեք {setting} կարգավորումը։',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Բեռնվում է…',
  stale: 'Տվյալները՝ {asOf} դրությամբ։ Վերջին թարմացումը չհաջողվեց։',
  stillTrying: 'Նորից փորձում ենք…',
  errors: {
    network: 'Տվյալները չհաջողվեց բեռնել։ Ստուգեք հասցեն կամ պրոքսին։',
    timeout: 'Տվյալների աղբյուրը չի պատասխանում։',
    format: 'Տվյալների աղբյուրն ուղարկել է չաջակցվող ձևաչափով փաստաթուղթ։',
    source: 'Տվյալների աղբյուրը սխալ է հաղորդել այս հարցման համար։',
    empty: 'Տվյալների աղբյուրն այս հարցման համար տվյալներ չունի։',
    'unknown-source': 'Տվյալների այս աղբյուրն անհայտ է։',
  },
};

/** In the genitive, before "պաշտոնական փոխարժեքները". */
export const sources: Catalog['sources'] = {
  caption: '{source} պաշտոնական փոխարժեքները՝ {date} դրությամբ',
  captionNoSource: 'Պաշտոնական փոխարժեքները՝ {date} դրությամբ',
  publishers: {
    cbr: 'Ռուսաստանի բանկի',
    ecb: 'Եվրոպական կենտրոնական բանկի',
    nbk: 'Ղազախստանի ազգային բանկի',
    nbkr: 'Ղրղզական Հանրապետության ազգային բանկի',
    cbu: 'Ուզբեկստանի կենտրոնական բանկի',
    nbrb: 'Բելառուսի ազգային բանկի',
  },
  via: ' ({mirror}-ի միջոցով)',
  partial: '(որոշ փոխարժեքներ չհաջողվեց կարդալ)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Երկիր', code: 'Կոդ', currency: 'Արժույթ', nominal: 'Միավոր', rate: 'Փոխարժեք', change: 'Փոփոխություն' },
  crossRates: 'խաչաձև փոխարժեքներ՝ {base}-ով',
  notQuoted: 'չի գնանշվում',
  up: 'աճ',
  down: 'նվազում',
  unchanged: 'առանց փոփոխության',
  noPrevious: 'նախորդ փոխարժեք չկա',
  noEarlierRates: '{caption}, համեմատության համար նախորդ փոխարժեքներ չկան',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Գումար',
  from: 'Սկզբնական արժույթ',
  to: 'Նպատակային արժույթ',
  swap: 'Փոխատեղել արժույթները',
  notANumber: 'Մուտքագրեք գումարը թվով, օրինակ՝ {example}։',
  notQuoted: 'Այս աղբյուրը {code}-ի փոխարժեք չի հրապարակում։ Ընտրեք այլ արժույթ։',
  notQuotedOption: '{code} — չի գնանշվում',
  tooLarge: 'Գումարը չափազանց մեծ է փոխարկելու համար։ Մուտքագրեք ավելի փոքր գումար։',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {base}՝ {nominal}-ի դիմաց',
  latestOn: '{date} դրությամբ',
  since: '{date}-ից ի վեր',
  up: 'աճ',
  down: 'նվազում',
  unchanged: 'առանց փոփոխության',
  readout: '{date}: {value} {base}',
  chartLabel: '{code}-ի պաշտոնական փոխարժեքը {base}-ով՝ {from}-ից {to}։ Յուրաքանչյուր օրվա արժեքը կարդացեք սլաքների ստեղներով։',
  tableCaption: '{code}-ի պաշտոնական փոխարժեքը {base}-ով՝ {nominal}-ի դիմաց',
  date: 'Ամսաթիվ',
  rate: 'Փոխարժեք',
  partial: 'Որոշ օրերի փոխարժեքները չհաջողվեց կարդալ։',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Անհայտ ժամային գոտի՝ {zone}',
  listLabel: 'Տեղական ժամանակ',
  day: 'ցերեկ',
  night: 'գիշեր',
  offsetShort: '{value} ժ',
  ahead: 'Ձեր ժամանակից {duration} առաջ',
  behind: 'Ձեր ժամանակից {duration} հետ',
  sameTime: 'նույնը, ինչ Ձեր ժամանակը',
  hours: '{count} ժ',
  minutes: '{count} ր',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Լուրերի վերնագրեր',
  pause: 'Դադարեցնել լրահոսը',
  empty: 'Լուրեր դեռ չկան։',
  partial: 'Որոշ վերնագրեր կարող են բացակայել։',
};

export const members: Catalog['members'] = {
  headings: { members: 'Անդամ պետություններ', observers: 'Դիտորդ պետություններ', 'dialogue-partners': 'Երկխոսության գործընկերներ', partners: 'Գործընկերներ' },
  capital: 'մայրաքաղաք՝ ',
  none: '{date} դրությամբ ՇՀԿ-ում այս խմբի պետություններ չկային։',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Պեկին',
  moscow: 'Մոսկվա',
  astana: 'Աստանա',
  bishkek: 'Բիշքեկ',
  dushanbe: 'Դուշանբե',
  tashkent: 'Տաշքենդ',
  'new-delhi': 'Նյու Դելի',
  islamabad: 'Իսլամաբադ',
  tehran: 'Թեհրան',
  minsk: 'Մինսկ',
  ulaanbaatar: 'Ուլան Բատոր',
  kabul: 'Քաբուլ',
  'sri-jayawardenepura-kotte': 'Շրի Ջայավարդենեպուրա Կոտտե',
  ankara: 'Անկարա',
  yerevan: 'Երևան',
  baku: 'Բաքու',
  'phnom-penh': 'Պնոմպեն',
  kathmandu: 'Կատմանդու',
  cairo: 'Կահիրե',
  doha: 'Դոհա',
  riyadh: 'Էր Ռիադ',
  manama: 'Մանամա',
  'kuwait-city': 'Էլ Քուվեյթ',
  male: 'Մալե',
  naypyidaw: 'Նեյպյիդո',
  'abu-dhabi': 'Աբու Դաբի',
  vientiane: 'Վիենտյան',
};

// CLDR 48.0 (ICU 78.2), from `node scripts/cldr-names.mjs hy`.
export const names: IntlGaps['names'] = {
  region: {
    AE: 'Արաբական Միացյալ Էմիրություններ',
    AF: 'Աֆղանստան',
    AM: 'Հայաստան',
    AU: 'Ավստրալիա',
    AZ: 'Ադրբեջան',
    BG: 'Բուլղարիա',
    BH: 'Բահրեյն',
    BR: 'Բրազիլիա',
    BY: 'Բելառուս',
    CA: 'Կանադա',
    CH: 'Շվեյցարիա',
    CN: 'Չինաստան',
    CZ: 'Չեխիա',
    DK: 'Դանիա',
    EG: 'Եգիպտոս',
    GB: 'Միացյալ Թագավորություն',
    HK: 'Հոնկոնգի ՀՎՇ',
    HR: 'Խորվաթիա',
    HU: 'Հունգարիա',
    ID: 'Ինդոնեզիա',
    IL: 'Իսրայել',
    IN: 'Հնդկաստան',
    IR: 'Իրան',
    JP: 'Ճապոնիա',
    KG: 'Ղրղզստան',
    KH: 'Կամբոջա',
    KR: 'Հարավային Կորեա',
    KW: 'Քուվեյթ',
    KZ: 'Ղազախստան',
    LA: 'Լաոս',
    LK: 'Շրի Լանկա',
    MM: 'Մյանմա (Բիրմա)',
    MN: 'Մոնղոլիա',
    MV: 'Մալդիվներ',
    MX: 'Մեքսիկա',
    MY: 'Մալայզիա',
    NO: 'Նորվեգիա',
    NP: 'Նեպալ',
    NZ: 'Նոր Զելանդիա',
    PH: 'Ֆիլիպիններ',
    PK: 'Պակիստան',
    PL: 'Լեհաստան',
    QA: 'Կատար',
    RO: 'Ռումինիա',
    RU: 'Ռուսաստան',
    SA: 'Սաուդյան Արաբիա',
    SE: 'Շվեդիա',
    SG: 'Սինգապուր',
    TH: 'Թաիլանդ',
    TJ: 'Տաջիկստան',
    TR: 'Թուրքիա',
    US: 'Միացյալ Նահանգներ',
    UZ: 'Ուզբեկստան',
    ZA: 'Հարավաֆրիկյան Հանրապետություն',
  },
  currency: {
    AED: 'Արաբական Միացյալ Էմիրությունների դիրհամ',
    AFN: 'աֆղանական աֆղանի',
    AMD: 'հայկական դրամ',
    AUD: 'ավստրալիական դոլար',
    AZN: 'ադրբեջանական մանաթ',
    BGN: 'բուլղարական լև',
    BHD: 'Բահրեյնի դինար',
    BRL: 'բրազիլական ռեալ',
    BYN: 'բելառուսական ռուբլի',
    CAD: 'կանադական դոլար',
    CHF: 'շվեյցարական ֆրանկ',
    CNY: 'չինական յուան',
    CZK: 'չեխական կրոնա',
    DKK: 'դանիական կրոն',
    EGP: 'եգիպտական ֆունտ',
    GBP: 'բրիտանական ֆունտ ստերլինգ',
    HKD: 'Հոնկոնգի դոլար',
    HRK: 'խորվաթական կունա',
    HUF: 'հունգարական ֆորինտ',
    IDR: 'ինդոնեզիական ռուփի',
    ILS: 'Իսրայելի նոր շեկել',
    INR: 'հնդկական ռուփի',
    IRR: 'իրանական ռիալ',
    JPY: 'ճապոնական իեն',
    KGS: 'ղրղզական սոմ',
    KHR: 'կամբոջական ռիել',
    KRW: 'հարավկորեական վոն',
    KWD: 'Քուվեյթի դինար',
    KZT: 'ղազախական տենգե',
    LAK: 'լաոսական կիպ',
    LKR: 'Շրի Լանկայի ռուփի',
    MMK: 'Մյանմայի կյատ',
    MNT: 'մոնղոլական տուգրիկ',
    MVR: 'մալդիվյան ռուֆիյա',
    MXN: 'մեքսիկական պեսո',
    MYR: 'մալայզիական ռինգիտ',
    NOK: 'նորվեգական կրոն',
    NPR: 'Նեպալի ռուփի',
    NZD: 'նորզելանդական դոլար',
    PHP: 'ֆիլիպինյան պեսո',
    PKR: 'պակիստանյան ռուփի',
    PLN: 'լեհական զլոտի',
    QAR: 'Կատարի ռիալ',
    RON: 'ռումինական լեյ',
    RUB: 'ռուսական ռուբլի',
    SAR: 'Սաուդյան Արաբիայի ռիալ',
    SEK: 'շվեդական կրոն',
    SGD: 'Սինգապուրի դոլար',
    THB: 'թաիլանդական բահտ',
    TJS: 'տաջիկական սոմոնի',
    TRY: 'թուրքական լիրա',
    USD: 'ԱՄՆ դոլար',
    UZS: 'ուզբեկական սոմ',
    ZAR: 'հարավաֆրիկյան ռանդ',
  },
};

/**
 * Polish numbers and dates stand in for Armenian. Compared, CLDR 48 `hy` against `pl` (Node's ICU
 * and Chromium): the same group separator (no-break space), no grouping in four-digit numbers
 * ("1234,5"), decimal comma, percent without a space ("-1,23%"), day.month.year dates
 * ("13.12.2025") and a 24-hour clock. Left over: the short date, where `hy` writes two year digits
 * ("13.12.25", `pl` "13.12.2025"). `uk` would match that but group four-digit numbers; `ru` differs
 * in both and in the percent sign's space.
 */
export const formats: IntlGaps['formats'] = { intl: 'pl' };
