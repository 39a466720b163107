import { html, nothing } from 'lit';
import { now } from '../../data/clock.js';
import type { DataError, DataErrorCode } from '../../data/errors.js';
import type { Snapshot } from '../../data/source.js';
import { dateTimeFormat } from '../../data/intl-cache.js';
import { pick } from './locale.js';

interface StatusMessages {
  loading: string;
  stale: (asOf: string) => string;
  /** Added while the store goes on trying a source that has not answered in time. */
  stillTrying: string;
  errors: Record<Exclude<DataErrorCode, 'config'>, string>;
  /**
   * What to fix, by the setting a `config` error names; `value` is what the page wrote there
   * (empty when the setting is missing). `data-proxy`: a source browsers may not read directly, on
   * a page with no proxy.
   */
  settings: Record<ConfigSetting, (value: string) => string>;
  /** Any other setting that cannot work, named. */
  config: (setting: string) => string;
}

/** The settings whose mistakes the widgets explain in their own words. */
type ConfigSetting = 'data-proxy' | 'code' | 'src' | 'source' | 'zone' | 'zones' | 'group' | 'as-of' | 'date' | 'base';
const isConfigSetting = (setting: string, m: StatusMessages): setting is ConfigSetting => Object.hasOwn(m.settings, setting);

const messages: { en: StatusMessages } & Record<string, StatusMessages> = {
  en: {
    loading: 'Loading…',
    stale: (asOf) => `As of ${asOf}: the latest update failed.`,
    stillTrying: 'Still trying…',
    errors: {
      network: 'The data could not be loaded. Check the address or the proxy.',
      timeout: 'The data source is not answering.',
      format: 'The data source sent a document in an unsupported format.',
      source: 'The data source reported an error for this request.',
      empty: 'The data source has no data for this request.',
      'unknown-source': 'This data source is not known.',
    },
    settings: {
      'data-proxy': () => 'This source needs a proxy: set data-proxy on the script tag.',
      code: () => 'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY".',
      src: () => 'Set the src attribute to the URL of a feed (or source to a registered source).',
      source: (value) => `No source named "${value}" is registered: check the source attribute.`,
      zone: (value) => `Unknown time zone "${value}": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.`,
      zones: (value) => `No known time zone in "${value}": set the zones attribute to IANA time zones, e.g. Asia/Shanghai.`,
      group: (value) => `Unknown group "${value}": set the group attribute to members, partners or all.`,
      'as-of': (value) => `Cannot show the SCO on "${value}": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.`,
      date: (value) => `Invalid date "${value}": set the date attribute to a date written YYYY-MM-DD.`,
      base: (value) => `The rates are not quoted against ${value}: set the base attribute to a currency of the sheet.`,
    },
    config: (setting) => `Check the ${setting} setting.`,
  },
  ru: {
    loading: 'Загрузка…',
    stale: (asOf) => `Данные на ${asOf}: последнее обновление не удалось.`,
    stillTrying: 'Пробуем ещё…',
    errors: {
      network: 'Не удалось загрузить данные. Проверьте адрес или прокси.',
      timeout: 'Источник данных не отвечает.',
      format: 'Источник прислал документ в неподдерживаемом формате.',
      source: 'Источник данных сообщил об ошибке в запросе.',
      empty: 'У источника нет данных по этому запросу.',
      'unknown-source': 'Этот источник данных неизвестен.',
    },
    settings: {
      'data-proxy': () => 'Этому источнику нужен прокси: укажите data-proxy в теге script.',
      code: () => 'Укажите в атрибуте code код валюты ISO 4217, например code="CNY".',
      src: () => 'Укажите в атрибуте src адрес ленты новостей (или в source — зарегистрированный источник).',
      source: (value) => `Источник «${value}» не зарегистрирован: проверьте атрибут source.`,
      zone: (value) => `Неизвестный часовой пояс «${value}»: укажите в атрибуте zone пояс IANA, например Asia/Shanghai.`,
      zones: (value) => `В «${value}» нет известных часовых поясов: укажите в атрибуте zones пояса IANA, например Asia/Shanghai.`,
      group: (value) => `Неизвестная группа «${value}»: укажите в атрибуте group members, partners или all.`,
      'as-of': (value) => `Нельзя показать ШОС на «${value}»: укажите в атрибуте as-of дату в виде ГГГГ-ММ-ДД, не раньше 2001-06-15 (дня основания).`,
      date: (value) => `Неверная дата «${value}»: укажите в атрибуте date дату в виде ГГГГ-ММ-ДД.`,
      base: (value) => `Курсы не котируются к ${value}: укажите в атрибуте base валюту из этого листа.`,
    },
    config: (setting) => `Проверьте настройку ${setting}.`,
  },
  zh: {
    loading: '正在加载…',
    stale: (asOf) => `数据截至 ${asOf}：最近一次更新失败。`,
    stillTrying: '正在重试…',
    errors: {
      network: '无法加载数据。请检查地址或代理。',
      timeout: '数据源没有响应。',
      format: '数据源发送的文档格式不受支持。',
      source: '数据源报告此请求出错。',
      empty: '数据源没有此请求的数据。',
      'unknown-source': '未知的数据源。',
    },
    settings: {
      'data-proxy': () => '此数据源需要代理：请在 script 标签上设置 data-proxy。',
      code: () => '请将 code 属性设置为货币的 ISO 4217 代码，例如 code="CNY"。',
      src: () => '请将 src 属性设置为新闻源的网址（或将 source 设置为已注册的数据源）。',
      source: (value) => `未注册名为“${value}”的数据源：请检查 source 属性。`,
      zone: (value) => `未知时区“${value}”：请将 zone 属性设置为 IANA 时区，例如 Asia/Shanghai。`,
      zones: (value) => `“${value}”中没有已知时区：请将 zones 属性设置为 IANA 时区，例如 Asia/Shanghai。`,
      group: (value) => `未知分组“${value}”：请将 group 属性设置为 members、partners 或 all。`,
      'as-of': (value) => `无法显示上合组织在“${value}”的情况：请将 as-of 属性设置为 YYYY-MM-DD 格式、不早于 2001-06-15（成立日）的日期。`,
      date: (value) => `日期“${value}”无效：请将 date 属性设置为 YYYY-MM-DD 格式的日期。`,
      base: (value) => `汇率未以 ${value} 报价：请将 base 属性设置为该汇率表中的货币。`,
    },
    config: (setting) => `请检查 ${setting} 设置。`,
  },
  fa: {
    loading: 'در حال بارگذاری…',
    stale: (asOf) => `داده‌ها تا ${asOf}: آخرین به‌روزرسانی ناموفق بود.`,
    stillTrying: 'همچنان در تلاش…',
    errors: {
      network: 'داده‌ها بارگذاری نشد. نشانی یا پراکسی را بررسی کنید.',
      timeout: 'منبع داده پاسخ نمی‌دهد.',
      format: 'منبع داده سندی با قالب پشتیبانی‌نشده فرستاد.',
      source: 'منبع داده برای این درخواست خطا گزارش کرد.',
      empty: 'منبع داده برای این درخواست داده‌ای ندارد.',
      'unknown-source': 'این منبع داده شناخته‌شده نیست.',
    },
    settings: {
      'data-proxy': () => 'این منبع به پراکسی نیاز دارد: data-proxy را روی برچسب script تنظیم کنید.',
      code: () => 'ویژگی code را کد ISO 4217 یک ارز بگذارید، مثلاً code="CNY".',
      src: () => 'ویژگی src را نشانی یک خوراک خبری بگذارید (یا source را یک منبع ثبت‌شده).',
      source: (value) => `منبعی به نام «${value}» ثبت نشده است: ویژگی source را بررسی کنید.`,
      zone: (value) => `منطقهٔ زمانی ناشناخته «${value}»: ویژگی zone را یک منطقهٔ زمانی IANA بگذارید، مثلاً Asia/Shanghai.`,
      zones: (value) => `در «${value}» هیچ منطقهٔ زمانی شناخته‌شده‌ای نیست: ویژگی zones را منطقه‌های زمانی IANA بگذارید، مثلاً Asia/Shanghai.`,
      group: (value) => `گروه ناشناخته «${value}»: ویژگی group را members، partners یا all بگذارید.`,
      'as-of': (value) => `سازمان در «${value}» قابل نمایش نیست: ویژگی as-of را تاریخی به شکل YYYY-MM-DD از 2001-06-15 (روز بنیان‌گذاری) به بعد بگذارید.`,
      date: (value) => `تاریخ نامعتبر «${value}»: ویژگی date را تاریخی به شکل YYYY-MM-DD بگذارید.`,
      base: (value) => `نرخ‌ها در برابر ${value} اعلام نشده‌اند: ویژگی base را یکی از ارزهای این جدول بگذارید.`,
    },
    config: (setting) => `تنظیم ${setting} را بررسی کنید.`,
  },
};

/** The translated words for an error; a timeout says that the store goes on trying (it always does while the widget is shown). */
function errorText(m: StatusMessages, error: DataError | undefined): string {
  if (!error) return m.errors.network;
  if (error.code === 'config') {
    const setting = error.setting ?? '';
    return isConfigSetting(setting, m) ? m.settings[setting](error.value ?? '') : m.config(setting);
  }
  return error.code === 'timeout' ? `${m.errors.timeout} ${m.stillTrying}` : m.errors[error.code];
}

/**
 * The visible status line of a data widget: nothing when ready, a translated message otherwise.
 * It lies over the top of the space the widget keeps for its data (see `placeholder()`), so
 * neither the message coming nor going moves anything on the page.
 */
export function renderStatus(snapshot: Snapshot<unknown>, locale: string) {
  const m = pick(messages, locale);
  switch (snapshot.state) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<p part="status" role="status" data-state="loading">${m.loading}</p>`;
    case 'stale': {
      const asOf = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(snapshot.updated ?? now());
      const trying = snapshot.error?.code === 'timeout' ? ` ${m.stillTrying}` : '';
      return html`<p part="status" role="status" data-state="stale">${m.stale(asOf)}${trying}</p>`;
    }
    case 'error':
      return html`<p part="status" role="alert" data-state="error">${errorText(m, snapshot.error)}</p>`;
  }
}

/**
 * The space a widget's data will take, drawn from stand-in data of the same shape: invisible,
 * hidden from assistive technology (the status line is what they hear) and out of the tab order.
 */
export const placeholder = (content: unknown) => html`<div class="placeholder" aria-hidden="true" inert>${content}</div>`;
