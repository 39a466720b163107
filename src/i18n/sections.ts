/**
 * The built-in sections that load on demand, each a chunk of its own that a page downloads only when
 * it shows one of their words (see `sectionOnDemand`). The script-tag bundle swaps this module for
 * `sections.script.ts`, which has them inside.
 */
export const loadStatusSection = () => import('./built-in/status.js');
