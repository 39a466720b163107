/**
 * The words of a mistake in a widget's settings. Few pages make one, so they are a chunk of their
 * own, loaded at the first (`sectionOnDemand`); the status line of the data itself (loading, stale,
 * errors) is in `data-status.ts`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  /**
   * What to fix, by the attribute a configuration error names; `{value}` is what the page wrote
   * there. Attribute names, values such as `members`, and examples stay in Latin letters.
   */
  settings: {
    'data-proxy': 'This source needs a proxy: set data-proxy on the script tag.',
    code: 'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY".',
    src: 'Set the src attribute to the URL of a feed (or source to a registered source).',
    source: 'No source named "{value}" is registered: check the source attribute.',
    zone: 'Unknown time zone "{value}": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.',
    zones: 'No known time zone in "{value}": set the zones attribute to IANA time zones, e.g. Asia/Shanghai.',
    group: 'Unknown group "{value}": set the group attribute to members, partners or all.',
    'as-of': 'Cannot show the SCO on "{value}": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
    date: 'Invalid date "{value}": set the date attribute to a date written YYYY-MM-DD.',
    base: 'The rates are not quoted against {value}: set the base attribute to a currency of the sheet.',
  },
  /** Any other setting that cannot work; `{setting}` is its name. */
  config: 'Check the {setting} setting.',
};

type Words = Strings<typeof en>;

export const ru: Words = {
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

export const zh: Words = {
  settings: {
    'data-proxy': '此数据源需要代理：请在 script 标签上设置 data-proxy。',
    code: '请将 code 属性设置为货币的 ISO 4217 代码，例如 code="CNY"。',
    src: '请将 src 属性设置为新闻源的网址（或将 source 设置为已注册的数据源）。',
    source: '未注册名为“{value}”的数据源：请检查 source 属性。',
    zone: '未知时区“{value}”：请将 zone 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    zones: '“{value}”中没有已知时区：请将 zones 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    group: '未知分组“{value}”：请将 group 属性设置为 members、partners 或 all。',
    'as-of': '无法显示上合组织在“{value}”的情况：请将 as-of 属性设置为 YYYY-MM-DD 格式、不早于 2001-06-15（成立日）的日期。',
    date: '日期“{value}”无效：请将 date 属性设置为 YYYY-MM-DD 格式的日期。',
    base: '汇率未以 {value} 报价：请将 base 属性设置为该汇率表中的货币。',
  },
  config: '请检查 {setting} 设置。',
};
