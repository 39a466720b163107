/// <reference types="vite/client" />
// The builder's inputs, made by manifest-plugin.ts when Vite serves or builds the demo.
declare module 'virtual:sco-builder' {
  import type { Manifest, PackageFacts } from './manifest.js';
  export const manifest: Manifest;
  export const pkg: PackageFacts;
}
