import type { CompanyDetail, Location } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { companyQueryKey } from '../api/company';
import { createLocation, deleteLocation, updateLocation } from '../api/locations';
import { LocationForm } from './location-form';

type Change = { kind: 'created' | 'updated' | 'deleted'; location: Location };

/** The company's locations; with `canEdit`, add, edit and delete them (never the last one). */
export function LocationsManager({ company, canEdit }: { company: CompanyDetail; canEdit: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Location | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [addKey, setAddKey] = useState(0);

  const apply = ({ kind, location }: Change) => {
    queryClient.setQueryData<CompanyDetail>(companyQueryKey(company.id), (current) => {
      if (!current) return current;
      const others = current.locations.filter((item) => item.id !== location.id);
      if (kind === 'deleted') return { ...current, locations: others };
      if (kind === 'created') return { ...current, locations: [...current.locations, location] };
      return {
        ...current,
        locations: current.locations.map((item) => (item.id === location.id ? location : item)),
      };
    });
    setNotice(t(`locations.${kind}`, { name: location.name }));
  };

  const create = useMutation({
    mutationFn: (input: { name: string; address: string | null }) => createLocation(company.id, input),
    onSuccess: (location) => {
      apply({ kind: 'created', location });
      setAddKey((key) => key + 1);
    },
  });
  const update = useMutation({
    mutationFn: ({ id, ...patch }: { id: string; name: string; address: string | null }) =>
      updateLocation(company.id, id, patch),
    onSuccess: (location) => {
      apply({ kind: 'updated', location });
      setEditing(null);
    },
  });
  const remove = useMutation({
    mutationFn: (location: Location) => deleteLocation(company.id, location.id),
    onSuccess: (location) => {
      apply({ kind: 'deleted', location });
      setDeleting(null);
    },
  });

  return (
    <div className="space-y-5">
      {notice && <FormAlert tone="success">{notice}</FormAlert>}
      <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200">
        {company.locations.map((location) => (
          <li key={location.id} className="p-4">
            {editing === location.id ? (
              <LocationForm
                initial={location}
                submitLabel={t('locations.save')}
                pending={update.isPending}
                error={update.error}
                onSubmit={(input) => update.mutate({ id: location.id, ...input })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{location.name}</p>
                  <p className="text-sm text-slate-500">{location.address || t('locations.noAddress')}</p>
                </div>
                {canEdit && (
                  <div className="flex gap-2">
                    <Button
                      variant="secondary"
                      aria-label={t('locations.edit', { name: location.name })}
                      onClick={() => {
                        update.reset();
                        setNotice(null);
                        setEditing(location.id);
                      }}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      variant="dangerGhost"
                      aria-label={t('locations.delete', { name: location.name })}
                      onClick={() => {
                        remove.reset();
                        setDeleting(location);
                      }}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">{t('locations.newTitle')}</h3>
          <LocationForm
            key={addKey}
            submitLabel={t('locations.add')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
          />
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('locations.delete', { name: deleting.name })}
          description={deleting.address || t('locations.noAddress')}
          confirmLabel={t('common.delete')}
          cancelLabel={t('locations.cancel')}
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error, i18n) : null}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
