import { useId } from 'react';
import { Card } from '../../../components/card';
import { cx } from '../../../components/cx';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface UploadOptionsValue {
  mode: 'append' | 'replace';
  /** Branch whose lines `replace` swaps; '' = every branch. */
  location: string;
  saveTemplate: boolean;
  templateName: string;
}

export interface UploadOptionsProps {
  value: UploadOptionsValue;
  onChange: (value: UploadOptionsValue) => void;
  locations: readonly string[];
  templateNameError?: string | null;
}

/** Mode (append / replace + branch) and "save as template". */
export function UploadOptions({ value, onChange, locations, templateNameError }: UploadOptionsProps) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<UploadOptionsValue>) => onChange({ ...value, ...patch });

  return (
    <Card className="space-y-5 p-5 sm:p-6" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {t('uploads.options.title')}
      </h2>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t('uploads.options.mode')}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {(['append', 'replace'] as const).map((mode) => (
            <label
              key={mode}
              className={cx(
                'flex cursor-pointer gap-3 rounded-xl p-3 ring-1 focus-within:ring-2 focus-within:ring-teal-700',
                value.mode === mode ? 'bg-teal-50 ring-teal-600' : 'ring-slate-200 hover:bg-slate-50',
              )}
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode}
                checked={value.mode === mode}
                onChange={() => set({ mode })}
                className="mt-1 size-4 accent-teal-700"
              />
              <span>
                <span className="block text-sm font-semibold text-slate-900">
                  {t(`uploads.options.${mode}`)}
                </span>
                <span className="block text-xs text-slate-600">{t(`uploads.options.${mode}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {value.mode === 'replace' && locations.length > 0 && (
        <SelectField
          label={t('uploads.options.location')}
          value={value.location}
          onChange={(event) => set({ location: event.target.value })}
          options={[
            { value: '', label: t('uploads.options.allLocations') },
            ...locations.map((name) => ({ value: name, label: name })),
          ]}
          fieldClassName="max-w-sm"
        />
      )}
      <div className="space-y-3">
        <label className="flex cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            checked={value.saveTemplate}
            onChange={(event) => set({ saveTemplate: event.target.checked })}
            className="mt-0.5 size-4 accent-teal-700"
          />
          <span>
            <span className="block text-sm font-medium text-slate-900">
              {t('uploads.options.saveTemplate')}
            </span>
            <span className="block text-xs text-slate-600">{t('uploads.options.saveTemplateHint')}</span>
          </span>
        </label>
        {value.saveTemplate && (
          <TextField
            label={t('uploads.options.templateName')}
            value={value.templateName}
            maxLength={120}
            onChange={(event) => set({ templateName: event.target.value })}
            error={templateNameError}
            fieldClassName="max-w-sm"
          />
        )}
      </div>
    </Card>
  );
}
