import { ApiError } from '@/lib/api/api-error';
import { createLiveEventStream } from '@/lib/api/live-event-stream';
import { withAuth } from '@/lib/api/with-auth';
import { getWebEventHub } from '@/lib/events/web-event-hub';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Live events for the caller, filtered by what they may see (anonymous callers: public ones). */
export const GET = withAuth(
  async ({ req, user, db }) => {
    const hub = await getWebEventHub().catch((error: unknown) => {
      console.error('[events] LISTEN connection failed', error);
      throw new ApiError('service_unavailable', 'Live events are unavailable right now');
    });
    const stream = createLiveEventStream({ hub, viewer: user, db, signal: req.signal });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  },
  { public: true },
);
