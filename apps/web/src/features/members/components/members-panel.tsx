import { Section } from '../../../components/section';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DemoVisitorsNote } from './demo-visitors-note';
import { InvitationsList } from './invitations-list';
import { InviteForm } from './invite-form';
import { MembersTable, type MembersTableProps } from './members-table';

/** Settings › Miembros: the member list for everyone; invitations for `manage_members`. */
export function MembersPanel(props: MembersTableProps) {
  const { t } = useI18n();
  const { company } = props;
  const canManage = company.permissions.includes('manage_members');
  return (
    <div className="space-y-6">
      <Section title={t('members.title')}>
        <MembersTable {...props} />
        {canManage && <DemoVisitorsNote companyId={company.id} />}
      </Section>
      {canManage && (
        <Section title={t('invite.title')} description={t('invite.body')}>
          <InviteForm company={company} />
        </Section>
      )}
      {canManage && (
        <Section title={t('invitations.title')}>
          <InvitationsList company={company} />
        </Section>
      )}
    </div>
  );
}
