import type { Metadata } from 'next';
import Link from 'next/link';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { RegisterStationForm } from '@/components/admin/stations/register-station-form';
import { connectorType } from '@/db/schema';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listStationFilterOptions } from '@/lib/stations/list-station-filter-options';

export const metadata: Metadata = { title: 'Register a station' };

export default async function NewStationPage() {
  const access = await requireRole('operator', '/admin/stations/new');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { sites } = await listStationFilterOptions(getDb());
  return (
    <>
      <div>
        <Link href="/admin/stations" className="text-brand-700 text-sm hover:underline">
          ← All stations
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">Register a station</h1>
      </div>
      <RegisterStationForm sites={sites} connectorTypes={connectorType.enumValues} />
    </>
  );
}
