import type { MyCompany } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/form/text-field';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { deleteCompany } from '../api/company';
import { companiesQueryKey } from '../api/get-companies';

/** Owners only: delete the company after typing its name; its data stays 30 days, then goes. */
export function DeleteCompanySection({ company }: { company: Pick<MyCompany, 'id' | 'name'> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const mutation = useMutation({
    mutationFn: () => deleteCompany(company.id),
    onSuccess: () => {
      queryClient.setQueryData<MyCompany[]>(companiesQueryKey, (list) =>
        list?.filter((item) => item.id !== company.id),
      );
      queryClient.removeQueries({ queryKey: ['companies', company.id] });
      void queryClient.invalidateQueries({ queryKey: companiesQueryKey, exact: true });
      navigate('/', { replace: true });
    },
  });

  const close = () => {
    setOpen(false);
    setTyped('');
    mutation.reset();
  };

  return (
    <Section
      tone="danger"
      title={t('companyDelete.title')}
      description={
        <>
          <p>{t('companyDelete.body')}</p>
          <p className="mt-1">{t('companyDelete.exportHint')}</p>
        </>
      }
    >
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('companyDelete.open')}
      </Button>
      {open && (
        <ConfirmDialog
          title={t('companyDelete.dialogTitle', { name: company.name })}
          description={<p>{t('companyDelete.body')}</p>}
          confirmLabel={t('companyDelete.confirm')}
          cancelLabel={t('companyDelete.cancel')}
          canConfirm={typed.trim() === company.name.trim()}
          pending={mutation.isPending}
          error={mutation.isError ? errorMessage(mutation.error, i18n) : null}
          onConfirm={() => mutation.mutate()}
          onCancel={close}
        >
          <TextField
            label={t('companyDelete.confirmLabel')}
            hint={<span className="font-mono text-slate-700">{company.name}</span>}
            name="confirm_name"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </ConfirmDialog>
      )}
    </Section>
  );
}
