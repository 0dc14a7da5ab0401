import { Button } from '../../../components/button';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** Previous/next with "1–50 de 120" (page from 1). */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t('explorer.pager.label')} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600 tabular-nums">
        {t('explorer.pager.summary', { first, last, total })}
        <span className="sr-only"> · {t('explorer.pager.page', { page, pages })}</span>
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('explorer.pager.previous')}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('explorer.pager.next')}
        </Button>
      </div>
    </nav>
  );
}
