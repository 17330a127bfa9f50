import { decodeCursor } from '@/lib/api/cursor';
import { withAuth } from '@/lib/api/with-auth';
import { ZCreateAlertRequest, ZListAlertsQuery } from '@/lib/alerts/alert-requests';
import { createAlert } from '@/lib/alerts/create-alert';
import { listAlerts, ZAlertCursor } from '@/lib/alerts/list-alerts';

/** Operators: alerts by state, latest effective first (cursor-paginated). */
export const GET = withAuth(
  async ({ db, query }) =>
    listAlerts(db, {
      state: query.state,
      cursor: decodeCursor(ZAlertCursor, query.cursor),
      limit: query.limit,
    }),
  { role: 'operator', query: ZListAlertsQuery },
);

/** Operators: broadcast an alert; unknown target sites or stations are a 422 on the field. */
export const POST = withAuth(
  async ({ db, user, body }) =>
    Response.json(await createAlert(db, { createdBy: user.id, input: body }), { status: 201 }),
  { role: 'operator', body: ZCreateAlertRequest },
);
