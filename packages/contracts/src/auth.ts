import { z } from 'zod';

export const userSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  is_platform_admin: z.boolean(),
});

/** The signed-in user's own view of their account (`/auth/me`, registration). */
export const accountSchema = userSchema.extend({
  email_verified: z.boolean(),
  two_factor_enabled: z.boolean(),
});

const emailSchema = z.email().max(254);
const nameSchema = z.string().trim().min(1).max(120);
/** Length, common-password and e-mail checks run on the server (bilingual errors on the field). */
export const newPasswordSchema = z
  .string()
  .max(1024)
  .describe('At least 10 characters; not a common password, not the e-mail');

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1024),
  /** Six-digit authenticator code or an unused recovery code, when two-factor is enabled. */
  totp: z.string().trim().min(6).max(32).optional(),
});

export const loginResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  /** Opaque, single-use (rotated on every refresh), 7 days; also set as the `ayni_refresh` cookie. */
  refresh_token: z.string(),
  user: userSchema,
});

/** The refresh token comes from the `ayni_refresh` cookie or, for non-browser clients, the body. */
export const refreshRequestSchema = z.object({ refresh_token: z.string().min(1).max(512).optional() });

/** Demo visitors' accounts live under this domain (POST /auth/demo): nobody registers there. */
export const DEMO_VISITOR_EMAIL_DOMAIN = 'demo.ayni.invalid';

export const registerRequestSchema = z.object({
  email: emailSchema.refine((email) => !email.toLowerCase().endsWith(`@${DEMO_VISITOR_EMAIL_DOMAIN}`), {
    message: 'This e-mail domain is reserved / Este dominio de correo está reservado',
  }),
  password: newPasswordSchema,
  name: nameSchema,
});

export const registerResponseSchema = z.object({ user: accountSchema });

export const tokenRequestSchema = z.object({ token: z.string().min(1).max(512) });

export const updateMeRequestSchema = z.object({ name: nameSchema.optional() });

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** Kinds of rows in `auth_events` (sign-in history and account security changes). */
export const AUTH_EVENT_KINDS = [
  'ok',
  'failed',
  'locked',
  'rate_limited',
  'disabled',
  'totp_required',
  'totp_failed',
  'recovery_code_used',
  'registered',
  'email_verified',
  'refresh_reuse',
  'logout',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'totp_enabled',
  'totp_disabled',
] as const;

export type AuthEventKind = (typeof AUTH_EVENT_KINDS)[number];
export type User = z.infer<typeof userSchema>;
export type Account = z.infer<typeof accountSchema>;
export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type LoginResponse = z.infer<typeof loginResponseSchema>;
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;
export type RegisterRequest = z.infer<typeof registerRequestSchema>;
export type RegisterResponse = z.infer<typeof registerResponseSchema>;
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;
