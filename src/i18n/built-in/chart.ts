/** The `chart` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { chart as en } from '../languages/en.js';
export { chart as ru } from '../languages/ru.js';
export { chart as zh } from '../languages/zh.js';
