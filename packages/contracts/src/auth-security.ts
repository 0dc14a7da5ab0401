import { z } from 'zod';
import { newPasswordSchema } from './auth';

export const changePasswordRequestSchema = z.object({
  current_password: z.string().min(1).max(1024),
  new_password: newPasswordSchema,
});

export const passwordResetRequestSchema = z.object({ email: z.email().max(254) });

export const passwordResetConfirmSchema = z.object({
  token: z.string().min(1).max(512),
  new_password: newPasswordSchema,
});

export const totpSetupResponseSchema = z.object({
  /** Base32 secret, for typing into an authenticator app by hand. */
  secret: z.string(),
  /** otpauth:// URI, for a QR code. */
  otpauth_url: z.string(),
});

export const totpCodeSchema = z.string().trim().min(6).max(32);

export const totpEnableRequestSchema = z.object({ code: totpCodeSchema });

export const totpEnableResponseSchema = z.object({
  /** Ten one-time codes, shown once; each signs in once when the authenticator is lost. */
  recovery_codes: z.array(z.string()),
});

export const totpDisableRequestSchema = z.object({
  password: z.string().min(1).max(1024),
  code: totpCodeSchema,
});

export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;
export type TotpSetupResponse = z.infer<typeof totpSetupResponseSchema>;
export type TotpEnableResponse = z.infer<typeof totpEnableResponseSchema>;
export type TotpDisableRequest = z.infer<typeof totpDisableRequestSchema>;
