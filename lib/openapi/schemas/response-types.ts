import type { z } from 'zod';
import type { TConsoleSummary } from '@/lib/stations/get-console-summary';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import type { TPublicSite } from '@/lib/stations/list-public-chargers';
import type { TStationChargingProfile } from '@/lib/stations/list-station-charging-profiles';
import type { TStationCommand } from '@/lib/stations/list-station-commands';
import type { TStationConfigurationKey } from '@/lib/stations/list-station-configuration';
import type { TStationReservation } from '@/lib/stations/list-station-reservations';
import type { TConsoleStation } from '@/lib/stations/list-stations-for-console';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';
import type { TSessionListItem } from '@/lib/sessions/session-read-item';
import type { TConnectorStatus } from '@/lib/stations/get-connector-status';
import type { ZConnectorLiveStatus, ZSessionDetail, ZSessionListItem } from './sessions';
import type { ZPublicSite } from './public';
import type {
  ZStationChargingProfile,
  ZStationCommand,
  ZStationConfigurationKey,
  ZStationMessage,
  ZStationReservation,
} from './station-records';
import type { ZConsoleStation, ZConsoleSummary, ZStationDetail } from './stations';

/** Compiles only when every value of type `Actual` fits the documented schema's type. */
type TFits<Documented, Actual extends Documented> = Actual;

/**
 * The data functions' return types checked against the documented schemas: a field added
 * to a response without documenting it (or documented with the wrong type) fails `tsc`.
 */
export type TDocumentedResponseTypes = [
  TFits<z.output<typeof ZPublicSite>, TPublicSite>,
  TFits<z.output<typeof ZConsoleStation>, TConsoleStation>,
  TFits<z.output<typeof ZConsoleSummary>, TConsoleSummary>,
  TFits<z.output<typeof ZStationDetail>, TStationDetail>,
  TFits<z.output<typeof ZStationMessage>, TStationMessage>,
  TFits<z.output<typeof ZStationCommand>, TStationCommand>,
  TFits<z.output<typeof ZStationConfigurationKey>, TStationConfigurationKey>,
  TFits<z.output<typeof ZStationReservation>, TStationReservation>,
  TFits<z.output<typeof ZStationChargingProfile>, TStationChargingProfile>,
  TFits<z.output<typeof ZSessionListItem>, TSessionListItem>,
  TFits<z.output<typeof ZSessionDetail>, TSessionDetail>,
  TFits<z.output<typeof ZConnectorLiveStatus>, TConnectorStatus>,
];
