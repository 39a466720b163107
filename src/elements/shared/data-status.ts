import { html } from 'lit';
import { now } from '../../data/clock.js';
import type { DataError } from '../../data/errors.js';
import type { Snapshot } from '../../data/source.js';
import { dateTimeFormat } from '../../data/intl-cache.js';
import { format, translations } from '../../i18n/index.js';
import * as dataStatusWords from '../../i18n/built-in/data-status.js';
import { renderAlert, type DataStatusLine } from './status.js';

type DataStatusText = ReturnType<typeof dataStatusText>;
/** The settings of the data widgets whose mistakes they explain in their own words. */
type DataSetting = keyof DataStatusText['settings'];

/** The data widgets' status words in `locale`'s language. */
const dataStatusText = (locale: string) => translations('dataStatus', dataStatusWords, locale);

/** The translated words for an error (a configuration one of a setting these words name); a timeout says that the store goes on trying (it always does while the widget is shown). */
function errorText(m: DataStatusText, error: DataError | undefined): string {
  if (!error) return m.errors.network;
  if (error.code === 'config') return format(m.settings[error.setting as DataSetting], { value: error.value ?? '' });
  return error.code === 'timeout' ? `${m.errors.timeout} ${m.stillTrying}` : m.errors[error.code];
}

/** The status line of a widget that loads data (`renderStatus` draws it; a configuration error here is of a setting these words name). */
function renderDataStatus(snapshot: Snapshot<unknown>, locale: string) {
  const m = dataStatusText(locale);
  switch (snapshot.state) {
    case 'ready':
      return undefined;
    case 'loading':
      return html`<p part="status" role="status" data-state="loading">${m.loading}</p>`;
    case 'stale': {
      const asOf = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(snapshot.updated ?? now());
      const trying = snapshot.error?.code === 'timeout' ? ` ${m.stillTrying}` : '';
      return html`<p part="status" role="status" data-state="stale">${format(m.stale, { asOf })}${trying}</p>`;
    }
    case 'error':
      return renderAlert(errorText(m, snapshot.error));
  }
}

export const dataStatusLine: DataStatusLine = { render: renderDataStatus, settings: Object.keys(dataStatusWords.en.settings) };
