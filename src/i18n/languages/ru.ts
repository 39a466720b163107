/**
 * Russian, built in. Terms as the Bank of Russia writes them on cbr.ru ("официальные курсы",
 * "Единиц" for the denomination); the publishers in the genitive, as the captions need them; see
 * `glossary/ru.md`.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': 'Этому источнику нужен прокси: укажите data-proxy в теге script.',
    code: 'Укажите в атрибуте code код валюты ISO 4217, например code="CNY".',
    src: 'Укажите в атрибуте src адрес ленты новостей (или в source — зарегистрированный источник).',
    source: 'Источник «{value}» не зарегистрирован: проверьте атрибут source.',
    zone: 'Неизвестный часовой пояс «{value}»: укажите в атрибуте zone пояс IANA, например Asia/Shanghai.',
    zones: 'В «{value}» нет известных часовых поясов: укажите в атрибуте zones пояса IANA, например Asia/Shanghai.',
    group: 'Неизвестная группа «{value}»: укажите в атрибуте group members, partners или all.',
    'as-of': 'Нельзя показать ШОС на «{value}»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).',
    date: 'Неверная дата «{value}»: укажите в атрибуте date дату в виде ГГГГ-ММ-ДД.',
    base: 'Курсы установлены не к {value}: укажите в атрибуте base одну из валют, чьи курсы приведены.',
  },
  config: 'Проверьте настройку {setting}.',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: 'Загрузка…',
  stale: 'Данные на {asOf}: последнее обновление не удалось.',
  stillTrying: 'Пробуем ещё…',
  errors: {
    network: 'Не удалось загрузить данные. Проверьте адрес или прокси.',
    timeout: 'Источник данных не отвечает.',
    format: 'Источник прислал документ в неподдерживаемом формате.',
    source: 'Источник данных ответил на этот запрос ошибкой.',
    empty: 'У источника нет данных по этому запросу.',
    'unknown-source': 'Этот источник данных неизвестен.',
  },
};

export const sources: Catalog['sources'] = {
  caption: 'Официальные курсы {source} на {date}',
  captionNoSource: 'Официальные курсы на {date}',
  publishers: {
    cbr: 'Банка России',
    ecb: 'Европейского центрального банка',
    nbk: 'Национального Банка Казахстана',
    nbkr: 'Национального банка Кыргызской Республики',
    cbu: 'Центрального банка Республики Узбекистан',
    nbrb: 'Национального банка Республики Беларусь',
  },
  via: ' (через {mirror})',
  partial: '(часть курсов не удалось прочитать)',
};

export const table: Catalog['table'] = {
  headers: { country: 'Страна', code: 'Код', currency: 'Валюта', nominal: 'Ед.', rate: 'Курс', change: 'Изменение' },
  crossRates: 'кросс-курсы к {base}',
  notQuoted: 'курс не установлен',
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
  noPrevious: 'нет предыдущего курса',
  noEarlierRates: '{caption}; предыдущих курсов для сравнения нет',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: 'Сумма',
  from: 'Из',
  to: 'В',
  swap: 'Поменять валюты местами',
  notANumber: 'Введите сумму числом, например {example}.',
  notQuoted: 'У этого источника нет курса {code}. Выберите другую валюту.',
  notQuotedOption: '{code} — курс не установлен',
  tooLarge: 'Сумма слишком велика для пересчёта. Введите меньшую.',
};

export const chart: Catalog['chart'] = {
  title: '{name} ({code}), {base} за {nominal}',
  latestOn: 'на {date}',
  since: 'с {date}',
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
  readout: '{date}: {value} {base}',
  chartLabel: 'Официальный курс {code} к {base} с {from} по {to}. Значение за каждый день можно прочитать клавишами со стрелками.',
  tableCaption: 'Официальный курс {code} к {base} за {nominal}',
  date: 'Дата',
  rate: 'Курс',
  partial: 'Курсы за некоторые дни не удалось прочитать.',
};

export const clock: Catalog['clock'] = {
  unknownZone: 'Неизвестный часовой пояс: {zone}',
  listLabel: 'Местное время',
  day: 'день',
  night: 'ночь',
  offsetShort: '{value} ч',
  ahead: 'на {duration} больше, чем у вас',
  behind: 'на {duration} меньше, чем у вас',
  sameTime: 'как у вас',
  hours: '{count} ч',
  minutes: '{count} мин',
};

export const ticker: Catalog['ticker'] = {
  headlines: 'Заголовки новостей',
  pause: 'Остановить ленту новостей',
  empty: 'Новостей пока нет.',
  partial: 'Часть заголовков может отсутствовать.',
};

export const members: Catalog['members'] = {
  headings: { members: 'Государства-члены', observers: 'Государства-наблюдатели', 'dialogue-partners': 'Партнёры по диалогу', partners: 'Партнёры' },
  capital: 'столица: ',
  none: 'На {date} в ШОС не было государств этой группы.',
};

export const capitals: Catalog['capitals'] = {
  beijing: 'Пекин',
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
