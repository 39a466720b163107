/** The `clock` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { clock as en } from '../languages/en.js';
export { clock as ru } from '../languages/ru.js';
export { clock as zh } from '../languages/zh.js';
