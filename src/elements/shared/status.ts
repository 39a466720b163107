import { html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../data/source.js';
import { format, translations } from '../../i18n/index.js';
import * as statusWords from '../../i18n/built-in/status.js';

/**
 * How a data widget's status reads (loading, stale, the data's errors and its own settings'
 * mistakes); undefined for a configuration error it has no words for.
 */
export type DataStatusLine = (snapshot: Snapshot<unknown>, locale: string) => TemplateResult | undefined;

let dataStatusLine: DataStatusLine | undefined;

/**
 * Installs the status line of the widgets that load data (`DataController` does, with its words).
 * Only they can be loading, stale or fail to load, so the widgets that load none (clocks, member
 * states) never carry those words.
 */
export function useDataStatusLine(line: DataStatusLine): void {
  dataStatusLine = line;
}

/** An error as every status line shows it. */
export const renderAlert = (text: string) => html`<p part="status" role="alert" data-state="error">${text}</p>`;

/**
 * The visible status line of a widget: nothing when ready, a translated message otherwise.
 * It lies over the top of the space the widget keeps for its data (see `placeholder()`), so
 * neither the message coming nor going moves anything on the page.
 */
export function renderStatus(snapshot: Snapshot<unknown>, locale: string) {
  if (snapshot.state === 'ready') return nothing;
  const m = translations('status', statusWords, locale);
  const { error } = snapshot;
  const setting = snapshot.state === 'error' && error?.code === 'config' ? (error.setting ?? '') : undefined;
  if (setting !== undefined && Object.hasOwn(m.settings, setting)) {
    return renderAlert(format(m.settings[setting as keyof typeof m.settings], { value: error?.value ?? '' }));
  }
  return dataStatusLine?.(snapshot, locale) ?? (setting === undefined ? nothing : renderAlert(format(m.config, { setting })));
}

/**
 * The space a widget's data will take, drawn from stand-in data of the same shape: invisible,
 * hidden from assistive technology (the status line is what they hear) and out of the tab order.
 */
export const placeholder = (content: unknown) => html`<div class="placeholder" aria-hidden="true" inert>${content}</div>`;
