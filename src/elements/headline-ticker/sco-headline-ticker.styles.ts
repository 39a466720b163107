import { css } from 'lit';

/**
 * In `scroll` and `rotate` the status keeps to the one line of the headlines (its whole text is
 * still what is announced); in `list` every title takes the same lines, so the list is as tall
 * before the feed arrives as after.
 */
export const tickerStyles = css`
  :host {
    --_ticker-gap: var(--sco-ticker-gap, 2.5em);
    --_ticker-lines: var(--sco-ticker-lines, 2);
  }
  .scroll [part~='status'],
  .rotate [part~='status'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: var(--_gap);
  }
  /* The note of a feed cut short, beside the headlines: the line keeps its height. */
  .bar [part~='status'] {
    margin: 0;
    max-inline-size: 50%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  [part~='viewport'] {
    flex: 1;
    min-inline-size: 0;
    /* Room for focus rings. */
    padding-block: 3px;
    overflow: hidden;
    container-type: inline-size;
  }
  [part~='date'] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  [part~='link'] {
    color: var(--_accent);
    text-decoration: none;
  }
  [part~='link']:hover {
    text-decoration: underline;
  }
  a[part~='link']:not([href]) {
    color: inherit;
  }

  /* scroll: two identical copies side by side; the animation moves the track by one copy. */
  .scroll [part~='track'] {
    display: flex;
    inline-size: max-content;
  }
  .copy {
    display: flex;
    flex: none;
    /* A short list still fills the viewport, so the loop never shows an empty stretch. */
    min-inline-size: 100cqi;
  }
  .scroll [part~='item'],
  .rotate [part~='item'] {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
    white-space: nowrap;
  }
  .scroll [part~='item'] {
    flex: none;
    padding-inline-end: var(--_ticker-gap);
  }

  /* rotate: one headline at a time, faded in. */
  .rotate [part~='item'] {
    overflow: hidden;
    animation: sco-ticker-fade-in 0.5s ease-out;
  }
  .rotate [part~='link'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* In a narrow sidebar the date goes above the title, so the title keeps a useful width. */
  @container (max-width: 26em) {
    .rotate [part~='item'] {
      flex-direction: column;
      align-items: stretch;
      gap: 0;
    }
    .rotate [part~='date'] {
      font-size: 0.85em;
    }
  }
  @keyframes sco-ticker-fade-in {
    from {
      opacity: 0;
    }
  }

  /* list: the portal's dated list. */
  .list [part~='item'] {
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .list [part~='item']:last-child {
    border-block-end: 0;
  }
  .list [part~='date'] {
    display: block;
    font-size: 0.85em;
  }
  .list [part~='link'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_ticker-lines);
    overflow: hidden;
    min-block-size: calc(var(--_ticker-lines) * 1lh);
  }

  [part~='pause-button'] {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color);
    cursor: pointer;
  }
  [part~='pause-button']:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  [part~='pause-button'] svg {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    fill: currentColor;
  }

  /*
   * Paper: the element draws the list when printing starts, with every title whole. A moving line
   * the element did not draw itself (a server rendered it) stands still as one wrapped copy, on
   * paper and for readers who prefer less motion: the track and the copies give up their boxes, so
   * no transform moves them (the animation, measuring no width, does not start).
   */
  @media print {
    .list [part~='link'] {
      -webkit-line-clamp: none;
    }
  }
  @media print, (prefers-reduced-motion: reduce) {
    .bar [part~='track'],
    .bar .copy {
      display: contents;
    }
    .bar [part~='item'] {
      white-space: normal;
    }
    .copy + .copy,
    [part~='pause-button'] {
      display: none;
    }
  }
`;
