'use client';

import { applyScenarioAction, clearProfilesAction } from '@/app/admin/stations/[id]/actions';
import { SmartChargingForm, type TConnectorOption, type TSmartField } from './smart-charging-form';

const connector = (allowZero: boolean): TSmartField => ({
  name: 'connectorId',
  label: 'Connector',
  kind: 'connector',
  allowZero,
});

const kw = (name: string, label: string, initial?: string): TSmartField => ({
  name: `${name}Kw`,
  errorKey: `${name}W`,
  label: `${label} (kW)`,
  kind: 'number',
  step: '0.1',
  ...(initial ? { initial } : {}),
});

const hours = Array.from({ length: 25 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, '0')}:00`,
}));

/** The ready-made scenarios, then clear with filters. Each sends at once and shows the answer. */
export function ScenarioForms({
  stationId,
  connectors,
  transactions,
}: {
  stationId: string;
  connectors: TConnectorOption[];
  /** Transactions running now, for the energy cap. */
  transactions: { connectorId: number; transactionId: number }[];
}) {
  const common = { stationId, connectors, action: applyScenarioAction };
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <SmartChargingForm
        {...common}
        title="Peak shaving"
        description="A constant cap from now on. On connector 0 it caps the whole charger."
        hidden={{ scenario: 'peak_shaving' }}
        fields={[connector(true), kw('maxPower', 'Max power')]}
        submitLabel="Apply peak shaving"
      />
      <SmartChargingForm
        {...common}
        title="Time of use"
        description="Every day in the site's time zone: the peak power between the hours, off-peak otherwise."
        hidden={{ scenario: 'time_of_use' }}
        fields={[
          connector(true),
          kw('offPeak', 'Off-peak power'),
          kw('peak', 'Peak power'),
          {
            name: 'peakStartHour',
            label: 'Peak from',
            kind: 'select',
            options: hours.slice(0, 24),
            initial: '17',
          },
          {
            name: 'peakEndHour',
            label: 'Peak until',
            kind: 'select',
            options: hours,
            initial: '21',
          },
        ]}
        submitLabel="Apply time of use"
      />
      <SmartChargingForm
        {...common}
        title="Energy cap"
        description="For one running transaction: at most this energy within the window, at up to the power limit."
        hidden={{ scenario: 'energy_cap' }}
        fields={[
          connector(false),
          {
            name: 'transactionId',
            label: 'Transaction',
            kind: 'number',
            step: '1',
            ...(transactions[0] ? { initial: String(transactions[0].transactionId) } : {}),
            hint:
              transactions.length === 0
                ? 'No transaction was running when the page loaded.'
                : `Running: ${transactions.map((t) => `#${t.transactionId} (connector ${t.connectorId})`).join(', ')}`,
          },
          {
            name: 'maxEnergyKwh',
            errorKey: 'maxEnergyWh',
            label: 'Max energy (kWh)',
            kind: 'number',
            step: '0.1',
          },
          {
            name: 'durationSeconds',
            label: 'Window (s)',
            kind: 'number',
            step: '1',
            initial: '3600',
          },
          kw('powerLimit', 'Power limit'),
        ]}
        submitLabel="Apply energy cap"
      />
      <SmartChargingForm
        stationId={stationId}
        connectors={connectors}
        action={clearProfilesAction}
        title="Clear profiles"
        description="Every filter given must match; with none, every profile on the charger is cleared."
        fields={[
          { name: 'profileId', label: 'Profile id', kind: 'number', step: '1' },
          { ...connector(true), optional: true },
          {
            name: 'purpose',
            label: 'Purpose',
            kind: 'select',
            optional: true,
            options: ['ChargePointMaxProfile', 'TxDefaultProfile', 'TxProfile'].map((p) => ({
              value: p,
              label: p,
            })),
          },
          { name: 'stackLevel', label: 'Stack level', kind: 'number', step: '1' },
        ]}
        submitLabel="Clear matching profiles"
      />
    </div>
  );
}
