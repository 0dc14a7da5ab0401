import type { CreateCompanyRequest } from '@ayni/contracts';
import { normalizeRut } from '@ayni/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { type FieldErrors, formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { BenchmarkOptInField } from '../../benchmarks/components/benchmark-opt-in-field';
import { useCreateCompany } from '../hooks/use-create-company';
import { CompanyFields, checkProfile, type ProfileValues } from './company-fields';
import { type LocationDraft, LocationsEditor, newLocation } from './locations-editor';
import { RutField } from './rut-field';

/** Everything a new company needs: profile, RUT and at least one location. */
export function CompanyCreateForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useCreateCompany();
  const [profile, setProfile] = useState<ProfileValues>({ name: '', industry: '', size: '', region: '' });
  const [rut, setRut] = useState('');
  const [benchmarkOptIn, setBenchmarkOptIn] = useState(true);
  const [locations, setLocations] = useState<LocationDraft[]>(() => [newLocation()]);
  const [local, setLocal] = useState<FieldErrors>({});

  const known = ['name', 'rut', 'industry', 'size', 'region', 'locations'].concat(
    locations.flatMap((_, index) => [`locations.${index}.name`, `locations.${index}.address`]),
  );
  const server = formErrors(mutation.error, i18n, known);
  const errors: FieldErrors = { ...server.fields, ...local };
  const clear = (key: string) => {
    setLocal((current) => ({ ...current, [key]: undefined }));
    if (mutation.error) mutation.reset();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = t('validation.required');
    const found = checkProfile(profile, required);
    const normalized = normalizeRut(rut);
    if (!normalized) found.rut = rut.trim() ? t('company.rutInvalid') : required;
    locations.forEach((location, index) => {
      if (!location.name.trim()) found[`locations.${index}.name`] = required;
    });
    setLocal(found);
    const firstInvalid = Object.keys(found).find((key) => found[key]);
    if (firstInvalid || !normalized) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    mutation.mutate({
      name: profile.name.trim(),
      rut: normalized,
      industry: profile.industry,
      size: profile.size,
      region: profile.region,
      benchmark_opt_in: benchmarkOptIn,
      locations: locations.map((location) => ({
        name: location.name.trim(),
        address: location.address.trim() || null,
      })),
    } as CreateCompanyRequest);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-8">
      <CompanyFields
        values={profile}
        errors={errors}
        onChange={(key, value) => {
          setProfile((current) => ({ ...current, [key]: value }));
          clear(key);
        }}
        rut={
          <RutField
            value={rut}
            onChange={(value) => {
              setRut(value);
              clear('rut');
            }}
            error={errors.rut}
          />
        }
      />
      <LocationsEditor
        locations={locations}
        errors={errors}
        onChange={(next) => {
          setLocations(next);
          setLocal((current) =>
            Object.fromEntries(Object.entries(current).filter(([k]) => !k.startsWith('locations'))),
          );
        }}
      />
      <BenchmarkOptInField checked={benchmarkOptIn} onChange={setBenchmarkOptIn} />
      {server.form && <FormAlert>{server.form}</FormAlert>}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-6">
        <Button type="submit" loading={mutation.isPending}>
          {t('companies.create.submit')}
        </Button>
        <Link to="/" className="rounded-lg px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
          {t('companies.create.cancel')}
        </Link>
      </div>
    </form>
  );
}
