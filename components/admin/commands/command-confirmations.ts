import type { CommandAction } from '@/lib/commands/command-actions';
import type { TCommandRequest } from '@/lib/commands/command-requests';

/**
 * Why a command needs the operator to confirm it, or null when it can go at once. Checked on
 * the server with the parsed request, so a changed form cannot skip the question.
 */
export function confirmationFor<A extends CommandAction>(
  action: A,
  request: TCommandRequest<A>,
): string | null {
  switch (action) {
    case 'Reset':
      return (request as TCommandRequest<'Reset'>).type === 'Hard'
        ? 'A hard reset reboots the charger at once and ends any running session.'
        : null;
    case 'UpdateFirmware':
      return 'The charger installs new firmware and reboots; it is unavailable meanwhile.';
    case 'ClearChargingProfile': {
      const filter = request as TCommandRequest<'ClearChargingProfile'>;
      const unfiltered =
        filter.id === undefined &&
        filter.connectorId === undefined &&
        filter.chargingProfilePurpose === undefined &&
        filter.stackLevel === undefined;
      return unfiltered
        ? 'Without a filter this clears every charging profile on the charger.'
        : null;
    }
    case 'SendLocalList': {
      const list = request as TCommandRequest<'SendLocalList'>;
      const empty = (list.localAuthorizationList ?? []).length === 0;
      return list.updateType === 'Full' && empty
        ? 'A full update with an empty list removes every tag from the local list.'
        : null;
    }
    default:
      return null;
  }
}
