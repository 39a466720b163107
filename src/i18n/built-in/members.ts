/** The `members` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { members as en } from '../languages/en.js';
export { members as ru } from '../languages/ru.js';
export { members as zh } from '../languages/zh.js';
