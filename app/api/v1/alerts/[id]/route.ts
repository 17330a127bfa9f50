import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { ZUpdateAlertRequest } from '@/lib/alerts/alert-requests';
import { deleteAlert } from '@/lib/alerts/delete-alert';
import { updateAlert } from '@/lib/alerts/update-alert';

/** Operators: change an alert's text, severity, times or targets. */
export const PATCH = withAuth(
  async ({ db, params, body }) => {
    const alert = await updateAlert(db, { id: params.id, input: body });
    if (!alert) throw new ApiError('not_found', 'Alert not found');
    return alert;
  },
  { role: 'operator', params: ZIdParams, body: ZUpdateAlertRequest },
);

/** Operators: withdraw an alert at once. */
export const DELETE = withAuth(
  async ({ db, params }) => {
    if (!(await deleteAlert(db, { id: params.id }))) {
      throw new ApiError('not_found', 'Alert not found');
    }
    return new Response(null, { status: 204 });
  },
  { role: 'operator', params: ZIdParams },
);
