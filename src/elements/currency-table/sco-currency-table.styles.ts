import { css } from 'lit';

export const tableStyles = css`
  [part~='base'] {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: var(--_gap);
    color: var(--_muted);
    font-size: 0.9em;
  }
  th,
  td {
    padding: calc(var(--_gap) / 2) calc(var(--_gap) * 0.6);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  th {
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='nominal'],
  [part~='rate'],
  [part~='change'] {
    text-align: end;
    white-space: nowrap;
  }
  /* Den., Rate, Change: numbers. */
  th:nth-child(n + 4) {
    text-align: end;
  }
  [part~='code'] {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  [part~='missing'] [part~='rate'] {
    color: var(--_muted);
    font-style: italic;
    /* "not quoted" is words, not a number: let it wrap rather than push the table into scrolling. */
    white-space: normal;
  }
  .flag {
    margin-inline-end: 0.35em;
  }
  /* Compact, in a narrow box: the name and the denomination go under the country and the code
     (data-stacked), and their own columns are left out, so Rate and Change stay in view. */
  @container (width < 38em) {
    :is(th, td):is(:nth-child(3), :nth-child(4)) {
      display: none;
    }
    [data-stacked]::after {
      content: attr(data-stacked);
      display: block;
    }
    th,
    td {
      padding-inline: calc(var(--_gap) / 4);
    }
    th,
    td::after {
      font-size: 0.85em;
    }
    /* A one-word header longer than its numbers (Armenian "Փոփոխություն") may break rather than scroll. */
    th {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    td::after {
      color: var(--_muted);
    }
  }
  /* On paper the whole table, not a scroller's window onto it. */
  @media print {
    [part~='base'] {
      overflow: visible;
    }
  }
`;
