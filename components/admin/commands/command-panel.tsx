'use client';

import { useState } from 'react';
import { COMMAND_ACTIONS } from '@/lib/commands/command-actions';
import type { TConnectorChoice } from './command-field';
import { CommandForm } from './command-form';
import { COMMAND_SPECS, FEATURE_PROFILES, type TFeatureProfile } from './command-specs';

/** Every CSMS-initiated OCPP 1.6 command, one form each, grouped by feature profile. */
export function CommandPanel({
  stationId,
  connectors,
  transactionIds,
}: {
  stationId: string;
  connectors: TConnectorChoice[];
  transactionIds: number[];
}) {
  const [profile, setProfile] = useState<TFeatureProfile>('Core');
  return (
    <section
      aria-labelledby="station-commands"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-commands" className="font-semibold">
        Commands
      </h2>
      <div role="group" aria-label="Feature profile" className="mt-3 flex flex-wrap gap-1.5">
        {FEATURE_PROFILES.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={name === profile}
            onClick={() => setProfile(name)}
            className="aria-pressed:bg-brand-600 aria-pressed:border-brand-600 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 aria-pressed:text-white"
          >
            {name}
          </button>
        ))}
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {/* Hidden rather than unmounted: a result stays while the operator looks elsewhere. */}
        {COMMAND_ACTIONS.map((action) => (
          <div key={action} hidden={COMMAND_SPECS[action].profile !== profile}>
            <CommandForm
              stationId={stationId}
              action={action}
              connectors={connectors}
              transactionIds={transactionIds}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
