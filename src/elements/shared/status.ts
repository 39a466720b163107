import { html, nothing } from 'lit';
import type { DataErrorCode } from '../../data/errors.js';
import type { Snapshot } from '../../data/source.js';
import { dateTimeFormat } from './intl-cache.js';
import { pick } from './locale.js';

interface StatusMessages {
  loading: string;
  stale: (asOf: string) => string;
  errors: Record<DataErrorCode, string>;
}

const messages: { en: StatusMessages } & Record<string, StatusMessages> = {
  en: {
    loading: 'Loading…',
    stale: (asOf) => `As of ${asOf}: the latest update failed.`,
    errors: {
      network: 'The data could not be loaded. Check the address or the proxy.',
      timeout: 'The data source did not answer in time.',
      format: 'The data source sent a document in an unsupported format.',
      source: 'The data source reported an error for this request.',
      empty: 'The data source has no data for this request.',
      'unknown-source': 'This data source is not known.',
    },
  },
  ru: {
    loading: 'Загрузка…',
    stale: (asOf) => `Данные на ${asOf}: последнее обновление не удалось.`,
    errors: {
      network: 'Не удалось загрузить данные. Проверьте адрес или прокси.',
      timeout: 'Источник данных не ответил вовремя.',
      format: 'Источник прислал документ в неподдерживаемом формате.',
      source: 'Источник данных сообщил об ошибке в запросе.',
      empty: 'У источника нет данных по этому запросу.',
      'unknown-source': 'Этот источник данных неизвестен.',
    },
  },
  zh: {
    loading: '正在加载…',
    stale: (asOf) => `数据截至 ${asOf}：最近一次更新失败。`,
    errors: {
      network: '无法加载数据。请检查地址或代理。',
      timeout: '数据源未能及时响应。',
      format: '数据源发送的文档格式不受支持。',
      source: '数据源报告此请求出错。',
      empty: '数据源没有此请求的数据。',
      'unknown-source': '未知的数据源。',
    },
  },
  fa: {
    loading: 'در حال بارگذاری…',
    stale: (asOf) => `داده‌ها تا ${asOf}: آخرین به‌روزرسانی ناموفق بود.`,
    errors: {
      network: 'داده‌ها بارگذاری نشد. نشانی یا پراکسی را بررسی کنید.',
      timeout: 'منبع داده به‌موقع پاسخ نداد.',
      format: 'منبع داده سندی با قالب پشتیبانی‌نشده فرستاد.',
      source: 'منبع داده برای این درخواست خطا گزارش کرد.',
      empty: 'منبع داده برای این درخواست داده‌ای ندارد.',
      'unknown-source': 'این منبع داده شناخته‌شده نیست.',
    },
  },
};

/** The visible status line of a data widget: nothing when ready, a translated message otherwise. */
export function renderStatus(snapshot: Snapshot<unknown>, locale: string) {
  const m = pick(messages, locale);
  switch (snapshot.state) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<p part="status" role="status" data-state="loading">${m.loading}</p>`;
    case 'stale': {
      const asOf = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(snapshot.updated ?? Date.now());
      return html`<p part="status" role="status" data-state="stale">${m.stale(asOf)}</p>`;
    }
    case 'error':
      return html`<p part="status" role="alert" data-state="error">${m.errors[snapshot.error?.code ?? 'network']}</p>`;
  }
}
