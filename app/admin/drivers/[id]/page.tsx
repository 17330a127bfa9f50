import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { IssueTagForm } from '@/components/admin/drivers/issue-tag-form';
import { TagActions } from '@/components/admin/drivers/tag-actions';
import { TagStatusBadge } from '@/components/admin/drivers/tag-status-badge';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { formatTimestamp } from '@/components/ui/format';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getDriver } from '@/lib/drivers/get-driver';

export const metadata: Metadata = { title: 'Driver' };

const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

export default async function DriverPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireRole('operator', `/admin/drivers/${id}`);
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const driver = await getDriver(getDb(), id);
  if (!driver) notFound();
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{driver.name}</h1>
        <span className="text-sm text-slate-600">{driver.email}</span>
        <span className="text-sm text-slate-500">{driver.role}</span>
        <Link href={`/admin/sessions?userId=${driver.id}`} className="text-sm underline">
          Sessions
        </Link>
      </div>
      <section className={card} aria-labelledby="tags">
        <h2 id="tags" className="mb-3 font-semibold">
          RFID tags
        </h2>
        {driver.tags.length === 0 ? (
          <p className="text-sm text-slate-500">No tags yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {driver.tags.map((tag) => (
              <li
                key={tag.id}
                data-testid={`tag-${tag.idTag}`}
                className="flex flex-wrap items-center gap-3 py-2"
              >
                <TagStatusBadge {...tag} />
                {tag.label && <span>{tag.label}</span>}
                <span className="text-slate-500">parent: {tag.parentIdTag ?? '—'}</span>
                <span className="text-slate-500">
                  expires: {tag.expiresAt ? formatTimestamp(tag.expiresAt) : 'never'}
                </span>
                <span className="ml-auto">
                  <TagActions tagId={tag.id} status={tag.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={card} aria-labelledby="issue-tag">
        <h2 id="issue-tag" className="mb-3 font-semibold">
          Issue a tag
        </h2>
        <IssueTagForm userId={driver.id} />
      </section>
      <section className={card} aria-labelledby="vehicles">
        <h2 id="vehicles" className="mb-3 font-semibold">
          Vehicles
        </h2>
        {driver.vehicles.length === 0 ? (
          <p className="text-sm text-slate-500">No vehicles.</p>
        ) : (
          <ul className="text-sm">
            {driver.vehicles.map((v) => (
              <li key={v.id}>
                {v.make} {v.model}
                {v.isDefault && <span className="text-slate-500"> · default</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
