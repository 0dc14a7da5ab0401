import type { MailMessage } from '../../lib/mailer/mailer';

const ROLE_ES: Record<string, string> = {
  owner: 'dueño',
  admin: 'administrador',
  finance: 'finanzas',
  marketing: 'marketing',
  operations: 'operaciones',
  viewer: 'solo lectura',
};

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/invitations/accept?token=${encodeURIComponent(token)}`;
}

/** The invitation e-mail, Spanish first, English below. */
export function invitationMail(input: {
  to: string;
  companyName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresAt: Date;
}): MailMessage {
  const until = input.expiresAt.toISOString().slice(0, 10);
  const text = [
    `Hola:`,
    ``,
    `${input.inviterName} te invitó a unirte a ${input.companyName} en AYNI con el rol ${ROLE_ES[input.role] ?? input.role}.`,
    `Para aceptar, inicia sesión (o crea tu cuenta con este mismo correo) y abre este enlace:`,
    ``,
    input.link,
    ``,
    `El enlace vence el ${until}. Si no esperabas esta invitación, ignora este correo.`,
    ``,
    `---`,
    ``,
    `${input.inviterName} invited you to join ${input.companyName} on AYNI as ${input.role}.`,
    `To accept, sign in (or sign up with this same e-mail address) and open the link above.`,
    `The link expires on ${until}. If you did not expect this invitation, ignore this e-mail.`,
  ].join('\n');
  return {
    to: input.to,
    subject: `Invitación a ${input.companyName} en AYNI / Invitation to ${input.companyName} on AYNI`,
    text,
  };
}
