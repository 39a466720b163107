import { configure } from '../src/data/config.js';
import type { RateSheet } from '../src/data/types.js';
import { isOffline, proxyFromAddress, useProxy } from './demo-data.js';

configure({ persist: true });
const liveProxy = proxyFromAddress();
useProxy(liveProxy);

const switches = document.querySelector<HTMLFormElement>('#switches')!;
const rtl = new Set(['fa']);

/** The demo page's own words; the widgets translate themselves. */
const words: Record<string, Record<string, string>> = {
  en: {
    headlines: 'Headlines',
    latest: 'Latest news',
    chart: 'Yuan against the ruble',
    states: 'Member States / Partners',
    capitals: 'Capitals',
    rates: 'SCO Currencies / Ruble',
    converter: 'Converter',
    builder: 'Embed builder',
    source: 'Source',
    language: 'Language',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  ru: {
    headlines: 'Главные новости',
    latest: 'Последние новости',
    chart: 'Юань к рублю',
    states: 'Государства-члены / Партнёры',
    capitals: 'Столицы',
    rates: 'Валюты ШОС / Рубль',
    converter: 'Конвертер',
    builder: 'Конструктор виджетов',
    source: 'Источник',
    language: 'Язык',
    theme: 'Тема',
    system: 'Системная',
    light: 'Светлая',
    dark: 'Тёмная',
  },
  zh: {
    headlines: '要闻',
    latest: '最新消息',
    chart: '人民币兑卢布',
    states: '成员国 / 伙伴',
    capitals: '首都',
    rates: '上合组织货币 / 卢布',
    converter: '换算',
    builder: '嵌入代码生成器',
    source: '来源',
    language: '语言',
    theme: '主题',
    system: '系统',
    light: '浅色',
    dark: '深色',
  },
  fa: {
    headlines: 'سرخط خبرها',
    latest: 'تازه‌ترین خبرها',
    chart: 'یوان در برابر روبل',
    states: 'کشورهای عضو / شرکا',
    capitals: 'پایتخت‌ها',
    rates: 'ارزهای سازمان همکاری شانگهای / روبل',
    converter: 'مبدل',
    builder: 'سازنده کد جاسازی',
    source: 'منبع',
    language: 'زبان',
    theme: 'پوسته',
    system: 'سیستم',
    light: 'روشن',
    dark: 'تیره',
  },
};

/**
 * Offline, the note above the page: the day of the rates sheet the table shows (the Bank of Russia
 * sheet in the page's language, unless another source is picked), so no one takes it for today's.
 */
const recordedDay: Record<string, (day: string) => string> = {
  en: (day) =>
    `Offline: this page shows a recorded day, ${day}, not today’s rates. ` + 'The chart and the other sources keep the days of their own recorded documents.',
  ru: (day) =>
    `Офлайн: на странице записанный день, ${day}, а не сегодняшние курсы. ` + 'График и другие источники показывают дни своих записанных документов.',
  zh: (day) => `离线：本页显示的是记录下来的一天（${day}），不是今天的汇率。图表和其他来源显示各自记录文档的日期。`,
  fa: (day) =>
    `آفلاین: این صفحه یک روز ثبت‌شده، ${day}، را نشان می‌دهد، نه نرخ‌های امروز را. ` + 'نمودار و منبع‌های دیگر روزهای سندهای ثبت‌شده خودشان را نشان می‌دهند.',
};
const recordedNote = document.querySelector<HTMLElement>('#recorded-day')!;
let shownSheetDate = '';

function showRecordedDay(): void {
  if (!isOffline(liveProxy) || !shownSheetDate) return;
  const lang = document.documentElement.lang;
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${shownSheetDate}T00:00:00Z`));
  recordedNote.textContent = recordedDay[lang](day);
  recordedNote.hidden = false;
}

document.querySelector<HTMLElement>('#rates')!.addEventListener('sco-load', (event) => {
  shownSheetDate = (event.detail as RateSheet).date;
  showRecordedDay();
});

switches.addEventListener('change', () => {
  const lang = (switches.elements.namedItem('lang') as HTMLSelectElement).value;
  const theme = (switches.elements.namedItem('theme') as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = rtl.has(lang) ? 'rtl' : 'ltr';
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = words[lang][el.dataset.i18n!];
  showRecordedDay();
  for (const widget of document.querySelectorAll('body *')) {
    if (!widget.localName.startsWith('sco-')) continue;
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
});

document.querySelector<HTMLSelectElement>('#rates-source')!.addEventListener('change', (event) => {
  const table = document.querySelector('#rates')!;
  const source = (event.target as HTMLSelectElement).value;
  table.setAttribute('source', source);
});

// The widgets are defined last: their first requests go through the data path set above, and the
// switches already listen. (Importing src/index.ts would not do in a build: package.json's
// `sideEffects` marks it side-effect free, and the bundler would drop the definitions.)
await Promise.all(Object.values(import.meta.glob('../src/elements/*/define.ts')).map((define) => define()));
