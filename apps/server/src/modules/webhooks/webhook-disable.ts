import { appendAudit, type Database, inCompany, listMembers, updateWebhook } from '@ayni/db';
import type { Logger } from 'pino';
import type { Mailer } from '../../lib/mailer/mailer';

export interface DisableReason {
  en: string;
  es: string;
}

export const gaveUpReason = (eventType: string): DisableReason => ({
  en: `a ${eventType} delivery still failed after every retry (24 hours)`,
  es: `una entrega de ${eventType} siguió fallando después de todos los reintentos (24 horas)`,
});

export const tooManyFailuresReason = (failures: number): DisableReason => ({
  en: `${failures} delivery attempts in a row failed`,
  es: `fallaron ${failures} intentos de entrega seguidos`,
});

/**
 * Turns the webhook off (inside the caller's tenant transaction `tx`). Returns false when it
 * was already off, so owners are written to once.
 */
export async function disableWebhook(
  tx: Database,
  companyId: string,
  webhook: { id: string; active: boolean },
  reason: DisableReason,
): Promise<boolean> {
  if (!webhook.active) return false;
  await updateWebhook(tx, companyId, webhook.id, {
    active: false,
    disabledAt: new Date(),
    disabledReason: reason.en,
  });
  // No member did this: the entry has no user, so the audit log shows it as AYNI's own action.
  await appendAudit(tx, companyId, {
    userId: null,
    action: 'webhook.auto_disabled',
    targetType: 'webhook',
    targetId: webhook.id,
    metadata: { reason: reason.en },
  });
  return true;
}

/** Tells the company's owners (Spanish first, then English) why their webhook stopped. */
export async function emailOwnersWebhookDisabled(
  deps: { db: Database; mailer: Mailer; log: Logger },
  companyId: string,
  webhook: { id: string; url: string },
  reason: DisableReason,
): Promise<void> {
  const owners = (await inCompany(deps.db, companyId, (tx) => listMembers(tx, companyId))).filter(
    (m) => m.role === 'owner',
  );
  const text = [
    `Desactivamos tu webhook ${webhook.url} porque ${reason.es}.`,
    'Revisa que el receptor responda con un código 2xx y vuelve a activarlo en Configuración → Webhooks;',
    'desde ahí también puedes reenviar las entregas fallidas.',
    '',
    `We disabled your webhook ${webhook.url} because ${reason.en}.`,
    'Check that the receiver answers with a 2xx status and enable it again in Settings → Webhooks;',
    'failed deliveries can be redelivered from there.',
  ].join('\n');
  for (const owner of owners) {
    try {
      await deps.mailer.send({
        to: owner.email,
        subject: 'AYNI: webhook desactivado / webhook disabled',
        text,
      });
    } catch (err) {
      deps.log.error({ err, company_id: companyId, webhook_id: webhook.id }, 'could not e-mail an owner');
    }
  }
}
