/** The `status` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { status as en } from '../languages/en.js';
export { status as ru } from '../languages/ru.js';
export { status as zh } from '../languages/zh.js';
