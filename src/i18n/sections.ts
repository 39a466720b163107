/**
 * The built-in sections that load later (`later()` in `core/loader.ts`), each a chunk of its own that
 * a page downloads only when it shows one of their words; the script-tag bundle has them inside.
 */
export const loadConfigErrors = () => import('./built-in/config-errors.js');
