import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signAyniPayload, verifyAyniSignature } from './webhook-signature';

describe('AYNI-Signature', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ id: 'e1', type: 'upload.completed', data: { rows: 3 } });
  const now = 1_780_000_000;

  it('verifies a signature of the exact body within the window', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const header = signAyniPayload(secret, body, now);
    expect(header).toMatch(/^t=1780000000,v1=[0-9a-f]{64}$/);
    expect(verifyAyniSignature(secret, header, body, 300, now)).toBe(true);
    expect(verifyAyniSignature(secret, header, Buffer.from(body), 300, now + 299)).toBe(true);
  });

  it('refuses a tampered body, another secret, an old or future timestamp and junk', () => {
    const header = signAyniPayload(secret, body, now);
    expect(verifyAyniSignature(secret, header, body.replace('3', '4'), 300, now)).toBe(false);
    expect(verifyAyniSignature(newWebhookSecret(), header, body, 300, now)).toBe(false);
    expect(verifyAyniSignature(secret, header, body, 300, now + 301)).toBe(false);
    expect(verifyAyniSignature(secret, header, body, 300, now - 301)).toBe(false);
    // Re-stamping an old signature with a fresh t does not verify either.
    expect(
      verifyAyniSignature(secret, header.replace(`t=${now}`, `t=${now + 600}`), body, 300, now + 600),
    ).toBe(false);
    for (const junk of [undefined, '', 't=abc,v1=00', `t=${now}`, 'v1=00', `t=${now},v1=zz`]) {
      expect(verifyAyniSignature(secret, junk, body, 300, now)).toBe(false);
    }
  });

  it('uses the current time by default', () => {
    const header = signAyniPayload(secret, body, Math.floor(Date.now() / 1000));
    expect(verifyAyniSignature(secret, header, body)).toBe(true);
    expect(
      verifyAyniSignature(secret, signAyniPayload(secret, body, Math.floor(Date.now() / 1000) - 3600), body),
    ).toBe(false);
  });
});
