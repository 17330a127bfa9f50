import Link from 'next/link';
import { CopyButton } from './copy-button';

/** The generated credentials, shown this once: only the password's hash is stored. */
export function StationCredentials(props: {
  stationId: string;
  identity: string;
  registrationStatus: string;
  ocppPassword: string;
  ocppUrl: string;
}) {
  return (
    <section
      aria-labelledby="station-credentials"
      data-testid="new-station-credentials"
      className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950"
    >
      <h2 id="station-credentials" className="font-semibold">
        Station {props.identity} registered
      </h2>
      <p>
        Configure the charger with this URL and password now: the password is shown only once and
        cannot be read again (you can generate a new one later).
      </p>
      <dl className="space-y-2">
        {[
          { label: 'OCPP URL', value: props.ocppUrl, testId: 'new-station-url' },
          { label: 'OCPP password', value: props.ocppPassword, testId: 'new-station-password' },
        ].map((item) => (
          <div key={item.label} className="flex flex-wrap items-center gap-2">
            <dt className="w-32 text-emerald-800">{item.label}</dt>
            <dd className="flex items-center gap-2">
              <code
                data-testid={item.testId}
                className="rounded bg-white px-2 py-1 font-mono break-all select-all"
              >
                {item.value}
              </code>
              <CopyButton value={item.value} label={`Copy ${item.label}`} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        Basic-auth user name: <code className="font-mono">{props.identity}</code>. Registration:{' '}
        {props.registrationStatus === 'Pending'
          ? 'Pending: approve it on its page once it has connected.'
          : props.registrationStatus}
      </p>
      <Link
        href={`/admin/stations/${props.stationId}`}
        className="text-brand-700 inline-block font-medium hover:underline"
      >
        Open the station page →
      </Link>
    </section>
  );
}
