/** Spaces tolerated around and inside values: ASCII space, tab, NBSP, narrow NBSP, figure/thin space. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 9 || code === 0x2007 || code === 0x2009;
}

/** True for '' and all-space text, which callers treat as a missing value. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
