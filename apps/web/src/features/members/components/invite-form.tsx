import type { Invitation, MyCompany, Role } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { createInvitation, invitationsQueryKey } from '../api/invitations';
import { assignableRoles, roleOptions } from '../lib/roles';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mail + role; the invitation shows up in the pending list at once. */
export function InviteForm({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: { email: string; role: Role }) => createInvitation(company.id, input),
    onSuccess: (invitation) => {
      queryClient.setQueryData<Invitation[]>(invitationsQueryKey(company.id), (list) => [
        invitation,
        ...(list ?? []).filter((item) => item.email !== invitation.email),
      ]);
      setEmail('');
    },
  });
  const errors = formErrors(mutation.error, i18n, ['email', 'role']);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    setInvalid(!EMAIL.test(value));
    if (EMAIL.test(value)) mutation.mutate({ email: value, role });
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setInvalid(false);
          }}
          error={invalid ? t('validation.email') : errors.fields.email}
        />
        <SelectField
          label={t('invite.role')}
          name="role"
          options={roleOptions(assignableRoles(company.role), t)}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          error={errors.fields.role}
        />
      </div>
      {errors.form && <FormAlert>{errors.form}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success">{t('invite.sent', { email: mutation.data.email })}</FormAlert>
      )}
      <Button type="submit" loading={mutation.isPending}>
        {t('invite.submit')}
      </Button>
    </form>
  );
}
