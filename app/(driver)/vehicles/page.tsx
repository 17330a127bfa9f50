import type { Metadata } from 'next';
import { Suspense } from 'react';
import { VehicleCard } from '@/components/driver/vehicles/vehicle-card';
import { VehicleForm } from '@/components/driver/vehicles/vehicle-form';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { connectorType } from '@/db/schema';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listVehicles } from '@/lib/vehicles/list-vehicles';

export const metadata: Metadata = { title: 'Vehicles' };

async function VehicleList({ userId }: { userId: string }) {
  // Always the driver's own cars, even for an operator (whose scope would be everyone's).
  const { items } = await listVehicles(getDb(), {
    viewer: { id: userId, role: 'driver' },
    userId,
    limit: 100,
  });
  if (items.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        No vehicles yet. Add your car below so it is pre-selected when you charge.
      </p>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Your vehicles">
      {items.map((vehicle) => (
        <VehicleCard key={vehicle.id} vehicle={vehicle} connectorTypes={connectorType.enumValues} />
      ))}
    </ul>
  );
}

export default async function VehiclesPage() {
  const { user } = await requireRole('driver', '/vehicles');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Vehicles</h1>
        <p className="mt-1 text-sm text-slate-600">
          Your default vehicle is pre-selected when you charge.
        </p>
      </div>
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <VehicleList userId={user.id} />
      </Suspense>
      <section
        aria-labelledby="add-vehicle"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="add-vehicle" className="mb-3 font-semibold">
          Add a vehicle
        </h2>
        <VehicleForm connectorTypes={connectorType.enumValues} />
      </section>
    </div>
  );
}
