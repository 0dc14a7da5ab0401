import { type Database, schema } from '@ayni/db';
import type { Logger } from 'pino';
import type { Mailer, MailMessage } from './mailer';

/** No SMTP configured: mail goes to the `email_outbox` table and the log, so nothing is lost. */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  async send(message: MailMessage): Promise<void> {
    await this.db.insert(schema.emailOutbox).values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    });
    this.log.info(
      { to: message.to, subject: message.subject, text: message.text },
      'e-mail written to the outbox',
    );
  }
}
