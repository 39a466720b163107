/**
 * The status line of every widget: the mistakes in the settings of the widgets that load no data
 * (clocks, member states), and the words for any setting no message names. The status line of the
 * widgets that load data is in `data-status.ts`.
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
    zone: 'Unknown time zone "{value}": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.',
    zones: 'No known time zone in "{value}": set the zones attribute to IANA time zones, e.g. Asia/Shanghai.',
    group: 'Unknown group "{value}": set the group attribute to members, partners or all.',
    'as-of': 'Cannot show the SCO on "{value}": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
  },
  /** Any other setting that cannot work; `{setting}` is its name. */
  config: 'Check the {setting} setting.',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  settings: {
    zone: 'Неизвестный часовой пояс «{value}»: укажите в атрибуте zone пояс IANA, например Asia/Shanghai.',
    zones: 'В «{value}» нет известных часовых поясов: укажите в атрибуте zones пояса IANA, например Asia/Shanghai.',
    group: 'Неизвестная группа «{value}»: укажите в атрибуте group members, partners или all.',
    'as-of': 'Нельзя показать ШОС на «{value}»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).',
  },
  config: 'Проверьте настройку {setting}.',
};

export const zh: Words = {
  settings: {
    zone: '未知时区“{value}”：请将 zone 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    zones: '“{value}”中没有已知时区：请将 zones 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    group: '未知分组“{value}”：请将 group 属性设置为 members、partners 或 all。',
    'as-of': '无法显示上合组织在“{value}”的情况：请将 as-of 属性设置为 YYYY-MM-DD 格式、不早于 2001-06-15（成立日）的日期。',
  },
  config: '请检查 {setting} 设置。',
};
