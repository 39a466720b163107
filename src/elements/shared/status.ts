import { html, nothing } from 'lit';
import type { DataState } from '../../data/source.js';
import { later } from '../../core/loader.js';
import { format, translations } from '../../i18n/index.js';
import { loadStatusSection } from '../../i18n/sections.js';

/** The words of a mistake in a widget's settings: only a page that makes one shows them, so they load at its first. */
const settingsWords = later(loadStatusSection);

/** The setting a data state's mistake names, if it shows one. */
export const mistakenSetting = ({ state, error }: DataState<unknown>): string | undefined =>
  state === 'error' && error?.code === 'config' ? (error.setting ?? '') : undefined;

/**
 * While the message of a data state waits for its words, the promise of their arrival (asking starts
 * their load): the widget then keeps its space, unseen, as it does while its language's file is on
 * its way, and its update completes once they are on screen.
 */
export const statusWordsArriving = (current: DataState<unknown>): Promise<void> | undefined =>
  mistakenSetting(current) === undefined ? undefined : settingsWords.arriving();

/** An error as every status line shows it. */
export const renderAlert = (text: string) => html`<p part="status" role="alert" data-state="error">${text}</p>`;

/**
 * The visible status line of a widget that loads no data: nothing, or the translated message of a
 * mistake in its settings (the widgets that load data draw theirs with `renderDataStatus`, which
 * adds loading, stale and the data's errors, so only they carry those words). It lies over the
 * top of the space the widget keeps for its data (see `placeholder()`), so neither the message
 * coming nor going moves anything on the page.
 */
export function renderStatus(current: DataState<unknown>, locale: string) {
  const setting = mistakenSetting(current);
  if (setting === undefined) return nothing;
  const words = settingsWords.get();
  // Until the words come (unseen, see `statusWordsArriving`), or if they cannot, the error's own English.
  if (!words) return renderAlert(current.error!.message);
  const m = translations('status', words, locale);
  const value = current.error!.value ?? '';
  return renderAlert(Object.hasOwn(m.settings, setting) ? format(m.settings[setting as keyof typeof m.settings], { value }) : format(m.config, { setting }));
}

/**
 * The space a widget's data will take, drawn from placeholder data of the same shape: invisible,
 * hidden from assistive technology (the status line is what they hear) and out of the tab order.
 */
export const placeholder = (content: unknown) => html`<div class="placeholder" aria-hidden="true" inert>${content}</div>`;
