import { formatTimestamp } from '@/components/ui/format';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { ConnectionBadge } from './connection-badge';

export function StationInfo({ station }: { station: TStationDetail }) {
  const rows: [string, string][] = [
    ['Identity', station.identity],
    ['Vendor', station.vendor ?? '—'],
    ['Model', station.model ?? '—'],
    ['Serial number', station.serialNumber ?? '—'],
    ['Firmware', station.firmwareVersion ?? '—'],
    ['OCPP version', station.ocppVersion],
    ['Registration', station.registrationStatus],
    ['Charger was told', station.bootStatus ?? 'not booted yet'],
    ['Node', station.nodeId ?? '—'],
    ['Last seen', formatTimestamp(station.lastSeenAt)],
    ['Last boot', formatTimestamp(station.lastBootAt)],
    [
      'Site',
      station.site ? `${station.site.name}, ${station.site.address}, ${station.site.city}` : '—',
    ],
  ];
  return (
    <section
      aria-labelledby="station-info"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="station-info" className="font-semibold">
          Station
        </h2>
        <ConnectionBadge
          identity={station.identity}
          online={station.connectionState === 'online'}
        />
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-3 border-b border-slate-100 pb-1">
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-right font-medium break-all text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
