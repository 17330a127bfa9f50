import type { HeartbeatRequest, HeartbeatResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

/** last_seen_at is kept by the connection's tracker, so a heartbeat only needs the time. */
export const handleHeartbeat: ActionHandler<HeartbeatRequest, HeartbeatResponse> = async () => ({
  response: { currentTime: new Date().toISOString() },
});
