import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import { apiKeyStatus, listApiKeys, type TApiKeyViewer } from '@/lib/api-keys/list-api-keys';
import { getDb } from '@/lib/db';
import { RevokeApiKeyButton } from './revoke-api-key-button';

const STATUS_TONE = { active: 'green', revoked: 'grey', expired: 'amber' } as const;

/** The viewer's keys (admins: everyone's, with owners); never the secrets. */
export async function ApiKeysSection({ viewer }: { viewer: TApiKeyViewer }) {
  const keys = await listApiKeys(getDb(), viewer);
  const showOwner = viewer.role === 'admin';
  if (keys.length === 0) {
    return <p className="text-sm text-slate-600">No API keys yet. Create one above.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="api-keys-table">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-3 py-2">Name</th>
            <th className="px-3 py-2">Key</th>
            {showOwner && <th className="px-3 py-2">Owner</th>}
            <th className="px-3 py-2">Scope</th>
            <th className="px-3 py-2">Created</th>
            <th className="px-3 py-2">Last used</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => {
            const status = apiKeyStatus(key);
            return (
              <tr key={key.id} data-testid="api-key-row">
                <td className="px-3 py-2 font-medium">{key.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{key.prefix}…</td>
                {showOwner && (
                  <td className="px-3 py-2">
                    {key.owner.name} <span className="text-slate-400">{key.owner.email}</span>
                  </td>
                )}
                <td className="px-3 py-2">{key.scope}</td>
                <td className="px-3 py-2">{formatTimestamp(key.createdAt.toISOString())}</td>
                <td className="px-3 py-2">
                  {formatTimestamp(key.lastUsedAt?.toISOString() ?? null)}
                </td>
                <td className="px-3 py-2">
                  <Badge tone={STATUS_TONE[status]}>{status}</Badge>
                </td>
                <td className="px-3 py-2 text-right">
                  {status === 'active' && <RevokeApiKeyButton id={key.id} name={key.name} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
