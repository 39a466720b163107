/** The `ticker` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { ticker as en } from '../languages/en.js';
export { ticker as ru } from '../languages/ru.js';
export { ticker as zh } from '../languages/zh.js';
