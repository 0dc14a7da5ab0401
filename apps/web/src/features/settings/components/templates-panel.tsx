import type { MappingTemplate, MyCompany } from '@ayni/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { deleteMappingTemplate, listMappingTemplates, uploadKeys } from '../../uploads/api/uploads';
import { TemplateItem } from './template-item';
import { TemplateRenameForm } from './template-rename-form';

/** Settings › Plantillas: the saved column mappings; members who upload data rename or delete them. */
export function TemplatesPanel({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const canEdit = company.permissions.includes('upload_data');
  const templates = useQuery({
    queryKey: uploadKeys.templates(company.id),
    queryFn: ({ signal }) => listMappingTemplates(company.id, signal),
  });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<MappingTemplate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const removal = useMutation({
    mutationFn: (template: MappingTemplate) => deleteMappingTemplate(company.id, template.id),
    onSuccess: (_, template) => {
      queryClient.setQueryData<MappingTemplate[]>(uploadKeys.templates(company.id), (list) =>
        list?.filter((item) => item.id !== template.id),
      );
      void queryClient.invalidateQueries({ queryKey: uploadKeys.templates(company.id) });
      setNotice(t('templates.deleted', { name: template.name }));
      setDeleting(null);
    },
  });

  if (templates.isPending) return <PageLoader label={t('templates.loading')} />;
  if (templates.isError) {
    return (
      <ErrorState
        message={errorMessage(templates.error, i18n)}
        onRetry={() => void templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  }
  if (templates.data.length === 0) {
    return (
      <EmptyState
        title={t('templates.emptyTitle')}
        description={t('templates.emptyBody')}
        action={
          canEdit && (
            <Link
              to={`/c/${company.id}/uploads/new`}
              className="text-sm font-semibold text-teal-700 hover:text-teal-800"
            >
              {t('templates.upload')}
            </Link>
          )
        }
      />
    );
  }
  return (
    <Section
      title={t('templates.title')}
      description={canEdit ? t('templates.body') : t('templates.readOnly')}
    >
      {notice && (
        <FormAlert tone="success" className="mb-4">
          {notice}
        </FormAlert>
      )}
      <ul className="divide-y divide-slate-100">
        {templates.data.map((template) => (
          <li key={template.id} className="py-4 first:pt-0 last:pb-0">
            {renaming === template.id ? (
              <TemplateRenameForm
                companyId={company.id}
                template={template}
                onDone={(renamed) => {
                  setRenaming(null);
                  if (renamed) setNotice(t('templates.renamed', { name: renamed.name }));
                }}
              />
            ) : (
              <TemplateItem
                template={template}
                canEdit={canEdit}
                onRename={() => {
                  setNotice(null);
                  setRenaming(template.id);
                }}
                onDelete={() => {
                  setNotice(null);
                  removal.reset();
                  setDeleting(template);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('templates.deleteTitle', { name: deleting.name })}
          description={<p>{t('templates.deleteBody')}</p>}
          confirmLabel={t('templates.deleteConfirm')}
          cancelLabel={t('templates.cancel')}
          pending={removal.isPending}
          error={removal.isError ? errorMessage(removal.error, i18n) : null}
          onConfirm={() => removal.mutate(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Section>
  );
}
