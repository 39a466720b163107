import { html, nothing } from 'lit';
import { now } from '../../core/time.js';
import type { DataError, DataErrorCode } from '../../data/errors.js';
import { dateTimeFormat } from '../../core/intl-cache.js';
import { format, translations } from '../../i18n/index.js';
import * as dataStatusMessages from '../../i18n/built-in/data-status.js';
import type { DataState } from '../../data/source.js';
import { configErrorSetting, renderAlert, renderStatus } from './status.js';

type DataStatusText = ReturnType<typeof dataStatusText>;

/** The data widgets' status words in `locale`'s language. */
const dataStatusText = (locale: string) => translations('dataStatus', dataStatusMessages, locale);

/** The translated words for an error of the data; a timeout says that the store goes on trying (it always does while the widget is shown). */
function errorText(m: DataStatusText, error: DataError | undefined): string {
  if (!error) return m.errors.network;
  if (error.code === 'timeout') return `${m.errors.timeout} ${m.stillTrying}`;
  // Never a config error: `renderStatus` words those.
  return m.errors[error.code as Exclude<DataErrorCode, 'config' | 'timeout'>];
}

/** The status line of a widget that loads data: loading, stale, the data's errors, and (through `renderStatus`) its config errors. */
export function renderDataStatus(current: DataState<unknown>, locale: string) {
  if (configErrorSetting(current) !== undefined) return renderStatus(current, locale);
  const m = dataStatusText(locale);
  switch (current.state) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<p part="status" role="status" data-state="loading">${m.loading}</p>`;
    case 'stale': {
      const asOf = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(current.updated ?? now());
      const trying = current.error?.code === 'timeout' ? ` ${m.stillTrying}` : '';
      return html`<p part="status" role="status" data-state="stale">${format(m.stale, { asOf })}${trying}</p>`;
    }
    case 'error':
      return renderAlert(errorText(m, current.error));
  }
}

/**
 * The status of data that arrived incomplete (a feed cut short, a history with days left out) while
 * the widget shows the rest, `ready`: the note `text`, in a line of its own above the data, which
 * it does not cover as the other status lines do. The rate widgets end their caption with theirs
 * (`partialNote`).
 */
export const renderIncomplete = ({ state, value }: DataState<{ partial?: unknown }>, text: string) =>
  state === 'ready' && value?.partial ? html`<p part="status" role="status" data-state="partial">${text}</p>` : nothing;
