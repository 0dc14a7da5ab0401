import type { AuditLogEntry } from '@ayni/contracts';
import type { MessageKey } from '../../../lib/i18n/messages-es';

const ACTIONS: Record<string, MessageKey> = {
  'company.created': 'audit.action.company.created',
  'company.updated': 'audit.action.company.updated',
  'company.deleted': 'audit.action.company.deleted',
  'export.downloaded': 'audit.action.export.downloaded',
  'invitation.created': 'audit.action.invitation.created',
  'invitation.revoked': 'audit.action.invitation.revoked',
  'invitation.accepted': 'audit.action.invitation.accepted',
  'location.created': 'audit.action.location.created',
  'location.updated': 'audit.action.location.updated',
  'location.deleted': 'audit.action.location.deleted',
  'member.role_changed': 'audit.action.member.role_changed',
  'member.removed': 'audit.action.member.removed',
  'member.left': 'audit.action.member.left',
  'company.restored': 'audit.action.company.restored',
  'company.settings_updated': 'audit.action.company.settings_updated',
  'export.level_downloaded': 'audit.action.export.level_downloaded',
  'mapping_template.created': 'audit.action.mapping_template.created',
  'mapping_template.updated': 'audit.action.mapping_template.updated',
  'mapping_template.deleted': 'audit.action.mapping_template.deleted',
  'upload.created': 'audit.action.upload.created',
  'upload.deleted': 'audit.action.upload.deleted',
  'upload.cancel_requested': 'audit.action.upload.cancel_requested',
  'api_key.created': 'audit.action.api_key.created',
  'api_key.revoked': 'audit.action.api_key.revoked',
  'webhook.created': 'audit.action.webhook.created',
  'webhook.updated': 'audit.action.webhook.updated',
  'webhook.secret_rotated': 'audit.action.webhook.secret_rotated',
  'webhook.deleted': 'audit.action.webhook.deleted',
  'webhook.tested': 'audit.action.webhook.tested',
  'webhook.redelivered': 'audit.action.webhook.redelivered',
  'webhook.auto_disabled': 'audit.action.webhook.auto_disabled',
};

/** The message key naming an action, or null for actions this UI does not know yet. */
export function actionKey(action: string): MessageKey | null {
  return ACTIONS[action] ?? null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/**
 * A short detail from the entry's metadata: who it was about and what changed. `label` turns
 * codes such as role names into words.
 */
export function describeEntry(
  entry: AuditLogEntry,
  label: (code: string) => string = (code) => code,
): string {
  const { metadata } = entry;
  const subject = text(metadata.email) ?? text(metadata.name);
  const from = text(metadata.from);
  const to = text(metadata.to);
  const role = text(metadata.role);
  const change = from && to ? `${label(from)} → ${label(to)}` : role ? label(role) : null;
  const changes =
    metadata.changes && typeof metadata.changes === 'object'
      ? Object.keys(metadata.changes).join(', ')
      : null;
  return [subject, change, changes].filter(Boolean).join(' · ') || '—';
}
