/** Where to go after signing in: the page that sent the user to log in (`state.from`), if any. */
export function redirectFrom(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return null;
  return /^\/(login|register)\b/.test(from) ? null : from;
}

/** A one-off message for the login page, e.g. after a password reset. */
export type LoginNotice = 'passwordReset';

export function noticeFrom(state: unknown): LoginNotice | null {
  return (state as { notice?: unknown } | null)?.notice === 'passwordReset' ? 'passwordReset' : null;
}

/** Basic shape check before asking the API (which validates for real). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
