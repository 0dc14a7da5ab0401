import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDemoVisitors } from '../api/members';

/**
 * One line under the members of the demo company: how many throwaway visitors can read it now.
 * Nothing while there are none (every other company) or the count cannot be read.
 */
export function DemoVisitorsNote({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const visitors = useDemoVisitors(companyId);
  const active = visitors.data?.active ?? 0;
  if (!visitors.data || active === 0) return null;
  const key = active === 1 ? 'members.demoVisitors.one' : 'members.demoVisitors.other';
  return (
    <p className="mt-4 text-sm text-slate-600">
      {t(key, { count: active, hours: visitors.data.expire_after_hours })}
    </p>
  );
}
