import type { AddressInfo } from 'node:net';
import { listOutboxFor } from '@ayni/db';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers';
import { verificationEmail } from '../../modules/auth/auth-emails';
import { SmtpMailer } from './smtp-mailer';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

/** The decoded text of a single-part message (nodemailer picks quoted-printable or base64). */
function bodyOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body, 'base64').toString('utf8');
  const bytes = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('SMTP mailer (real local SMTP server)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let server: SMTPServer;
  let port: number;
  const received: Received[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        callback(null, { user: auth.username });
      },
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('bounce')) return callback(new Error('550 no such mailbox'));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  it('delivers the message (Spanish first, the link intact) and records it as sent', async () => {
    const mailer = new SmtpMailer(db.handle.db, pino({ level: 'silent' }), {
      url: `smtp://ayni:secret@127.0.0.1:${port}`,
    });
    const link = `http://localhost:3000/verify-email?token=${'a'.repeat(43)}`;
    await mailer.send(verificationEmail({ email: 'josé.nunez@example.cl', name: 'José Núñez' }, link));
    mailer.close();

    const [message] = received;
    expect(message?.to).toEqual(['josé.nunez@example.cl']);
    expect(message?.from).toBe('no-reply@ayni.cl');
    expect(message?.user).toBe('ayni');
    expect(message?.raw).toMatch(/^From: AYNI <no-reply@ayni\.cl>/m);
    expect(message?.raw).toMatch(/^Subject: .*Confirma/m);
    const text = bodyOf(message?.raw ?? '');
    expect(text).toContain('Hola José Núñez:');
    expect(text).toContain(link);
    expect(text.indexOf('Confirma tu correo')).toBeLessThan(text.indexOf('please confirm'));

    const [row] = await listOutboxFor(db.handle.db, 'josé.nunez@example.cl');
    expect(row).toMatchObject({ subject: 'Confirma tu correo en AYNI / Confirm your e-mail', error: null });
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it('uses MAIL_FROM, and records the error when the server refuses the message', async () => {
    const mailer = new SmtpMailer(db.handle.db, pino({ level: 'silent' }), {
      url: `smtp://127.0.0.1:${port}`,
      from: 'Ventas AYNI <ventas@ayni.cl>',
    });
    await mailer.send({ to: 'ok@example.cl', subject: 'Hola', text: 'Hola / Hello' });
    expect(received.at(-1)?.from).toBe('ventas@ayni.cl');

    await expect(mailer.send({ to: 'bounce@example.cl', subject: 'Hola', text: 'x' })).rejects.toThrow();
    mailer.close();
    const [row] = await listOutboxFor(db.handle.db, 'bounce@example.cl');
    expect(row?.sentAt).toBeNull();
    expect(row?.error).toContain('no such mailbox');
  });
});
