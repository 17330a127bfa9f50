import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import {
  previewStationSchedule,
  ZSchedulePreviewRequest,
} from '@/lib/smart-charging/preview-station-schedule';

/** The power curve, finish time and cost a profile or scenario would give; sends nothing. */
export const POST = withAuth(
  async ({ db, params, body }) => previewStationSchedule(db, { ...body, stationId: params.id }),
  { role: 'operator', params: ZIdParams, body: ZSchedulePreviewRequest },
);
