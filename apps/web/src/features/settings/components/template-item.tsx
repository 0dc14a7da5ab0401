import type { MappingTemplate } from '@ayni/contracts';
import { Button } from '../../../components/button';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { headerPreview, mappedFields } from '../lib/template-summary';

export interface TemplateItemProps {
  template: MappingTemplate;
  canEdit: boolean;
  onRename: () => void;
  onDelete: () => void;
}

/** One saved template: its name, headers, mapped fields and last change, with its actions. */
export function TemplateItem({ template, canEdit, onRename, onDelete }: TemplateItemProps) {
  const { t } = useI18n();
  const fields = mappedFields(template).map((field) => t(`uploads.field.${field}`));
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 space-y-1">
        <h3 className="truncate text-sm font-semibold text-slate-900">{template.name}</h3>
        <p className="text-sm text-slate-600">
          {t('templates.columns', {
            count: template.headers.length,
            headers: headerPreview(template.headers),
          })}
        </p>
        <p className="text-sm text-slate-600">
          {fields.length > 0
            ? t('templates.mapped', { fields: fields.join(', ') })
            : t('templates.noneMapped')}
        </p>
        <p className="text-xs text-slate-600">
          {t('templates.updated', { date: formatDate(template.updated_at) })}
        </p>
      </div>
      {canEdit && (
        <div className="flex shrink-0 gap-2">
          <Button
            variant="secondary"
            onClick={onRename}
            aria-label={t('templates.rename', { name: template.name })}
          >
            {t('templates.renameShort')}
          </Button>
          <Button
            variant="dangerGhost"
            onClick={onDelete}
            aria-label={t('templates.delete', { name: template.name })}
          >
            {t('common.delete')}
          </Button>
        </div>
      )}
    </div>
  );
}
