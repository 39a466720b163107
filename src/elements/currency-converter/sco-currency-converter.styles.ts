import { css } from 'lit';

export const converterStyles = css`
  [part~='base'] {
    container-type: inline-size;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    grid-template-areas:
      'amount amount amount'
      'from swap to';
    align-items: end;
    gap: var(--_gap);
  }
  /* In a narrow sidebar each select gets the whole width, the swap button beside both. */
  @container (max-width: 24rem) {
    .fields {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'amount amount'
        'from swap'
        'to swap';
      align-items: end;
    }
    [part~='swap-button'] {
      align-self: center;
      margin-block-start: 1.2em;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 3);
    min-width: 0;
  }
  .field.amount {
    grid-area: amount;
  }
  .field.from {
    grid-area: from;
  }
  .field.to {
    grid-area: to;
  }
  label {
    color: var(--_muted);
    font-size: 0.9em;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 0.6) calc(var(--_gap) * 0.8);
    min-width: 0;
  }
  input {
    font-variant-numeric: tabular-nums;
  }
  input[aria-invalid='true'] {
    border-color: var(--_down);
  }
  [part~='swap-button'] {
    grid-area: swap;
    cursor: pointer;
    line-height: 1;
    color: var(--_accent);
  }
  [part~='swap-button']:hover {
    border-color: var(--_accent);
  }
  [part~='result'] {
    display: block;
    margin-block-start: var(--_gap);
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    min-height: 1.4em;
  }
  [part~='result'][part~='invalid'] {
    font-size: 1em;
    font-weight: normal;
    color: var(--_down);
  }
  [part~='note'] {
    margin: calc(var(--_gap) / 2) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media print {
    [part~='swap-button'] {
      display: none;
    }
  }
`;
