import type { Member, Role } from '@ayni/contracts';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form/select-field';
import { Badge } from '../../../components/section';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { assignableRoles, roleOptions } from '../lib/roles';

export interface MemberRowProps {
  member: Member;
  isMe: boolean;
  /** The signed-in user's role, when they may manage members; otherwise null (read-only). */
  managerRole: Role | null;
  busy: boolean;
  onRoleChange: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}

/** One member: identity, role (a select for managers), join date, remove / leave. */
export function MemberRow({ member, isMe, managerRole, busy, onRoleChange, onRemove }: MemberRowProps) {
  const { t } = useI18n();
  // Only owners touch owners (the API enforces it too).
  const canTouch = managerRole !== null && (member.role !== 'owner' || managerRole === 'owner');
  const roles = managerRole ? assignableRoles(managerRole) : [];
  const options = roleOptions(roles.includes(member.role) ? roles : [member.role, ...roles], t);

  return (
    <tr className="align-middle">
      <td className="py-3 pr-4">
        <div className="flex items-center gap-2">
          <span className="font-medium text-slate-900">{member.name}</span>
          {isMe && <Badge>{t('members.you')}</Badge>}
        </div>
        <div className="text-sm text-slate-500">{member.email}</div>
      </td>
      <td className="py-3 pr-4">
        {managerRole ? (
          <SelectField
            hideLabel
            label={t('members.roleOf', { name: member.name })}
            options={options}
            value={member.role}
            disabled={!canTouch || busy}
            onChange={(event) => onRoleChange(member, event.target.value as Role)}
            className="min-w-40 py-1.5"
          />
        ) : (
          <span className="text-sm text-slate-700">{t(`role.${member.role}`)}</span>
        )}
      </td>
      <td className="py-3 pr-4 text-sm whitespace-nowrap text-slate-600">{formatDate(member.joined_at)}</td>
      <td className="py-3 text-right">
        {isMe ? (
          <Button variant="dangerGhost" onClick={() => onRemove(member)}>
            {t('members.leave')}
          </Button>
        ) : (
          canTouch && (
            <Button
              variant="dangerGhost"
              aria-label={t('members.removeOf', { name: member.name })}
              onClick={() => onRemove(member)}
            >
              {t('members.remove')}
            </Button>
          )
        )}
      </td>
    </tr>
  );
}
