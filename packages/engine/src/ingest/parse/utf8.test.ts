import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, incompleteUtf8TailLength } from './utf8';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('findInvalidUtf8', () => {
  it('accepts ASCII and well-formed multi-byte text', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('Ñandú 25° €3 😀'), false)).toBe(-1);
  });

  it('points at the first ill-formed sequence', () => {
    expect(findInvalidUtf8(bytes(0x41, 0xd1, 0x61), false)).toBe(1); // Windows-1252 Ñ then a
    expect(findInvalidUtf8(bytes(0xc0, 0x80), false)).toBe(0); // overlong NUL
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0x80), false)).toBe(0); // overlong 3-byte
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80), false)).toBe(0); // UTF-16 surrogate
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80), false)).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(bytes(0x41, 0x80), false)).toBe(1); // lone continuation byte
  });

  it('accepts a character cut by the end only when told to', () => {
    const cut = new TextEncoder().encode('precio €').subarray(0, 9); // € is E2 82 AC
    expect(findInvalidUtf8(cut, true)).toBe(-1);
    expect(findInvalidUtf8(cut, false)).toBe(7);
    expect(findInvalidUtf8(bytes(0x41, 0xe2, 0x41), true)).toBe(1);
  });
});

describe('incompleteUtf8TailLength', () => {
  it('counts the bytes of a character started but not finished', () => {
    expect(incompleteUtf8TailLength(bytes(0x41, 0xe2, 0x82))).toBe(2);
    expect(incompleteUtf8TailLength(bytes(0xf0, 0x9f, 0x98))).toBe(3);
    expect(incompleteUtf8TailLength(bytes(0x41, 0xc3))).toBe(1);
  });

  it('is 0 after a complete character or plain ASCII', () => {
    expect(incompleteUtf8TailLength(bytes(0xe2, 0x82, 0xac))).toBe(0);
    expect(incompleteUtf8TailLength(bytes(0x41))).toBe(0);
    expect(incompleteUtf8TailLength(bytes())).toBe(0);
  });
});
