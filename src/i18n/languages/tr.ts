/**
 * Turkish. "Resmî döviz kurları" for the Bank of Russia's official rates, "Birim" for the nominal
 * column as in the Central Bank of the Republic of Türkiye's own rate table; suffixes on institution
 * names without an apostrophe, as the Turkish Language Association writes them. No suffix is ever
 * attached to a placeholder, whose last vowel is not known. See `glossary/tr.md`.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Bu kaynak bir proxy gerektiriyor: script etiketinde data-proxy özniteliğini ayarlayın.',
    code: 'code özniteliğine bir para biriminin ISO 4217 kodunu yazın, ör. code="CNY".',
    src: 'src özniteliğine bir haber akışının adresini (URL) yazın (ya da source özniteliğine kayıtlı bir kaynağın adını).',
    source: '“{value}” adında kayıtlı bir kaynak yok: source özniteliğini kontrol edin.',
    zone: 'Bilinmeyen saat dilimi “{value}”: zone özniteliğine bir IANA saat dilimi yazın, ör. Asia/Shanghai.',
    zones: '“{value}” içinde bilinen bir saat dilimi yok: zones özniteliğine IANA saat dilimleri yazın, ör. Asia/Shanghai.',
    group: 'Bilinmeyen grup “{value}”: group özniteliğine members, partners ya da all yazın.',
    'as-of':
      'ŞİÖ “{value}” tarihi için gösterilemiyor: as-of özniteliğine YYYY-MM-DD biçiminde, 2001-06-15 (kuruluş tarihi) ya da sonrasına ait bir tarih yazın.',
    date: 'Geçersiz tarih “{value}”: date özniteliğine YYYY-MM-DD biçiminde bir tarih yazın.',
    base: 'Kurlar {value} karşısında verilmiyor: base özniteliğine bu kur listesindeki bir para birimini yazın.',
  },
  config: '{setting} ayarını kontrol edin.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Yükleniyor…',
  stale: '{asOf} itibarıyla: son güncelleme başarısız oldu.',
  stillTrying: 'Yeniden deneniyor…',
  errors: {
    network: 'Veriler yüklenemedi. Adresi veya proxy sunucusunu kontrol edin.',
    timeout: 'Veri kaynağı yanıt vermiyor.',
    format: 'Veri kaynağı desteklenmeyen biçimde bir belge gönderdi.',
    source: 'Veri kaynağı bu istek için bir hata bildirdi.',
    empty: 'Veri kaynağında bu istek için veri yok.',
    'unknown-source': 'Bu veri kaynağı bilinmiyor.',
  },
};

export const sources: Catalog['sources'] = {
  caption: '{source} {date} tarihli resmî döviz kurları',
  captionNoSource: '{date} tarihli resmî döviz kurları',
  publishers: {
    cbr: 'Rusya Merkez Bankasının',
    ecb: 'Avrupa Merkez Bankasının',
    nbk: 'Kazakistan Ulusal Bankasının',
    nbkr: 'Kırgız Cumhuriyeti Ulusal Bankasının',
    cbu: 'Özbekistan Merkez Bankasının',
    nbrb: 'Belarus Ulusal Bankasının',
  },
  via: ' ({mirror} üzerinden)',
  partial: '(bazı kurlar okunamadı)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Ülke', code: 'Kod', currency: 'Para birimi', nominal: 'Birim', rate: 'Kur', change: 'Değişim' },
  crossRates: '{base} cinsinden çapraz kurlar',
  notQuoted: 'kur verilmiyor',
  up: 'yükseliş',
  down: 'düşüş',
  unchanged: 'değişmedi',
  noPrevious: 'önceki kur yok',
  noEarlierRates: '{caption}; karşılaştırılacak önceki kur yok',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Tutar',
  from: 'Kaynak',
  to: 'Hedef',
  swap: 'Para birimlerinin yerini değiştir',
  notANumber: 'Tutarı sayı olarak girin, örneğin {example}.',
  notQuoted: 'Bu kaynak {code} için kur vermiyor. Başka bir para birimi seçin.',
  notQuotedOption: '{code} — kur verilmiyor',
  tooLarge: 'Tutar çevrilemeyecek kadar büyük. Daha küçük bir tutar girin.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {nominal} başına {base}',
  latestOn: '{date} itibarıyla',
  since: '{date} tarihinden bu yana',
  up: 'yükseliş',
  down: 'düşüş',
  unchanged: 'değişmedi',
  readout: '{date}: {value} {base}',
  chartLabel: '{from} ile {to} arasında {code} için {base} cinsinden resmî kur. Her günün değerini okumak için ok tuşlarını kullanın.',
  tableCaption: '{code} için {base} cinsinden resmî kur, {nominal} başına',
  date: 'Tarih',
  rate: 'Kur',
  partial: 'Bazı günlerin kurları okunamadı.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Bilinmeyen saat dilimi: {zone}',
  listLabel: 'Yerel saatler',
  day: 'gündüz',
  night: 'gece',
  offsetShort: '{value} sa.',
  ahead: 'saatinizden {duration} ileride',
  behind: 'saatinizden {duration} geride',
  sameTime: 'saatinizle aynı',
  hours: '{count} sa.',
  minutes: '{count} dk.',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Manşetler',
  pause: 'Manşetleri duraklat',
  empty: 'Henüz manşet yok.',
  partial: 'Bazı manşetler eksik olabilir.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Üye Devletler', observers: 'Gözlemci Devletler', 'dialogue-partners': 'Diyalog Ortakları', partners: 'Ortaklar' },
  capital: 'başkent: ',
  none: '{date} tarihinde ŞİÖ’de bu gruptan hiçbir devlet yoktu.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Pekin',
  moscow: 'Moskova',
  astana: 'Astana',
  bishkek: 'Bişkek',
  dushanbe: 'Duşanbe',
  tashkent: 'Taşkent',
  'new-delhi': 'Yeni Delhi',
  islamabad: 'İslamabad',
  tehran: 'Tahran',
  minsk: 'Minsk',
  ulaanbaatar: 'Ulan Batur',
  kabul: 'Kabil',
  'sri-jayawardenepura-kotte': 'Sri Jayawardenepura Kotte',
  ankara: 'Ankara',
  yerevan: 'Erivan',
  baku: 'Bakü',
  'phnom-penh': 'Phnom Penh',
  kathmandu: 'Katmandu',
  cairo: 'Kahire',
  doha: 'Doha',
  riyadh: 'Riyad',
  manama: 'Manama',
  'kuwait-city': 'Kuveyt',
  male: 'Male',
  naypyidaw: 'Naypyidaw',
  'abu-dhabi': 'Abu Dabi',
  vientiane: 'Vientiane',
};
