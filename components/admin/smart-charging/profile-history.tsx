'use client';

import useSWRInfinite from 'swr/infinite';
import { fetcher, type FetchError } from '@/components/hooks/fetcher';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import type { TProfileHistoryItem } from '@/lib/smart-charging/list-profile-history';

interface TPage {
  items: TProfileHistoryItem[];
  nextCursor: string | null;
}

const PAGE = 10;

function answerBadge(item: TProfileHistoryItem) {
  const { answer } = item;
  if (answer.state === 'answered') {
    const ok = answer.ocppStatus === 'Accepted';
    return <Badge tone={ok ? 'green' : 'red'}>{answer.ocppStatus ?? 'Answered'}</Badge>;
  }
  if (answer.state === 'timeout') return <Badge tone="amber">Timeout</Badge>;
  if (answer.state === 'offline') return <Badge tone="grey">Offline</Badge>;
  if (answer.state === 'failed') return <Badge tone="red">Error</Badge>;
  return <Badge tone="grey">Waiting</Badge>;
}

function describe(profile: unknown): string {
  if (typeof profile !== 'object' || profile === null) return 'profile';
  const p = profile as Record<string, unknown>;
  return `#${String(p.chargingProfileId)} · ${String(p.chargingProfilePurpose)} · ${String(p.chargingProfileKind)} · stack ${String(p.stackLevel)}`;
}

/** Every profile ever sent to the station: who, when, what, the charger's answer, when cleared. */
export function ProfileHistory({ stationId }: { stationId: string }) {
  const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<TPage, FetchError>(
    (index, previous: TPage | null) => {
      if (previous && !previous.nextCursor) return null;
      const cursor = previous?.nextCursor
        ? `&cursor=${encodeURIComponent(previous.nextCursor)}`
        : '';
      return `/api/v1/stations/${stationId}/charging-profiles?history=true&limit=${PAGE}${cursor}`;
    },
    fetcher,
  );
  useRevalidateOnEvents({ stationId, types: ['command.completed', 'session.stopped'] }, () =>
    mutate(),
  );
  const items = data?.flatMap((page) => page.items) ?? [];
  const more = Boolean(data?.at(-1)?.nextCursor);
  return (
    <div>
      <h3 className="text-sm font-semibold">History</h3>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          Could not load the history: {error.message}
        </p>
      )}
      {items.length === 0 && !error ? (
        <p className="mt-1 text-sm text-slate-500">No profile has been sent to this charger.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100" data-testid="profile-history">
          {items.map((item) => (
            <li key={item.commandId} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                {answerBadge(item)}
                <span className="font-mono text-xs">{describe(item.profile)}</span>
                <span className="text-xs text-slate-500">
                  connector {item.connectorId === 0 ? 'all' : item.connectorId}
                </span>
                {item.status === 'Active' && <Badge tone="blue">Installed</Badge>}
              </div>
              <p className="text-xs text-slate-500">
                {formatTimestamp(item.setAt)} by{' '}
                {item.setBy ? item.setBy.name || item.setBy.email : 'the system (load management)'}
                {item.clearedAt && <> · cleared {formatTimestamp(item.clearedAt)}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button
          type="button"
          disabled={isValidating}
          onClick={() => void setSize(size + 1)}
          className="text-brand-700 mt-1 text-sm hover:underline disabled:opacity-60"
        >
          Load more
        </button>
      )}
    </div>
  );
}
