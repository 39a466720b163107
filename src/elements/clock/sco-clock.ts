import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { configError } from '../../data/errors.js';
import { dateTimeFormat } from '../../core/intl-cache.js';
import { StatusController, type DirectInput } from '../shared/status-controller.js';
import { renderStatus } from '../shared/status.js';
import { ClockElement } from './clock-element.js';
import { isKnownZone } from '../../core/zoned-time.js';
import { cityOf, type ClockSpec } from './clock-reading.js';
import { renderClockContent } from './render-clock.js';

/**
 * The local time of one place, e.g. `<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh">`.
 * `state` is `ready`, or `error` when the zone is not a known IANA time zone.
 *
 * @fires sco-load - The clock is shown; `detail` is its `{ zone, label }`.
 * @fires sco-error - The zone is not a known IANA time zone (a `config` error naming `zone`); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart clock - The clock; carries `data-zone` (and `data-face`).
 * @csspart error - Also on the clock when its zone is unknown.
 * @csspart time - The `<time>` with the local time; its `datetime` is the ISO local time with offset.
 * @csspart city - The place's name.
 * @csspart date - The local date (with `show-date`).
 * @csspart offset - The difference from the viewer's time (with `show-offset`).
 * @csspart daynight - ☀ or ☾ (with `show-daynight`); carries `data-daynight="day|night"`.
 * @csspart face - The analog dial, an `<svg>` (with `face="analog"`).
 * @csspart dial - The circle of the analog dial.
 * @csspart tick - Each of the dial's twelve hour marks.
 * @csspart major - Also on the marks at 12, 3, 6 and 9.
 * @csspart hand-hour - The hour hand of the analog dial.
 * @csspart hand-minute - The minute hand of the analog dial.
 * @csspart hand-second - The second hand of the analog dial (with `seconds`).
 * @csspart status - The message shown for an unknown time zone, naming the `zone` attribute.
 */
export class ScoClock extends ClockElement<ClockSpec> {
  /** IANA time zone, e.g. `Asia/Phnom_Penh`; default: the viewer's own. */
  @property() zone?: string;

  /** The place's name; default: the SCO capital in that zone (translated), else the zone's city. */
  @property() label?: string;

  readonly #data = new StatusController<ClockSpec>(this, () => this.#input());

  #input(): DirectInput<ClockSpec> {
    const zone = this.zone?.trim() || dateTimeFormat('en').resolvedOptions().timeZone;
    const label = this.label || undefined;
    if (!isKnownZone(zone))
      return { error: configError('zone', zone, `"${zone}" is not a known IANA time zone: set the zone attribute to one, e.g. Asia/Shanghai`) };
    return { value: { zone, label }, key: `${zone}=${label ?? ''}` };
  }

  override render() {
    const { current } = this.#data;
    const locale = this.resolvedLocale;
    const options = this.clockOptions;
    const spec = current.value;
    if (!spec) {
      const zone = this.zone?.trim() ?? '';
      return html`<div part="base" dir=${this.resolvedDir}>
        <div part="clock error" data-zone=${zone} data-face=${options.face}><span part="city">${cityOf({ zone, label: this.label || undefined }, locale)}</span>${renderStatus(current, locale)}</div>
      </div>`;
    }
    return html`<div part="base" dir=${this.resolvedDir}>
      <div part="clock" data-zone=${spec.zone} data-face=${options.face}>${renderClockContent(spec, this.clock, options, locale, this.messages)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-clock': ScoClock;
  }
}
