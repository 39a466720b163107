import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_line: var(--sco-chart-line-color, var(--_accent));
    height: 16rem;
  }
  /* The reader's palette, not the page's colours: the browser forces no SVG fill or stroke. */
  @media (forced-colors: active) {
    :host {
      --_line: Highlight;
      --_muted: GrayText;
      --_border: CanvasText;
      --_background: Canvas;
    }
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    box-sizing: border-box;
  }
  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_gap);
    margin-block-end: calc(var(--_gap) / 2);
    font-variant-numeric: tabular-nums;
  }
  [part~='title'] {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='latest'] {
    font-size: 1.25em;
    font-weight: 600;
  }
  [part~='period'] {
    font-size: 0.8em;
    font-weight: normal;
    color: var(--_muted);
  }
  .plot {
    position: relative;
    flex: 1 1 0;
    min-height: 6rem;
  }
  [part~='chart'] {
    position: absolute;
    inset: 0;
    overflow: visible;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }
  /* Not yet measured (as a server draws it, a sketch inside): the whole box. */
  [part~='chart']:not([viewBox]) {
    width: 100%;
    height: 100%;
  }
  [part~='line'] {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  [part~='area'] {
    fill: var(--_line);
    fill-opacity: 0.12;
    stroke: none;
  }
  [part~='axis'] {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  [part~='label'] {
    fill: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  [part~='point'] {
    fill: var(--_background);
    stroke: var(--_line);
    stroke-width: 1.5;
  }
  [part~='point'][part~='active'] {
    fill: var(--_line);
  }
  [part~='guide'] {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    shape-rendering: crispEdges;
  }
  [part~='readout'] {
    margin: calc(var(--_gap) / 2) 0 0;
    min-height: 1.4em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /*
   * The table for screen readers can hold thousands of rows. A fixed layout sizes its columns from
   * the first row instead of measuring every cell, so drawing the chart does not wait on it.
   */
  .data-table table {
    table-layout: fixed;
    width: 24em;
  }
  /* Paper is laid out at another width, with no resize to redraw: the picture scales to its box. */
  @media print {
    :host {
      break-inside: avoid;
    }
    [part~='chart'] {
      width: 100%;
      height: 100%;
    }
  }
`;
