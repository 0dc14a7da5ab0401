import { useId } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/form/text-field';
import type { FieldErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface LocationDraft {
  /** Stable React key; never sent. */
  key: number;
  name: string;
  address: string;
}

export interface LocationsEditorProps {
  locations: LocationDraft[];
  onChange: (locations: LocationDraft[]) => void;
  /** Keyed `locations.0.name`, `locations.1.address`, … */
  errors: FieldErrors;
}

let nextKey = 1;
export const newLocation = (): LocationDraft => ({ key: nextKey++, name: '', address: '' });

/** The new company's locations: at least one, each a name and an optional address. */
export function LocationsEditor({ locations, onChange, errors }: LocationsEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const update = (key: number, patch: Partial<LocationDraft>) =>
    onChange(locations.map((location) => (location.key === key ? { ...location, ...patch } : location)));

  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">{t('locations.title')}</legend>
      <p className="-mt-2 text-sm text-slate-600">{t('locations.hint')}</p>
      {errors.locations && <p className="text-sm text-rose-700">{errors.locations}</p>}
      {locations.map((location, index) => {
        const n = index + 1;
        return (
          <fieldset
            key={location.key}
            aria-labelledby={`${id}-${location.key}`}
            className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200"
          >
            <div className="mb-3 flex items-center justify-between gap-3">
              <h3 id={`${id}-${location.key}`} className="text-sm font-semibold text-slate-800">
                {t('locations.item', { n })}
              </h3>
              <Button
                variant="dangerGhost"
                className="px-2 py-1"
                aria-label={t('locations.remove', { n })}
                disabled={locations.length === 1}
                onClick={() => onChange(locations.filter((item) => item.key !== location.key))}
              >
                ✕
              </Button>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('locations.name')}
                name={`locations.${index}.name`}
                required
                value={location.name}
                onChange={(event) => update(location.key, { name: event.target.value })}
                error={errors[`locations.${index}.name`]}
              />
              <TextField
                label={t('locations.address')}
                name={`locations.${index}.address`}
                autoComplete="street-address"
                value={location.address}
                onChange={(event) => update(location.key, { address: event.target.value })}
                error={errors[`locations.${index}.address`]}
              />
            </div>
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...locations, newLocation()])}>
        + {t('locations.add')}
      </Button>
    </fieldset>
  );
}
