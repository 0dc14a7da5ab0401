import type { ReportLanguage } from '@ayni/contracts';
import type { MailMessage } from '../../lib/mailer/mailer';
import { formatPeriod } from './report-format';

/*
 * The scheduled report's e-mail, in the member's language. The PDF goes as a link to the
 * reports page (sign-in required): the Mailer and its outbox carry text only, and a link keeps
 * a company's figures out of mailboxes that may be forwarded.
 */

export interface ReportEmailInput {
  to: { email: string; name: string };
  language: ReportLanguage;
  companyName: string;
  period: string;
  pages: number;
  /** The web page where the PDF is downloaded. */
  link: string;
  unsubscribeLink: string;
}

export function scheduledReportEmail(input: ReportEmailInput): MailMessage {
  const period = formatPeriod(input.period, input.language);
  if (input.language === 'en') {
    return {
      to: input.to.email,
      subject: `AYNI report for ${input.companyName}: ${period}`,
      text: [
        `Hi ${input.to.name},`,
        '',
        `Your scheduled executive report for ${input.companyName} (${period}, ${input.pages} pages) is ready.`,
        `Download the PDF (sign-in required): ${input.link}`,
        '',
        `To stop receiving this report: ${input.unsubscribeLink}`,
      ].join('\n'),
    };
  }
  return {
    to: input.to.email,
    subject: `Informe AYNI de ${input.companyName}: ${period}`,
    text: [
      `Hola ${input.to.name}:`,
      '',
      `Tu informe ejecutivo programado de ${input.companyName} (${period}, ${input.pages} páginas) está listo.`,
      `Descarga el PDF (requiere iniciar sesión): ${input.link}`,
      '',
      `Para dejar de recibir este informe: ${input.unsubscribeLink}`,
    ].join('\n'),
  };
}
