import type { MyCompany } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { createCompany, toListEntry } from '../api/company';
import { companiesQueryKey } from '../api/get-companies';

/** Creates the company, adds it to the cached list (so its dashboard resolves) and opens it. */
export function useCreateCompany() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: createCompany,
    onSuccess: (company) => {
      queryClient.setQueryData<MyCompany[]>(companiesQueryKey, (list) => [
        ...(list ?? []).filter((item) => item.id !== company.id),
        toListEntry(company),
      ]);
      void queryClient.invalidateQueries({ queryKey: companiesQueryKey, exact: true });
      navigate(`/c/${company.id}`);
    },
  });
}
