import { html, nothing } from 'lit';
import type { DataState } from '../../data/source.js';
import { later } from '../../core/loader.js';
import { format, translations } from '../../i18n/index.js';
import { loadConfigErrors } from '../../i18n/sections.js';

/** The messages of config errors (mistakes in a widget's settings): only a page that makes one shows them, so they load at its first. */
const configErrorMessages = later(loadConfigErrors);

/** The setting a data state's config error names, if it shows one. */
export const configErrorSetting = ({ state, error }: DataState<unknown>): string | undefined =>
  state === 'error' && error?.code === 'config' ? (error.setting ?? '') : undefined;

/**
 * While the message of a data state's config error is on its way, the promise of its arrival (asking
 * starts the load): the widget then keeps its space, unseen, as it does while its language's file
 * is on its way, and its update completes once the message is on screen.
 */
export const messageArriving = (current: DataState<unknown>): Promise<void> | undefined =>
  configErrorSetting(current) === undefined ? undefined : configErrorMessages.arriving();

/** An error as every status line shows it. */
export const renderAlert = (text: string) => html`<p part="status" role="alert" data-state="error">${text}</p>`;

/**
 * The visible status line of a widget that loads no data: nothing, or the translated message of a
 * config error (the widgets that load data draw theirs with `renderDataStatus`, which
 * adds loading, stale and the data's errors, so only they carry those words). It lies over the
 * top of the space the widget keeps for its data (see `placeholder()`), so neither the message
 * coming nor going moves anything on the page.
 */
export function renderStatus(current: DataState<unknown>, locale: string) {
  const setting = configErrorSetting(current);
  if (setting === undefined) return nothing;
  const messages = configErrorMessages.get();
  // Until the messages come (unseen, see `messageArriving`), or if they cannot, the error's own English.
  if (!messages) return renderAlert(current.error!.message);
  const m = translations('configErrors', messages, locale);
  const value = current.error!.value ?? '';
  return renderAlert(Object.hasOwn(m.settings, setting) ? format(m.settings[setting as keyof typeof m.settings], { value }) : format(m.config, { setting }));
}

/**
 * The space a widget's data will take, drawn from placeholder data of the same shape: invisible,
 * hidden from assistive technology (the status line is what they hear) and out of the tab order.
 */
export const placeholder = (content: unknown) => html`<div class="placeholder" aria-hidden="true" inert>${content}</div>`;
