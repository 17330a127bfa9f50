import { z } from 'zod';
import { ZCommandResult } from '@/lib/api/command-result';
import { ZSessionDetail } from './sessions';

/** POST /sessions: the session the charger accepted, and the RemoteStartTransaction's answer. */
export const ZStartedSession = z
  .object({ session: ZSessionDetail, command: ZCommandResult })
  .meta({ id: 'StartedSession' });

/**
 * POST /sessions/{id}/stop: the session as finalised, and what the charger answered to
 * RemoteStopTransaction (null when a request that had not started was cancelled instead).
 */
export const ZStoppedSession = z
  .object({ session: ZSessionDetail, command: ZCommandResult.nullable() })
  .meta({ id: 'StoppedSession' });

/** A driver's request as recorded: started, queued (see `session.queue`) or denied. */
export const ZChargeRequestResult = z
  .object({ session: ZSessionDetail })
  .meta({ id: 'ChargeRequestResult' });
