/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The root package.json version, set by `define` in vite.config.ts. */
  readonly VITE_APP_VERSION: string;
}
