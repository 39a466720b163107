import { configureFromScript } from './config-from-script.js';

// Runs before any element is defined (see bundle.ts), so widgets already on the page upgrade with
// the site owner's settings. `currentScript` is only set while a classic script first runs.
configureFromScript(document.currentScript);
