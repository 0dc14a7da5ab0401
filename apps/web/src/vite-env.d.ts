/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute origin of the API (e.g. `https://api.ayni.cl`). Empty means same origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
