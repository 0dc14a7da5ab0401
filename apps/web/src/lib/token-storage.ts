/**
 * The access token lives in memory and is mirrored to sessionStorage so a reload keeps the session
 * (per tab). Components subscribe through `useSyncExternalStore`.
 */
const STORAGE_KEY = 'ayni.access_token';

type Listener = () => void;

const listeners = new Set<Listener>();
let token: string | null = readStored();

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage can be unavailable (private mode, quota); memory still works.
  }
}

function update(value: string | null): void {
  const changed = value !== token;
  token = value;
  writeStored(value);
  if (changed) for (const listener of listeners) listener();
}

export const tokenStorage = {
  get: (): string | null => token,
  set: (value: string): void => update(value),
  clear: (): void => update(null),
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
