import { css } from 'lit';

export const memberStatesStyles = css`
  [part~='group'] + [part~='group'] {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  [part~='heading'] {
    margin: 0 0 calc(var(--_gap) / 2);
    padding-block-end: calc(var(--_gap) / 2);
    border-block-end: 2px solid var(--_accent);
    font-size: 1em;
    font-weight: 600;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    container-type: inline-size;
  }
  [part~='state'] {
    display: grid;
    grid-template-columns: 1.6em 1fr auto;
    column-gap: calc(var(--_gap) / 2);
    align-items: baseline;
    padding-block: calc(var(--_gap) / 4);
    border-block-end: 1px solid var(--_border);
  }
  [part~='flag'] {
    font-family: 'Twemoji Country Flags', 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif;
  }
  [part~='capital'] {
    color: var(--_muted);
    text-align: end;
  }
  /* Narrow (a phone, a sidebar): the capital under the name, which keeps the width to itself. */
  @container (width < 24em) {
    [part~='capital'] {
      grid-column: 2 / 4;
      text-align: start;
    }
  }
`;
