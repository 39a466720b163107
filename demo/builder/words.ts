/**
 * The builder's own words, in English and Russian. What the widgets' attributes and custom
 * properties mean comes from the manifest (in English, marked `lang="en"`), not from here.
 */
export interface Words {
  title: string;
  intro: string;
  demoLink: string;
  interfaceLanguage: string;
  widget: string;
  widgetAttributes: (tag: string) => string;
  languageAndLook: string;
  dir: string;
  dirAuto: string;
  ltr: string;
  rtl: string;
  pageLanguage: string;
  notSet: string;
  byDefault: string;
  customProperties: string;
  colourFor: (property: string) => string;
  add: string;
  addCurrency: (attribute: string) => string;
  addZone: (attribute: string) => string;
  scoCurrencies: string;
  allCurrencies: string;
  scoCapitals: string;
  allZones: string;
  data: string;
  proxy: string;
  proxyHelp: string;
  offlineNote: string;
  liveNote: (proxy: string) => string;
  preview: string;
  state: string;
  code: string;
  snippets: { html: string; module: string; jsx: string; css: string };
  copy: string;
  copied: string;
  copiedAnnouncement: (what: string) => string;
  copyFailed: (what: string) => string;
}

export const WORDS: { en: Words; ru: Words } = {
  en: {
    title: 'Embed builder',
    intro: 'Pick a widget, set it up, see it live, and copy the code for your page. Everything here is generated from the package’s custom-elements.json.',
    demoLink: 'Back to the demo',
    interfaceLanguage: 'Interface language',
    widget: 'Widget',
    widgetAttributes: (tag) => `Attributes of <${tag}>`,
    languageAndLook: 'Language, direction and theme',
    dir: 'Writing direction of the widget (the dir attribute).',
    dirAuto: 'from the language',
    ltr: 'left to right (ltr)',
    rtl: 'right to left (rtl)',
    pageLanguage: 'the page’s language',
    notSet: 'not set',
    byDefault: 'default',
    customProperties: 'Custom properties',
    colourFor: (property) => `Colour picker for ${property}`,
    add: 'Add',
    addCurrency: (attribute) => `Currency to add to ${attribute}`,
    addZone: (attribute) => `Time zone to add to ${attribute}`,
    scoCurrencies: 'Currencies of the SCO states',
    allCurrencies: 'All currencies',
    scoCapitals: 'Capitals of the SCO states',
    allZones: 'All time zones',
    data: 'Data',
    proxy: 'Proxy URL template: {url} stands for the address of the document',
    proxyHelp: 'For example https://your-proxy.example/?url={url} (npx sco-widgets-proxy runs one).',
    offlineNote:
      'The preview shows recorded documents shipped with the package, so it works offline. Enter a proxy to see live data; the snippets then carry it.',
    liveNote: (proxy) => `The preview loads live data through ${proxy}.`,
    preview: 'Preview',
    state: 'Widget state',
    code: 'Code for your page',
    snippets: { html: 'HTML: the script tag and the element', module: 'ES module', jsx: 'JSX (React)', css: 'CSS' },
    copy: 'Copy',
    copied: 'Copied',
    copiedAnnouncement: (what) => `${what} copied to the clipboard.`,
    copyFailed: (what) => `Could not reach the clipboard: ${what} is selected, press Ctrl+C to copy it.`,
  },
  ru: {
    title: 'Конструктор виджетов',
    intro: 'Выберите виджет, настройте его, посмотрите вживую и скопируйте код для своей страницы. Всё здесь построено по custom-elements.json пакета.',
    demoLink: 'Вернуться к демо',
    interfaceLanguage: 'Язык интерфейса',
    widget: 'Виджет',
    widgetAttributes: (tag) => `Атрибуты <${tag}>`,
    languageAndLook: 'Язык, направление письма и тема',
    dir: 'Направление письма виджета (атрибут dir).',
    dirAuto: 'по языку',
    ltr: 'слева направо (ltr)',
    rtl: 'справа налево (rtl)',
    pageLanguage: 'язык страницы',
    notSet: 'не задано',
    byDefault: 'по умолчанию',
    customProperties: 'Пользовательские свойства CSS',
    colourFor: (property) => `Выбор цвета для ${property}`,
    add: 'Добавить',
    addCurrency: (attribute) => `Валюта для добавления в ${attribute}`,
    addZone: (attribute) => `Часовой пояс для добавления в ${attribute}`,
    scoCurrencies: 'Валюты государств ШОС',
    allCurrencies: 'Все валюты',
    scoCapitals: 'Столицы государств ШОС',
    allZones: 'Все часовые пояса',
    data: 'Данные',
    proxy: 'Шаблон адреса прокси: {url} означает адрес документа',
    proxyHelp: 'Например, https://your-proxy.example/?url={url} (его запускает npx sco-widgets-proxy).',
    offlineNote:
      'Предпросмотр показывает записанные документы, которые поставляются с пакетом, поэтому работает без сети. Укажите прокси, чтобы увидеть живые данные; тогда он попадёт и в код.',
    liveNote: (proxy) => `Предпросмотр загружает живые данные через ${proxy}.`,
    preview: 'Предпросмотр',
    state: 'Состояние виджета',
    code: 'Код для вашей страницы',
    snippets: { html: 'HTML: тег script и элемент', module: 'ES-модуль', jsx: 'JSX (React)', css: 'CSS' },
    copy: 'Копировать',
    copied: 'Скопировано',
    copiedAnnouncement: (what) => `${what}: скопировано в буфер обмена.`,
    copyFailed: (what) => `Нет доступа к буферу обмена: ${what} — текст выделен, нажмите Ctrl+C.`,
  },
};

export type UiLanguage = keyof typeof WORDS;
