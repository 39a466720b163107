/** The `sources` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { sources as en } from '../languages/en.js';
export { sources as ru } from '../languages/ru.js';
export { sources as zh } from '../languages/zh.js';
