import { jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
}

export interface VerifiedClaims extends AccessClaims {
  /** When the token was issued, in milliseconds (compared with `users.password_changed_at`). */
  issuedAtMs: number;
}

/** Short-lived HS256 access tokens. */
export function createTokenService(secret: string) {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(claims: AccessClaims): Promise<string> {
      return (
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(claims.userId)
          .setIssuer('ayni')
          // NumericDate may carry a fraction (RFC 7519 §2): millisecond precision, so a token
          // issued just before a password change is told apart from one issued just after it.
          .setIssuedAt(Date.now() / 1000)
          .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
          .sign(key)
      );
    },
    /** The claims of a valid token, or null for anything else (expired, forged, malformed). */
    async verify(token: string): Promise<VerifiedClaims | null> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: 'ayni', algorithms: ['HS256'] });
        if (!payload.sub || typeof payload.iat !== 'number') return null;
        return { userId: payload.sub, issuedAtMs: Math.round(payload.iat * 1000) };
      } catch {
        return null;
      }
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
