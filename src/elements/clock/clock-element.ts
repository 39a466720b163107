import { property } from 'lit/decorators.js';
import { ScoElement } from '../shared/sco-element.js';
import { ClockController } from './clock-controller.js';
import { defaultHourCycle, type ClockFace, type ClockOptions, type HourCycle } from './clock-reading.js';
import { clockStyles } from './clock.styles.js';
import { translations } from '../../i18n/index.js';
import * as clockMessages from '../../i18n/built-in/clock.js';
import type { ClockText } from './clock-reading.js';

/** The clock words in `locale`'s language. */
const clockText = (locale: string) => translations('clock', clockMessages, locale);

/**
 * The attributes `<sco-clock>` and `<sco-capital-clocks>` share, and their place on the page's
 * one clock timer.
 *
 * @cssprop --sco-clock-face-color - Fill of the analog dial (default: the background; in forced colours always the reader's `Canvas`).
 * @cssprop --sco-clock-hand-color - Hour and minute hands and major ticks (default: the text colour; in forced colours always the reader's `CanvasText`); the second hand uses `--sco-accent-color`.
 * @cssprop [--sco-clock-face-size=4.5rem] - Diameter of the analog dial.
 */
export class ClockElement<T> extends ScoElement<T> {
  static override styles = [ScoElement.styles, clockStyles];

  /** `h23` (e.g. `13:05`) or `h12` (`1:05 PM`); default: the locale's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle?: HourCycle;

  /** Shows seconds (the page's timer then ticks every second). */
  @property({ type: Boolean }) seconds = false;

  /** `digital` (default) or `analog` (an SVG dial, with the digits beneath). */
  @property() face: ClockFace = 'digital';

  /** Shows the local date (weekday, day, month). */
  @property({ type: Boolean, attribute: 'show-date' }) showDate = false;

  /** Shows the difference from the viewer's time, e.g. `+4 h`. */
  @property({ type: Boolean, attribute: 'show-offset' }) showOffset = false;

  /** Shows ☀ from 06:00 to 17:59 local time and ☾ otherwise, with a spoken "day"/"night". */
  @property({ type: Boolean, attribute: 'show-daynight' }) showDaynight = false;

  protected readonly clock = new ClockController(this, () => this.seconds);

  protected get clockOptions(): ClockOptions {
    return {
      hourCycle: this.hourCycle === 'h12' || this.hourCycle === 'h23' ? this.hourCycle : defaultHourCycle(this.resolvedLocale),
      seconds: this.seconds,
      face: this.face === 'analog' ? 'analog' : 'digital',
      showDate: this.showDate,
      showOffset: this.showOffset,
      showDaynight: this.showDaynight,
    };
  }

  protected get messages(): ClockText {
    return clockText(this.resolvedLocale);
  }
}
