import { inputClass, type TConnectorOption } from './smart-charging-form';

/** A labelled connector choice with 0 for the whole charger, as OCPP numbers them. */
export function ConnectorPicker({
  id,
  value,
  onChange,
  connectors,
  name,
}: {
  id: string;
  value: number;
  onChange: (connectorId: number) => void;
  connectors: TConnectorOption[];
  name?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Connector
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={inputClass}
      >
        <option value={0}>0 · whole charger</option>
        {connectors.map((c) => (
          <option key={c.connectorId} value={c.connectorId}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
