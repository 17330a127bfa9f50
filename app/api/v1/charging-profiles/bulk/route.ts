import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { applyBulk } from '@/lib/smart-charging/apply-bulk';
import { ZBulkChargingProfileRequest } from '@/lib/smart-charging/profile-requests';

/** One profile or scenario to many stations, with a result per station (load shedding). */
export const POST = withAuth(
  async ({ db, user, body }) =>
    applyBulk(
      { db, events: await getWebEventHub() },
      {
        target: body.siteId ? { siteId: body.siteId } : { stationIds: body.stationIds ?? [] },
        profile:
          body.profile && body.connectorId !== undefined
            ? { connectorId: body.connectorId, profile: body.profile }
            : undefined,
        scenario: body.scenario,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', body: ZBulkChargingProfileRequest },
);
