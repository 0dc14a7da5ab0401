import type { Logger } from 'pino';
import type { Mailer, MailMessage } from '../../lib/mailer/mailer';

export const VERIFY_EMAIL_TTL_MS = 48 * 3600_000;
export const RESET_PASSWORD_TTL_MS = 3600_000;

export function linkTo(publicUrl: string, page: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${page}?token=${encodeURIComponent(token)}`;
}

// Spanish first, an English line below: our users are in Chile, some read English better.
export function verificationEmail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Confirma tu correo en AYNI / Confirm your e-mail',
    text: [
      `Hola ${to.name}:`,
      '',
      'Confirma tu correo para activar tu cuenta de AYNI abriendo este enlace (válido por 48 horas):',
      link,
      '',
      'Si no creaste esta cuenta, ignora este mensaje.',
      '',
      '--',
      `Hi ${to.name}, please confirm your e-mail for AYNI with the link above (valid for 48 hours).`,
      'If you did not sign up, ignore this message.',
    ].join('\n'),
  };
}

export function passwordResetEmail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Restablece tu contraseña de AYNI / Reset your password',
    text: [
      `Hola ${to.name}:`,
      '',
      'Recibimos una solicitud para restablecer tu contraseña. Ábrela con este enlace (válido por 1 hora,',
      'se puede usar una sola vez):',
      link,
      '',
      'Si no la pediste, ignora este mensaje: tu contraseña no cambia.',
      '',
      '--',
      `Hi ${to.name}, use the link above to reset your AYNI password (valid for 1 hour, single use).`,
      'If you did not ask for it, ignore this message; your password stays the same.',
    ].join('\n'),
  };
}

export function passwordChangedEmail(to: { email: string; name: string }): MailMessage {
  return {
    to: to.email,
    subject: 'Tu contraseña de AYNI cambió / Your password was changed',
    text: [
      `Hola ${to.name}:`,
      '',
      'La contraseña de tu cuenta de AYNI acaba de cambiar y cerramos tus otras sesiones.',
      'Si no fuiste tú, restablece tu contraseña de inmediato y escríbenos.',
      '',
      '--',
      `Hi ${to.name}, your AYNI password was just changed and your other sessions were signed out.`,
      'If this was not you, reset your password right away and contact us.',
    ].join('\n'),
  };
}

/** Sends without failing the request: a lost e-mail can be asked for again, a lost signup cannot. */
export async function sendSafely(
  deps: { mailer: Mailer; log: Logger },
  message: MailMessage,
): Promise<boolean> {
  try {
    await deps.mailer.send(message);
    return true;
  } catch (err) {
    deps.log.error({ err, to: message.to, subject: message.subject }, 'e-mail not sent');
    return false;
  }
}
