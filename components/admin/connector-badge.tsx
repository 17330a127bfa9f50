import { Badge } from '@/components/ui/badge';
import { connectorTone, effectiveConnectorStatus } from '@/components/ui/connector-status';

/** A connector's status as tests and operators read it: the badge text is the status alone. */
export function ConnectorBadge(props: {
  identity: string;
  connectorId: number;
  status: string;
  stationOnline: boolean;
}) {
  const shown = effectiveConnectorStatus(props.status, props.stationOnline);
  return (
    <Badge
      tone={connectorTone(shown)}
      data-testid={`connector-${props.identity}-${props.connectorId}`}
      data-status={shown}
      title={props.stationOnline ? undefined : `Last reported: ${props.status}`}
    >
      {shown}
    </Badge>
  );
}
