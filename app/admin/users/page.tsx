import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { PageLinks } from '@/components/admin/audit/page-links';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { inputClass } from '@/components/admin/tariffs/form-status';
import { InviteUserForm } from '@/components/admin/users/invite-user-form';
import { UsersTable } from '@/components/admin/users/users-table';
import { userRole } from '@/db/schema';
import { decodeCursor } from '@/lib/api/cursor';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listUsers, ZUserCursor } from '@/lib/users/list-users';

export const metadata: Metadata = { title: 'Users' };

const ZSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(userRole.enumValues).optional().catch(undefined),
  cursor: z.string().optional().catch(undefined),
});

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('admin', '/admin/users');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { q, role, cursor } = ZSearch.parse(await searchParams);
  let position;
  try {
    position = decodeCursor(ZUserCursor, cursor);
  } catch {
    position = undefined; // A mangled cursor in the URL starts over rather than failing the page.
  }
  const page = await listUsers(getDb(), { q: q || undefined, role, cursor: position, limit: 50 });
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="mt-1 text-sm text-slate-600">
          Invite operators and change roles. To revoke someone’s API keys, use{' '}
          <Link href="/admin/api-keys" className="text-brand-700 underline">
            API keys
          </Link>{' '}
          (admins see everyone’s).
        </p>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-semibold">Invite</h2>
        <p className="mb-3 text-sm text-slate-600">
          Creates the account with a temporary password shown once. Chargedeck has no mail server
          and sends no email: hand the password over yourself (the link opens your own mail
          program).
        </p>
        <InviteUserForm />
      </section>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="user-q" className="sr-only">
          Search users
        </label>
        <input
          id="user-q"
          name="q"
          defaultValue={q}
          placeholder="Email or name"
          className={`${inputClass} max-w-xs`}
        />
        <label htmlFor="user-role" className="sr-only">
          Role
        </label>
        <select
          id="user-role"
          name="role"
          defaultValue={role ?? ''}
          className={`${inputClass} w-40`}
        >
          <option value="">All roles</option>
          {userRole.enumValues.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-lg border border-slate-300 px-3 text-sm">
          Filter
        </button>
      </form>
      <UsersTable users={page.items} viewerId={access.user.id} />
      <PageLinks path="/admin/users" params={{ q, role, cursor }} nextCursor={page.nextCursor} />
    </>
  );
}
