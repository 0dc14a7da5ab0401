import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface LocationFormProps {
  initial?: { name: string; address: string | null };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: { name: string; address: string | null }) => void;
  onCancel?: () => void;
}

/** Name + optional address of one location, for adding or editing it. */
export function LocationForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: LocationFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState(initial?.name ?? '');
  const [address, setAddress] = useState(initial?.address ?? '');
  const [missing, setMissing] = useState(false);
  const errors = formErrors(error, i18n, ['name', 'address']);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) onSubmit({ name: name.trim(), address: address.trim() || null });
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('locations.name')}
          name="name"
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(false);
          }}
          error={missing ? t('validation.required') : errors.fields.name}
        />
        <TextField
          label={t('locations.address')}
          name="address"
          autoComplete="street-address"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          error={errors.fields.address}
        />
      </div>
      {errors.form && <FormAlert>{errors.form}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={onCancel ? 'primary' : 'secondary'} loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('locations.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
