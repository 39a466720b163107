import { html, nothing } from 'lit';
import { now } from '../../data/clock.js';
import type { DataError } from '../../data/errors.js';
import type { Snapshot } from '../../data/source.js';
import { dateTimeFormat } from '../../data/intl-cache.js';
import { format, translations } from '../../i18n/index.js';
import * as statusWords from '../../i18n/built-in/status.js';

/** The status words in `locale`'s language. */
const statusText = (locale: string) => translations('status', statusWords, locale);

type StatusMessages = ReturnType<typeof statusText>;
/** The settings whose mistakes the widgets explain in their own words. */
type ConfigSetting = keyof StatusMessages['settings'];

/** The translated words for an error; a timeout says that the store goes on trying (it always does while the widget is shown). */
function errorText(m: StatusMessages, error: DataError | undefined): string {
  if (!error) return m.errors.network;
  if (error.code === 'config') {
    const setting = error.setting ?? '';
    return Object.hasOwn(m.settings, setting) ? format(m.settings[setting as ConfigSetting], { value: error.value ?? '' }) : format(m.config, { setting });
  }
  return error.code === 'timeout' ? `${m.errors.timeout} ${m.stillTrying}` : m.errors[error.code];
}

/**
 * The visible status line of a data widget: nothing when ready, a translated message otherwise.
 * It lies over the top of the space the widget keeps for its data (see `placeholder()`), so
 * neither the message coming nor going moves anything on the page.
 */
export function renderStatus(snapshot: Snapshot<unknown>, locale: string) {
  const m = statusText(locale);
  switch (snapshot.state) {
    case 'ready':
      return nothing;
    case 'loading':
      return html`<p part="status" role="status" data-state="loading">${m.loading}</p>`;
    case 'stale': {
      const asOf = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(snapshot.updated ?? now());
      const trying = snapshot.error?.code === 'timeout' ? ` ${m.stillTrying}` : '';
      return html`<p part="status" role="status" data-state="stale">${format(m.stale, { asOf })}${trying}</p>`;
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
