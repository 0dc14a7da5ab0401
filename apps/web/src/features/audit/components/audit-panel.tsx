import { ROLES, type Role } from '@ayni/contracts';
import { type ReactNode, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { ScrollRegion } from '../../../components/scroll-region';
import { Section } from '../../../components/section';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/get-audit';
import { actionKey, describeEntry } from '../lib/describe';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Settings › Auditoría: who did what, newest first, a page at a time (`view_audit`). */
export function AuditPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [page, setPage] = useState(1);
  const audit = useAudit(companyId, page);
  const label = (code: string) => (isRole(code) ? t(`role.${code}`) : code);

  let content: ReactNode;
  if (audit.isPending) content = <PageLoader label={t('audit.loading')} />;
  else if (audit.isError) {
    content = (
      <ErrorState
        message={errorMessage(audit.error, i18n)}
        onRetry={() => void audit.refetch()}
        retrying={audit.isFetching}
      />
    );
  } else if (audit.data.total === 0) content = <p className="text-sm text-slate-500">{t('audit.empty')}</p>;
  else {
    const pages = Math.max(1, Math.ceil(audit.data.total / AUDIT_PAGE_SIZE));
    content = (
      <div className="space-y-4">
        <ScrollRegion label={t('audit.title')} className="-mx-1 px-1">
          <table
            className="w-full min-w-2xl text-left text-sm"
            aria-busy={audit.isPlaceholderData || undefined}
          >
            <caption className="sr-only">{t('audit.page', { page: audit.data.page, pages })}</caption>
            <thead className="border-b border-slate-200 text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t('audit.when')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('audit.who')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('audit.action')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('audit.detail')}
                </th>
                <th scope="col" className="py-2">
                  {t('audit.ip')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="audit-rows">
              {audit.data.entries.map((entry) => {
                const key = actionKey(entry.action);
                return (
                  <tr key={entry.id}>
                    <td className="py-2.5 pr-4 whitespace-nowrap text-slate-600">
                      {formatDateTime(entry.created_at)}
                    </td>
                    <td className="py-2.5 pr-4">
                      {entry.user ? (
                        <>
                          <div className="font-medium text-slate-900">{entry.user.name}</div>
                          <div className="text-xs text-slate-500">{entry.user.email}</div>
                        </>
                      ) : (
                        <span className="text-slate-500">{t('audit.deletedUser')}</span>
                      )}
                    </td>
                    <td className="py-2.5 pr-4 text-slate-900">
                      {key ? t(key) : <code className="text-xs">{entry.action}</code>}
                    </td>
                    <td className="py-2.5 pr-4 text-slate-600">{describeEntry(entry, label)}</td>
                    <td className="py-2.5 font-mono text-xs text-slate-500">{entry.ip ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <nav aria-label={t('audit.pagination')} className="flex items-center justify-between gap-3">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            {t('audit.prev')}
          </Button>
          <span className="text-sm text-slate-600" aria-live="polite">
            {t('audit.page', { page: audit.data.page, pages })}
          </span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
            {t('audit.next')}
          </Button>
        </nav>
      </div>
    );
  }

  return (
    <Section title={t('audit.title')} description={t('audit.body')}>
      {content}
    </Section>
  );
}
