import { z } from 'zod';
import { ZLiveEvent } from '@/lib/events/live-event';

/** One event as carried on a `data:` line of the stream. */
export const ZLiveEventDoc = ZLiveEvent.meta({ id: 'LiveEvent' });

/** The SSE stream is text; its `data:` lines hold LiveEvent JSON. */
export const ZLiveEventStream = z
  .string()
  .describe(
    'Server-sent events: each `data:` line holds one LiveEvent as JSON (see components.schemas.LiveEvent); comment lines keep the connection open.',
  )
  .meta({ id: 'LiveEventStream' });
