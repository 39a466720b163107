/** The `dataStatus` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { dataStatus as en } from '../languages/en.js';
export { dataStatus as ru } from '../languages/ru.js';
export { dataStatus as zh } from '../languages/zh.js';
