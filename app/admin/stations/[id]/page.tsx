import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import {
  StationChargingProfilesSection,
  StationCommandsSection,
  StationConfigurationSection,
  StationReservationsSection,
} from '@/components/admin/commands/station-command-sections';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { StationMessagesSection } from '@/components/admin/station-sections';
import { StationLiveDetail } from '@/components/admin/station-live-detail';
import { StationSmartCharging } from '@/components/admin/smart-charging/station-smart-charging';
import { StationSettingsSection } from '@/components/admin/stations/station-settings-section';
import { StationUptimeSection } from '@/components/admin/stations/station-uptime-section';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { ZIdParams } from '@/lib/api/id-params';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getStationDetail } from '@/lib/stations/get-station-detail';

export const metadata: Metadata = { title: 'Station' };

export default async function StationPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = await params;
  const access = await requireRole('operator', `/admin/stations/${encodeURIComponent(raw.id)}`);
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const parsed = ZIdParams.safeParse(raw);
  if (!parsed.success) notFound();
  const station = await getStationDetail(getDb(), parsed.data.id);
  if (!station) notFound();
  return (
    <>
      <div>
        <Link href="/admin/stations" className="text-brand-700 text-sm hover:underline">
          ← All stations
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{station.name}</h1>
      </div>
      <StationLiveDetail initial={station} />
      <Suspense fallback={<SectionSkeleton rows={1} />}>
        <StationUptimeSection stationId={station.id} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <StationCommandsSection station={station} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton rows={1} />}>
        <StationConfigurationSection stationId={station.id} />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <Suspense fallback={<SectionSkeleton rows={1} />}>
          <StationReservationsSection stationId={station.id} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton rows={1} />}>
          <StationChargingProfilesSection stationId={station.id} />
        </Suspense>
      </div>
      <StationSmartCharging station={station} />
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <StationMessagesSection stationId={station.id} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <StationSettingsSection stationId={station.id} />
      </Suspense>
    </>
  );
}
