import type { Metadata } from 'next';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { PageLinks } from '@/components/admin/audit/page-links';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { inputClass } from '@/components/admin/tariffs/form-status';
import { decodeCursor } from '@/lib/api/cursor';
import { listAuditLog, ZAuditCursor } from '@/lib/audit/list-audit-log';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { findUserIdByEmail } from '@/lib/users/find-user-id-by-email';

export const metadata: Metadata = { title: 'Audit log' };

const KNOWN_ACTIONS = [
  'command.sent',
  'tariff.created',
  'tariff.updated',
  'tariff.assigned',
  'api_key.created',
  'api_key.revoked',
  'site.created',
  'site.updated',
  'alert.created',
  'alert.expired',
  'alert.deleted',
  'user.invited',
  'user.role_changed',
];

const ZSearch = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().optional().catch(undefined),
});

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('admin', '/admin/audit');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { action, actor, cursor } = ZSearch.parse(await searchParams);
  let position;
  try {
    position = decodeCursor(ZAuditCursor, cursor);
  } catch {
    position = undefined; // A mangled cursor in the URL starts over rather than failing the page.
  }
  const db = getDb();
  const actorId = actor ? await findUserIdByEmail(db, actor) : undefined;
  const page =
    actorId === null
      ? { items: [], nextCursor: null }
      : await listAuditLog(db, {
          action: action || undefined,
          actorId,
          cursor: position,
          limit: 50,
        });
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="mt-1 text-sm text-slate-600">
          Who did what in the console, newest first: commands (charging profiles included), tariff,
          site, alert, user and API key changes.
        </p>
      </div>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="audit-action" className="sr-only">
          Action
        </label>
        <input
          id="audit-action"
          name="action"
          list="audit-actions"
          defaultValue={action}
          placeholder="Action, e.g. command.sent"
          className={`${inputClass} max-w-xs`}
        />
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <label htmlFor="audit-actor" className="sr-only">
          Actor email
        </label>
        <input
          id="audit-actor"
          name="actor"
          type="email"
          defaultValue={actor}
          placeholder="Actor email"
          className={`${inputClass} max-w-xs`}
        />
        <button type="submit" className="rounded-lg border border-slate-300 px-3 text-sm">
          Filter
        </button>
      </form>
      {actorId === null && (
        <p role="status" className="text-sm text-slate-600">
          No user has the email {actor}.
        </p>
      )}
      <AuditTable entries={page.items} />
      <PageLinks
        path="/admin/audit"
        params={{ action, actor, cursor }}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
