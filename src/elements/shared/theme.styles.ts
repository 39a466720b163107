import { css } from 'lit';

/**
 * The shared design tokens. Every widget reads `--sco-*` through a private `--_*` twin whose
 * default holds both palettes in `light-dark()`: the host's `color-scheme` picks one, following
 * `prefers-color-scheme` unless `theme` forces it. A page's own value always wins.
 *
 * A status line beside the space a widget keeps for its data (or beside the data) lies over the
 * top of that space, so its coming and going moves nothing on the page; the `.placeholder` that
 * keeps the space is invisible. The note of incomplete data (`partial`) stays with the data for
 * as long as it is shown, so it takes a line of its own rather than hide the first of the data.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_color: var(--sco-color, light-dark(#1b2430, #e6ebf0));
    --_muted: var(--sco-muted-color, light-dark(#5a6673, #a3afbb));
    --_background: var(--sco-background, light-dark(#ffffff, #161b22));
    --_border: var(--sco-border-color, light-dark(#d5dbe1, #3a4552));
    --_accent: var(--sco-accent-color, light-dark(#0b5cad, #7cb8f7));
    --_up: var(--sco-up-color, light-dark(#17723a, #5bd68a));
    --_down: var(--sco-down-color, light-dark(#b42318, #ff8a80));
    --_radius: var(--sco-radius, 6px);
    --_gap: var(--sco-gap, 0.5rem);
    display: block;
    color: var(--_color);
    background: var(--_background);
    font-family: var(--sco-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--sco-font-size, 0.875rem);
    line-height: 1.4;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* While the file of its language is on its way, the widget keeps its space but shows no English. */
  :host(:state(translating)) {
    visibility: hidden;
  }
  [part~='status'] {
    margin: var(--_gap) 0;
    color: var(--_muted);
  }
  [part~='base'] {
    position: relative;
  }
  [part~='status']:not(:only-child, [data-state='partial']) {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    z-index: 1;
    margin: 0;
    padding-block: calc(var(--_gap) / 2);
    background: var(--_background);
  }
  .placeholder {
    visibility: hidden;
  }
  [part~='status'][data-state='error'] {
    color: var(--_down);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
