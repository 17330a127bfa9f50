import type { Metadata } from 'next';
import Link from 'next/link';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { consoleSessionSearch } from '@/components/admin/sessions/console-session-query';
import { SessionFilters } from '@/components/admin/sessions/session-filters';
import { SessionsTable } from '@/components/admin/sessions/sessions-table';
import { decodeCursor } from '@/lib/api/cursor';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listConsoleSessionFilterOptions } from '@/lib/sessions/console-session-filter-options';
import {
  parseConsoleSessionFilters,
  ZConsoleSessionCursor,
} from '@/lib/sessions/console-session-filters';
import { listConsoleSessions } from '@/lib/sessions/list-console-sessions';

export const metadata: Metadata = { title: 'Sessions' };

/** A cursor that does not decode starts from the first page rather than failing the page. */
function safeCursor(raw: string | string[] | undefined) {
  try {
    return decodeCursor(ZConsoleSessionCursor, typeof raw === 'string' ? raw : undefined);
  } catch {
    return undefined;
  }
}

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/sessions');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const params = await searchParams;
  const filters = parseConsoleSessionFilters(params);
  const db = getDb();
  const [page, options] = await Promise.all([
    listConsoleSessions(db, { ...filters, cursor: safeCursor(params.cursor), limit: 50 }),
    listConsoleSessionFilterOptions(db, filters),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Sessions</h1>
      <SessionFilters filters={filters} options={options} />
      <SessionsTable sessions={page.items} />
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {params.cursor && (
          <Link href={`/admin/sessions?${consoleSessionSearch(filters)}`} className="underline">
            First page
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={`/admin/sessions?${consoleSessionSearch(filters, { cursor: page.nextCursor })}`}
            className="text-brand-700 font-medium underline"
          >
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
