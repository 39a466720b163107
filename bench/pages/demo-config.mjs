// Configures the data layer as demo/main.ts does, but before any element is defined: the bench
// bundles the demo's elements itself, and an element defined first would start loading unconfigured.
import { configure } from '../../src/data/config.ts';

configure({ proxy: '/proxy?url={url}', persist: true });
