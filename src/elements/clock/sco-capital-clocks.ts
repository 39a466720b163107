import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { configError } from '../../data/errors.js';
import { capitalsOf, type StateSelection } from '../../sco/index.js';
import { StatusController, type DirectInput } from '../shared/status-controller.js';
import { renderStatus } from '../shared/status.js';
import { ClockElement } from './clock-element.js';
import { isKnownZone } from '../../core/zoned-time.js';
import { parseZones, type ClockSpec } from './clock-reading.js';
import { clockListStyles } from './clock.styles.js';
import { renderClockContent } from './render-clock.js';

const GROUPS: readonly string[] = ['members', 'partners', 'all'] satisfies StateSelection[];

/**
 * Clocks for the SCO capitals (`group`) or for any list of zones (`zones`), as one list. The clocks
 * are drawn in this element's own shadow root, so `::part(clock)` and friends reach every one.
 * A zone that is not known shows its own error item; the others keep ticking. `state` is `error`
 * only when nothing can be shown (an unknown `group`, or no known zone at all).
 *
 * @fires sco-load - The clocks are shown; `detail` is the list of `{ zone, label }`.
 * @fires sco-error - An unknown `group`, or no known zone in `zones` (a `config` error naming it); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart list - The `<ul>` of clocks; carries `data-face`.
 * @csspart clock - Each clock, an `<li>`; carries `data-zone` (and `data-face`).
 * @csspart error - Also on a clock whose zone is unknown.
 * @csspart time - The `<time>` with the local time; its `datetime` is the ISO local time with offset.
 * @csspart city - The capital's (or label's) name.
 * @csspart date - The local date (with `show-date`).
 * @csspart offset - The difference from the viewer's time (with `show-offset`).
 * @csspart daynight - ☀ or ☾ (with `show-daynight`); carries `data-daynight="day|night"`.
 * @csspart face - Each analog dial, an `<svg>` (with `face="analog"`).
 * @csspart dial - The circle of each analog dial.
 * @csspart tick - Each of the twelve hour marks of the analog dials.
 * @csspart major - Also on the marks at 12, 3, 6 and 9.
 * @csspart hand-hour - The hour hands of the analog dials.
 * @csspart hand-minute - The minute hands of the analog dials.
 * @csspart hand-second - The second hands of the analog dials (with `seconds`).
 * @csspart status - An unknown zone's message in its clock, or why the list is empty.
 */
export class ScoCapitalClocks extends ClockElement<ClockSpec[]> {
  static override styles = [ClockElement.styles, clockListStyles];

  /** Comma list of IANA zones, each optionally `Zone=Label`, e.g. `Asia/Tehran, Europe/Berlin=Berlin`; overrides `group`. */
  @property() zones?: string;

  /** The capitals of the SCO `members` (default), `partners`, or `all` states today. */
  @property() group: StateSelection = 'members';

  readonly #data = new StatusController<ClockSpec[]>(this, () => this.#input());

  #input(): DirectInput<ClockSpec[]> {
    const zones = this.zones?.trim();
    if (zones) {
      const clocks = parseZones(zones);
      if (!clocks.some((c) => isKnownZone(c.zone)))
        return { error: configError('zones', zones, `No known IANA time zone in "${zones}": set the zones attribute`) };
      return { value: clocks, key: `zones:${zones}` };
    }
    const group = (this.group || 'members').trim().toLowerCase();
    if (!GROUPS.includes(group))
      return { error: configError('group', this.group, `Unknown group "${this.group}": set the group attribute to members, partners or all`) };
    return { value: capitalsOf(group as StateSelection).map((capital) => ({ zone: capital.zone })), key: `group:${group}` };
  }

  override render() {
    const { current } = this.#data;
    const locale = this.resolvedLocale;
    const m = this.messages;
    const options = this.clockOptions;
    const clocks = current.value;
    if (!clocks) return html`<div part="base" dir=${this.resolvedDir}>${renderStatus(current, locale)}</div>`;
    return html`<div part="base" dir=${this.resolvedDir}>
      <ul part="list" data-face=${options.face} aria-label=${m.listLabel}>
        ${clocks.map(
          (spec) =>
            html`<li part=${isKnownZone(spec.zone) ? 'clock' : 'clock error'} data-zone=${spec.zone} data-face=${options.face}>
              ${renderClockContent(spec, this.clock, options, locale, m)}
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-capital-clocks': ScoCapitalClocks;
  }
}
