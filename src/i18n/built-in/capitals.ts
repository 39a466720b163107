/** The `capitals` section of the built-in languages (`../languages/`), which the build cuts out of their files (scripts/language-sections.mjs). */
export { capitals as en } from '../languages/en.js';
export { capitals as ru } from '../languages/ru.js';
export { capitals as zh } from '../languages/zh.js';
