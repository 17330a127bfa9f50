import type { EventEmitter } from 'node:events';
import { parseOcppFrame } from '@/lib/ocpp-log/parse-ocpp-frame';
import type { OcppLogWriter } from './ocpp-log-writer';

// A charger that never answers must not grow these maps without bound.
const MAX_OPEN_CALLS = 1000;

function remember(calls: Map<string, string>, messageId: string, action: string) {
  calls.set(messageId, action);
  if (calls.size > MAX_OPEN_CALLS) {
    const oldest = calls.keys().next().value;
    if (oldest !== undefined) calls.delete(oldest);
  }
}

/**
 * Logs every frame of one connection. A CALLRESULT or CALLERROR carries no action, so it is
 * taken from the CALL it answers, matched by messageId in the opposite direction.
 */
export function attachMessageLog(
  client: EventEmitter,
  connection: { stationId: string; identity: string },
  log: OcppLogWriter,
): void {
  const callsFrom = { in: new Map<string, string>(), out: new Map<string, string>() };

  client.on('message', (event: { message: Buffer | string; outbound: boolean }) => {
    const text = typeof event.message === 'string' ? event.message : event.message.toString('utf8');
    const direction = event.outbound ? 'out' : 'in';
    const frame = parseOcppFrame(text);
    let action = frame.action;
    if (frame.messageId !== null) {
      if (frame.messageType === 2 && action !== null) {
        remember(callsFrom[direction], frame.messageId, action);
      } else if (frame.messageType === 3 || frame.messageType === 4) {
        const answered = callsFrom[event.outbound ? 'in' : 'out'];
        action = answered.get(frame.messageId) ?? null;
        answered.delete(frame.messageId);
      }
    }
    log.append({
      stationId: connection.stationId,
      identity: connection.identity,
      direction,
      messageType: frame.messageType,
      messageId: frame.messageId,
      action,
      payload: frame.payload,
      raw: frame.raw,
      createdAt: new Date(),
    });
  });
}
