/** The `table` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { table as en } from '../languages/en.js';
export { table as ru } from '../languages/ru.js';
export { table as zh } from '../languages/zh.js';
