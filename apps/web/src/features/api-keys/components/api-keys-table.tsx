import type { ApiKey } from '@ayni/contracts';
import { Button } from '../../../components/button';
import { Badge } from '../../../components/section';
import { useApiKeyLabels } from '../labels';

/** Every key, revoked ones included, with a revoke button on the active ones. */
export function ApiKeysTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  const { l, scope, date } = useApiKeyLabels();
  const th = 'px-3 py-2 text-left text-xs font-semibold text-slate-600';
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{l('listLabel')}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {l('colName')}
            </th>
            <th scope="col" className={th}>
              {l('colPrefix')}
            </th>
            <th scope="col" className={th}>
              {l('colScopes')}
            </th>
            <th scope="col" className={th}>
              {l('colCreated')}
            </th>
            <th scope="col" className={th}>
              {l('colLastUsed')}
            </th>
            <th scope="col" className={th}>
              {l('colStatus')}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{l('revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                {key.name}
              </th>
              <td className="px-3 py-2 font-mono text-slate-700">{key.prefix}…</td>
              <td className="px-3 py-2 text-slate-700">{key.scopes.map(scope).join(', ')}</td>
              <td className="px-3 py-2 text-slate-700">{date(key.created_at)}</td>
              <td className="px-3 py-2 text-slate-700">
                {key.last_used_at ? date(key.last_used_at) : l('never')}
              </td>
              <td className="px-3 py-2">
                {key.revoked_at ? <Badge>{l('revoked')}</Badge> : <Badge tone="good">{l('active')}</Badge>}
              </td>
              <td className="px-3 py-2 text-right">
                {!key.revoked_at && (
                  <Button
                    variant="dangerGhost"
                    aria-label={l('revokeLabel', { name: key.name })}
                    onClick={() => onRevoke(key)}
                  >
                    {l('revoke')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
