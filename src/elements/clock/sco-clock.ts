import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { dateTimeFormat } from '../../data/intl-cache.js';
import { ClockElement } from './clock-element.js';
import { isKnownZone, type ClockSpec } from './clock-reading.js';
import { renderClockContent } from './render-clock.js';

/**
 * The local time of one place, e.g. `<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh">`.
 * `state` is `ready`, or `error` when the zone is not a known IANA time zone.
 *
 * @csspart base - The wrapper.
 * @csspart clock - The clock; carries `data-zone` (and `data-face`).
 * @csspart error - Also on the clock when its zone is unknown.
 * @csspart time - The `<time>` with the local time; its `datetime` is the ISO local time with offset.
 * @csspart city - The place's name.
 * @csspart date - The local date (with `show-date`).
 * @csspart offset - The difference from the viewer's time (with `show-offset`).
 * @csspart daynight - ☀ or ☾ (with `show-daynight`); carries `data-daynight="day|night"`.
 * @csspart face - The analog dial, an `<svg>` (with `face="analog"`).
 * @csspart hand-hour - The hour hand of the analog dial.
 * @csspart hand-minute - The minute hand of the analog dial.
 * @csspart hand-second - The second hand of the analog dial (with `seconds`).
 * @csspart status - The message shown for an unknown time zone.
 */
export class ScoClock extends ClockElement {
  /** IANA time zone, e.g. `Asia/Phnom_Penh`; default: the viewer's own. */
  @property() zone?: string;

  /** The place's name; default: the SCO capital in that zone (translated), else the zone's city. */
  @property() label?: string;

  get #spec(): ClockSpec {
    return { zone: this.zone?.trim() || dateTimeFormat('en').resolvedOptions().timeZone, label: this.label || undefined };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.state = isKnownZone(this.#spec.zone) ? 'ready' : 'error';
  }

  override render() {
    const spec = this.#spec;
    const options = this.clockOptions;
    return html`<div part="base" dir=${this.resolvedDir}>
      <div part=${isKnownZone(spec.zone) ? 'clock' : 'clock error'} data-zone=${spec.zone} data-face=${options.face}>${renderClockContent(spec, this.clock, options, this.resolvedLocale, this.messages)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-clock': ScoClock;
  }
}
