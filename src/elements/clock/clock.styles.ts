import { css } from 'lit';

/** Styles of a clock, shared by `<sco-clock>` and `<sco-capital-clocks>`. */
export const clockStyles = css`
  :host {
    --_face: var(--sco-clock-face-color, var(--_background));
    --_hand: var(--sco-clock-hand-color, var(--_color));
    --_face-size: var(--sco-clock-face-size, 4.5rem);
  }
  /* The reader's palette, not the page's colours: the browser forces no SVG fill or stroke. */
  @media (forced-colors: active) {
    :host {
      --_face: Canvas;
      --_hand: CanvasText;
      --_muted: GrayText;
      --_border: CanvasText;
      --_accent: LinkText;
    }
  }
  [part~='clock'] {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_gap);
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  [part~='time'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .extras {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* A printed clock tells its day; on screen only show-date shows it. */
  @media not print {
    .paper {
      display: none;
    }
  }
  [part~='offset'] {
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }
  [part~='clock'][data-face='analog'] {
    grid-template-columns: auto;
    justify-items: center;
    text-align: center;
    row-gap: 0.15em;
  }
  [part~='clock'][data-face='analog'] .extras {
    grid-column: 1;
    justify-content: center;
    order: 3;
  }
  [part~='clock'][data-face='analog'] [part~='time'] {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.85em;
    order: 2;
  }
  [part~='clock'][data-face='analog'] [part~='city'] {
    font-weight: 600;
  }
  [part~='clock'] [part~='status'] {
    margin: 0;
  }
  .face {
    width: var(--_face-size);
    height: var(--_face-size);
    overflow: visible;
  }
  [part~='dial'] {
    fill: var(--_face);
    stroke: var(--_border);
    stroke-width: 2;
  }
  [part~='tick'] {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  [part~='major'] {
    stroke: var(--_hand);
    stroke-width: 2.5;
  }
  .hand {
    stroke: var(--_hand);
    stroke-linecap: round;
  }
  .hand.hour {
    stroke-width: 5;
  }
  .hand.minute {
    stroke-width: 3.5;
  }
  .hand.second {
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .hub {
    fill: var(--_hand);
  }
`;

/** The list of `<sco-capital-clocks>`: rows of digital clocks, tiles of analog ones. */
export const clockListStyles = css`
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  [part~='list'][data-face='analog'] {
    grid-template-columns: repeat(auto-fill, minmax(calc(var(--_face-size) + 2rem), 1fr));
    gap: var(--_gap);
  }
  [part~='list']:not([data-face='analog']) [part~='clock'] {
    padding-block: calc(var(--_gap) / 4);
    border-block-end: 1px solid var(--_border);
  }
`;
