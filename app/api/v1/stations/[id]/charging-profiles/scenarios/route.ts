import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { applyScenario } from '@/lib/smart-charging/apply-scenario';
import { ZScenarioRequest } from '@/lib/smart-charging/scenarios';

/** Builds a ready-made profile (peak shaving, time of use, energy cap) and sends it. */
export const POST = withAuth(
  async ({ db, user, params, body }) =>
    applyScenario(
      { db, events: await getWebEventHub() },
      {
        stationId: params.id,
        scenario: body,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', params: ZIdParams, body: ZScenarioRequest },
);
