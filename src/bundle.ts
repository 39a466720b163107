/** The script-tag bundle: configuration from its own `<script>` attributes, then every element. */
import './bundle-configure.js';

export * from './index.js';
