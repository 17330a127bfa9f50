import { z } from 'zod';

/** The one NOTIFY channel every process publishes to and web processes listen on. */
export const EVENTS_CHANNEL = 'chargedeck_events';

/**
 * Small on purpose (NOTIFY payloads are capped at 8,000 bytes): an event says what changed,
 * and listeners re-read what they show.
 */
export const ZLiveEvent = z.object({
  type: z.enum([
    'station.connection',
    'station.updated',
    'connector.status',
    'session.started',
    'session.updated',
    'session.stopped',
    'station.log',
    'command.completed',
  ]),
  stationId: z.string().uuid(),
  connectorId: z.number().int().optional(),
  sessionId: z.string().uuid().optional(),
  /** Set on session events so a driver's stream can carry only their own sessions. */
  userId: z.string().uuid().optional(),
  /** Set on command.completed: the command's row holds the outcome. */
  commandId: z.string().uuid().optional(),
});

export type LiveEvent = z.infer<typeof ZLiveEvent>;

/** Everything that changes what a station view shows (all but the message log). */
export const STATION_STATE_EVENTS = ZLiveEvent.shape.type.options.filter(
  (type) => type !== 'station.log',
);
export type LiveEventType = LiveEvent['type'];
