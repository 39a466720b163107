/** The built-in sections that load on demand elsewhere, inside the script-tag bundle (see `sections.ts`). */
import * as status from './built-in/status.js';

export const loadStatusSection = () => Promise.resolve(status);
