/** The markup of one clock, shared by `<sco-clock>` and every item of `<sco-capital-clocks>`. */
import { html, nothing, svg } from 'lit';
import type { ClockController } from './clock-controller.js';
import { isKnownZone } from '../../core/zoned-time.js';
import { cityOf, clockReader, type ClockOptions, type ClockReading, type ClockSpec, type ClockText } from './clock-reading.js';
import { liveValue } from './live-value.js';
import { format } from '../../i18n/index.js';

/** A value of the reading that changes by the second: rendered now, refreshed in place on ticks. */
type BySecond = (pick: (reading: ClockReading) => string) => ReturnType<typeof liveValue>;

/** The inside of a `part="clock"` element: the face or digits, the city and the extras asked for. */
export function renderClockContent(spec: ClockSpec, clock: ClockController, options: ClockOptions, locale: string, m: ClockText) {
  const city = cityOf(spec, locale);
  if (!isKnownZone(spec.zone)) {
    return html`<span part="city">${city}</span>
      <span part="status" data-state="error">${format(m.unknownZone, { zone: spec.zone })}</span>`;
  }
  const read = clockReader(spec.zone, options, locale, m);
  const bySecond: BySecond = (pick) => liveValue(clock, (now) => pick(read(now)));
  const analog = options.face === 'analog';
  return html`${analog ? renderFace(options.seconds, bySecond) : nothing}<time part="time" datetime=${bySecond((r) => r.datetime)} aria-hidden=${analog ? 'true' : 'false'}>${bySecond((r) => r.time)}</time>
    <span part="city">${city}</span>${renderExtras(options, m, bySecond)}`;
}

/**
 * The date, offset and day/night asked for. On paper a time says nothing without its day: without
 * `show-date` the date is there too, printed only (on screen it takes no room and is not read out).
 * Live values too, though they change by the minute at most: what a server rendered for its own
 * moment and time zone is then the reader's from the first update on.
 */
function renderExtras(options: ClockOptions, m: ClockText, bySecond: BySecond) {
  const date = bySecond((r) => r.date);
  return html`<span class=${options.showDate || options.showOffset || options.showDaynight ? 'extras' : 'extras paper'}>
    ${options.showDate ? html`<span part="date">${date}</span>` : html`<span class="paper">${date}</span>`}
    ${
      options.showOffset
        ? html`<span part="offset" data-minutes=${bySecond((r) => String(r.offset.minutes))}
            ><span aria-hidden="true" dir="auto">${bySecond((r) => r.offset.text)}</span><span class="visually-hidden">${bySecond((r) => r.offset.label)}</span></span
          >`
        : nothing
    }
    ${
      options.showDaynight
        ? html`<span part="daynight" data-daynight=${bySecond((r) => r.daynight)}
            ><span aria-hidden="true">${bySecond((r) => (r.daynight === 'day' ? '\u2600\uFE0E' : '\u263E\uFE0E'))}</span
            ><span class="visually-hidden">${bySecond((r) => m[r.daynight])}</span></span
          >`
        : nothing
    }
  </span>`;
}

const TICKS = Array.from({ length: 12 }, (_, i) => i * 30);

/**
 * A 100×100 dial. Hands turn through the SVG `transform` attribute, not inline styles, so the
 * clock works under `style-src 'self'`. The dial is never mirrored: clocks run clockwise in
 * right-to-left pages too.
 */
function renderFace(seconds: boolean, bySecond: BySecond) {
  return html`<svg part="face" class="face" viewBox="0 0 100 100" role="img" aria-label=${bySecond((r) => r.time)}>
    <circle part="dial" cx="50" cy="50" r="47"></circle>
    ${TICKS.map((angle) => svg`<line part=${angle % 90 ? 'tick' : 'tick major'} x1="50" y1="5" x2="50" y2=${angle % 90 ? 10 : 13} transform="rotate(${angle} 50 50)"></line>`)}
    <line part="hand-hour" class="hand hour" x1="50" y1="56" x2="50" y2="27" transform=${bySecond((r) => `rotate(${round(r.hands.hour)} 50 50)`)}></line>
    <line part="hand-minute" class="hand minute" x1="50" y1="58" x2="50" y2="13" transform=${bySecond((r) => `rotate(${round(r.hands.minute)} 50 50)`)}></line>
    ${seconds ? svg`<line part="hand-second" class="hand second" x1="50" y1="62" x2="50" y2="10" transform=${bySecond((r) => `rotate(${round(r.hands.second)} 50 50)`)}></line>` : nothing}
    <circle class="hub" cx="50" cy="50" r="2.5"></circle>
  </svg>`;
}

const round = (degrees: number) => Math.round(degrees * 100) / 100;
