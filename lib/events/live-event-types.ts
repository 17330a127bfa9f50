/**
 * The live event names, without zod: browser code checks events against this list, so the
 * validation library stays out of every page's JavaScript.
 */
export const LIVE_EVENT_TYPES = [
  'station.connection',
  'station.updated',
  'connector.status',
  'session.started',
  'session.updated',
  'session.stopped',
  'station.log',
  'command.completed',
] as const;

export type TLiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** Everything that changes what a station view shows (all but the message log). */
export const STATION_STATE_EVENTS = LIVE_EVENT_TYPES.filter((type) => type !== 'station.log');

/** The shape the server sends (`ZLiveEvent` validates the same on the server side). */
export interface TLiveEventShape {
  type: TLiveEventType;
  stationId: string;
  connectorId?: number;
  sessionId?: string;
  userId?: string;
  commandId?: string;
}

const OPTIONAL_FIELDS = {
  connectorId: 'number',
  sessionId: 'string',
  userId: 'string',
  commandId: 'string',
};

/** A light structural check for events arriving in the browser. */
export function isLiveEvent(value: unknown): value is TLiveEventShape {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (!(LIVE_EVENT_TYPES as readonly unknown[]).includes(event.type)) return false;
  if (typeof event.stationId !== 'string') return false;
  return Object.entries(OPTIONAL_FIELDS).every(
    ([field, type]) => event[field] === undefined || typeof event[field] === type,
  );
}
