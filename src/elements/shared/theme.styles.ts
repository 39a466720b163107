import { css } from 'lit';

/**
 * The shared design tokens. Every widget reads `--sco-*` through a private `--_*` twin so the
 * light and dark defaults live in one place; a page's own value always wins.
 */
const light = css`
  --_color: var(--sco-color, #1b2430);
  --_muted: var(--sco-muted-color, #5a6673);
  --_background: var(--sco-background, #ffffff);
  --_border: var(--sco-border-color, #d5dbe1);
  --_accent: var(--sco-accent-color, #0b5cad);
  --_up: var(--sco-up-color, #17723a);
  --_down: var(--sco-down-color, #b42318);
`;

const dark = css`
  --_color: var(--sco-color, #e6ebf0);
  --_muted: var(--sco-muted-color, #a3afbb);
  --_background: var(--sco-background, #161b22);
  --_border: var(--sco-border-color, #3a4552);
  --_accent: var(--sco-accent-color, #7cb8f7);
  --_up: var(--sco-up-color, #5bd68a);
  --_down: var(--sco-down-color, #ff8a80);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--sco-radius, 6px);
    --_gap: var(--sco-gap, 0.5rem);
    display: block;
    color: var(--_color);
    background: var(--_background);
    font-family: var(--sco-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--sco-font-size, 0.875rem);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  [part~='status'] {
    margin: var(--_gap) 0;
    color: var(--_muted);
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
