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
  /** A source that browsers may not read directly, on a page with no proxy. */
  needsProxy: string;
  /** Any other setting that cannot work, named. */
  config: (setting: string) => string;
}

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
    needsProxy: 'This source needs a proxy: set data-proxy on the script tag.',
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
    needsProxy: 'Этому источнику нужен прокси: укажите data-proxy в теге script.',
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
    needsProxy: '此数据源需要代理：请在 script 标签上设置 data-proxy。',
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
    needsProxy: 'این منبع به پراکسی نیاز دارد: data-proxy را روی برچسب script تنظیم کنید.',
    config: (setting) => `تنظیم ${setting} را بررسی کنید.`,
  },
};

/** The translated words for an error; a timeout says that the store goes on trying (it always does while the widget is shown). */
function errorText(m: StatusMessages, error: DataError | undefined): string {
  if (!error) return m.errors.network;
  if (error.code === 'config') return error.setting === 'data-proxy' ? m.needsProxy : m.config(error.setting ?? '');
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
