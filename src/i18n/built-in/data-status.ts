/**
 * The status line of the widgets that load data: loading, stale, the data's errors. It travels with
 * the data layer's controller (`DataController`), so the widgets that load no data (clocks, member
 * states) do not carry it; the words of a mistake in the settings are in `status.ts`.
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
};
