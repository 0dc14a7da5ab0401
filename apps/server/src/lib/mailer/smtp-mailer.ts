import { type Database, insertOutboxMessage, markOutboxFailed, markOutboxSent } from '@ayni/db';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Mailer, MailMessage } from './mailer';

export const DEFAULT_MAIL_FROM = 'AYNI <no-reply@ayni.cl>';

/**
 * Sends through SMTP (`SMTP_URL`, e.g. smtp://user:pass@host:587) and keeps a record of every
 * message in `email_outbox`, with `sent_at` once delivered or the error when it was not.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: { url: string; from?: string },
  ) {
    this.transport = nodemailer.createTransport(options.url, { from: options.from ?? DEFAULT_MAIL_FROM });
  }

  async send(message: MailMessage): Promise<void> {
    const id = await insertOutboxMessage(this.db, message);
    try {
      await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
    } catch (err) {
      await markOutboxFailed(this.db, id, err instanceof Error ? err.message : String(err));
      this.log.error({ err, to: message.to, subject: message.subject }, 'e-mail could not be sent');
      throw err;
    }
    await markOutboxSent(this.db, id, new Date());
    this.log.info({ to: message.to, subject: message.subject }, 'e-mail sent');
  }

  close(): void {
    this.transport.close();
  }
}
