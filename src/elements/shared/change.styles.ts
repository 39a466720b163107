import { css } from 'lit';

/**
 * The colours of a change (`up`, `down`) in the reader's market: in Chinese, Japanese and Korean a
 * rise is red and a fall green, elsewhere the reverse. The change's language is the widget's
 * (`lang` on its base, from `resolvedLocale`: its `locale`, the nearest `lang` or the page's
 * default), so a page rendered on a server has them too. The tokens are set on the change alone,
 * so error messages keep the red of `--_down`; a page's `--sco-up-color` / `--sco-down-color`
 * decide in every language. The arrows and the spoken words stay.
 */
export const changeStyles = css`
  [part~='change']:is(:lang(zh), :lang(ja), :lang(ko)) {
    --_up: var(--sco-up-color, light-dark(#b42318, #ff8a80));
    --_down: var(--sco-down-color, light-dark(#17723a, #5bd68a));
  }
  [part~='up'] {
    color: var(--_up);
  }
  [part~='down'] {
    color: var(--_down);
  }
`;
