/** The languages the widgets speak, from the library's own list, each by its own name as the demo names it. */
export { LANGUAGES as SUPPORTED_LANGUAGES } from '../../src/core/languages.js';
export { ownName as nativeName } from '../words.js';
