// The app's production build: both pages, JSX by Vite's own transform (no plugin needed for it).
import { defineConfig } from 'vite';

export default defineConfig({
  build: { rollupOptions: { input: ['index.html', 'data-only.html'] } },
  logLevel: 'warn',
});
