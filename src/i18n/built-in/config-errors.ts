/** The `configErrors` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { configErrors as en } from '../languages/en.js';
export { configErrors as ru } from '../languages/ru.js';
export { configErrors as zh } from '../languages/zh.js';
