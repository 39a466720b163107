/**
 * Hindi. Terms as the Reserve Bank of India writes them in Hindi ("विनिमय दर" for the exchange
 * rate, "संदर्भ दर" for its own daily reference rate); see `glossary/hi.md`. The publishers stand
 * before the postposition "की", so those with a "के" phrase are in that (oblique) form.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'इस स्रोत के लिए प्रॉक्सी चाहिए: script टैग पर data-proxy सेट करें।',
    code: 'code एट्रिब्यूट में किसी मुद्रा का ISO 4217 कोड दें, जैसे code="CNY"।',
    src: 'src एट्रिब्यूट में किसी फ़ीड का URL दें (या source में किसी पंजीकृत स्रोत का नाम)।',
    source: '"{value}" नाम का कोई स्रोत पंजीकृत नहीं है: source एट्रिब्यूट जाँचें।',
    zone: 'अज्ञात समय क्षेत्र "{value}": zone एट्रिब्यूट में कोई IANA समय क्षेत्र दें, जैसे Asia/Shanghai।',
    zones: '"{value}" में कोई ज्ञात समय क्षेत्र नहीं है: zones एट्रिब्यूट में IANA समय क्षेत्र दें, जैसे Asia/Shanghai।',
    group: 'अज्ञात समूह "{value}": group एट्रिब्यूट में members, partners या all दें।',
    'as-of': '"{value}" तारीख़ के लिए एससीओ नहीं दिखाया जा सकता: as-of एट्रिब्यूट में YYYY-MM-DD रूप में 2001-06-15 (इसकी स्थापना का दिन) या उसके बाद की तारीख़ दें।',
    date: 'अमान्य तारीख़ "{value}": date एट्रिब्यूट में YYYY-MM-DD रूप में तारीख़ दें।',
    base: 'दरें {value} के सापेक्ष नहीं दी गई हैं: base एट्रिब्यूट में इस सूची की कोई मुद्रा दें।',
  },
  config: '{setting} सेटिंग जाँचें।',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'लोड हो रहा है…',
  stale: '{asOf} तक का डेटा: पिछला अपडेट विफल रहा।',
  stillTrying: 'अब भी कोशिश जारी है…',
  errors: {
    network: 'डेटा लोड नहीं हो सका। पता या प्रॉक्सी जाँचें।',
    timeout: 'डेटा स्रोत जवाब नहीं दे रहा है।',
    format: 'डेटा स्रोत ने ऐसे फ़ॉर्मैट में दस्तावेज़ भेजा है जो समर्थित नहीं है।',
    source: 'डेटा स्रोत ने इस अनुरोध पर त्रुटि बताई।',
    empty: 'डेटा स्रोत के पास इस अनुरोध के लिए कोई डेटा नहीं है।',
    'unknown-source': 'यह डेटा स्रोत ज्ञात नहीं है।',
  },
};

export const sources: Catalog['sources'] = {
  caption: '{date} के लिए {source} की आधिकारिक विनिमय दरें',
  captionNoSource: '{date} के लिए आधिकारिक विनिमय दरें',
  publishers: {
    cbr: 'बैंक ऑफ़ रशिया',
    ecb: 'यूरोपीय केंद्रीय बैंक',
    nbk: 'कज़ाखस्तान के राष्ट्रीय बैंक',
    nbkr: 'किर्गिज़ गणराज्य के राष्ट्रीय बैंक',
    cbu: 'उज़्बेकिस्तान के केंद्रीय बैंक',
    nbrb: 'बेलारूस के राष्ट्रीय बैंक',
  },
  via: ' ({mirror} के माध्यम से)',
  partial: '(कुछ दरें पढ़ी नहीं जा सकीं)',
};

export const table: Catalog['table'] = {
  headers: { country: 'देश', code: 'कोड', currency: 'मुद्रा', nominal: 'इकाई', rate: 'दर', change: 'बदलाव' },
  crossRates: '{base} में क्रॉस दरें',
  notQuoted: 'दर उपलब्ध नहीं',
  up: 'वृद्धि',
  down: 'गिरावट',
  unchanged: 'अपरिवर्तित',
  noPrevious: 'पिछली दर उपलब्ध नहीं',
  noEarlierRates: '{caption}; तुलना के लिए पिछली दरें उपलब्ध नहीं',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'राशि',
  from: 'इस मुद्रा से',
  to: 'इस मुद्रा में',
  swap: 'मुद्राओं की अदला-बदली करें',
  notANumber: 'राशि अंकों में दर्ज करें, जैसे {example}।',
  notQuoted: 'यह स्रोत {code} की दर नहीं देता। कोई दूसरी मुद्रा चुनें।',
  notQuotedOption: '{code} — दर उपलब्ध नहीं',
  tooLarge: 'राशि इतनी बड़ी है कि बदली नहीं जा सकती। छोटी राशि दर्ज करें।',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {base} प्रति {nominal}',
  latestOn: '{date} को',
  since: '{date} से',
  up: 'वृद्धि',
  down: 'गिरावट',
  unchanged: 'अपरिवर्तित',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} से {to} तक {base} में {code} की आधिकारिक दर। हर दिन का मान पढ़ने के लिए तीर कुंजियों का उपयोग करें।',
  tableCaption: '{base} में {code} की आधिकारिक दर, प्रति {nominal}',
  date: 'तारीख़',
  rate: 'दर',
  partial: 'कुछ दिनों की दरें पढ़ी नहीं जा सकीं।',
};

/** Short unit forms as CLDR abbreviates them in Hindi ("घं॰", "मि॰"). */
export const clock: Catalog['clock'] = {
  unknownZone: 'अज्ञात समय क्षेत्र: {zone}',
  listLabel: 'स्थानीय समय',
  day: 'दिन',
  night: 'रात',
  offsetShort: '{value} घं॰',
  ahead: 'आपके समय से {duration} आगे',
  behind: 'आपके समय से {duration} पीछे',
  sameTime: 'आपके समय के समान',
  hours: '{count} घं॰',
  minutes: '{count} मि॰',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'सुर्ख़ियाँ',
  pause: 'सुर्ख़ियाँ रोकें',
  empty: 'अभी कोई सुर्ख़ी नहीं है।',
  partial: 'कुछ सुर्ख़ियाँ छूट सकती हैं।',
};

export const members: Catalog['members'] = {
  headings: { members: 'सदस्य देश', observers: 'पर्यवेक्षक देश', 'dialogue-partners': 'संवाद साझेदार', partners: 'साझेदार' },
  capital: 'राजधानी: ',
  none: '{date} को एससीओ में इस समूह का कोई देश नहीं था।',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'बीजिंग',
  moscow: 'मॉस्को',
  astana: 'अस्ताना',
  bishkek: 'बिश्केक',
  dushanbe: 'दुशांबे',
  tashkent: 'ताशकंद',
  'new-delhi': 'नई दिल्ली',
  islamabad: 'इस्लामाबाद',
  tehran: 'तेहरान',
  minsk: 'मिन्स्क',
  ulaanbaatar: 'उलानबातर',
  kabul: 'काबुल',
  'sri-jayawardenepura-kotte': 'श्री जयवर्धनेपुर कोट्टे',
  ankara: 'अंकारा',
  yerevan: 'येरेवान',
  baku: 'बाकू',
  'phnom-penh': 'नॉम पेन्ह',
  kathmandu: 'काठमांडू',
  cairo: 'काहिरा',
  doha: 'दोहा',
  riyadh: 'रियाद',
  manama: 'मनामा',
  'kuwait-city': 'कुवैत सिटी',
  male: 'माले',
  naypyidaw: 'नेपीडॉ',
  'abu-dhabi': 'अबू धाबी',
  vientiane: 'विएंतियान',
};
