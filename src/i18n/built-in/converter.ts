/** The `converter` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { converter as en } from '../languages/en.js';
export { converter as ru } from '../languages/ru.js';
export { converter as zh } from '../languages/zh.js';
