/**
 * The status line of the widgets that load data: loading, stale, the data's errors and the mistakes
 * in their settings. It travels with the data layer's controller (`DataController`), so the widgets
 * that load no data (clocks, member states) do not carry it; their few messages are in `status.ts`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  loading: 'Loading…',
  /** `{asOf}`: the date and time of the data shown. */
  stale: 'As of {asOf}: the latest update failed.',
  /** Added while the store goes on trying a source that has not answered in time. */
  stillTrying: 'Still trying…',
  errors: {
    network: 'The data could not be loaded. Check the address or the proxy.',
    timeout: 'The data source is not answering.',
    format: 'The data source sent a document in an unsupported format.',
    source: 'The data source reported an error for this request.',
    empty: 'The data source has no data for this request.',
    'unknown-source': 'This data source is not known.',
  },
  /**
   * What to fix, by the attribute a configuration error names; `{value}` is what the page wrote
   * there. Attribute names and examples stay in Latin letters.
   */
  settings: {
    'data-proxy': 'This source needs a proxy: set data-proxy on the script tag.',
    code: 'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY".',
    src: 'Set the src attribute to the URL of a feed (or source to a registered source).',
    source: 'No source named "{value}" is registered: check the source attribute.',
    date: 'Invalid date "{value}": set the date attribute to a date written YYYY-MM-DD.',
    base: 'The rates are not quoted against {value}: set the base attribute to a currency of the sheet.',
  },
};

type Words = Strings<typeof en>;

export const ru: Words = {
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
  settings: {
    'data-proxy': 'Этому источнику нужен прокси: укажите data-proxy в теге script.',
    code: 'Укажите в атрибуте code код валюты ISO 4217, например code="CNY".',
    src: 'Укажите в атрибуте src адрес ленты новостей (или в source — зарегистрированный источник).',
    source: 'Источник «{value}» не зарегистрирован: проверьте атрибут source.',
    date: 'Неверная дата «{value}»: укажите в атрибуте date дату в виде ГГГГ-ММ-ДД.',
    base: 'Курсы установлены не к {value}: укажите в атрибуте base одну из валют, чьи курсы приведены.',
  },
};

export const zh: Words = {
  loading: '正在加载…',
  stale: '数据截至 {asOf}：最近一次更新失败。',
  stillTrying: '正在重试…',
  errors: {
    network: '无法加载数据。请检查地址或代理。',
    timeout: '数据源没有响应。',
    format: '数据源发送的文档格式不受支持。',
    source: '数据源对此请求返回了错误。',
    empty: '数据源没有此请求的数据。',
    'unknown-source': '未知的数据源。',
  },
  settings: {
    'data-proxy': '此数据源需要代理：请在 script 标签上设置 data-proxy。',
    code: '请将 code 属性设置为货币的 ISO 4217 代码，例如 code="CNY"。',
    src: '请将 src 属性设置为新闻源的网址（或将 source 设置为已注册的数据源）。',
    source: '未注册名为“{value}”的数据源：请检查 source 属性。',
    date: '日期“{value}”无效：请将 date 属性设置为 YYYY-MM-DD 格式的日期。',
    base: '汇率未以 {value} 报价：请将 base 属性设置为该汇率表中的货币。',
  },
};
