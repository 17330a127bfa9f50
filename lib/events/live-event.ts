import { z } from 'zod';
import { LIVE_EVENT_TYPES, type TLiveEventShape } from './live-event-types';

/** The one NOTIFY channel every process publishes to and web processes listen on. */
export const EVENTS_CHANNEL = 'chargedeck_events';

/**
 * Small on purpose (NOTIFY payloads are capped at 8,000 bytes): an event says what changed,
 * and listeners re-read what they show.
 */
export const ZLiveEvent = z.object({
  type: z.enum(LIVE_EVENT_TYPES),
  stationId: z.string().uuid(),
  connectorId: z.number().int().optional(),
  sessionId: z.string().uuid().optional(),
  /** Set on session events so a driver's stream can carry only their own sessions. */
  userId: z.string().uuid().optional(),
  /** Set on command.completed: the command's row holds the outcome. */
  commandId: z.string().uuid().optional(),
});

export type LiveEvent = z.infer<typeof ZLiveEvent>;

/** The browser's zod-free description must stay the same as the schema's. */
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const LIVE_EVENT_SHAPE_MATCHES: TSame<LiveEvent, TLiveEventShape> = true;

export { STATION_STATE_EVENTS } from './live-event-types';
export type LiveEventType = LiveEvent['type'];
