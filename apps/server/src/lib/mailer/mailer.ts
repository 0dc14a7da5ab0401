export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** The one way the server sends e-mail (verification, reset, invitations). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
